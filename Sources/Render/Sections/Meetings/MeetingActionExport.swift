import Compute
import Model

/// Every action agreed at a published meeting, with its history, as CSV and JSON.
enum MeetingActionExport: RecordExport {
    struct Record: Encodable, Sendable {
        var id: String
        var meeting: String
        var meetingDate: String
        var group: String
        var section: String
        var text: String
        var owners: [String]
        var deadlineAsPublished: String?
        var deadlineDue: String?
        var deadlineRevisedTo: String?
        var deadlineRevisedOn: String?
        var deadlineRevisionReason: String?
        var status: String
        var statusLabel: String
        var statusDate: String?
        var overdue: Bool
        var dueSoon: Bool
        var notUpdatedRecently: Bool
        var meetingsSince: Int
        var reportedAt: [String]
        var notReportedSinceRaised: Bool
        var meetingsWithoutReport: Int
        var page: String
    }

    typealias Document = ExportDocument<Record>

    /// What every record uses: the as-at date, the words, and the pages of the action log it links to.
    struct Shared: Equatable, Sendable {
        var basis: ExportBasis
        var log: Pagination
    }

    /// What an action's record is made from.
    struct Row: Equatable, Sendable {
        var action: MeetingAction
        var record: MeetingActionRecord
        var group: String
        var logPage: Int
    }

    /// Every action with a record, in the order of the meetings.
    static func gather(_ environment: SiteEnvironment) -> (shared: Shared, rows: [Row]) {
        var rows: [Row] = []
        for meeting in environment.content.meetings {
            // An action's meeting is the one whose notes agreed it (`MeetingAction.meetingID`).
            let group = environment.index.meetings[meeting.id]?.groupID ?? ""
            for action in meeting.actions {
                guard let record = environment.assessments.record(of: action) else { continue }
                rows.append(Row(action: action, record: record, group: group, logPage: environment.actionLog.page(ofKey: action.item.key)))
            }
        }
        return (Shared(basis: ExportBasis(environment), log: environment.actionLog.pagination), rows)
    }

    static func record(_ row: Row, _ shared: Shared) -> Record {
        let (action, record) = (row.action, row.record)
        let deadline = action.item.deadline
        let revision = deadline?.revision(asOf: shared.basis.asOf)
        return Record(
            id: action.id, meeting: action.meetingID, meetingDate: action.item.opened.iso, group: row.group,
            section: action.section.joined(separator: ": "), text: action.text, owners: action.item.owners,
            deadlineAsPublished: deadline?.text, deadlineDue: deadline?.reading.dueDate?.iso,
            deadlineRevisedTo: revision?.text, deadlineRevisedOn: revision?.date.iso, deadlineRevisionReason: revision?.reason,
            status: record.assessment.status.key, statusLabel: StatusTags.label(record.assessment.status, shared.basis.strings),
            statusDate: record.assessment.statusDate?.iso, overdue: record.assessment.isOverdue, dueSoon: record.assessment.isDueSoon,
            notUpdatedRecently: record.assessment.isStale, meetingsSince: record.meetingsSince,
            reportedAt: record.reportedAt, notReportedSinceRaised: record.notReportedSinceRaised,
            meetingsWithoutReport: record.meetingsWithoutReport,
            page: shared.log.sitePath(row.logPage) + "#" + MeetingPaths.logAnchor(action.id))
    }

    /// What both files are written from.
    static func document(_ shared: Shared, records: [Record]) -> Document {
        Document(asOf: shared.basis.asOf.iso, recordsKey: "actions", records: records)
    }

    static func csv(_ document: Document) -> [UInt8] {
        CSVTable(
            document.records,
            columns: [
                CSVColumn("id", \.id), CSVColumn("meeting", \.meeting), CSVColumn("meeting_date", \.meetingDate),
                CSVColumn("group", \.group), CSVColumn("section", \.section), CSVColumn("text", \.text),
                CSVColumn("owners", \.owners),
                CSVColumn("deadline_as_published", \.deadlineAsPublished), CSVColumn("deadline_due", \.deadlineDue),
                CSVColumn("deadline_revised_to", \.deadlineRevisedTo), CSVColumn("deadline_revised_on", \.deadlineRevisedOn),
                CSVColumn("deadline_revision_reason", \.deadlineRevisionReason), CSVColumn("status", \.status), CSVColumn("status_label", \.statusLabel),
                CSVColumn("status_date", \.statusDate), CSVColumn("overdue", \.overdue), CSVColumn("due_soon", \.dueSoon),
                CSVColumn("not_updated_recently", \.notUpdatedRecently), CSVColumn("meetings_since", \.meetingsSince),
                CSVColumn("reported_at", \.reportedAt), CSVColumn("not_reported_since_raised", \.notReportedSinceRaised),
                CSVColumn("meetings_without_report", \.meetingsWithoutReport),
                CSVColumn("page", \.page),
            ]
        ).encoded()
    }
}
