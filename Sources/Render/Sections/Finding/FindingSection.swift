import Diagnostics
import Markup
import Compute
import Model

/// The glossary, the A to Z index and search.
enum FindingSection {
    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> [PagePlan] {
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        var pages: [PagePlan] = []
        if !content.glossary.terms.isEmpty {
            pages.append(
                PagePlan(
                    sitePath: FindingPaths.glossary, title: strings.text("sections.glossary"), template: "glossary", breadcrumbs: [home],
                    origin: .generated("the glossary"), view: { render in glossary(render: &render) }))
        }
        pages += AToZ.plan(content, assessments: assessments, home: home, strings: strings)
        pages.append(
            PagePlan(
                sitePath: FindingPaths.search, title: strings.text("sections.search"), template: "search", breadcrumbs: [home],
                origin: .generated("the search page"),
                view: { render in
                    [
                        "searchIndexURL": render.url(to: FindingPaths.searchIndex),
                        "indexURL": render.url(to: FindingPaths.index),
                        "scriptURL": render.url(to: "assets/search.js"),
                    ]
                }))
        return pages
    }

    static func glossary(render: inout PageRender) -> [String: Any] {
        let terms = render.environment.content.glossary.terms
        render.ids.formUnion(terms.map { FindingPaths.termAnchor($0.term) })
        return [
            "terms": terms.map { term in
                Chrome.compact([
                    "term": term.term, "anchor": FindingPaths.termAnchor(term.term), "expansion": term.expansion,
                    "explanation": term.explanation,
                ])
            }
        ]
    }
}
