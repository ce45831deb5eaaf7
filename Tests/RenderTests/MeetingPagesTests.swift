import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Compute
import Model
import Testing

@testable import Render

@Suite struct MeetingPagesTests {
    let files: [String: String] = [
        "groups/cg.md": "---\ntitle: Challenge Group\nmembers: [HMPPS, UNGRIPP]\n---\nWhat the group is.\n",
        "meetings/2025-03-04.md": "---\ndate: 2025-03-04\nstatus: agreed\n---\n## Data\n\nACTION: HMPPS to publish the data.\n",
        "meetings/2025-06-03.md":
            "---\ndate: 2025-06-03\nstatus: agreed\nnext_meeting:\n  date: 2025-09-02\nfollow_ups:\n  - action: 2025-03-04-hmpps-publish-data\n    status: complete\n    note: Published in May.\n---\n## AOB\n\nACTION: HMPPS to write to stakeholders.\n",
        "updates/2025-07-17-report.md": "---\ntitle: Report published\ndate: 2025-07-17\n---\nText.\n",
    ]

    func site() -> RenderedSite {
        let (theme, _) = Theme.load(repositoryThemeFiles)
        let model = content(files)
        return SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2025-07-17")!), theme: theme)
    }

    @Test func theNotesHighlightEachActionAndLinkItToTheLog() {
        let rendered = site()
        #expect(rendered.diagnostics.errors.isEmpty, "\(rendered.diagnostics.errors)")
        let html = rendered.text(of: "meetings/2025-06-03/index.html") ?? ""
        #expect(html.contains("<div class=\"meeting-action\" id=\"raised-2025-06-03-hmpps-write-stakeholders\">\n<p>ACTION: HMPPS to write to stakeholders.</p>"))
        #expect(html.contains("<a href=\"../actions/index.html#action-2025-06-03-hmpps-write-stakeholders\">Action 2025-06-03-hmpps-write-stakeholders in the action log</a>"))
        #expect(html.contains("Earlier actions reported on"))
        #expect(html.contains("Published in May."))
    }

    @Test func theLogShowsOpenActionsFirstWithTheirHistory() {
        let html = site().text(of: "meetings/actions/index.html") ?? ""
        let open = html.range(of: "id=\"action-2025-06-03-hmpps-write-stakeholders\"")
        let closed = html.range(of: "id=\"action-2025-03-04-hmpps-publish-data\"")
        #expect(open != nil && closed != nil && open!.lowerBound < closed!.lowerBound)
        #expect(html.contains("under “Data”"))
        #expect(html.contains("The next meeting is on 2 September 2025."))
        #expect(html.contains("Open for 44 days"))
    }

    @Test func theFeedListsNotesAndUpdatesWithStableIDsAndRelativeLinks() throws {
        let first = site().text(of: "feed.xml") ?? ""
        #expect(first == site().text(of: "feed.xml"))
        #expect(first.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\""))
        #expect(first.contains("<updated>2025-07-17T00:00:00Z</updated>"))
        #expect(first.contains("<link rel=\"alternate\" type=\"text/html\" href=\"meetings/2025-06-03/index.html\"/>"))
        let titles = first.components(separatedBy: "<entry>\n<title>").dropFirst().map { $0.prefix(while: { $0 != "<" }) }
        #expect(titles == ["Report published", "Challenge Group: notes of 3 June 2025", "Challenge Group: notes of 4 March 2025"])
        let ids = first.components(separatedBy: "<id>urn:uuid:").dropFirst().map { String($0.prefix(36)) }
        #expect(ids.count == 4 && Set(ids).count == 4)
        #expect(ids.allSatisfy { $0.count == 36 && $0[$0.index($0.startIndex, offsetBy: 14)] == "5" }, "version 5 UUIDs")
        let parser = XMLParser(data: Data(first.utf8))
        #expect(parser.parse(), "the feed is well-formed XML")
    }

    @Test func theChangesPageComparesTheLastTwoMeetings() {
        let html = site().text(of: "changes/index.html") ?? ""
        #expect(html.contains("Between the last two meetings: 4 March 2025 to 3 June 2025"))
        #expect(html.contains("HMPPS to publish the data."))
    }
}
