/// Look-ups by id over the content, made once per build so that a page that names another
/// item finds it without searching every item (which would make a large site quadratic).
public struct ContentIndex: Sendable {
    public let actions: Lookup<ItemID, PlanAction>
    public let plans: Lookup<String, Plan>
    public let groups: Lookup<String, MeetingGroup>
    public let meetings: Lookup<String, Meeting>
    public let meetingActions: Lookup<ItemID, MeetingAction>
    public let recommendations: Lookup<ItemID, Recommendation>

    public init(_ content: Content) {
        actions = Lookup(content.allActions) { $0.item.key }
        plans = Lookup(content.plans) { $0.id }
        groups = Lookup(content.groups) { $0.id }
        meetings = Lookup(content.meetings) { $0.id }
        meetingActions = Lookup(content.allMeetingActions) { $0.item.key }
        recommendations = Lookup(content.allRecommendations) { $0.item.key }
    }

    public func action(_ id: String) -> PlanAction? { actions[ItemID(id)] }
    public func meetingAction(_ id: String) -> MeetingAction? { meetingActions[ItemID(id)] }
    public func recommendation(_ id: String) -> Recommendation? { recommendations[ItemID(id)] }
}

/// Values found by key, the first of any given the same key: kept once, in a list, with each
/// key's place in it. A dictionary of the values themselves kept a slot of an item's size for
/// every spare place in its table (a tenth of a large site's peak memory).
public struct Lookup<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let values: [Value]
    private let places: [Key: Int]

    init(_ values: [Value], key: (Value) -> Key) {
        self.values = values
        var places = [Key: Int](minimumCapacity: values.count)
        for (place, value) in values.enumerated() {
            let key = key(value)
            if places[key] == nil { places[key] = place }
        }
        self.places = places
    }

    public subscript(key: Key) -> Value? { places[key].map { values[$0] } }
}
