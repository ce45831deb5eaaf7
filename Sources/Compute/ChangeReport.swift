import Model

/// The kinds of tracked item a site has.
public enum TrackerKind: String, Sendable, Hashable {
    case planAction = "plan-action"
    case meetingAction = "meeting-action"
    case recommendation

}

/// One tracked item, whatever it belongs to, with what continues it.
public struct TrackedEntry: Sendable {
    public var kind: TrackerKind
    public var item: TrackedItem
    public var continuations: [Continuation]
    public var endedBy: PlanEnding? = nil
    public var notAgreed = false

    /// The entry's assessment by `assessor`, with everything that decides its status.
    func assessed(by assessor: ItemAssessor) -> ItemAssessment {
        assessor.assess(item, carriedInto: continuations, endedBy: endedBy, notAgreed: notAgreed)
    }
}

/// An item whose status (or overdue flag) differs between two dates.
public struct StatusChange: Sendable {
    public var kind: TrackerKind
    public var id: String
    /// Nil when the item did not exist yet at the first date.
    public var before: ItemAssessment?
    public var after: ItemAssessment
}

/// Every tracked item whose status changed between two dates, and the items added between them.
public struct ChangeReport: Sendable {
    public var from: CivilDate
    public var to: CivilDate
    /// Items that existed at `from` and whose status or overdue flag differs at `to`.
    public var changed: [StatusChange]
    /// Items opened after `from`, up to `to`.
    public var added: [StatusChange]

    /// `assessedAtTo` gives an entry's assessment at `to` when it is already known (the as-at
    /// date's, worked out once for every page), so it is not worked out again.
    static func between(
        _ from: CivilDate, _ to: CivilDate, entries: [TrackedEntry], rules: TrackingRules,
        assessedAtTo: (TrackedEntry) -> ItemAssessment? = { _ in nil }
    ) -> ChangeReport {
        let before = ItemAssessor(asOf: from, rules: rules)
        let after = ItemAssessor(asOf: to, rules: rules)
        var changed: [StatusChange] = []
        var added: [StatusChange] = []
        for entry in entries where entry.item.opened <= to {
            let now = assessedAtTo(entry) ?? entry.assessed(by: after)
            guard entry.item.opened <= from else {
                added.append(StatusChange(kind: entry.kind, id: entry.item.id, before: nil, after: now))
                continue
            }
            let then = entry.assessed(by: before)
            if then.status != now.status || then.isOverdue != now.isOverdue {
                changed.append(StatusChange(kind: entry.kind, id: entry.item.id, before: then, after: now))
            }
        }
        return ChangeReport(from: from, to: to, changed: changed, added: added)
    }
}
