import Diagnostics
import Foundation
import Compute
import Model
import Testing

@testable import Render

let glossaryYAML = """
    terms:
      - term: IPP
        expansion: Imprisonment for Public Protection
      - term: MoJ
        expansion: Ministry of Justice
        also: [MOJ]
    not_abbreviations: [UNGRIPP]
    """

@Suite struct GlossaryMarkupTests {
    @Test func theFirstUseOnEachPageIsMarkedWithItsExpansion() {
        let site = renderSite([
            "glossary.yaml": glossaryYAML,
            "pages/index.md": "---\ntitle: Home\n---\nThe IPP sentence. More on IPP.\n",
            "pages/about.md": "---\ntitle: About\n---\nIPP again, and the MOJ.\n",
        ])
        #expect(site.diagnostics.isEmpty)
        let home = site.text(of: "index.html") ?? ""
        #expect(home.contains("The <abbr title=\"Imprisonment for Public Protection\">IPP</abbr> sentence. More on IPP."))
        let about = site.text(of: "about/index.html") ?? ""
        #expect(about.contains("<abbr title=\"Imprisonment for Public Protection\">IPP</abbr> again"))
        #expect(about.contains("the <abbr title=\"Ministry of Justice\">MOJ</abbr>."))
    }

    @Test func aWordInsideALinkOrAnotherWordIsNotMarked() {
        let site = renderSite([
            "glossary.yaml": glossaryYAML,
            "pages/index.md": "---\ntitle: Home\n---\nSee [IPP news](about.md) and SHIPPED goods.\n",
            "pages/about.md": "---\ntitle: About\n---\nText.\n",
        ])
        let home = site.text(of: "index.html") ?? ""
        #expect(!home.contains("<abbr"))
    }

    @Test func anAbbreviationNotInTheGlossaryIsAWarningWhereItIsUsed() {
        let site = renderSite([
            "glossary.yaml": glossaryYAML,
            "pages/index.md": "---\ntitle: Home\n---\nThe IPP sentence.\n\nThe PPCS team and UNGRIPP met.\n",
        ])
        let warnings = site.diagnostics.warnings
        #expect(warnings.map(\.message) == ["\"PPCS\" looks like an abbreviation that the glossary does not explain"])
        #expect(warnings.first?.location?.file == "Content/pages/index.md")
        #expect(warnings.first?.location?.line == 6)
    }

    @Test func theGlossaryPageListsEveryTermWithAnAnchor() {
        let site = renderSite(["glossary.yaml": glossaryYAML, "pages/index.md": "---\ntitle: Home\n---\nText.\n"])
        let glossary = site.text(of: "glossary/index.html") ?? ""
        #expect(glossary.contains("<p id=\"term-ipp\">IPP: Imprisonment for Public Protection</p>"))
        #expect(glossary.contains("<p id=\"term-moj\">MoJ: Ministry of Justice</p>"))
    }

    @Test func aSiteWithNoGlossaryHasNoGlossaryPageAndNoWarnings() {
        let site = renderSite(["pages/index.md": "---\ntitle: Home\n---\nThe PPCS team.\n"])
        #expect(site.diagnostics.isEmpty)
        #expect(site.text(of: "glossary/index.html") == nil)
    }
}

@Suite struct SearchAndIndexTests {
    let files = [
        "pages/index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "pages/about.md": "---\ntitle: About us\n---\nWe publish *progress* on every action.\n",
        "updates/2025-07-17-report.md": "---\ntitle: Annual report\ndate: 2025-07-17\n---\nThe report is out.\n",
    ]

