import Diagnostics
import Markup
import Compute
import Model

/// The glossary, the A to Z index and search.
enum FindingSection: SiteSection {
    static let indexes = ["glossary": FindingPaths.glossary, "search": FindingPaths.search, "a-z": FindingPaths.index]
    /// The A to Z: an entry for every page, action and recommendation, sorted.
    static let planningCost = 2

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        plan(content, assessments: assessments, strings: strings, after: nil)
    }

    static func plan(_ content: Content, assessments: Assessments, strings: Strings, after previous: (any Sendable)?) -> SectionPlan {
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        var pages: [PagePlan] = []
        if !content.glossary.terms.isEmpty {
            pages.append(
                PagePlan(
                    sitePath: FindingPaths.glossary, title: strings.text("sections.glossary"), kind: .glossary, breadcrumbs: [home],
                    origin: .generated("the glossary"), view: { render in glossary(render: &render) }))
        }
        let index = AToZ.index(content, assessments: assessments, strings: strings, after: previous as? AToZ.Index)
        pages += AToZ.plan(index, home: home, strings: strings)
        pages.append(
            PagePlan(
                sitePath: FindingPaths.search, title: strings.text("sections.search"), kind: .search, breadcrumbs: [home],
                origin: .generated("the search page"),
                view: { render in
                    [
                        "searchIndexURL": render.url(to: FindingPaths.searchIndex),
                        "indexURL": render.url(to: FindingPaths.index),
                        "scriptURL": render.url(to: "assets/search.js"),
                        "noScript": render.strings.html("finding.no-script", links: ["a-z": render.url(to: FindingPaths.index)]),
                        "words": searchWords(render.strings),
                    ]
                }))
        return SectionPlan(pages: pages, memo: index)
    }

    /// The words the search script shows, as `data-words-*` attributes of its list: the
    /// script itself holds none, so that a site's strings file words its results too.
    static func searchWords(_ strings: Strings) -> String {
        var attributes: [(String, String)] = [
            ("none", "finding.no-results"), ("all-shown", "finding.results-all-shown"), ("first-shown", "finding.results-first-shown"),
            ("further", "finding.further-on"),
        ].map { ($0, strings.text($1)) }
        for (category, words) in strings.forms("finding.results") { attributes.append(("results-\(category.rawValue)", words)) }
        return attributes.map { " data-words-\($0)=\"\(HTMLText.escape($1))\"" }.joined()
    }

    static func glossary(render: inout PageRender) -> View {
        let terms = render.environment.content.glossary.terms
        render.ids.formUnion(terms.map { FindingPaths.termAnchor($0.term) })
        return [
            "terms": terms.map { term in
                View([
                    "term": term.term, "anchor": FindingPaths.termAnchor(term.term), "expansion": term.expansion,
                    "explanation": term.explanation,
                ])
            }
        ]
    }
}
