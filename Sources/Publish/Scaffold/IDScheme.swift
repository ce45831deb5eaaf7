/// The way a team numbers its ids, learnt from the ids it has written: `ceap25-H1`, `ceap25-H2`
/// give `ceap25-H3`; `2023-1.8`, `2023-1.9` give `2023-1.10`; `R01`...`R09` give `R10`. The last
/// run of digits is the counter; what comes before and after it is kept as written.
struct IDScheme: Equatable {
    var head: String
    var tail: String
    var width: Int

    /// The scheme most of `ids` follow (the latest one's, on a tie), or nil when none has a number.
    init?(learningFrom ids: [String]) {
        var counts: [String: (scheme: IDScheme, count: Int, last: Int)] = [:]
        for (index, id) in ids.enumerated() {
            guard let parts = IDScheme.split(id) else { continue }
            let padded = parts.digits.count > 1 && parts.digits.hasPrefix("0") ? parts.digits.count : 1
            let key = parts.head + "\u{0}" + parts.tail
            let known = counts[key]
            counts[key] = (IDScheme(head: parts.head, tail: parts.tail, width: max(padded, known?.scheme.width ?? 1)), (known?.count ?? 0) + 1, index)
        }
        guard let best = counts.values.max(by: { ($0.count, $0.last) < ($1.count, $1.last) }) else { return nil }
        self = best.scheme
    }

    init(head: String, tail: String, width: Int) {
        self.head = head
        self.tail = tail
        self.width = width
    }

    func id(_ number: Int) -> String {
        let digits = String(number)
        return head + String(repeating: "0", count: max(0, width - digits.count)) + digits + tail
    }

    /// The counter of `id` under this scheme, if it follows it.
    func number(of id: String) -> Int? {
        guard let parts = IDScheme.split(id), parts.head == head, parts.tail == tail else { return nil }
        return Int(parts.digits)
    }

    /// The first id of this scheme after every id it has counted.
    func next(after ids: [String], avoiding taken: Set<String>) -> String {
        var number = (ids.compactMap(number(of:)).max() ?? 0) + 1
        while taken.contains(id(number).lowercased()) { number += 1 }
        return id(number)
    }

    private static func split(_ id: String) -> (head: String, digits: String, tail: String)? {
        guard let lastDigit = id.lastIndex(where: \.isASCIIDigit) else { return nil }
        var start = lastDigit
        while start > id.startIndex, id[id.index(before: start)].isASCIIDigit { start = id.index(before: start) }
        let end = id.index(after: lastDigit)
        return (String(id[..<start]), String(id[start..<end]), String(id[end...]))
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

extension IDScheme {
    /// For a theme with no actions yet: the scheme the plan's other themes share, with this
    /// theme's code where theirs is (`ceap25-H1`, `ceap25-T1` give `ceap25-E1` for `energy`;
    /// `2025-26-waste-1` gives `2025-26-housing-1`), or nil when they share none.
    static func forNewTheme(_ themeID: String, otherThemes: [(id: String, actionIDs: [String])]) -> IDScheme? {
        let learnt = otherThemes.compactMap { theme in IDScheme(learningFrom: theme.actionIDs).map { (theme.id, $0) } }
        guard let first = learnt.first else { return nil }
        let codes: [(String) -> String] = [{ $0.prefix(1).uppercased() }, { $0 }, { $0.uppercased() }]
        for code in codes {
            var shared: (prefix: String, separator: String)?
            var fits = true
            for (id, scheme) in learnt {
                var head = scheme.head
                var separator = ""
                if let last = head.last, "-._".contains(last) {
                    separator = String(last)
                    head.removeLast()
                }
                guard head.hasSuffix(code(id)), scheme.tail == first.1.tail else {
                    fits = false
                    break
                }
                let prefix = String(head.dropLast(code(id).count))
                if let known = shared, known != (prefix, separator) {
                    fits = false
                    break
                }
                shared = (prefix, separator)
            }
            if fits, let shared {
                return IDScheme(head: shared.prefix + code(themeID) + shared.separator, tail: first.1.tail, width: first.1.width)
            }
        }
        return nil
    }
}
