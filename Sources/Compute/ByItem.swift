import Model

/// Values by item, as a dictionary gives them, kept in one list with each item's place in it: a
/// dictionary of assessments (a few hundred bytes each) kept one of that size for every spare
/// place in its table, a tenth of what a large site's assessments held.
struct ByItem<Value: Sendable>: Sendable {
    private var values: [Value] = []
    private var places: [ItemID: Int32] = [:]

    init(minimumCapacity: Int = 0) {
        values.reserveCapacity(minimumCapacity)
        places.reserveCapacity(minimumCapacity)
    }

    /// The value of `key`; setting one replaces the value it had. (Nothing removes one.)
    subscript(key: ItemID) -> Value? {
        get { places[key].map { values[Int($0)] } }
        set {
            guard let newValue else { return }
            if let place = places[key] {
                values[Int(place)] = newValue
            } else {
                places[key] = Int32(values.count)
                values.append(newValue)
            }
        }
    }
}
