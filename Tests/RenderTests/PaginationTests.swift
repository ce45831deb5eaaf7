import Compute
import Foundation
import Model
import Testing

@testable import Render

@Suite struct PaginationTests {
    @Test func aListIsSplitIntoPagesWithAddressesTitlesAndAPagerOfNearbyPages() {
        let list = Pagination(first: "meetings/index.html", itemCount: 1_234, perPage: 100)
        #expect(list.pageCount == 13)
        #expect(list.sitePath(1) == "meetings/index.html")
        #expect(list.sitePath(7) == "meetings/page-7/index.html")
        #expect(list.items(on: 13) == 1_200..<1_234)
        #expect(list.page(ofItem: 99) == 1 && list.page(ofItem: 100) == 2)
        #expect(list.title("Meeting notes", page: 1, strings: englishStrings) == "Meeting notes")
        #expect(list.title("Meeting notes", page: 7, strings: englishStrings) == "Meeting notes, page 7 of 13")
        #expect(Pagination.span(list.items(on: 13), of: 1_234) == ["from": "1,201", "to": "1,234", "total": "1,234"])
        #expect(Pagination(first: "updates/index.html", itemCount: 0, perPage: 50).pageCount == 1, "an empty list still has its page")
    }

    /// A site of many meetings: its lists and its action log in pages, every pager link and every
    /// link to an action's entry in the log going to the page that has it.
    func bigSite() -> RenderedSite {
        var files: [String: String] = ["groups/panel.md": "---\ntitle: Scrutiny panel\n---\nThe panel.\n"]
        var day = CivilDate(iso: "2024-01-01")!
        for meeting in 1...75 {
            let follow = meeting > 1 ? "follow_ups:\n  - action: \(day.adding(days: -1).iso)-a1\n    status: complete\n" : ""
            files["meetings/\(day.iso).md"] = "---\ndate: \(day.iso)\nstatus: agreed\n\(follow)---\n## Business\n\nACTION [A1]: Clerk to circulate paper \(meeting).\n\nACTION [A2]: Chair to write to the council about item \(meeting).\n"
            day = day.adding(days: 1)
        }
        let (theme, problems) = Theme.load(repositoryThemeFiles)
        #expect(problems.isEmpty)
        let model = content(files)
        return SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: day), theme: theme)
    }

    @Test func longListsAndTheActionLogAreInPagesWhoseLinksAllResolve() throws {
        let site = bigSite()
        // Every link and #part is checked between the pages as written, pagers and log entries included.
        #expect(site.diagnostics.errors.isEmpty, "\(site.diagnostics.errors.prefix(3))")
        let paths = Set(site.files.map(\.sitePath))
        #expect(paths.isSuperset(of: ["meetings/index.html", "meetings/page-2/index.html"]))
        #expect(!paths.contains("meetings/page-3/index.html"), "75 meetings at 50 to a page")
        // 150 actions at 100 to a page: the 74 completed A1s and the 76 open ones.
        #expect(paths.isSuperset(of: ["meetings/actions/index.html", "meetings/actions/page-2/index.html"]))

        let second = try #require(site.text(of: "meetings/page-2/index.html"))
        #expect(second.contains("<title>Meeting notes, page 2 of 2 – "))
        #expect(second.contains("<p class=\"pages__showing\">Page 2 of 2: meetings 51 to 75 of 75, from 25 January 2024 back to 1 January 2024.</p>"))
        #expect(second.contains("<a class=\"pages__link\" href=\"../index.html\" rel=\"prev\">Previous"))
        #expect(second.contains("<a class=\"pages__link\" href=\"index.html\" aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>"))

        let log = try #require(site.text(of: "meetings/actions/index.html"))
        #expect(log.contains("<h2 id=\"open\">Open actions</h2>"))
        #expect(log.contains("<p class=\"pages__showing\">Page 1 of 2: actions 1 to 100 of 150, open actions first.</p>"))
        let logTwo = try #require(site.text(of: "meetings/actions/page-2/index.html"))
        #expect(logTwo.contains("<h2 id=\"closed\">Finished or closed</h2>"))
        #expect(!logTwo.contains("<h2 id=\"open\">"), "the 76 open actions are all on the first page")
        // The last meeting's A1 is open (on page 1); the first meeting's A1 was completed (later).
        let meeting = try #require(site.text(of: "meetings/2024-01-01/index.html"))
        #expect(meeting.contains("href=\"../actions/page-2/index.html#action-2024-01-01-a1\""))
        #expect(log.contains("id=\"action-2024-03-15-a1\""))
    }

    @Test func onlyTheFirstPageOfAListIsFoundBySearch() throws {
        let site = bigSite()
        let manifest = try #require(site.text(of: "search/search-index.js"))
        let pages = site.files.filter { $0.sitePath.hasPrefix("search/pages-") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        #expect(pages.contains("\"meetings/index.html\""))
        #expect(!pages.contains("\"meetings/page-2/index.html\""))
        #expect(manifest.contains("\"pages\":"))
    }

    @Test func aLargeAToZIsSplitByLetterAndASmallOneIsNot() throws {
        let site = bigSite()
        // 75 meetings and 150 actions, with the pages: under 500 entries, one page as before.
        #expect(site.files.contains { $0.sitePath == "a-z/index.html" })
        #expect(!site.files.contains { $0.sitePath.hasPrefix("a-z/") && $0.sitePath != "a-z/index.html" })

        var entries: [AToZ.Entry] = []
        for word in ["Audit", "Budget"] {
            for number in 0..<600 { entries.append(AToZ.Entry(text: "\(word) item \(number)", kind: "Page", sitePath: "\(word)\(number)/index.html")) }
        }
        let letters = AToZ.letters(AToZ.keyed(entries))
        #expect(letters.map(\.letter) == ["A", "B"])
        #expect(letters[0].pages.pageCount == 2)
        #expect(letters[1].pages.sitePath(2) == "a-z/b/page-2/index.html")
    }

    /// A session takes a letter's page as it was while its entries are the same, so entries
    /// must differ when the page would be written differently.
    @Test func aToZEntriesDifferWhenTheirWordsAreSpeltDifferently() {
        let precomposed = AToZ.Entry(text: "Caf\u{E9} opening hours", kind: "Page", sitePath: "cafe/index.html")
        var decomposed = precomposed
        decomposed.text = "Cafe\u{301} opening hours"
        #expect(precomposed.text == decomposed.text, "Swift counts the two spellings as one string")
        #expect(precomposed != decomposed)
        var moved = precomposed
        moved.anchor = "hours"
        #expect(precomposed != moved)
        #expect(precomposed == AToZ.Entry(text: "Caf" + "\u{E9} opening hours", kind: "Page", sitePath: "cafe/index.html"))
    }
}