    @Test func theSearchIndexIsInClassicScriptsAQueryLoadsByTheBeginningsOfItsWords() throws {
        let site = renderSite(files)
        let manifest = try #require(site.text(of: "search/search-index.js"))
        #expect(manifest.hasPrefix("window.tallySearchIndex = "))
        #expect(!manifest.contains("import ") && !manifest.contains("fetch("))
        let json = String(manifest.dropFirst("window.tallySearchIndex = ".count).dropLast(2))
        let index = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let shards = try #require(index["shards"] as? [String: String])
        #expect(index["pages"] as? Int == 4, "home, about, the update and the updates: not the search page or the A to Z")
        #expect(shards["pu"] == "words-1.js", "a small site's words are in one file")
        let words = try #require(site.text(of: "search/words-1.js"))
        #expect(words.contains("tallySearch.words(\"pu\",{\n\"publish\":["))
        let pages = try #require(site.text(of: "search/pages-0.js"))
        #expect(pages.hasPrefix("tallySearch.pages(0,["))
        #expect(pages.contains("[\"About us\",\"about/index.html\",\"Page\",\"We publish progress on every action.\"]"))
    }

    @Test func wordsAreFoldedAndSplitAsTheSearchScriptDoes() {
        let words = SearchShards.words("Café ‘quoted’ don’t, 'single' 2025/26 – naïve")
        #expect(words == ["cafe", "quoted", "don't", "single", "2025", "26", "naive"])
        #expect(
            SearchShards.words("Don't 'Quote' BUDGET-2026, ''x''") == ["don't", "quote", "budget", "2026", "x"],
            "ASCII text, split byte by byte, gives the words the folding path gives")
    }

    @Test func aPagesPartListsItsWordsWithTitlesMarkedAndChangesInPlace() throws {
        func entry(_ title: String, _ path: String, _ text: String) -> SearchIndex.Entry {
            SearchIndex.Entry(t: title, u: path, k: "Page", x: text, w: "")
        }
        let original = [entry("Budget", "b/index.html", "The budget for housing."), entry("Audit", "a/index.html", "Housing audit.")]
        var index = SearchShards(original)
        #expect(index.keptFiles() == index.files())
        #expect(index.entries.map(\.t) == ["Audit", "Budget"], "pages are numbered in title order")
        let words = String(decoding: index.files().first { $0.sitePath == "search/words-1.js" }?.bytes ?? [], as: UTF8.self)
        // Audit is page 0, Budget page 1: "audit" is in page 0's title (0 << 1 | 1); "housing" in
        // both texts (0, then 2 more for page 1).
        #expect(words.contains("\"audit\":[1]"))
        #expect(words.contains("\"housing\":[0,2]"))
        #expect(words.contains("\"budget\":[3]"))

        let edited = entry("Budget", "b/index.html", "The budget for roads.")
        let replaced = index.replace([edited])
        #expect(replaced)
        #expect(index.files() == SearchShards([edited, original[1]]).files(), "a change gives what a new index would")
        #expect(index.keptFiles() == index.files(), "the parts kept from before the change are made again where it changed them")
        // A second change: words kept, words gained (one the other page has in its title), words lost.
        let again = entry("Budget", "b/index.html", "The budget for roads, housing and an audit.")
        let replacedAgain = index.replace([again])
        #expect(replacedAgain)
        #expect(index.keptFiles() == SearchShards([again, original[1]]).files())
        let retitled = index.replace([entry("Budget 2026", "b/index.html", "x")])
        #expect(!retitled, "a new title numbers the pages anew")
    }

    /// A large site collects its pages as they are rendered, keeping their words as numbers: its
    /// parts are the ones the entries would give, whatever order the pages came in.
    @Test func collectedPagesGiveTheSameParts() {
        let entries = (0..<300).map { number in
            SearchIndex.Entry(
                t: "Meeting \(number % 7) of the board", u: "meetings/\(number)/index.html", k: "Meeting",
                x: "Café minutes \(number).", w: "budget housing \(number % 11) naïve", s: number % 3 == 0 ? "Open" : nil)
        }
        var collector = SearchShards.Collector()
        for entry in entries.reversed() { collector.add(entry) }
        #expect(SearchShards(collector).files() == SearchShards(entries).files())
    }

    @Test func aResultsExcerptStartsWithWhatThePageSaysAndAnItemsPageGivesItsStatus() throws {
        let html = "<html><body><main><p class=\"caption\">Action plan</p><h1>Retrofit homes</h1><p>We will insulate 500 homes.</p></main></body></html>"
        let entry = try #require(SearchIndex.entry(
            sitePath: "plans/p/a/index.html", pageKind: .action, kind: "Action", title: "Retrofit homes", html: html, status: "In progress"))
        #expect(entry.x == "We will insulate 500 homes.", "not the caption and title again")
        #expect(entry.s == "In progress")
        let part = String(decoding: SearchShards([entry]).pages(0).bytes, as: UTF8.self)
        #expect(part.contains("\"We will insulate 500 homes.\",\"In progress\"]"))
        let page = try #require(SearchIndex.entry(sitePath: "about/index.html", pageKind: .page, kind: "Page", title: "About", html: html))
        #expect(String(decoding: SearchShards([page]).pages(0).bytes, as: UTF8.self).hasSuffix("homes.\"]]);\n"))
    }

    /// The words kept beyond the excerpt: each once, however often the page says it, and a word
    /// written with its accent composed or combined is one word, as it is to a reader.
    @Test func anEntrysOtherWordsAreEachKeptOnce() throws {
        let opening = String(repeating: "opening ", count: 60)
        let html = "<html><body><main><h1>T</h1><p>\(opening)</p><p>Budget housing budget BUDGET caf\u{E9} cafe\u{301} naïve housing 2026 2026's opening</p></main></body></html>"
        let entry = try #require(SearchIndex.entry(sitePath: "p/index.html", pageKind: .page, kind: "Page", title: "T", html: html))
        #expect(Array(entry.w.utf8) == Array("budget housing caf\u{E9} na\u{EF}ve 2026 2026's".utf8))
        #expect(!entry.w.contains("opening"), "a word of the excerpt is not kept again")
    }

    @Test func theAToZListsPagesAndUpdatesUnderTheirLetters() {
        let site = renderSite(files, theme: minimalTheme(overrides: [
            "a-z": "{{<layout}}{{$main}}{{#groups}}<h2 id=\"{{anchor}}\">{{letter}}</h2>{{#entries}}<a href=\"{{url}}\">{{text}}</a> ({{kind}}){{/entries}}{{/groups}}{{/main}}{{/layout}}"
        ]))
        #expect(site.diagnostics.isEmpty)
        let index = site.text(of: "a-z/index.html") ?? ""
        #expect(index.contains("<a href=\"../about/index.html\">About us</a> (Page)"))
        #expect(index.contains("<a href=\"../updates/2025-07-17-report/index.html\">Annual report</a> (Update, 17 July 2025)"))
        #expect(index.contains(">A</h2>"))
    }

    @Test func anEntryIsSortedByItsFirstLetterOrDigitInLowerCaseWithAccentsDropped() {
        #expect(AToZ.sortKey("  \"Review of B-Wing\"") == "review of b-wing\"")
        #expect(AToZ.sortKey("2026 budget") == "2026 budget")
        #expect(AToZ.sortKey("…and ÉCOLE") == "and ecole")
        #expect(AToZ.sortKey("Ôl-osod") == "ol-osod")
        #expect(AToZ.sortKey("--") == "")
        #expect(AToZ.letter(ofKey: AToZ.sortKey("(Ôl-osod)")) == "O")
    }

    @Test func anActionsKindIsItsWordsWithItsIDFilledInWhereverTheyNameIt() {
        #expect(AToZ.OneValueFill("Action {id} of the meeting", name: "id").filled("A3") == "Action A3 of the meeting")
        #expect(AToZ.OneValueFill("{id}: {id}", name: "id").filled("{id}") == "{id}: {id}")
        #expect(AToZ.OneValueFill("Meeting action", name: "id").filled("A3") == "Meeting action")
        #expect(AToZ.OneValueFill("{other} {id}", name: "id").filled("A3") == Strings.fill("{other} {id}", ["id": "A3"]))
    }
}
