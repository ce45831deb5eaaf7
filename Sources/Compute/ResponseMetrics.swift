import Model

/// A response's counts, worked out from its recommendations (never typed by hand).
public struct ResponseSummary: Sendable {
    public var responseID: String
    /// Agreed, partly agreed and not agreed.
    public var agreement: [Agreement: Int]
    public var total: Int
    /// How far the recommendations have been implemented, as at the date.
    public var implementation: StatusCounts
    /// Steps whose target date has passed without being reported done.
    public var overdueSteps: Int
    public var steps: Int

    static func of(_ response: Response, assessments: ByItem<ItemAssessment>) -> ResponseSummary {
        var agreement: [Agreement: Int] = [:]
        for recommendation in response.recommendations { agreement[recommendation.agreement, default: 0] += 1 }
        let assessed = response.recommendations.compactMap { assessments[$0.item.key] }
        return ResponseSummary(
            responseID: response.id, agreement: agreement, total: response.recommendations.count,
            implementation: StatusCounts(assessed),
            overdueSteps: assessed.flatMap(\.milestones).filter(\.isOverdue).count,
            steps: assessed.map(\.milestones.count).reduce(0, +))
    }
}
