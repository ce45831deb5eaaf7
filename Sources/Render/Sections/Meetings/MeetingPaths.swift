import Model

/// Where the meetings' pages and files are in the site.
enum MeetingPaths {
    static let index = "meetings/index.html"
    static let log = "meetings/actions/index.html"
    static let csv = "meetings/actions.csv"
    static let json = "meetings/actions.json"
    static let changes = "changes/index.html"
    static let feed = "feed.xml"

    /// The list of notes, newest first, in pages.
    static func list(_ content: Content) -> Pagination {
        Pagination(first: index, itemCount: content.meetings.count, perPage: content.site.paginate.lists)
    }

    static func group(_ id: String) -> String { "groups/\(id)/index.html" }
    static func meeting(_ id: String) -> String { "meetings/\(id)/index.html" }
    /// The action log, in pages.
    static func logPages(_ content: Content) -> Pagination {
        Pagination(first: log, itemCount: content.allMeetingActions.count, perPage: content.site.paginate.actionLog)
    }

    /// The action's row in the log, as a page and part.
    static func logEntry(_ actionID: String, in environment: SiteEnvironment) -> (page: String, anchor: String) {
        logEntry(actionID, in: environment.actionLog)
    }

    static func logEntry(_ actionID: String, in log: ActionLogOrder) -> (page: String, anchor: String) {
        (log.pagination.sitePath(log.page(of: actionID)), logAnchor(actionID))
    }

    /// The id of the action's row on its page of the log.
    static func logAnchor(_ actionID: String) -> String { "action-\(actionID)" }
}
