import Model

/// What the action log shows about one meeting action beyond its status.
public struct MeetingActionRecord: Sendable {
    public var assessment: ItemAssessment
    /// How many agreed meetings of the same group were held after it was raised, up to the as-at date.
    public var meetingsSince: Int
    /// The meetings whose notes reported on it.
    public var reportedAt: [String]

    /// True when later meetings have been held and none reported on it.
    public var notReportedSinceRaised: Bool { meetingsSince > 0 && reportedAt.isEmpty }
}

enum MeetingMetrics {
    static func records(_ content: Content, assessor: ItemAssessor) -> [String: MeetingActionRecord] {
        // Held meetings by group, oldest first, so that "held since" is a binary search and
        // "reported at" a look-up by date: the log stays linear in the number of actions.
        var heldByGroup: [String: [Meeting]] = [:]
        for meeting in content.meetings where meeting.date <= assessor.asOf {
            heldByGroup[meeting.groupID, default: []].append(meeting)
        }
        heldByGroup = heldByGroup.mapValues { $0.sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
        let heldByGroupAndDate = heldByGroup.mapValues { Dictionary(grouping: $0, by: \.date) }

        var records: [String: MeetingActionRecord] = [:]
        for meeting in content.meetings {
            let held = heldByGroup[meeting.groupID] ?? []
            let firstLater = firstIndex(in: held) { $0.date > meeting.date }
            for action in meeting.actions {
                let reportDates = Set(action.item.updates.filter { $0.date <= assessor.asOf && $0.date > meeting.date }.map(\.date))
                let reportedAt = reportDates.sorted().flatMap { date in
                    (heldByGroupAndDate[meeting.groupID]?[date] ?? []).map(\.id)
                }
                records[action.id] = MeetingActionRecord(
                    assessment: assessor.assess(action.item), meetingsSince: held.count - firstLater, reportedAt: reportedAt)
            }
        }
        return records
    }

    /// The first index whose element satisfies `isAfter`, in an array where it holds for a suffix.
    static func firstIndex(in meetings: [Meeting], where isAfter: (Meeting) -> Bool) -> Int {
        var low = 0
        var high = meetings.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(meetings[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
