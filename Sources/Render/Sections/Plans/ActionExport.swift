import Compute
import Model

/// Every action with its computed fields, as CSV and JSON: open data for stakeholders. Both are
/// made from the same records, and from the same assessments as the pages.
enum ActionExport {
    struct Record: Encodable {
        var plan: String
        var planTitle: String
        var id: String
        var number: String?
        var theme: String
        var themeTitle: String
        var title: String
        var owners: [String]
        var deadlinesAsPublished: [String]
        var status: String
        var statusLabel: String
        var statusDate: String?
        var overdue: Bool
        var dueSoon: Bool
        var notUpdatedRecently: Bool
        var lastUpdate: String
        var daysSinceUpdate: Int
        var nextDue: String?
        var finalDue: String?
        var computedRag: String?
        var manualRag: String?
        var manualRagReason: String?
        var milestonesDone: Int?
        var milestonesTotal: Int?
        var carriedFrom: [String]
        var carriedInto: [String]
        var page: String
    }

    struct Document: Encodable {
        var asOf: String
        var generator = "Tally"
        var actions: [Record]
    }

    static func records(_ environment: SiteEnvironment) -> [Record] {
        environment.content.plans.flatMap { plan in
            plan.actions.compactMap { action -> Record? in
                guard let assessment = environment.assessments.item(action.id) else { return nil }
                let progress = assessment.progress
                return Record(
                    plan: plan.id, planTitle: plan.title, id: action.id, number: action.number, theme: action.themeID,
                    themeTitle: plan.theme(action.themeID)?.title ?? "", title: action.item.title, owners: action.item.owners,
                    deadlinesAsPublished: action.item.allDeadlines.map(\.text), status: assessment.status.key,
                    statusLabel: assessment.status.label, statusDate: assessment.statusDate?.iso,
                    overdue: assessment.isOverdue, dueSoon: assessment.isDueSoon, notUpdatedRecently: assessment.isStale,
                    lastUpdate: assessment.lastActivity.iso, daysSinceUpdate: assessment.daysSinceActivity,
                    nextDue: assessment.nextDue?.iso, finalDue: assessment.finalDue?.iso,
                    computedRag: assessment.computedRAG?.rawValue, manualRag: assessment.manualRAG?.rating.rawValue,
                    manualRagReason: assessment.manualRAG?.reason, milestonesDone: progress?.done, milestonesTotal: progress?.total,
                    carriedFrom: action.item.carriedFrom.map(\.id), carriedInto: assessment.carriedInto.map(\.id),
                    page: PlanPaths.action(action))
            }
        }
    }

    static func json(_ environment: SiteEnvironment) -> [UInt8] {
        JSONExport.encode(Document(asOf: environment.asOf.iso, actions: records(environment)))
    }

    static func csv(_ environment: SiteEnvironment) -> [UInt8] {
        CSVTable(
            records(environment),
            columns: [
                CSVColumn("plan", \.plan), CSVColumn("plan_title", \.planTitle), CSVColumn("id", \.id),
                CSVColumn("number", \.number), CSVColumn("theme", \.theme), CSVColumn("theme_title", \.themeTitle),
                CSVColumn("title", \.title), CSVColumn("owners", \.owners),
                CSVColumn("deadlines_as_published", \.deadlinesAsPublished), CSVColumn("status", \.status),
                CSVColumn("status_label", \.statusLabel), CSVColumn("status_date", \.statusDate),
                CSVColumn("overdue", \.overdue), CSVColumn("due_soon", \.dueSoon),
                CSVColumn("not_updated_recently", \.notUpdatedRecently), CSVColumn("last_update", \.lastUpdate),
                CSVColumn("days_since_update", \.daysSinceUpdate), CSVColumn("next_due", \.nextDue),
                CSVColumn("final_due", \.finalDue), CSVColumn("computed_rag", \.computedRag),
                CSVColumn("manual_rag", \.manualRag), CSVColumn("manual_rag_reason", \.manualRagReason),
                CSVColumn("milestones_done", \.milestonesDone), CSVColumn("milestones_total", \.milestonesTotal),
                CSVColumn("carried_from", \.carriedFrom), CSVColumn("carried_into", \.carriedInto),
                CSVColumn("page", \.page),
            ]
        ).encoded()
    }
}
