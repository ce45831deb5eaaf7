import Diagnostics
import Markup
import Compute
import Model

/// Action plans: a list of plans, a page per plan and per action, filtered views that need no
/// JavaScript, what changed from the plan before, and the exports.
enum PlansSection: SiteSection {
    static let indexes = ["plans": PlanPaths.index]
    static let contentFolder: String? = "plans/"
    static let menu: (place: Int, index: String, title: String)? = (1, "plans", "sections.plans-short")

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        guard !content.plans.isEmpty else { return SectionPlan() }
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        let plansCrumb = Crumb(title: strings.text("sections.plans-short"), sitePath: PlanPaths.index)
        var pages = [
            PagePlan(
                sitePath: PlanPaths.index, title: strings.text("sections.plans"), kind: .plans, breadcrumbs: [home],
                origin: .generated("the list of plans"), view: { render in PlanViews.index(render: &render) })
        ]
        for plan in content.plans {
            let planCrumb = Crumb(title: plan.title, sitePath: PlanPaths.plan(plan.id))
            let origin = Origin.content(SourceLocation(file: plan.body.displayPath))
            pages.append(
                PagePlan(
                    sitePath: PlanPaths.plan(plan.id), title: plan.title, kind: .plan, breadcrumbs: [home, plansCrumb],
                    origin: origin, subject: plan, view: PlanViews.plan))
            for action in plan.actions {
                pages.append(
                    PagePlan(
                        sitePath: PlanPaths.action(action), title: ActionViews.heading(action), kind: .action,
                        breadcrumbs: [home, plansCrumb, planCrumb], origin: .content(SourceLocation(file: action.body.displayPath)),
                        subject: ActionPage(action: action, plan: plan), view: ActionViews.page))
            }
            for view in FilteredView.allCases {
                pages.append(
                    PagePlan(
                        sitePath: PlanPaths.view(plan.id, view.rawValue), title: strings.text("plan-pages.view-title", ["view": view.title(strings), "plan": plan.title]),
                        kind: .planView, breadcrumbs: [home, plansCrumb, planCrumb],
                        origin: .generated("the \(view.rawValue) view of \(plan.id)"),
                        subject: PlanViewPage(plan: plan, view: view), view: PlanViews.filtered))
            }
            if plan.supersedes != nil {
                pages.append(
                    PagePlan(
                        sitePath: PlanPaths.view(plan.id, "changes"), title: strings.text("plan-pages.changes-title", ["plan": plan.title]),
                        kind: .planChanges, breadcrumbs: [home, plansCrumb, planCrumb],
                        origin: .generated("the changes page of \(plan.id)"),
                        view: { render in PlanViews.changes(plan, render: &render) }))
            }
        }
        let files = FilePlan.written(ActionExport.self, as: [
            (PlanPaths.csv, .generated("the actions CSV"), ActionExport.csv),
            (PlanPaths.json, .generated("the actions JSON"), JSONExport.encode(records:)),
        ])
        return SectionPlan(pages: pages, files: files)
    }

    /// The page each plan and action file becomes, for links written in Markdown.
    static func sitePaths(_ content: Content) -> [String: String] {
        var paths: [String: String] = [:]
        for plan in content.plans {
            paths[plan.sourcePath] = PlanPaths.plan(plan.id)
            for action in plan.actions { paths[action.sourcePath] = PlanPaths.action(action) }
        }
        return paths
    }
}

/// The filtered views of a plan, each a static page.
/// What a filtered view of a plan is drawn from.
struct PlanViewPage: Hashable, Sendable {
    var plan: Plan
    var view: FilteredView
}

enum FilteredView: String, CaseIterable, Sendable {
    case overdue, complete, owners

    func title(_ strings: Strings) -> String {
        switch self {
        case .overdue: return strings.text("plan.overdue-actions")
        case .complete: return strings.text("plan.completed-actions")
        case .owners: return strings.text("plan.actions-by-owner")
        }
    }
}
