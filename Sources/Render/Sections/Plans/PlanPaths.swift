import Markup
import Model

/// Where the plans' pages and files are in the site.
enum PlanPaths {
    static let index = "plans/index.html"
    static let csv = "plans/actions.csv"
    static let json = "plans/actions.json"

    static func plan(_ planID: String) -> String { "plans/\(planID)/index.html" }
    static func action(_ action: PlanAction) -> String { "plans/\(action.planID)/\(action.id)/index.html" }
    static func view(_ planID: String, _ name: String) -> String { "plans/\(planID)/\(name)/index.html" }
    static func themeAnchor(_ themeID: String) -> String { "theme-\(Slug.make(themeID))" }
}

