import Model

/// The counts of one plan, overall and by theme.
public struct PlanSummary: Sendable {
    public var planID: String
    public var counts: StatusCounts
    public var byTheme: [String: StatusCounts]
    /// A later plan that says it supersedes this one, and when it was published.
    public var supersededBy: (id: String, date: CivilDate)?
}

// Compared by a session, which takes a plan's page as it was while its summary is the same.
extension PlanSummary: Hashable {
    public static func == (one: PlanSummary, other: PlanSummary) -> Bool {
        one.planID == other.planID && one.counts == other.counts && one.byTheme == other.byTheme
            && one.supersededBy?.id == other.supersededBy?.id && one.supersededBy?.date == other.supersededBy?.date
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(planID)
        hasher.combine(counts)
        hasher.combine(byTheme)
        hasher.combine(supersededBy?.id)
        hasher.combine(supersededBy?.date)
    }
}

/// What changed between a plan and the plan it superseded.
public struct PlanChanges: Sendable {
    public struct Carry: Sendable {
        /// The earlier actions this action continues.
        public var from: [String]
        public var to: String
        public var kind: CarryKind
    }

    public var planID: String
    public var earlierPlanID: String
    public var carried: [Carry]
    /// Actions with no earlier action.
    public var new: [String]
    /// Earlier actions neither carried over nor reported finished by the time this plan was published.
    public var dropped: [String]
    /// Earlier actions reported finished by the time this plan was published.
    public var finishedBefore: [String]
}
