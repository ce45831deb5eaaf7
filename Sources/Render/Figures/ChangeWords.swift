/// Words beside a change cited in prose that say which way it went: "fell by {{ waits.change.abs }}",
/// "{{ waits.change.abs }} fewer". On a page with no day of its own, the figure follows the data
/// while the words stay as written, so the page could say "fell by 235" of a rise of 235.
enum ChangeWords {
    /// -1 for words of a fall, 1 for a rise, with the words as written; nil when they say neither.
    static func said(before: Substring, after: Substring) -> (words: String, way: Int)? {
        let earlier = before.lowercased().split(whereSeparator: { !$0.isLetter }).suffix(3).map(String.init)
        for count in [3, 2, 1] where earlier.count >= count {
            let phrase = earlier.suffix(count).joined(separator: " ")
            if let way = wordsBefore[phrase] { return (phrase, way) }
        }
        let later = after.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if let way = wordsAfter[later] { return (later, way) }
        return nil
    }

    /// "{{ waits.change.direction }} by {{ waits.change.abs }}": the words then follow the figures.
    static func hint(for reference: String) -> String {
        let base = reference.split(separator: ".").prefix(while: { $0 != "abs" && $0 != "percent" }).joined(separator: ".")
        let size = base == reference ? base + ".abs" : reference
        return "let the figures say which way it went: {{ \(base).direction }} by {{ \(size) }}"
    }

    static let wordsBefore: [String: Int] = {
        let falls = [
            "fell by", "fallen by", "falls by", "falling by", "fall of", "a fall of", "down by", "went down by", "gone down by",
            "decreased by", "decrease of", "a decrease of", "dropped by", "drop of", "a drop of", "reduced by", "reduction of",
            "a reduction of", "declined by", "decline of", "a decline of", "cut by", "lower by", "shrank by",
            "gostyngodd", "gostyngiad o", "i lawr",
        ]
        let rises = [
            "rose by", "risen by", "rises by", "rising by", "rise of", "a rise of", "up by", "went up by", "gone up by",
            "increased by", "increase of", "an increase of", "grew by", "grown by", "growth of", "higher by", "climbed by",
            "cododd", "cynnydd o", "i fyny",
        ]
        return Dictionary(uniqueKeysWithValues: falls.map { ($0, -1) } + rises.map { ($0, 1) })
    }()

    static let wordsAfter: [String: Int] = [
        "fewer": -1, "less": -1, "lower": -1, "down": -1, "llai": -1, "more": 1, "higher": 1, "up": 1, "mwy": 1,
    ]
}
