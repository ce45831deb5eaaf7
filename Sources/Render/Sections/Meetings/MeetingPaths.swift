import Model

/// Where the meetings' pages and files are in the site.
enum MeetingPaths {
    static let index = "meetings/index.html"
    static let log = "meetings/actions/index.html"
    static let csv = "meetings/actions.csv"
    static let json = "meetings/actions.json"
    static let changes = "changes/index.html"
    static let feed = "feed.xml"

    static func group(_ id: String) -> String { "groups/\(id)/index.html" }
    static func meeting(_ id: String) -> String { "meetings/\(id)/index.html" }
    /// The action's row in the log, as a page and part.
    static func logEntry(_ actionID: String) -> (page: String, anchor: String) { (log, "action-\(actionID)") }
}
