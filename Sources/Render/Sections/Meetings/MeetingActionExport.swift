import Compute
import Model

/// Every action agreed at a published meeting, with its history, as CSV and JSON.
enum MeetingActionExport {
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

    static func records(_ environment: SiteEnvironment) -> [Record] {
        environment.content.allMeetingActions.compactMap { action in
            guard let record = environment.assessments.record(of: action) else { return nil }
            let entry = MeetingPaths.logEntry(action.id, in: environment)
            let deadline = action.item.deadline
            let revision = deadline?.revision(asOf: environment.asOf)
            return Record(
                id: action.id, meeting: action.meetingID, meetingDate: action.item.opened.iso,
                group: environment.index.meetings[action.meetingID]?.groupID ?? "",
                section: action.section.joined(separator: ": "), text: action.text, owners: action.item.owners,
                deadlineAsPublished: deadline?.text, deadlineDue: deadline?.reading.dueDate?.iso,
                deadlineRevisedTo: revision?.text, deadlineRevisedOn: revision?.date.iso, deadlineRevisionReason: revision?.reason,
                status: record.assessment.status.key, statusLabel: StatusTags.label(record.assessment.status, environment.strings),
                statusDate: record.assessment.statusDate?.iso, overdue: record.assessment.isOverdue, dueSoon: record.assessment.isDueSoon,
                notUpdatedRecently: record.assessment.isStale, meetingsSince: record.meetingsSince,
                reportedAt: record.reportedAt, notReportedSinceRaised: record.notReportedSinceRaised,
                meetingsWithoutReport: record.meetingsWithoutReport,
                page: entry.page + "#" + entry.anchor)
        }
    }

    /// What both files are written from.
    static func document(_ environment: SiteEnvironment) -> Document {
        Document(asOf: environment.asOf.iso, recordsKey: "actions", records: records(environment))
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
