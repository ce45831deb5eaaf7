/// Words between two figures cited in prose that compare them: "{{ waits }}, lower than
/// {{ waits.previous }}", "{{ a }} is more than double {{ b }}". On a page of no day the figures
/// follow the data while the words stay as written, so the page could call the higher one lower.
enum ComparedWords {
    /// What the words between the two say of the first against the second, when it is not so.
    static func problem(
        first: ResolvedFigure, firstReference: String, between: Substring, second: ResolvedFigure, secondReference: String
    ) -> (message: String, hint: String)? {
        guard let one = first.value, let other = second.value, let said = said(between) else { return nil }
        // As the page shows them: two values written alike (120 and 120, from 120.4 and 119.6)
        // are the same to a reader, whatever the data hold. (Rounding keeps the order of two
        // values it writes differently.)
        let shownAlike = first.text == second.text
        guard !(shownAlike ? said.holds(1, 1) : said.holds(one, other)) else { return nil }
        return (
            "the words say {{ \(firstReference) }} is \"\(said.words)\" {{ \(secondReference) }}, but it is \(first.text) against \(second.text)",
            "cite the two figures without words that compare them, or let the figures say which way it went: {{ <series>.since@<period>.direction }}")
    }

    struct Comparison {
        var words: String
        var kind: Kind

        /// Whether the first figure stands so against the second.
        func holds(_ one: Double, _ other: Double) -> Bool {
            func near(_ times: Double) -> Bool { other != 0 && abs(one / other - times) <= times * 0.1 }
            switch kind {
            case .higher: return one > other
            case .lower: return one < other
            case .same: return one == other
            case .moreThanTimes(let times): return one > other * times
            case .lessThanTimes(let times): return one < other * times
            case .about(let times): return near(times)
            }
        }
    }

    enum Kind: Sendable {
        case higher, lower, same
        case moreThanTimes(Double), lessThanTimes(Double), about(Double)
    }

    /// The comparison the words between two figures make, read past a verb ("{{ a }}, which is
    /// lower than {{ b }}"), or after a comma past the first figure's noun ("{{ a }} people, more
    /// than {{ b }}"); nil when they make none, or negate it. ("{{ a }} staff and more than {{ b }}
    /// volunteers" compares nothing.)
    static func said(_ between: Substring) -> Comparison? {
        let words = between.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard !words.isEmpty, !Negation.isIn(words.map { Substring($0) }) else { return nil }
        for length in [4, 3, 2, 1] where words.count >= length {
            let phrase = words.suffix(length).joined(separator: " ")
            guard let kind = comparisons[phrase] else { continue }
            let rest = words.dropLast(length).filter { !fillers.contains($0) }
            if rest.isEmpty || (rest.count <= 2 && between.contains(",")) { return Comparison(words: phrase, kind: kind) }
            return nil
        }
        return nil
    }

    static let fillers: Set<String> = [
        "which", "that", "is", "was", "are", "were", "now", "still", "well", "far", "much", "slightly", "just", "a", "little", "bit",
        "somewhat", "considerably", "significantly", "and", "so",
    ]

    /// Each comparison, as the words write it: the first figure against the second.
    static let comparisons: [String: Kind] = {
        var all: [String: Kind] = [:]
        for words in ["higher than", "more than", "greater than", "larger than", "bigger than", "above", "up on", "in excess of", "over"] {
            all[words] = .higher
        }
        for words in ["lower than", "less than", "fewer than", "smaller than", "below", "under", "down on"] { all[words] = .lower }
        for words in ["the same as", "equal to", "unchanged from", "level with", "no different from"] { all[words] = .same }
        for words in ["more than double", "more than twice", "over double", "over twice"] { all[words] = .moreThanTimes(2) }
        for words in ["less than half", "under half", "fewer than half"] { all[words] = .lessThanTimes(0.5) }
        for words in ["double", "twice", "twice as many as", "twice as high as"] { all[words] = .about(2) }
        for words in ["half", "half as many as", "half as high as"] { all[words] = .about(0.5) }
        for words in ["triple", "three times", "three times as many as"] { all[words] = .about(3) }
        return all
    }()
}
