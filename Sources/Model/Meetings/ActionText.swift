/// What an action's words say besides its owner: whether they name any work, and a deadline
/// they give, which then must be the action's deadline.
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

    /// A deadline an action's words give, which the action must then be given as its deadline:
    /// otherwise it would never show as overdue. Read from a meeting action's words and a plan
    /// action's title alike.
    enum DeadlineInWords: Equatable {
        /// A day or a month of a year ("by 31 March 2026"), read as the site reads deadlines.
        case date(CivilDate, DeadlineRule)
        /// Words counted from some other day ("by Friday", "within two weeks", "before the next
        /// meeting"), which no reading can turn into a date.
        case counted(phrase: String, fromNextMeeting: Bool)

        /// The problem when the action has no deadline.
        var withoutDeadline: String {
            switch self {
            case .date(let date, _):
                "the action's words give a date (\(date.long)), but the action has no deadline, so it would never show as overdue"
            case .counted(let phrase, _):
                "the action's words give it a deadline (\"\(phrase)\") but the action has no deadline, so it would never show as overdue"
            }
        }

        /// The deadline to write, as far as the words tell it.
        func example(nextMeeting: CivilDate?) -> String {
            switch self {
            case .date(let date, _): date.long
            case .counted(_, true): nextMeeting?.long ?? "YYYY-MM-DD"
            case .counted: "YYYY-MM-DD"
            }
        }
    }

    static func deadlineInWords(_ text: String, sink: DiagnosticSink) -> DeadlineInWords? {
        // Each reading as a date has a year in figures; most actions' words have no figure at all.
        if text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            case .success(.due(let date, let rule)) = sink.deadlines.read(text),
            [.dateGiven, .dateGivenDayFirst, .endOfMonth].contains(rule)
        {
            return .date(date, rule)
        }
        let written = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let words = written.map { $0.lowercased() }
        for index in words.indices {
            guard let end = englishCounted(words, at: index) ?? welshCounted(words, at: index) else { continue }
            let matched = words[index..<end]
            return .counted(
                phrase: written[index..<end].joined(separator: " "),
                fromNextMeeting: matched.contains("meeting") || matched.contains("cyfarfod"))
        }
        return nil
    }

    /// The end of the words of a deadline counted from another day that start at `index`: "by
    /// Friday", "within two weeks", "within 10 days of the meeting" (but not "within 28 days of
    /// referral": a standard to keep),
    /// "by the end of the month", "before next month", "by tomorrow", "before the next meeting",
    /// "to the next meeting".
    static func englishCounted(_ words: [String], at index: Int) -> Int? {
        func word(_ at: Int) -> String { at < words.count ? words[at] : "" }
        func afterFillers(_ at: Int) -> Int {
            var at = at
            while ["the", "this", "of"].contains(word(at)) { at += 1 }
            return at
        }
        let first = word(index)
        if ["by", "before", "until", "on", "than"].contains(first), weekdays.contains(word(index + 1)) { return index + 2 }
        // "within 10 days of the meeting" is counted from the meeting too.
        if first == "within", countWords.contains(word(index + 1)) || Int(word(index + 1)) != nil, spans.contains(word(index + 2)),
            word(index + 3) != "of" || word(afterFillers(index + 4)) == "meeting"
        {
            return index + 3
        }
        if ["by", "before"].contains(first) {
            let head = afterFillers(index + 1)
            if word(head) == "tomorrow" { return head + 1 }
            if word(head) == "end", spans.contains(word(afterFillers(head + 1))) { return afterFillers(head + 1) + 1 }
            if word(head) == "next", spans.contains(word(head + 1)) || word(head + 1) == "meeting" { return head + 2 }
        }
        if ["at", "to", "for"].contains(first), word(index + 1) == "the", word(index + 2) == "next", word(index + 3) == "meeting" {
            return index + 4
        }
        return nil
    }

    /// The same in Welsh: "erbyn dydd Gwener", "o fewn pythefnos", "o fewn tair wythnos", "erbyn
    /// diwedd y mis", "cyn y cyfarfod nesaf", "i'r cyfarfod nesaf" (never "dyddiad y cyfarfod nesaf").
    static func welshCounted(_ words: [String], at index: Int) -> Int? {
        func word(_ offset: Int) -> String { index + offset < words.count ? words[index + offset] : "" }
        let before: Set<String> = ["erbyn", "cyn", "tan"]
        if before.contains(word(0)), ["dydd", "ddydd"].contains(word(1)), welshWeekdays.contains(word(2)) { return index + 3 }
        if word(0) == "o", word(1) == "fewn" {
            if welshSpans.contains(word(2)) { return index + 3 }
            if welshCounts.contains(word(2)) || Int(word(2)) != nil, welshSpans.contains(word(3)) { return index + 4 }
        }
        if before.contains(word(0)), word(1) == "diwedd", ["y", "yr"].contains(word(2)), welshSpans.contains(word(3)) { return index + 4 }
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
