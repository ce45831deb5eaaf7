/// Template values without nils. A `nil` stored in `[String: Any]` is still a value to Mustache,
/// so `{{#key}}` would render its section with nothing in it; dropping such keys makes a missing
/// value behave as missing.
enum ViewValues {
    static func removingNils(_ values: [String: Any]) -> [String: Any] {
        var result: [String: Any] = [:]
        result.reserveCapacity(values.count)
        for (key, value) in values {
            if let cleaned = clean(value) { result[key] = cleaned }
        }
        return result
    }

    private static func clean(_ value: Any) -> Any? {
        switch value {
        case let dictionary as [String: Any]:
            return removingNils(dictionary)
        case let array as [[String: Any]]:
            return array.map(removingNils)
        case let array as [Any]:
            return array.compactMap(clean)
        case let optional as OptionalValue:
            return optional.wrapped.flatMap(clean)
        default:
            return value
        }
    }
}

private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
