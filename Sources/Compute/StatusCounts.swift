import Model

/// How many items have each status, and how many are overdue, due soon or not updated recently.
public struct StatusCounts: Sendable, Hashable {
    public var total = 0
    public var byStatus: [EffectiveStatus: Int] = [:]
    public var overdue = 0
    public var dueSoon = 0
    public var stale = 0
    /// Open items with a deadline "to be confirmed": no date set yet.
    public var noDeadlineSet = 0

    public init() {}

    public init(_ assessments: some Sequence<ItemAssessment>) {
        for assessment in assessments { add(assessment) }
    }

    public mutating func add(_ assessment: ItemAssessment) {
        total += 1
        byStatus[assessment.status, default: 0] += 1
        if assessment.isOverdue { overdue += 1 }
        if assessment.isDueSoon { dueSoon += 1 }
        if assessment.isStale { stale += 1 }
        if assessment.hasDeadlineToBeConfirmed, assessment.status.category == .open { noDeadlineSet += 1 }
    }

    public func count(_ category: EffectiveStatus.Category) -> Int {
        byStatus.filter { $0.key.category == category }.map(\.value).reduce(0, +)
    }

    /// Complete, or complete and ongoing.
    public var finished: Int { count(.finished) }
    public var open: Int { count(.open) }
    public var notReported: Int { byStatus[.notReported] ?? 0 }

    /// The statuses that occur, in display order, with their counts.
    public var ordered: [(status: EffectiveStatus, count: Int)] {
        EffectiveStatus.displayOrder.compactMap { status in byStatus[status].map { (status, $0) } }
    }
}
