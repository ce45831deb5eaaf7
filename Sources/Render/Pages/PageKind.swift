/// The kinds of page a site has, each drawn by the theme's template of the same name
/// (`action` by `templates/action.mustache`), and named on the page's `<body>` (`page-action`).
enum PageKind: String, CaseIterable, Sendable, Hashable {
    case home, page, updates, update
    case plans, plan, action
    case planView = "plan-view"
    case planChanges = "plan-changes"
    case group, meetings, meeting
    case actionLog = "action-log"
    case changes, responses, response, recommendation, data
    case dataTopic = "data-topic"
    case series, targets, glossary
    case aToZ = "a-z"
    case search, print

    /// The name of the theme's template that draws it.
    var template: String { rawValue }
}

extension PageKind: ViewConvertible {
    var viewValue: ViewValue? { .text(rawValue) }
}
