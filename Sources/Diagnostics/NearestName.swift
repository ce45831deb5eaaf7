/// Finds the known name a mistyped one most likely meant, for "did you mean" hints.
public enum NearestName {
    /// The candidate closest to `name`, if it is close enough to be a plausible typo.
    public static func suggest(for name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.distance || (distance == best!.distance && candidate < best!.name) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let allowed = max(2, min(target.count, best.name.count) / 3)
        return best.distance <= allowed ? best.name : nil
    }

    /// The candidate `name` is almost certainly a slip for: differing only in case, or by one
    /// edit (two for names longer than five letters). Stricter than `suggest`, for errors.
    public static func slip(for name: String, among candidates: some Sequence<String>) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        let allowed = target.count > 5 ? 2 : 1
        return candidates
            .map { ($0, editDistance(target, Array($0.lowercased().unicodeScalars))) }
            .filter { $0.1 <= allowed }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// "did you mean "x"?" or, when nothing is close, the list of what is allowed.
    public static func hint(for name: String, among candidates: [String], listing: Bool = true) -> String? {
        if let match = suggest(for: name, among: candidates) {
            return "did you mean \"\(match)\"?"
        }
        guard listing, !candidates.isEmpty else { return nil }
        let shown = candidates.sorted().prefix(12).map { "\"\($0)\"" }.joined(separator: ", ")
        return "expected one of: \(shown)\(candidates.count > 12 ? ", ..." : "")"
    }

    /// Levenshtein distance, with a transposition counted as one edit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousRow = [Int](repeating: 0, count: b.count + 1)
        var row = Array(0...b.count)
        var beforePrevious = row
        for i in 1...a.count {
            beforePrevious = previousRow
            previousRow = row
            row = [Int](repeating: 0, count: b.count + 1)
            row[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                row[j] = min(previousRow[j] + 1, row[j - 1] + 1, previousRow[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    row[j] = min(row[j], beforePrevious[j - 2] + 1)
                }
            }
        }
        return row[b.count]
    }
}
