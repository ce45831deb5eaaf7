import Compute
import Model

/// Every action with its computed fields, as CSV and JSON: open data for stakeholders. Both are
/// made from the same records, and from the same assessments as the pages.
enum ActionExport: RecordExport {
    struct Record: Encodable, Sendable {
        var plan: String
        var planTitle: String
        var planPublished: String
        var planSupersedes: String?
        var id: String
        var number: String?
        var theme: String
        var themeTitle: String
        var title: String
        var owners: [String]
        var deadlinesAsPublished: [String]
        /// The day each deadline was read as (as published, before any revision); "" when it names none.
        var deadlinesDue: [String]
        /// For each deadline, the words of the revision in force on the as-at date; "" when not revised.
        var deadlinesRevisedTo: [String]
        var deadlinesRevisedOn: [String]
        var deadlinesRevisionReason: [String]
        var status: String
        var statusLabel: String
        var statusDate: String?
        var overdue: Bool
        var dueSoon: Bool
        var notUpdatedRecently: Bool
        var lastUpdate: String
        var daysSinceUpdate: Int
        /// The last update as written (the status above may be computed from other facts), so that
        /// `tally import` can read the export back without inventing updates.
        var lastReportStatus: String?
        var lastReportDate: String?
        var lastReportNote: String?
        var nextDue: String?
        var finalDue: String?
        var computedRag: String?
        var manualRag: String?
        var manualRagReason: String?
        var milestonesDone: Int?
        var milestonesTotal: Int?
        var carriedFrom: [String]
        /// How each action of `carriedFrom` is continued: carried-over, merged or replaced.
        var carriedFromHow: [String]
        /// What each continuation changed, as the plan says ("the target went up from 150 to 500").
        var carriedFromNote: [String]
        var carriedInto: [String]
        var page: String
    }

    typealias Document = ExportDocument<Record>

    /// What an action's record is made from.
    struct Row: Equatable, Sendable {
        var plan: PlanHead
        var themeTitle: String
        var action: PlanAction
        var assessment: ItemAssessment
    }

    /// What a record says of its plan.
    struct PlanHead: Equatable, Sendable {
        var id: String
        var title: String
        var published: CivilDate
        var supersedes: String?
    }

    /// Every assessed action, in plan order.
    static func gather(_ environment: SiteEnvironment) -> (shared: ExportBasis, rows: [Row]) {
        var rows: [Row] = []
        for plan in environment.content.plans {
            let head = PlanHead(id: plan.id, title: plan.title, published: plan.published, supersedes: plan.supersedes)
            for action in plan.actions {
                guard let assessment = environment.assessments.assessment(of: action) else { continue }
                rows.append(Row(plan: head, themeTitle: plan.theme(action.themeID)?.title ?? "", action: action, assessment: assessment))
            }
        }
        return (ExportBasis(environment), rows)
    }

    static func record(_ row: Row, _ shared: ExportBasis) -> Record {
        let (plan, action, assessment) = (row.plan, row.action, row.assessment)
        let progress = assessment.progress
        let revisions = action.item.allDeadlines.map { $0.revision(asOf: shared.asOf) }
        return Record(
            plan: plan.id, planTitle: plan.title, planPublished: plan.published.iso, planSupersedes: plan.supersedes,
            id: action.id, number: action.number, theme: action.themeID,
            themeTitle: row.themeTitle, title: action.item.title, owners: action.item.owners,
            deadlinesAsPublished: action.item.allDeadlines.map(\.text),
            deadlinesDue: action.item.allDeadlines.map { $0.reading.dueDate?.iso ?? "" },
            deadlinesRevisedTo: revisions.map { $0?.text ?? "" }, deadlinesRevisedOn: revisions.map { $0?.date.iso ?? "" },
            deadlinesRevisionReason: revisions.map { oneLine($0?.reason) }, status: assessment.status.key,
            statusLabel: StatusTags.label(assessment.status, shared.strings), statusDate: assessment.statusDate?.iso,
            overdue: assessment.isOverdue, dueSoon: assessment.isDueSoon, notUpdatedRecently: assessment.isStale,
            lastUpdate: assessment.lastActivity.iso, daysSinceUpdate: assessment.daysSinceActivity,
            lastReportStatus: action.item.updates.last?.status.rawValue, lastReportDate: action.item.updates.last?.date.iso,
            lastReportNote: action.item.updates.last?.note?.text,
            nextDue: assessment.nextDue?.iso, finalDue: assessment.finalDue?.iso,
            computedRag: assessment.computedRAG?.rawValue, manualRag: assessment.manualRAG?.rating.rawValue,
            manualRagReason: assessment.manualRAG?.reason, milestonesDone: progress?.done, milestonesTotal: progress?.total,
            carriedFrom: action.item.carriedFrom.map(\.id), carriedFromHow: action.item.carriedFrom.map(\.kind.rawValue),
            carriedFromNote: action.item.carriedFrom.map { oneLine($0.note) },
            carriedInto: assessment.carriedInto.map(\.id),
            page: PlanPaths.action(action))
    }

    /// Free text that shares a cell with others, one per line: its own line breaks become spaces,
    /// so that the n-th line is the n-th item's.
    static func oneLine(_ text: String?) -> String {
        (text ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// What both files are written from.
    static func document(_ shared: ExportBasis, records: [Record]) -> Document {
        Document(asOf: shared.asOf.iso, recordsKey: "actions", records: records)
    }

    static func csv(_ document: Document) -> [UInt8] {
        CSVTable(
            document.records,
            columns: [
                CSVColumn("plan", \.plan), CSVColumn("plan_title", \.planTitle),
                CSVColumn("plan_published", \.planPublished), CSVColumn("plan_supersedes", \.planSupersedes), CSVColumn("id", \.id),
                CSVColumn("number", \.number), CSVColumn("theme", \.theme), CSVColumn("theme_title", \.themeTitle),
                CSVColumn("title", \.title), CSVColumn("owners", \.owners),
                CSVColumn("deadlines_as_published", \.deadlinesAsPublished), CSVColumn("deadlines_due", \.deadlinesDue),
                CSVColumn("deadlines_revised_to", \.deadlinesRevisedTo), CSVColumn("deadlines_revised_on", \.deadlinesRevisedOn),
                CSVColumn("deadlines_revision_reason", \.deadlinesRevisionReason, separator: "\n"),
                CSVColumn("status", \.status),
                CSVColumn("status_label", \.statusLabel), CSVColumn("status_date", \.statusDate),
                CSVColumn("overdue", \.overdue), CSVColumn("due_soon", \.dueSoon),
                CSVColumn("not_updated_recently", \.notUpdatedRecently), CSVColumn("last_update", \.lastUpdate),
                CSVColumn("days_since_update", \.daysSinceUpdate), CSVColumn("last_report_status", \.lastReportStatus),
                CSVColumn("last_report_date", \.lastReportDate), CSVColumn("last_report_note", \.lastReportNote),
                CSVColumn("next_due", \.nextDue),
                CSVColumn("final_due", \.finalDue), CSVColumn("computed_rag", \.computedRag),
                CSVColumn("manual_rag", \.manualRag), CSVColumn("manual_rag_reason", \.manualRagReason),
                CSVColumn("milestones_done", \.milestonesDone), CSVColumn("milestones_total", \.milestonesTotal),
                CSVColumn("carried_from", \.carriedFrom), CSVColumn("carried_from_how", \.carriedFromHow),
                CSVColumn("carried_from_note", \.carriedFromNote, separator: "\n"),
                CSVColumn("carried_into", \.carriedInto),
                CSVColumn("page", \.page),
            ]
        ).encoded()
    }
}
