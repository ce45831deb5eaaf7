/// Template values without nils. A `nil` stored in `[String: Any]` is still a value to Mustache,
/// so `{{#key}}` would render its section with nothing in it; dropping such keys makes a missing
/// value behave as missing.
enum ViewValues {
    /// The values without nils, and a digest of them: two pages with the same template and the
    /// same digest render to the same bytes, so a session need not render the second. The
    /// digest is nil when a value is of a kind it cannot tell apart (such a page is always
    /// rendered). It is a hash, for comparing within one process, never written anywhere.
    static func removingNils(_ values: [String: Any]) -> (values: [String: Any], digest: Int?) {
        guard let (cleaned, digest) = clean(values) else { return ([:], nil) }
        return (cleaned as? [String: Any] ?? [:], digest)
    }

    /// The value without nils, and its digest. A dictionary's digest does not depend on the order its keys
    /// are visited in; each kind of value is hashed with its own tag, so `"1"`, `1` and `true` differ.
    private static func clean(_ value: Any) -> (value: Any, digest: Int?)? {
        var hasher = Hasher()
        // Most values are text: it is tried first. A cast looks through an optional that holds
        // a value, so what is returned is the value itself, never the optional.
        switch value {
        case let string as String:
            hasher.combine(Tag.string)
            hasher.combine(string)
            return (string, hasher.finalize())
        case let dictionary as [String: Any]:
            var result: [String: Any] = [:]
            result.reserveCapacity(dictionary.count)
            var entries = 0
            var known = true
            for (key, value) in dictionary {
                guard let (cleaned, digest) = clean(value) else { continue }
                result[key] = cleaned
                guard let digest else {
                    known = false
                    continue
                }
                var entry = Hasher()
                entry.combine(key)
                entry.combine(digest)
                entries &+= entry.finalize()
            }
            hasher.combine(Tag.dictionary)
            hasher.combine(result.count)
            hasher.combine(entries)
            return (result, known ? hasher.finalize() : nil)
        case let rows as [[String: Any]]:
            return digestedArray(rows, hasher: &hasher)
        case let array as [Any]:
            return digestedArray(array, hasher: &hasher)
        case let optional as OptionalValue:
            return optional.wrapped.flatMap(clean)
        case let integer as Int:
            hasher.combine(Tag.integer)
            hasher.combine(integer)
            return (integer, hasher.finalize())
        case let flag as Bool:
            hasher.combine(Tag.bool)
            hasher.combine(flag)
            return (flag, hasher.finalize())
        case let number as Double:
            hasher.combine(Tag.double)
            hasher.combine(number)
            return (number, hasher.finalize())
        default:
            return (value, nil)
        }
    }

    private static func digestedArray<Element>(_ array: [Element], hasher: inout Hasher) -> (value: Any, digest: Int?) {
        var result: [Any] = []
        result.reserveCapacity(array.count)
        var known = true
        hasher.combine(Tag.array)
        for element in array {
            guard let (cleaned, digest) = clean(element) else { continue }
            result.append(cleaned)
            if let digest { hasher.combine(digest) } else { known = false }
        }
        hasher.combine(result.count)
        return (result, known ? hasher.finalize() : nil)
    }

    private enum Tag: UInt8 {
        case dictionary, array, string, integer, bool, double
    }
}

private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { self.map { $0 as Any } }
}
