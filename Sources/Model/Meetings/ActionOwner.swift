/// Reads who owns an action from how notes are written: "HMPPS to consider ...".
public enum ActionOwner {
    /// The words before the first " to ", when they look like a name (at most eight words, not
    /// starting with a verb-like "to"); nil when the action names no owner.
    public static func infer(from text: String) -> String? {
        guard let range = text.range(of: " to ") else { return nil }
        let owner = text[..<range.lowerBound].trimmingCharacters(in: " \t\u{00A0}")
        let words = owner.split(separator: " ")
        guard !owner.isEmpty, words.count <= 8, !owner.hasSuffix(",") else { return nil }
        return owner
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(self).trimming(set)
    }
}
