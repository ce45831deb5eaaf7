import Model

/// What the action log shows about one meeting action beyond its status.
public struct MeetingActionRecord: Sendable {
    public var assessment: ItemAssessment
    /// Agreed meetings of the same group held after it was raised, up to the as-at date.
    public var meetingsSince: [String]
    /// The meetings whose notes reported on it.
    public var reportedAt: [String]

    /// True when later meetings have been held and none reported on it.
    public var notReportedSinceRaised: Bool { !meetingsSince.isEmpty && reportedAt.isEmpty }
}

enum MeetingMetrics {
    static func records(_ content: Content, assessor: ItemAssessor) -> [String: MeetingActionRecord] {
        var records: [String: MeetingActionRecord] = [:]
        let held = content.meetings.filter { $0.date <= assessor.asOf }
        for meeting in content.meetings {
            let later = held.filter { $0.groupID == meeting.groupID && $0.date > meeting.date }
            for action in meeting.actions {
                let reportDates = Set(action.item.updates.filter { $0.date <= assessor.asOf }.map(\.date))
                records[action.id] = MeetingActionRecord(
                    assessment: assessor.assess(action.item),
                    meetingsSince: later.map(\.id),
                    reportedAt: later.filter { reportDates.contains($0.date) }.map(\.id))
            }
        }
        return records
    }
}
