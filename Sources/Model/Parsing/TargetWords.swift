import Foundation

/// What a target's published words say about its goal: which way it is met ("fewer than 3,000"),
/// or that the number is a change ("cut by 25%") rather than the level a step's value gives.
enum TargetWords {
    struct Said: Equatable {
        /// The words as written, from the comparison to the number: "fewer than 3,000".
        var phrase: String
        /// The way the words are met ("fewer than", "reduce to"), or move ("cut by").
        var direction: TargetDirection
        /// The number is a change ("cut by 25%"), not a level to reach.
        var isChange = false
        var value: Double
        var isPercent: Bool
        /// The number is a length of time: "over 52 weeks".
        var isTime: Bool
        /// The words state the goal itself: they open the clause ("Fewer than 3,000 waiting") or
        /// move the figure ("reduce waits to 3,000"), where "tenants over 60" qualifies what is counted.
        var statesGoal = true
    }

    /// Comparisons written just before the number, longest first so "no more than" is not read as "more than".
    static let comparisons: [(words: String, direction: TargetDirection)] = [
        ("no more than", .decrease), ("not more than", .decrease), ("no greater than", .decrease), ("no higher than", .decrease),
        ("not exceeding", .decrease), ("not to exceed", .decrease), ("not above", .decrease), ("no lower than", .increase),
        ("not below", .increase), ("not under", .increase),
        ("no fewer than", .increase), ("not fewer than", .increase), ("no less than", .increase), ("not less than", .increase),
        ("fewer than", .decrease), ("less than", .decrease), ("lower than", .decrease), ("at most", .decrease),
        ("a maximum of", .decrease), ("maximum of", .decrease), ("maximum", .decrease), ("under", .decrease), ("below", .decrease),
        ("at least", .increase), ("more than", .increase), ("greater than", .increase), ("higher than", .increase),
        ("a minimum of", .increase), ("minimum of", .increase), ("minimum", .increase), ("over", .increase), ("above", .increase),
        ("exceed", .increase), ("exceeds", .increase), ("exceeding", .increase),
        // Welsh: dim mwy na (no more than), llai na (less than), o dan (under), o leiaf (at least), mwy na (more than), dros (over).
        ("dim mwy na", .decrease), ("dim llai na", .increase), ("llai na", .decrease), ("o dan", .decrease),
        ("o leiaf", .increase), ("mwy na", .increase), ("dros", .increase),
    ].sorted { $0.words.count > $1.words.count }

    /// Verbs that, before "to <number>" in the same clause, say which way the figure must move.
    static let movements: [String: TargetDirection] = {
        let decrease = "reduce reduced reduces reducing cut cuts cutting lower lowered lowering decrease decreased decreases decreasing halve halved halving fall falls falling shorten shortened shortening down"
        let increase = "increase increased increases increasing raise raised raises raising grow grows growing rise rises rising double doubled doubling boost boosted boosting expand expanded expanding"
        var verbs: [String: TargetDirection] = [:]
        for word in decrease.split(separator: " ") { verbs[String(word)] = .decrease }
        for word in increase.split(separator: " ") { verbs[String(word)] = .increase }
        return verbs
    }()

