/// Where the pages for finding things are.
enum FindingPaths {
    static let glossary = "glossary/index.html"
    static let index = "a-z/index.html"
    static let search = "search/index.html"
    static let searchIndex = "search/search-index.js"

    static func termAnchor(_ term: String) -> String { "term-" + Slug.make(term) }
}

import Markup
