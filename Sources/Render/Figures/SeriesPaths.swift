import Model

/// Where the figures' pages and files are in the site.
enum SeriesPaths {
    static let index = "data/index.html"
    static let targets = "data/targets/index.html"
    static let json = "data/figures.json"

    static func page(_ id: String) -> String { "data/series/\(id)/index.html" }
    static func csv(_ id: String) -> String { "data/series/\(id)/\(id).csv" }
    static func topic(_ slug: String) -> String { "data/\(slug)/index.html" }
    /// The row of a period in a series' table.
    static func anchor(_ period: Period) -> String { "p-" + period.key.map { $0 == "/" ? "-" : $0 }.map(String.init).joined() }
    static func targetAnchor(_ id: String) -> String { "target-\(id)" }
}
