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
        let header = [
            "plan", "plan_title", "id", "number", "theme", "theme_title", "title", "owners", "deadlines_as_published",
            "status", "status_label", "status_date", "overdue", "due_soon", "not_updated_recently", "last_update",
            "days_since_update", "next_due", "final_due", "computed_rag", "manual_rag", "manual_rag_reason",
            "milestones_done", "milestones_total", "carried_from", "carried_into", "page",
        ]
        let rows = records(environment).map { record -> [String] in
            [
                record.plan, record.planTitle, record.id, record.number ?? "", record.theme, record.themeTitle, record.title,
                record.owners.joined(separator: "; "), record.deadlinesAsPublished.joined(separator: "; "), record.status,
                record.statusLabel, record.statusDate ?? "", yesNo(record.overdue), yesNo(record.dueSoon),
                yesNo(record.notUpdatedRecently), record.lastUpdate, String(record.daysSinceUpdate), record.nextDue ?? "",
                record.finalDue ?? "", record.computedRag ?? "", record.manualRag ?? "", record.manualRagReason ?? "",
                record.milestonesDone.map(String.init) ?? "", record.milestonesTotal.map(String.init) ?? "",
                record.carriedFrom.joined(separator: "; "), record.carriedInto.joined(separator: "; "), record.page,
            ]
        }
        return CSVTable(header: header, rows: rows).encoded()
    }

    static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }
}
