/// Look-ups by id over the content, made once per build so that a page that names another
/// item finds it without searching every item (which would make a large site quadratic).
public struct ContentIndex: Sendable {
    public let actions: [ItemID: PlanAction]
    public let plans: [String: Plan]
    public let groups: [String: MeetingGroup]
    public let meetings: [String: Meeting]
    public let meetingActions: [ItemID: MeetingAction]
    public let recommendations: [ItemID: Recommendation]

    public init(_ content: Content) {
        actions = Dictionary(content.allActions.map { ($0.item.key, $0) }, uniquingKeysWith: { first, _ in first })
        plans = Dictionary(content.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        groups = Dictionary(content.groups.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        meetings = Dictionary(content.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        meetingActions = Dictionary(content.allMeetingActions.map { ($0.item.key, $0) }, uniquingKeysWith: { first, _ in first })
        recommendations = Dictionary(content.allRecommendations.map { ($0.item.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func action(_ id: String) -> PlanAction? { actions[ItemID(id)] }
    public func meetingAction(_ id: String) -> MeetingAction? { meetingActions[ItemID(id)] }
    public func recommendation(_ id: String) -> Recommendation? { recommendations[ItemID(id)] }
}
