/// What an action's words say besides its owner: whether they name any work, and a day they
/// name, which then must be the action's deadline.
public enum ActionText {
    /// Why an action's words name no work to be done, when they do not: "Action: None", or
    /// "Action: Clerk" (who acts, written after the discussion it follows). Tracked, either would
    /// be an open action that can never be done.
    public static func noWork(in text: String) -> String? {
        let trimmed = text.trimming(" \t\u{00A0}.;:-\u{2013}")
        if noAction.contains(trimmed.lowercased()) { return "says there is no action" }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," || $0 == "&" })
        let connectors: Set<String> = ["and", "or", "of", "the"]
        guard let first = words.first, words.count <= 4, !ActionOwner.instructions.contains(first.lowercased()),
            words.allSatisfy({ connectors.contains($0.lowercased()) || $0.first?.isUppercase == true })
        else { return nil }
        return "names who acts (\"\(trimmed)\") but not what is to be done"
    }

    /// A day or a month of a year the words of an action name, read as the site reads deadlines.
    static func dateInWords(_ text: String, sink: DiagnosticSink) -> (CivilDate, DeadlineRule)? {
        // Each of these readings has a year in figures; most actions' words have no figure at all.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            case .success(.due(let date, let rule)) = sink.deadlines.read(text) else { return nil }
        return [.dateGiven, .dateGivenDayFirst, .endOfMonth].contains(rule) ? (date, rule) : nil
    }

    /// Words that give a deadline Tally does not read as a date, because it is counted from the
    /// meeting: "by Friday", "within two weeks", "by the end of the month", "before the next
    /// meeting". Such an action needs its deadline given as a date, or it never shows as overdue.
    static func relativeDeadline(in text: String) -> String? {
        let written = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let words = written.map { $0.lowercased() }
        func phrase(_ range: Range<Int>) -> String { written[range].joined(separator: " ") }
        for index in words.indices {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            if ["by", "before", "until", "on", "than"].contains(word), weekdays.contains(next) {
                return phrase(index..<(index + 2))
            }
            // "within two weeks", but not "within 28 days of referral": a standard, not a deadline.
            if word == "within", index + 2 < words.count, countWords.contains(next) || Int(next) != nil, spans.contains(afterNext),
                index + 3 >= words.count || words[index + 3] != "of"
            {
                return phrase(index..<(index + 3))
            }
            if ["by", "before"].contains(word) {
                // "by the end of the month", "by end of week", "before next month", "by tomorrow"
                let fillers: Set<String> = ["the", "this", "of"]
                var shape: [String] = []
                var end = index + 1
                while end < words.count, shape.count < 3, end - index <= 6 {
                    if !fillers.contains(words[end]) { shape.append(words[end]) }
                    end += 1
                    if let last = shape.last, spans.contains(last) || last == "meeting" || last == "tomorrow" { break }
                }
                if shape == ["tomorrow"] || (shape.count == 2 && ["end", "next"].contains(shape[0]) && (spans.contains(shape[1]) || (shape[0] == "next" && shape[1] == "meeting"))) {
                    return phrase(index..<end)
                }
            }
            if ["at", "to", "for"].contains(word), next == "the", afterNext == "next", index + 3 < words.count, words[index + 3] == "meeting" {
                return phrase(index..<(index + 4))
            }
            if let end = welshRelativeDeadline(words, at: index) { return phrase(index..<end) }
        }
        return nil
    }

    /// The same in Welsh: "erbyn dydd Gwener", "o fewn pythefnos", "o fewn tair wythnos", "erbyn
    /// diwedd y mis", "cyn y cyfarfod nesaf", "i'r cyfarfod nesaf". The end of the phrase, if one
    /// starts at `index`.
    static func welshRelativeDeadline(_ words: [String], at index: Int) -> Int? {
        func word(_ offset: Int) -> String { index + offset < words.count ? words[index + offset] : "" }
        let before: Set<String> = ["erbyn", "cyn", "tan"]
        if before.contains(word(0)), ["dydd", "ddydd"].contains(word(1)), welshWeekdays.contains(word(2)) { return index + 3 }
        if word(0) == "o", word(1) == "fewn" {
            if welshSpans.contains(word(2)) { return index + 3 }
            if welshCounts.contains(word(2)) || Int(word(2)) != nil, welshSpans.contains(word(3)) { return index + 4 }
        }
        if before.contains(word(0)), word(1) == "diwedd", ["y", "yr"].contains(word(2)), welshSpans.contains(word(3)) { return index + 4 }
        // "cyn y cyfarfod nesaf", "i'r cyfarfod nesaf", "ar gyfer y cyfarfod nesaf"; never "dyddiad y cyfarfod nesaf".
        if ["erbyn", "cyn", "i", "yn", "gyfer"].contains(word(0)), ["y", "r"].contains(word(1)), word(2) == "cyfarfod", word(3) == "nesaf" {
            return index + 4
        }
        return nil
    }

    static let welshWeekdays: Set<String> = ["llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul"]
    static let welshSpans: Set<String> = [
        "diwrnod", "niwrnod", "diwrnodau", "wythnos", "wythnosau", "pythefnos", "mis", "fis", "misoedd", "tymor", "dymor",
    ]
    static let welshCounts: Set<String> = ["un", "dau", "dwy", "tri", "tair", "pedwar", "pedair", "pum", "pump", "chwe", "chwech", "deg"]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let spans: Set<String> = ["day", "days", "week", "weeks", "fortnight", "month", "months", "term", "quarter"]
    static let countWords: Set<String> = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]

    static let noAction: Set<String> = ["none", "n/a", "na", "nil", "no action", "no actions", "no further action", "nfa", "noted", "-"]
}
