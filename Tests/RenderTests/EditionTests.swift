import Diagnostics
import Model
import Testing

@testable import Render

@Suite struct EditionTests {
    let files = [
        "pages/index.md": "---\ntitle: Home\n---\nRead [about](about.md) or the [guidance](https://example.org/a?b=1&c=2).\n",
        "pages/about.md": "---\ntitle: About\n---\nWrite to [us](mailto:team@example.org).\n",
        "pages/alerts.md": "---\ntitle: Email alerts\neditions: [web]\n---\nSign up.\n",
    ]

    @Test func aPageLimitedToTheWebIsLeftOutOfTheOfflineEdition() {
        let web = renderSite(files)
        let offline = renderSite(files, edition: .offline)
        #expect(web.text(of: "alerts/index.html") != nil)
        #expect(offline.text(of: "alerts/index.html") == nil)
        #expect(offline.text(of: "about/index.html") != nil)
        #expect(offline.diagnostics.isEmpty)
    }

    @Test func aLinkToAPageLeftOutOfTheEditionIsAnErrorWhereItIsWritten() {
        var linking = files
        linking["pages/about.md"] = "---\ntitle: About\n---\nGet [alerts](alerts.md).\n"
        #expect(renderSite(linking).diagnostics.isEmpty)
        let problem = renderSite(linking, edition: .print).diagnostics.errors.first
        #expect(problem?.message == "the link goes to pages/alerts.md, which is not in the print edition")
        #expect(problem?.location == SourceLocation(file: "Content/pages/about.md", line: 4, column: 5))
    }

    @Test func aPartMarkedOnlyForTheWebIsLeftOutOfOtherEditions() {
        var marked = files
        marked["pages/about.md"] = "---\ntitle: About\n---\nFor everyone.\n\n<!-- only: web -->\nFollow us online.\n<!-- end only -->\n\nThe end.\n"
        let web = renderSite(marked).text(of: "about/index.html") ?? ""
        let offline = renderSite(marked, edition: .offline).text(of: "about/index.html") ?? ""
        #expect(web.contains("Follow us online."))
        #expect(!offline.contains("Follow us online."))
        #expect(offline.contains("For everyone.") && offline.contains("The end."))
        #expect(!web.contains("only:"))
    }

    @Test func anOnlyPartNamingAnUnknownEditionOrNeverClosedIsAnError() {
        var marked = files
        marked["pages/about.md"] = "---\ntitle: About\n---\n<!-- only: wbe -->\nText.\n"
        let messages = renderSite(marked).diagnostics.errors.map(\.message)
        #expect(messages.contains("\"wbe\" is not an edition"))
        #expect(messages.contains("the only: part that starts here is never closed"))
    }

    @Test func theOfflineEditionWritesOutAddressesOnTheInternetInsteadOfLinkingToThem() {
        let offline = renderSite(files, edition: .offline)
        let home = offline.text(of: "index.html") ?? ""
        #expect(!home.contains("href=\"https://"))
        #expect(home.contains("guidance <span class=\"external-link__address\">(https://example.org/a?b=1&amp;c=2, which needs the internet)</span>"))
        #expect(home.contains("<a href=\"about/index.html\">about</a>"))
        let about = offline.text(of: "about/index.html") ?? ""
        #expect(about.contains("us <span class=\"external-link__address\">(email team@example.org, which needs the internet)</span>"))
        #expect(renderSite(files).text(of: "index.html")?.contains("href=\"https://example.org/a?b=1&amp;c=2\"") == true)
    }
}

@Suite struct PrintEditionTests {
    let files = [
        "pages/index.md": "---\ntitle: Home\n---\nRead [about](about.md#team) and [the guidance](https://example.org/).\n",
        "pages/about.md": "---\ntitle: About\n---\n## Team\n\nSee [the report](../updates/2025-07-17-report.md).\n",
        "updates/2025-07-17-report.md": "---\ntitle: Report\ndate: 2025-07-17\n---\n## Team\n\nBack [home](../pages/index.md).\n",
    ]

    @Test func isOneDocumentWithAContentsListInReadingOrder() throws {
        let site = renderSite(files, edition: .print)
        #expect(site.diagnostics.isEmpty)
        #expect(site.files.map(\.sitePath) == ["assets/s.css", "index.html"])
        let document = try #require(site.text(of: "index.html"))
        #expect(document.contains("<h2><a href=\"#section-introduction\">Introduction</a></h2><ol><li><a href=\"#p1\">Home</a></li></ol>"))
        #expect(document.contains("<h2><a href=\"#section-updates\">Updates</a></h2><ol><li><a href=\"#p2\">Report</a></li></ol>"))
        #expect(document.contains("<h2><a href=\"#section-about-this-publication\">About this publication</a></h2><ol><li><a href=\"#p3\">About</a></li></ol>"))
        let order = ["id=\"p1\"", "id=\"p2\"", "id=\"p3\""].map { document.range(of: $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
    }

    @Test func linksBetweenPartsPointWithinTheDocumentAndSayWhichPart() throws {
        let document = try #require(renderSite(files, edition: .print).text(of: "index.html"))
        #expect(document.contains("<a href=\"#p3-team\">about</a><span class=\"print-ref\"> (see part 3)</span>"))
        #expect(document.contains("<a href=\"#p2\">the report</a><span class=\"print-ref\"> (see part 2)</span>"))
        #expect(document.contains("<a href=\"https://example.org/\">the guidance</a><span class=\"print-url\"> (https://example.org/)</span>"),
            "paper has no links: the address is written out")
    }

    @Test func everyIDIsUniqueAcrossTheParts() throws {
        let document = try #require(renderSite(files, edition: .print).text(of: "index.html"))
        #expect(document.contains("id=\"p2-team\""))
        #expect(document.contains("id=\"p3-team\""))
        var ids: [String] = []
        var rest = document[...]
        while let start = rest.range(of: " id=\"") {
            let value = rest[start.upperBound...].prefix { $0 != "\"" }
            ids.append(String(value))
            rest = rest[start.upperBound...]
        }
        #expect(Set(ids).count == ids.count)
    }
}
