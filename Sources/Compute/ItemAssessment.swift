import Model

/// What is known about one tracked item as at a date, worked out by the rules in docs/tracking.md.
public struct ItemAssessment: Sendable, Hashable {
    public var status: EffectiveStatus
    /// The day the status was reported or followed from (a later plan's publication), if any.
    public var statusDate: CivilDate?
    /// The update that gave the status, if one did.
    public var statusUpdate: StatusUpdate?
    /// Not finished, and a due date has passed.
    public var isOverdue: Bool
    /// Not finished, and due within the site's "due soon" days.
    public var isDueSoon: Bool
    /// Not finished, and not updated for more than the site's "stale" days.
    public var isStale: Bool
    /// The last day anything was reported (or the day tracking started).
    public var lastActivity: CivilDate
    public var daysSinceActivity: Int
    /// The earliest due date of work not yet done.
    public var nextDue: CivilDate?
    /// `nextDue` is a step's, not the item's own: "it was due by" a step's date misstated when
    /// the item itself was due.
    public var nextDueIsAStep = false
    /// The last due date of all the item's deadlines.
    public var finalDue: CivilDate?
    public var milestones: [MilestoneAssessment]
    public var computedRAG: RAG?
    public var manualRAG: ManualRAG?
    /// Later items that continue this one, with how and from when.
    public var carriedInto: [Continuation]
    /// For an item finished or closed: a deadline that had already passed on the day that status
    /// was reported: its own, or else the earliest of a step not reported done by then.
    public var deadlinePassedBeforeStatus: PassedDeadline?
    /// Why the status is what it is when no update gave it: every step reported done, a later
    /// plan that left it out, a recommendation not agreed.
    public var derivedFrom: StatusSource?
    /// A deadline (its own, or a step's) is "to be confirmed": no date set yet.
    public var hasDeadlineToBeConfirmed = false

    public var ragDisagrees: Bool {
        guard let manualRAG, let computedRAG else { return false }
        return manualRAG.rating != computedRAG
    }

    /// Milestones done, out of all milestones; nil when the item has none.
    public var progress: (done: Int, total: Int)? {
        milestones.isEmpty ? nil : (milestones.filter(\.isDone).count, milestones.count)
    }
}

/// A deadline that had passed before an item was finished or closed.
public struct PassedDeadline: Sendable, Hashable {
    public var date: CivilDate
    /// The step whose deadline it was, or nil for the item's own: a page that said "after its
    /// deadline of 31 December 2024" of an item due on 31 March 2025 contradicted itself.
    public var step: String?

    public init(date: CivilDate, step: String?) {
        self.date = date
        self.step = step
    }
}

/// One milestone as at the date.
public struct MilestoneAssessment: Sendable, Hashable {
    public var milestone: Milestone
    /// The reading of its deadline in force on the date (after any revision).
    public var reading: DeadlineReading?
    public var isDone: Bool
    public var isOverdue: Bool

    public var dueDate: CivilDate? { reading?.dueDate }
}

/// A fact, other than an update, that decides an item's status.
public enum StatusSource: Sendable, Hashable {
    /// Every step or milestone was reported done; the last on this day.
    case allStepsDone(CivilDate)
    /// A later plan, published on this day, did not continue it.
    case leftOutOfPlan(planID: String, date: CivilDate)
    /// A recommendation that was not agreed and has no steps: nothing is to be done.
    case notAgreed
}

/// A later plan that did not continue an item of the plan it replaced.
public struct PlanEnding: Sendable, Hashable {
    public var planID: String
    public var date: CivilDate

    public init(planID: String, date: CivilDate) {
        self.planID = planID
        self.date = date
    }
}

/// "Item `id` continues this one (how), from `date`."
public struct Continuation: Sendable, Hashable {
    public var id: String
    public var kind: CarryKind
    public var date: CivilDate

    public init(id: String, kind: CarryKind, date: CivilDate) {
        self.id = id
        self.kind = kind
        self.date = date
    }
}
