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
        actions = Lookup(groups: content.plans.map(\.actions)) { $0.item.key }
        plans = Lookup(content.plans) { $0.id }
        groups = Lookup(content.groups) { $0.id }
        meetings = Lookup(content.meetings) { $0.id }
        meetingActions = Lookup(groups: content.meetings.map(\.actions)) { $0.item.key }
        recommendations = Lookup(groups: content.responses.map(\.recommendations)) { $0.item.key }
    }

    public func action(_ id: String) -> PlanAction? { actions[ItemID(id)] }
    public func meetingAction(_ id: String) -> MeetingAction? { meetingActions[ItemID(id)] }
    public func recommendation(_ id: String) -> Recommendation? { recommendations[ItemID(id)] }
}

/// Values found by key, the first of any given the same key: kept where the content keeps them
/// (its lists, shared, not copied), with each key's place in them. A dictionary of the values
/// themselves kept an item-sized slot for every spare place in its table, and a list of every
/// plan's actions copied them all (together a twentieth of a large site's peak memory).
public struct Lookup<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Place {
        var group: Int32
        var index: Int32
    }

    private let groups: [[Value]]
    private let places: [Key: Place]

    /// Values in lists (each plan's actions), found by key.
    init(groups: [[Value]], key: (Value) -> Key) {
        self.groups = groups
        var places = [Key: Place](minimumCapacity: groups.reduce(0) { $0 + $1.count })
        for (group, values) in groups.enumerated() {
            for (index, value) in values.enumerated() {
                let key = key(value)
                if places[key] == nil { places[key] = Place(group: Int32(group), index: Int32(index)) }
            }
        }
        self.places = places
    }

    init(_ values: [Value], key: (Value) -> Key) {
        self.init(groups: [values], key: key)
    }

    public subscript(key: Key) -> Value? { places[key].map { groups[Int($0.group)][Int($0.index)] } }
}
