import Model

/// What the action log shows about one meeting action beyond its status.
public struct MeetingActionRecord: Sendable, Hashable {
    public var assessment: ItemAssessment
    /// How many agreed meetings of the same group were held after it was raised, up to the as-at date.
    public var meetingsSince: Int
    /// The meetings whose notes reported on it.
    public var reportedAt: [String]
    /// While it is open: agreed meetings of its group held since it was last reported on (or
    /// raised, if never), none of which reported on it. 0 when it is finished or closed.
    public var meetingsWithoutReport: Int

    /// Open, and at least one meeting has been held since it was last reported on.
    public var isNotReportedAtLaterMeeting: Bool { meetingsWithoutReport > 0 }
    /// Later meetings have been held and none has ever reported on it.
    public var notReportedSinceRaised: Bool { meetingsSince > 0 && reportedAt.isEmpty }
}

enum MeetingMetrics {
    static func records(_ content: Content, assessor: ItemAssessor) -> ByItem<MeetingActionRecord> {
        // Held meetings by group, oldest first, so that "held since" is a binary search and
        // "reported at" a look-up by date: the log stays linear in the number of actions.
        var heldByGroup: [String: [Meeting]] = [:]
        for meeting in content.meetings where meeting.date <= assessor.asOf {
            heldByGroup[meeting.groupID, default: []].append(meeting)
        }
        heldByGroup = heldByGroup.mapValues { $0.sorted { ($0.date, $0.id) < ($1.date, $1.id) } }
        let heldByGroupAndDate = heldByGroup.mapValues { Dictionary(grouping: $0, by: \.date) }

        var records = ByItem<MeetingActionRecord>(minimumCapacity: content.meetings.reduce(0) { $0 + $1.actions.count })
        for meeting in content.meetings {
            let held = heldByGroup[meeting.groupID] ?? []
            let firstLater = firstIndex(in: held) { $0.date > meeting.date }
            for action in meeting.actions {
                let reportDates = Set(action.item.updates.filter { $0.date <= assessor.asOf && $0.date > meeting.date }.map(\.date))
                let reportedAt = reportDates.sorted().flatMap { date in
                    (heldByGroupAndDate[meeting.groupID]?[date] ?? []).map(\.id)
                }
                let assessment = assessor.assess(action.item)
                let lastReport = reportDates.max() ?? meeting.date
                let sinceReport = held.count - firstIndex(in: held) { $0.date > lastReport }
                records[action.item.key] = MeetingActionRecord(
                    assessment: assessment, meetingsSince: held.count - firstLater, reportedAt: reportedAt,
                    meetingsWithoutReport: assessment.status.category == .open ? sinceReport : 0)
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
