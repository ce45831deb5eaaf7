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

    @Test func theSearchIndexIsAClassicScriptWithEachPagesTitleAndText() throws {
        let site = renderSite(files)
        let script = try #require(site.text(of: "search/search-index.js"))
        #expect(script.hasPrefix("window.tallySearchIndex = "))
        #expect(!script.contains("import ") && !script.contains("fetch("))
        let json = String(script.drop { $0 != "[" }.reversed().drop { $0 != "]" }.reversed())
        let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: String]] ?? []
        let about = entries.first { $0["u"] == "about/index.html" }
        #expect(about?["t"] == "About us")
        #expect(about?["x"]?.contains("We publish progress on every action.") == true)
        #expect(!entries.contains { $0["u"] == "search/index.html" || $0["u"] == "a-z/index.html" })
    }

    @Test func aResultsExcerptStartsWithWhatThePageSaysAndAnItemsPageGivesItsStatus() throws {
        let html = "<html><body><main><p class=\"caption\">Action plan</p><h1>Retrofit homes</h1><p>We will insulate 500 homes.</p></main></body></html>"
        let entry = try #require(SearchIndex.entry(
            sitePath: "plans/p/a/index.html", template: "action", title: "Retrofit homes", html: html, status: "In progress"))
        #expect(entry.x == "We will insulate 500 homes.", "not the caption and title again")
        #expect(entry.s == "In progress")
        let json = String(decoding: SearchIndex.json(entry), as: UTF8.self)
        #expect(json.contains("\"s\":\"In progress\""))
        let page = try #require(SearchIndex.entry(sitePath: "about/index.html", template: "page", title: "About", html: html))
        #expect(!String(decoding: SearchIndex.json(page), as: UTF8.self).contains("\"s\":"))
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
}
