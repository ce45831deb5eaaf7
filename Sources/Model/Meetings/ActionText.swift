import Diagnostics
/// What an action's words say besides its owner: whether they name any work, and a deadline
/// they give, which then must be the action's deadline.
public enum ActionText {
    /// Why an action's words name no work to be done, when they do not: "Action: None", or
    /// "Action: Clerk" (who acts, written after the discussion it follows). Tracked, either would
    /// be an open action that can never be done.
    public static func noWork(in text: String) -> String? {
        let trimmed = text.trimming(" \t\u{00A0}.;:-\u{2013}")
        if noAction.contains(trimmed.lowercased()) { return "says there is no action" }
        guard looksLikeName(trimmed) else { return nil }
        return "names who acts (\"\(trimmed)\") but not what is to be done"
    }

    /// Up to four words that name someone, as minutes write who acts: each capitalised, or a
    /// joining word ("Head of Estates", "Chair and Clerk", "Finance/HR"); never an instruction.
    static func looksLikeName(_ text: some StringProtocol) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," || $0 == "&" })
        let connectors: Set<String> = ["and", "or", "of", "the"]
        guard let first = words.first, words.count <= 4, !ActionOwner.instructions.contains(first.lowercased()) else { return false }
        return words.allSatisfy { connectors.contains($0.lowercased()) || $0.first?.isUppercase == true }
    }

    /// Words written where an action's owner goes that are a deadline: a date with its year, a
    /// word such as "Ongoing" or "TBC", or words that start as a deadline does ("by March").
    /// Never a name that only looks like a date without a year: March Town Council, Theresa May.
    static func isDeadline(inBrackets words: String, sink: DiagnosticSink) -> Bool {
        let first = words.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        if ["by", "before", "due", "deadline", "until", "within", "asap"].contains(first) { return true }
        if case .success = sink.deadlines.read(words) { return true }
        return false
    }

    /// "Clerk: circulate the minutes": a name (`looksLikeName`), a colon, then the rest.
    static func nameBeforeColon(_ text: String) -> (name: String, rest: String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let name = text[..<colon].trimmingCharacters(in: .whitespaces)
        let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        guard !rest.isEmpty, looksLikeName(name) else { return nil }
        return (name, rest)
    }

    /// Words written where an action's owner goes that are the form of a short id: `A9`, `7`,
    /// `AP3`, `3.2`, `12a` (never a name with a number in it, such as Team 2).
    static func looksLikeShortID(_ words: String) -> Bool {
        let letters = words.prefix(while: \.isLetter)
        let rest = words.dropFirst(letters.count)
        let digits = rest.prefix(while: \.isASCIIDigit)
        var tail = rest.dropFirst(digits.count)
        if tail.first == ".", tail.dropFirst().allSatisfy(\.isASCIIDigit), (2...3).contains(tail.count) { tail = "" }
        if tail.count == 1, tail.first!.isLowercase { tail = "" }
        return letters.count <= 3 && (1...3).contains(digits.count) && tail.isEmpty
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
        /// A time the words name without saying it is when the work is due ("in January", "next
        /// month", "in Q4"): it may be (the usual reading of an action), or be when something
        /// else happened ("the flooding in January"). Either way the action must say which.
        case named(phrase: String)

        /// The problem when the action has no deadline.
        var withoutDeadline: String {
            switch self {
            case .date(let date, _):
                "the action's words give a date (\(date.long)), but the action has no deadline, so it would never show as overdue"
            case .counted(let phrase, _):
                "the action's words give it a deadline (\"\(phrase)\") but the action has no deadline, so it would never show as overdue"
            case .named(let phrase):
                "the action's words name a time (\"\(phrase)\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue"
            }
        }

        /// The deadline to write, as far as the words tell it.
        func example(nextMeeting: CivilDate?) -> String {
            switch self {
            case .date(let date, _): date.long
            case .counted(_, true): nextMeeting?.long ?? "YYYY-MM-DD"
            case .counted, .named: "YYYY-MM-DD"
            }
        }
    }

    /// The day the words give and the day `deadline` is due, when they are two days: "... by
    /// June 2026" due in December 2025, where a page would say one and the tracker hold the item
    /// to the other. A day of the month the words name is theirs (a board's day in "by March
    /// 2026"), and a `due:` says which day counts where the words' date is another event's.
    static func disagreement(of deadline: Deadline, withWords inWords: DeadlineInWords?, sink: DiagnosticSink) -> (said: CivilDate, due: CivilDate)? {
        guard case .date(let said, let rule)? = inWords, let due = deadline.reading.dueDate else { return nil }
        let sameMonth = rule == .endOfMonth && due < said && due.year == said.year && due.month == said.month
        guard due != said, !sameMonth, case .success(deadline.reading) = sink.deadlines.read(deadline.text) else { return nil }
        return (said, due)
    }

    /// The problem when words give a day and the deadline beside them gives none ("by 30 April
    /// 2026" with `deadline: TBC`): the tracker would show no deadline set, and never overdue.
    /// - Parameters:
    ///   - subject: the words, with their verb: "the action's title gives".
    ///   - words: where the date is, for the hint: "the title".
    static func dayBesideNone(
        _ deadline: Deadline, withWords inWords: DeadlineInWords?, subject: String, words: String, at location: SourceLocation?
    ) -> Diagnostic? {
        guard case .date(let said, _)? = inWords else { return nil }
        switch deadline.reading {
        case .toBeConfirmed, .ongoing, .recurring:
            return .error(
                "\(subject) \(said.long), but its deadline, \"\(deadline.text)\", gives no day, so it would never show as overdue", at: location,
                hint: "give the date in \(words) as its deadline; if that date is not when the work is due, say in \(words) what it is the date of")
        case .due, .complete: return nil
        }
    }

    static func deadlineInWords(_ text: String, sink: DiagnosticSink) -> DeadlineInWords? {
        // A day or a month of a year, read as a deadline is. Each such reading has a year in
        // figures; most actions' words have no figure at all.
        func dayGiven(_ words: String) -> DeadlineInWords? {
            guard words.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                case .success(.due(let date, let rule)) = sink.deadlines.read(words),
                [.dateGiven, .dateGivenDayFirst, .endOfMonth].contains(rule)
            else { return nil }
            return .date(date, rule)
        }
        if let day = dayGiven(text) { return day }
        let (written, words) = wordsWithInitialsJoined(text)
        func phrase(_ start: Int, _ end: Int) -> String { String(text[written[start].startIndex..<written[end - 1].endIndex]) }
        for index in words.indices {
            guard let end = englishCounted(words, at: index) ?? welshCounted(words, at: index) else { continue }
            let matched = words[index..<end]
            // "no later than the AGM", quoted whole.
            let start = words[index] == "than" && index >= 2 && words[index - 1] == "later" ? index - 2 : index
            // The group's own next meeting: "the next meeting", "the next ordinary meeting", "the
            // next CCG meeting" (not "the next PCC accountability meeting", another body's).
            let ownMeeting = matched.indices.contains { at in
                matched[at] == "meeting" && matched[..<at].suffix(2).contains { ["next", "following"].contains($0) || meetingKinds.contains($0) }
            }
            let counted = phrase(start, end)
            // "Review the policy by June 2026": the whole words are no deadline ("review" may name
            // the day the work is looked at again), but the phrase alone gives a day, which is theirs.
            return dayGiven(counted) ?? .counted(phrase: counted, fromNextMeeting: ownMeeting || matched.contains("cyfarfod"))
        }
        for index in words.indices {
            guard let end = englishTimeNamed(words, at: index) ?? welshTimeNamed(words, at: index) else { continue }
            return .named(phrase: phrase(index, end))
        }
        return labelledOrBareTime(in: text)
    }

    /// The words of `text`, as written and lower-cased, with a committee named by initials joined
    /// with "&" ("O&S", "F&A", "A&G": overview and scrutiny, finance and audit, audit and
    /// governance) kept as one word, read as "committee": "to the next O&S" is the next meeting of
    /// one, as "to the next OSC" is.
    static func wordsWithInitialsJoined(_ text: String) -> (written: [Substring], words: [String]) {
        var written = text.wordRuns()
        var words = written.map { $0.lowercased() }
        guard text.utf8.contains(UInt8(ascii: "&")) else { return (written, words) }
        func isInitials(_ word: Substring) -> Bool { (1...3).contains(word.utf8.count) && word.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A } }
        var index = 0
        while index + 1 < written.count {
            let (first, second) = (written[index], written[index + 1])
            if isInitials(first), isInitials(second), text[first.endIndex...].hasPrefix("&"), text.index(after: first.endIndex) == second.startIndex {
                written.replaceSubrange(index...index + 1, with: [text[first.startIndex..<second.endIndex]])
                words.replaceSubrange(index...index + 1, with: ["committee"])
            }
            index += 1
        }
        return (written, words)
    }

    /// A time the words give that no reading above found: a label that says when ("Due:
    /// 30/04/26", "When: next meeting", "Timescale: ASAP"), a date the site would not read as a
    /// deadline ("the figures [30 April 2026]": the figures' date, or the action's?), or a month
    /// after a dash at the end ("... — April").
    static func labelledOrBareTime(in text: String) -> DeadlineInWords? {
        // Each pattern needs a byte most actions' words lack (a colon, a figure, a dash); looking
        // for it first spares the regular expressions, a tenth of a build's time when they ran on
        // every action. A byte past ASCII may be a figure or a dash of another script: it runs them.
        let bytes = text.utf8
        let beyondASCII = bytes.contains { $0 >= 0x80 }
        if bytes.contains(UInt8(ascii: ":")), let label = text.firstMatch(of: whenLabel) {
            return .counted(phrase: String(label.0).trimmingCharacters(in: .whitespaces.union(["."])), fromNextMeeting: label.0.lowercased().contains("meeting"))
        }
        if beyondASCII || bytes.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
            if let date = text.firstMatch(of: writtenDate) { return .named(phrase: String(date.0)) }
            if let day = text.firstMatch(of: dayApart) { return .named(phrase: String(day.1 ?? day.2 ?? day.0)) }
        }
        if beyondASCII || bytes.contains(UInt8(ascii: "-")), let month = text.firstMatch(of: monthAtTheEnd) {
            return .named(phrase: String(month.1))
        }
        return nil
    }

    nonisolated(unsafe) static let whenLabel =
        /(?i)\b(?:due(?: date)?|target date|timescales?|timeframe|by when|when|deadline|erbyn pryd|dyddiad cau)\s*:\s*[^.;]*[^.;\s]/
    nonisolated(unsafe) static let writtenDate =
        /(?i)\b\d{1,2}(?:st|nd|rd|th)?[ ]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ ]+\d{2,4}\b|\b\d{1,2}[\/.]\d{1,2}[\/.]\d{2,4}\b/
    /// A day without its year, in brackets or closing the words: "(30 April)", "... – 30 April".
    nonisolated(unsafe) static let dayApart =
        /(?i)[(\[][ ]*(\d{1,2}(?:st|nd|rd|th)?[ ]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)[ ]*[)\]]|[\u{2013}\u{2014},-][ ]*(\d{1,2}(?:st|nd|rd|th)?[ ]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)[ ]*\.?[ ]*$/
    nonisolated(unsafe) static let monthAtTheEnd =
        /[\u{2013}\u{2014}-][ ]*((?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ ]+\d{4})?)[ ]*\.?[ ]*$/

    /// True when `word` is a day of a month: "31", "31st", "2nd" (the suffixes in English).
    static func isDayOfMonth(_ word: String) -> Bool {
        let digits = word.prefix(while: \.isASCIIDigit)
        return !digits.isEmpty && digits.count <= 2 && (1...31).contains(Int(digits)!)
            && ["", "st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count)))
    }

    /// Where a year at `at` ends, with the second half of a financial year written after it
    /// ("2026", "2025/26"); nil when `at` is not a year, or is one of a name's ("2026's").
    static func endOfYear(_ words: [String], at: Int) -> Int? {
        func word(_ at: Int) -> String { at < words.count ? words[at] : "" }
        guard DeadlineWords.year(word(at)) != nil, word(at + 1) != "s" else { return nil }
        return word(at + 1).count == 2 && Int(word(at + 1)) != nil ? at + 2 : at + 1
    }

    /// The end of words that start at `index` and name a time an action may be due without
    /// saying it is ("in January", "during Q4", "over the summer", "in 2026", "next month",
    /// "end of March", "mid-January"); none when the time is a name's ("this year's accounts").
    static func englishTimeNamed(_ words: [String], at index: Int) -> Int? {
        func word(_ at: Int) -> String { at < words.count ? words[at] : "" }
        /// A month, a season, a quarter or a time of year at `at`, and where it ends (its year with it).
        func time(_ at: Int) -> Int? {
            let text = word(at)
            if let end = endOfYear(words, at: at) { return end }
            // After "in", "during", "end of": "may" and "march" are months here.
            let isQuarter = text.count == 2 && text.first == "q" && (1...4).contains(text.last?.wholeNumberValue ?? 0)
            guard DeadlineWords.englishMonths[text] != nil || DeadlineWords.englishSeasons[text] != nil || timesOfYear.contains(text) || isQuarter
            else { return nil }
            return endOfYear(words, at: at + 1) ?? at + 1
        }
        let first = word(index)
        if ["in", "during", "over", "throughout"].contains(first) {
            var at = index + 1
            if word(at) == "the" { at += 1 }
            if ["early", "mid", "late", "end"].contains(word(at)) { at += word(at + 1) == "of" ? 2 : 1 }
            return time(at)
        }
        // "next month", "this quarter" (not "this year's accounts", nor "next year 5").
        if ["next", "this"].contains(first), ["week", "fortnight", "month", "quarter", "term", "year"].contains(word(index + 1)),
            word(index + 2) != "s"
        {
            return index + 2
        }
        // "end of January", "early March", "mid-January", "end of Q3".
        if ["end", "early", "mid", "late", "beginning", "start", "middle"].contains(first) {
            var at = index + 1
            while ["of", "the"].contains(word(at)) { at += 1 }
            // Not a year: "the end of 2025 figures" names the figures.
            if DeadlineWords.year(word(at)) == nil, let end = time(at) { return end }
        }
        // "at the end of the year", "end of the municipal year", "at the close of the month" (but
        // not "the end of year accounts", a name, nor "at the end of the day", a way of speaking).
        if ["end", "close"].contains(first) {
            var at = index + 1
            while ["of", "the", "this", "current"].contains(word(at)) { at += 1 }
            if yearKinds.contains(word(at)) { at += 1 }
            if at > index + 1, ["week", "fortnight", "month", "quarter", "term", "year", "season"].contains(word(at)),
                word(at + 1).isEmpty || ["and", "to", "so", "for", "when", "if", "at", "with", "in", "on"].contains(word(at + 1))
            {
                return at + 1
            }
        }
        // "for 31 March", "on 31 March": a day without its year.
        if ["for", "on"].contains(first) {
            if isDayOfMonth(word(index + 1)) {
                let month = word(index + 2) == "of" ? index + 3 : index + 2
                if DeadlineWords.englishMonths[word(month)] != nil, DeadlineWords.year(word(month + 1)) == nil { return month + 1 }
            }
        }
        return nil
    }

    /// The same in Welsh: "ym mis Ionawr", "yn ystod yr haf", "y mis nesaf", "yr wythnos nesaf".
    static func welshTimeNamed(_ words: [String], at index: Int) -> Int? {
        func word(_ offset: Int) -> String { index + offset < words.count ? words[index + offset] : "" }
        if word(0) == "ym", word(1) == "mis", DeadlineWords.welshMonths[word(2)] != nil { return index + 3 }
        if word(0) == "yn", word(1) == "ystod" {
            var at = 2
            if ["mis", "y", "yr"].contains(word(at)) { at += 1 }
            if DeadlineWords.welshMonths[word(at)] != nil || ["gwanwyn", "haf", "hydref", "gaeaf"].contains(word(at)) { return index + at + 1 }
        }
        if ["mis", "fis", "wythnos", "flwyddyn", "chwarter", "tymor", "dymor"].contains(word(0)), ["nesaf", "hwn", "yma"].contains(word(1)) {
            return index + 2
        }
        return nil
    }

    /// The end of the words of a deadline that start at `index` and that no reading turns into a
    /// date: counted from another day ("by Friday", "by close of play Friday", "within two weeks",
    /// "within the next 2 weeks", "in a month's time", "within 10 days of the meeting", but not
    /// "within 28 days of referral": a standard to keep; "by the end of the month", "by tomorrow",
    /// "before the next meeting", "to the next board", "by the January meeting"), or a date
    /// without its year ("by 31/03", "by the 15th", "by mid-December", "by the end of Q3", "by
    /// year end", "by Christmas", "in the new year").
    static func englishCounted(_ words: [String], at index: Int) -> Int? {
        func word(_ at: Int) -> String { at < words.count ? words[at] : "" }
        func afterFillers(_ at: Int) -> Int {
            var at = at
            while ["the", "this", "of", "next", "current"].contains(word(at)) { at += 1 }
            return at
        }
        func isCount(_ at: Int) -> Bool { countWords.contains(word(at)) || Int(word(at)) != nil }
        func isDay(_ at: Int) -> Bool { isDayOfMonth(word(at)) }
        let first = word(index)
        // "prior to 1 October 2026", "ahead of the October meeting", "in advance of the meeting",
        // "in time for Christmas": read as "before" them.
        if let length = beforeLike(words, at: index) {
            let rest = ["before"] + words[(index + length)...]
            return englishCounted(rest, at: 0).map { index + length - 1 + $0 }
        }
        // "within 10 days of the meeting" is counted from the meeting too, and "within six months
        // of this report" from the report (a recommendation's words).
        if first == "within" {
            var count = index + 1
            if word(count) == "the", word(count + 1) == "next" { count += 2 } else if word(count) == "next" { count += 1 }
            // "within the month", "within the week": of the meeting, or to the end of the month?
            if word(count) == "the", spans.contains(word(count + 1)), word(count + 2) != "of" { return count + 2 }
            var span = isCount(count) ? count + 1 : count
            // "within 20 working days", "within four school weeks".
            if span > count, spanKinds.contains(word(span)), spans.contains(word(span + 1)) { span += 1 }
            if spans.contains(word(span)), span > count || count > index + 1,
                word(span + 1) != "of" || ["meeting", "report", "publication", "inspection"].contains(word(afterFillers(span + 2)))
            {
                return span + 1
            }
        }
        // "in two weeks", "in a month's time" (but not "in two weeks of training").
        if first == "in", isCount(index + 1), spans.contains(word(index + 2)), !["of", "to", "in", "on"].contains(word(index + 3)) {
            return index + 3
        }
        if first == "in", word(index + 1) == "the", word(index + 2) == "new", word(index + 3) == "year" { return index + 4 }
        // "in the new academic year", "in the new financial year".
        if first == "in", word(index + 1) == "the", word(index + 2) == "new", yearKinds.contains(word(index + 3)), word(index + 4) == "year" {
            return index + 5
        }
        // "in the next IPR", "in the next board papers", "at the next quarterly review", "to the next
        // performance report": the next one of its own, named in up to three words.
        if ["in", "at", "to", "for"].contains(first), word(index + 1) == "the", word(index + 2) == "next",
            let event = (index + 3...index + 5).first(where: { nextEvents.contains(word($0)) }),
            (index + 3..<event).allSatisfy({ !stopWords.contains(word($0)) && !word($0).isEmpty })
        {
            // "to the next Joint Audit Committee", "for the next budget cycle": the name goes on.
            var end = event + 1
            while meetings.contains(word(end)) || nextEvents.contains(word(end)) { end += 1 }
            return end
        }
        // "report at next meeting": the next meeting, written without "the" ("for next time").
        if ["at", "to", "for"].contains(first), word(index + 1) == "next", meetings.contains(word(index + 2)) || ["time", "agenda"].contains(word(index + 2)) {
            return index + 3
        }
        // "to December's meeting".
        if ["at", "to", "for", "by", "before", "until"].contains(first), DeadlineWords.englishMonths[word(index + 1)] != nil, word(index + 2) == "s",
            meetings.contains(word(index + 3))
        {
            return index + 4
        }
        // "Deadline: end of November", "Target date: 30 Nov": words labelled as the deadline.
        if first == "deadline" || (first == "target" && word(index + 1) == "date") {
            let at = first == "deadline" ? index + 1 : index + 2
            if DeadlineWords.englishMonths[word(at)] != nil { return at + 1 }
            if let end = englishCounted(words, at: at) ?? englishTimeNamed(words, at: at) { return end }
            if isDay(at), DeadlineWords.englishMonths[word(at + 1)] != nil { return at + 2 }
        }
        // "at the next meeting", "to the next board", "for the January meeting", "by the following
        // meeting", "to the next-but-one meeting", "for the autumn meeting", "before the meeting".
        if ["at", "to", "for", "by", "before", "until", "than"].contains(first), word(index + 1) == "the" {
            var at = index + 2
            if ["next", "following"].contains(word(at)) || DeadlineWords.months[word(at)] != nil || DeadlineWords.englishSeasons[word(at)] != nil {
                at += 1
            }
            if word(at - 1) == "next", word(at) == "but", word(at + 1) == "one" { at += 2 }
            // "the next ordinary meeting", "the next CCG meeting", "the extraordinary meeting".
            if meetingKinds.contains(word(at)), meetings.contains(word(at + 1)), at > index + 2 || oneOfItsKind.contains(word(at)) {
                return at + 2
            }
            if at > index + 2, meetings.contains(word(at + 1)), !meetings.contains(word(at)) { return at + 2 }
            // A body named in several words: "the next Joint Audit Committee", "the next Police and
            // Crime Panel", "the next PCC accountability meeting" (not "the next available slot in
            // the meeting").
            if ["next", "following"].contains(word(at - 1)),
                let body = (at + 1...at + 4).first(where: { meetings.contains(word($0)) || word($0) == "group" }),
                (at..<body).allSatisfy({ !stopWords.contains(word($0)) && !word($0).isEmpty })
            {
                return body + 1
            }
            // "by the panel's next meeting", "to the CCG's next session".
            if at == index + 2, word(at + 1) == "s", word(at + 2) == "next", meetings.contains(word(at + 3)) { return at + 4 }
            if first == "before", at == index + 2, word(at) == "meeting" { return at + 1 }
            if Int(word(at)) != nil, at > index + 2 { at += 1 }
            // "by the AGM": the one meeting of its kind in the year.
            if at > index + 2 || ["agm", "egm"].contains(word(at)), meetings.contains(word(at)) || word(at) == "agenda" { return at + 1 }
        }
        // "on the 15th" (ending the words, or "of January"), not "on the 2nd floor".
        if first == "on", word(index + 1) == "the", isDay(index + 2), word(index + 2).count > 2 {
            if index + 3 == words.count { return index + 3 }
            if word(index + 3) == "of", DeadlineWords.englishMonths[word(index + 4)] != nil { return index + 5 }
        }
        guard ["by", "before", "until", "than", "on"].contains(first) else { return nil }
        // "by Friday", "by close of play Friday", "by noon on Friday" (not "report on Friday's incident").
        if let day = (index + 1...index + 4).first(where: { weekdays.contains(word($0)) }),
            first != "on" || (day == index + 1 && word(day + 1) != "s")
        {
            return day + 1
        }
        guard first != "on" else { return nil }
        var head = afterFillers(index + 1)
        if word(head) == "tomorrow" || endOfShorthands.contains(word(head)) { return head + 1 }
        // "by close of business", "by end of day".
        if ["close", "end"].contains(word(head)), word(head + 1) == "of", ["business", "play", "day"].contains(word(head + 2)) { return head + 3 }
        // "by w/c 12 January", "by week commencing 12 January": the week, then its first day.
        if word(head) == "w", ["c", "b"].contains(word(head + 1)) { head += 2 }
        if ["wc", "wb"].contains(word(head)) { head += 1 }
        if word(head) == "week", ["commencing", "beginning"].contains(word(head + 1)) { head += 2 }
        // "by early 2026", "by mid 2026/27".
        if ["mid", "middle", "start", "beginning", "early", "late"].contains(word(head)), let end = endOfYear(words, at: afterFillers(head + 1)) {
            return end
        }
        // A year or a financial year, with no month: "by 2026", "by 2025/26", "by the end of 2026"
        // (read as dates, they are left out above: "the 2026 plan" is a name).
        if let end = endOfYear(words, at: word(head) == "end" ? afterFillers(head + 1) : head) { return end }
        // "by the end of the year", "by the close of the calendar year", "by the end of the
        // municipal year", "by the end of the season".
        if ["end", "close"].contains(word(head)) {
            var span = afterFillers(head + 1)
            if yearKinds.contains(word(span)) { span += 1 }
            if spans.contains(word(span)) || word(span) == "season" { return span + 1 }
        }
        // "by calendar year end", "by the year's end", "before the year is out".
        if yearKinds.contains(word(head)), spans.contains(word(head + 1)), word(head + 2) == "end" { return head + 3 }
        if spans.contains(word(head)), word(head + 1) == "s", word(head + 2) == "end" { return head + 3 }
        if spans.contains(word(head)), word(head + 1) == "is", word(head + 2) == "out" { return head + 3 }
        if word(index + 1) == "next" || word(index + 2) == "next", spans.contains(word(head)) || meetings.contains(word(head)) { return head + 1 }
        // "by the following week", "before the following month".
        if word(head) == "following", spans.contains(word(head + 1)) { return head + 2 }
        // "before the next academic year".
        if word(index + 1) == "next" || word(index + 2) == "next", yearKinds.contains(word(head)), spans.contains(word(head + 1)) {
            return head + 2
        }
        // "by the next budget round", "before the next newsletter", "until the next reporting
        // period": an event of its own, counted from the meeting. ("By the next available officer"
        // names who, not when: only "before" and "until" take any word.)
        if word(index + 1) == "next" || word(index + 2) == "next" {
            let after = (head...head + 2).map(word)
            if let event = after.lastIndex(where: nextEvents.contains) { return head + event + 1 }
            if ["before", "until", "than"].contains(first), !after[0].isEmpty { return head + 1 }
        }
        // "by the meeting after next".
        if meetings.contains(word(head)), word(head + 1) == "after", word(head + 2) == "next" { return head + 3 }
        if ["year", "month", "quarter", "week", "term", "period"].contains(word(head)), word(head + 1) == "end" { return head + 2 }
        if ["yearend", "monthend", "weekend"].contains(word(head)) { return head + 1 }
        // "by the new year", "by the new financial year", "by the start of the financial year".
        if word(head) == "new", word(head + 1) == "year" || (word(head + 1) == "financial" && word(head + 2) == "year") {
            return word(head + 1) == "year" ? head + 2 : head + 3
        }
        if ["start", "beginning", "end"].contains(word(head)), word(afterFillers(head + 1)) == "financial", word(afterFillers(head + 1) + 1) == "year" {
            return afterFillers(head + 1) + 2
        }
        // "by the start of the (new) academic year", "by the end of semester".
        if ["start", "beginning", "end", "close"].contains(word(head)) {
            var at = afterFillers(head + 1)
            if word(at) == "new" { at += 1 }
            if yearKinds.contains(word(at)), ["year", "term", "semester"].contains(word(at + 1)) { return at + 2 }
            if word(at) == "semester" { return Int(word(at + 1)) != nil ? at + 2 : at + 1 }
        }
        // A university's or a college's events, with no year: "before Freshers' week", "by
        // reading week", "in time for Clearing", "before results day", "by enrolment".
        if weekNames.contains(word(head)), word(head + 1) == "week" || (word(head + 1) == "s" && word(head + 2) == "week") {
            return word(head + 1) == "week" ? head + 2 : head + 3
        }
        if ["results", "open"].contains(word(head)), word(head + 1) == "day" { return head + 2 }
        // (Not "figures by enrolment" or "by intake", which say how the figures are split.)
        if eventsOfTheYear.contains(word(head)), first != "by" || word(head) == "clearing" { return head + 1 }
        // A date or a time of year without its year: "by the end of March", "by mid-December",
        // "by 31 March", "by 31/03", "by the 15th", "by the end of Q3", "by Christmas".
        if ["end", "close", "mid", "middle", "start", "beginning", "early", "late"].contains(word(head)) {
            head = afterFillers(head + 1)
            if spans.contains(word(head)) { return head + 1 }
        }
        if DeadlineWords.months[word(head)] != nil { return DeadlineWords.year(word(head + 1)) != nil ? head + 2 : head + 1 }
        if timesOfYear.contains(word(head)) || DeadlineWords.seasons[word(head)] != nil {
            return ["night", "day", "sunday", "eve", "period", "season", "break", "term", "holidays"].contains(word(head + 1)) ? head + 2 : head + 1
        }
        if word(head) == "half", word(head + 1) == "term" { return head + 2 }
        if word(head).count == 2, word(head).first == "q", let quarter = word(head).last?.wholeNumberValue, (1...4).contains(quarter) { return head + 1 }
        // "by the end of H1"; a month of the financial year by its number, "by month 6", "by M6",
        // "by the month 9 position".
        if word(head).count == 2, word(head).first == "h", let half = word(head).last?.wholeNumberValue, (1...2).contains(half) { return head + 1 }
        if word(head) == "month", let number = Int(word(head + 1)), (1...12).contains(number) { return head + 2 }
        if word(head).first == "m", word(head).count <= 3, let number = Int(word(head).dropFirst()), (1...12).contains(number) { return head + 1 }
        if isDay(head) {
            var end = head + 1
            if word(end) == "of" { end += 1 }
            if DeadlineWords.months[word(end)] != nil { return DeadlineWords.year(word(end + 1)) != nil ? end + 2 : end + 1 }
            // "by 31/03", and "by 31/03/2027" with its year.
            if let month = Int(word(head + 1)), (1...12).contains(month), word(head + 1).count <= 2 {
                return DeadlineWords.year(word(head + 2)) != nil ? head + 3 : head + 2
            }
            if word(head).count > 2 { return head + 1 }
        }
        return nil
    }

    /// Whether the words of a deadline counted from a meeting name the next one ("to the next
    /// meeting", "by the following meeting", "before the next panel"), not a later one ("the
    /// next-but-one meeting", "the January meeting").
    static func namesTheNextMeeting(_ phrase: String) -> Bool {
        let words = phrase.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return (words.contains("next") || words.contains("following")) && !words.contains("but")
    }

    /// The length of words at `index` that mean "before": "prior to", "ahead of", "in advance
    /// of", "in time for".
    static func beforeLike(_ words: [String], at index: Int) -> Int? {
        func word(_ at: Int) -> String { at < words.count ? words[at] : "" }
        switch word(index) {
        case "prior" where word(index + 1) == "to": return 2
        case "ahead" where word(index + 1) == "of": return 2
        case "in" where word(index + 1) == "advance" && word(index + 2) == "of": return 3
        case "in" where word(index + 1) == "time" && word(index + 2) == "for": return 3
        case "this" where word(index + 1) == "side" && word(index + 2) == "of": return 3
        default: return nil
        }
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
        // A date without its year: "erbyn 31 Mawrth", "erbyn diwedd Mawrth", "erbyn y 15fed", "cyn y Nadolig".
        if ["erbyn", "cyn"].contains(word(0)) {
            var at = 1
            if ["y", "yr"].contains(word(at)) { at += 1 }
            if ["diwedd", "canol", "dechrau"].contains(word(at)) { at += 1 }
            if welshTimesOfYear.contains(word(at)) { return index + at + 1 }
            let day = word(at).prefix(while: \.isASCIIDigit)
            let isDay = !day.isEmpty && day.count <= 2 && (1...31).contains(Int(day)!)
                && ["", "af", "il", "ydd", "ed", "fed", "eg", "ain"].contains(String(word(at).dropFirst(day.count)))
            if isDay { at += 1 }
            // The short forms ("Tach") only after a day: "maw" and "ion" are other words too.
            if DeadlineWords.welshMonths[word(at)] != nil, isDay || !["ion", "chwef", "maw", "ebr", "meh", "gorff", "tach", "rhag"].contains(word(at)) {
                return index + at + (DeadlineWords.year(word(at + 1)) != nil ? 2 : 1)
            }
            if isDay, day.count < word(at - 1).count { return index + at }
        }
        return nil
    }

    static let welshTimesOfYear: Set<String> = ["nadolig", "pasg", "sulgwyn"]

    static let welshWeekdays: Set<String> = ["llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul"]
    static let welshSpans: Set<String> = [
        "diwrnod", "niwrnod", "diwrnodau", "wythnos", "wythnosau", "pythefnos", "mis", "fis", "misoedd", "tymor", "dymor",
        "flwyddyn", "blwyddyn", "chwarter",
    ]
    static let welshCounts: Set<String> = ["un", "dau", "dwy", "tri", "tair", "pedwar", "pedair", "pum", "pump", "chwe", "chwech", "deg"]

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let spans: Set<String> = ["hour", "hours", "day", "days", "week", "weeks", "fortnight", "month", "months", "term", "quarter", "year"]
    /// Which days or weeks a span counts: "20 working days", "four school weeks".
    static let spanKinds: Set<String> = ["working", "school", "business", "calendar", "clear", "term", "teaching"]
    /// Times of year without a date ("by Christmas", "before purdah"): those a deadline's words may
    /// name (`DeadlineWords.namedTimes`), but not "election" ("by-election" is a word), nor
    /// "holidays" ("meals in the holidays" names a programme as often as a time), nor a semester,
    /// which is read with its number.
    static let timesOfYear = DeadlineWords.namedTimes.subtracting(["election", "elections", "holiday", "holidays", "semester", "trimester"])
    /// Words that end a body's or an event's name: "the next available slot *in* the meeting".
    static let stopWords: Set<String> = ["in", "at", "on", "to", "for", "by", "of", "with", "from", "the"]
    /// What the next meeting is called: "at the next board", "to the next committee", "by the
    /// next SMT": the bodies a deadline may name the meeting of, and the meeting itself.
    static let meetings = DeadlineWords.meetingBodies.union(["meeting", "session"])
    /// Events counted from the meeting after "by the next": "by the next budget round".
    static let nextEvents: Set<String> = [
        "cycle", "round", "report", "newsletter", "edition", "issue", "update", "review", "reporting", "period", "sitting", "budget",
        "audit", "inspection", "visit", "election", "publication", "consultation", "survey", "deadline", "submission",
        // A board's papers, and a health body's integrated performance report or quarterly
        // performance review: "in the next IPR", "at the next QPR".
        "papers", "pack", "ipr", "qpr",
        // A school's data and its days: "by the next census", "by the next data drop", "by the next INSET day".
        "census", "drop", "return", "day",
    ]
    /// "by EOM", "by COB": the end of a month, week, day, business day.
    static let endOfShorthands: Set<String> = ["eom", "eow", "eod", "cob", "cop", "eop", "eoy", "eob"]
    /// Words that say which meeting of a body: "the next ordinary meeting", "the special meeting".
    static let meetingKinds: Set<String> = [
        "ordinary", "extraordinary", "special", "scheduled", "formal", "full", "quarterly", "monthly", "annual", "regular", "planned", "usual",
    ]
    /// Those that name one meeting even without "next": "by the extraordinary meeting".
    static let oneOfItsKind: Set<String> = ["extraordinary", "special", "annual"]
    /// Weeks of a university's or a college's year: "Freshers' week", "reading week".
    static let weekNames: Set<String> = ["welcome", "freshers", "fresher", "reading", "induction", "enrolment", "enrollment"]
    /// Events of its year: "by enrolment", "before the intake", "ahead of graduation".
    static let eventsOfTheYear: Set<String> = ["clearing", "enrolment", "enrollment", "graduation", "intake", "sats", "mocks", "gcses"]

    /// Which year, month or quarter: "the end of the calendar year", "the municipal year".
    static let yearKinds: Set<String> = [
        "calendar", "financial", "fiscal", "municipal", "council", "academic", "school", "reporting", "tax", "business", "civic",
        "parliamentary",
    ]
    static let countWords: Set<String> = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"]

    static let noAction: Set<String> = ["none", "n/a", "na", "nil", "no action", "no actions", "no further action", "nfa", "noted", "-"]
}