    /// Words after a number that make it a length of time ("waiting over 52 weeks"): a
    /// qualifier of what is counted, seldom the goal itself.
    static let times: Set<String> = ["second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "mins", "hrs", "wythnos", "diwrnod", "mis", "blynedd"]

    /// Words between a number and a length of time: "20 working days".
    static let qualifiers: Set<String> = ["working", "calendar", "business", "clear", "full", "consecutive"]

    /// Comparisons written just after the number: "4.5% or lower".
    static let comparisonsAfter: [(words: String, direction: TargetDirection)] = [
        ("or less", .decrease), ("or fewer", .decrease), ("or lower", .decrease), ("or below", .decrease), ("or under", .decrease),
        ("and below", .decrease), ("and under", .decrease), ("or more", .increase), ("or above", .increase), ("or higher", .increase),
        ("or greater", .increase), ("or over", .increase), ("and above", .increase), ("and over", .increase), ("+", .increase),
        ("neu lai", .decrease), ("neu fwy", .increase),
    ]

    /// A number as the words write it: `3,000`, `90%`, `4.5`; never part of a word (`65s`).
    private static let number = try? NSRegularExpression(pattern: #"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|(?!\w))"#)

    /// Two numbers that bound a range: "between 85% and 92%", "85-92%", "85 to 92%" (not
    /// "from 85 to 92%", a movement, nor "15-30 minutes", a length of time).
    private static let range = try? NSRegularExpression(
        pattern: #"(?<![\w.,])(?:(between|rhwng)\s+)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%?)\s*(?:(?:and|a|ac)\s+|[-\u2013\u2014]\s*|to\s+)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%?)(?!\w|[.,]\d)"#)

    /// A range the words give as the goal: "between 85% and 92%", "85-92%", "85% to 92%".
    /// Two numbers joined by "and" need "between" before them ("90% and 95%" may be two goals).
    static func rangeSaid(in words: String) -> (phrase: String, ends: [Double])? {
        let text = words.lowercased()
        guard let range else { return nil }
        for match in range.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let low = Range(match.range(at: 2), in: text),
                let high = Range(match.range(at: 4), in: text)
            else { continue }
            let between = match.range(at: 1).location != NSNotFound
            let joiner = text[low.upperBound..<high.lowerBound]
            let joinedByWord = joiner.contains("and") || joiner.hasSuffix(" a ") || joiner.contains("ac ")
            if joinedByWord && !between { continue }
            // "From 85 to 92%" and "rise to 92%": a movement to the second number, not a range.
            let before = text[..<whole.lowerBound].split(whereSeparator: { !$0.isLetter }).last.map(String.init) ?? ""
            if !between, before == "from" || before == "o" || movements[before] != nil { continue }
            let after = text[whole.upperBound...].split(whereSeparator: { !$0.isLetter }).prefix(2).map(String.init)
            if after.first.map(times.contains) == true || after.count == 2 && qualifiers.contains(after[0]) && times.contains(after[1]) { continue }
            // Low to high, except after "between" ("between 92% and 85%"): "2025-26" is a year.
            guard let first = SeriesReader.parseNumber(String(text[low])), let second = SeriesReader.parseNumber(String(text[high])),
                first < second || (between && first != second)
            else { continue }
            return (String(text[whole]), [first, second])
        }
        return nil
    }

    /// Each goal the words state: a comparison or movement before a number.
    static func said(in words: String) -> [Said] {
        let text = words.lowercased()
        guard let expression = number else { return [] }
        let whole = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: whole).compactMap { match -> Said? in
            guard let range = Range(match.range, in: text), let number = SeriesReader.parseNumber(String(text[range])) else { return nil }
            let clause = String(text[..<range.lowerBound].split(whereSeparator: { ".;:(".contains($0) }).last ?? "")
            let before = clause.trimmingCharacters(in: .whitespaces)
            let written = String(text[range])
            let after = text[range.upperBound...].split(whereSeparator: { !$0.isLetter }).prefix(2).map(String.init)
            let isTime = after.first.map(times.contains) == true || after.count == 2 && qualifiers.contains(after[0]) && times.contains(after[1])
            let isPercent = written.hasSuffix("%")
            if let comparison = comparisons.first(where: { before == $0.words || before.hasSuffix(" " + $0.words) }) {
                return Said(
                    phrase: "\(comparison.words) \(written)", direction: comparison.direction, value: number, isPercent: isPercent,
                    isTime: isTime, statesGoal: before == comparison.words)
            }
            let following = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
            if let comparison = comparisonsAfter.first(where: { following.hasPrefix($0.words) }) {
                return Said(
                    phrase: "\(written) \(comparison.words)", direction: comparison.direction, value: number, isPercent: isPercent,
                    isTime: isTime, statesGoal: before.isEmpty)
            }
            let clauseWords = before.split(separator: " ").map(String.init)
            guard let verbAt = clauseWords.lastIndex(where: { movements[$0] != nil }), let movement = movements[clauseWords[verbAt]],
                ["to", "by"].contains(clauseWords.last)
            else { return nil }
            return Said(
                phrase: clauseWords[verbAt...].joined(separator: " ") + " " + written, direction: movement,
                isChange: clauseWords.last == "by", value: number, isPercent: isPercent, isTime: isTime)
        }
    }
}
