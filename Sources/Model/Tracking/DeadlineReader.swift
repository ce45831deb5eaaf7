/// Reads the words of a published deadline into a due date: the *end* of the period named, or
/// refuses them with the reason. Nothing is guessed: a word that looks like part of a date is
/// either read as part of the one date the words name, or the words are refused.
///
/// | written | read as |
/// |---|---|
/// | `14 November 2024`, `1st April 2024`, `March 31, 2026`, `2024-11-14` | that day |
/// | `31/03/2026`, `31.03.2026` | that day, day first (UK order) |
/// | `September 2023`, `Sept 2023`, `End Sept 2023`, `by June 2023`, `2023-09`, `09/2023` | the last day of the month |
/// | `Q3 of calendar year 2024`; `Q3 2024` if the site says `quarters: calendar` | the end of the calendar quarter (30 September 2024) |
/// | `Q3 2024/25`, `Q3 24/25`, `Quarter 3 2024/25`, `3rd quarter of 2024/25` | the end of the financial-year quarter (31 December 2024) |
/// | `H2 2025/26`; `H1 2025` as quarters are | the end of the half year |
/// | `2024/25`, `FY 24/25` | the end of the financial year (31 March 2025); on a site that is not British, only once it says when its year starts |
/// | `Spring 2025` ... `Autumn 2025`, `Winter 2025/26` | 31 May, 31 August, 30 November, end of February 2026 (the south's seasons on a southern site) |
/// | `2025`, `End 2025` | 31 December |
/// | `Ongoing`, `Business as usual` | no due date |
/// | `Quarterly`, `Annually`, `Monthly` | recurring: no due date |
/// | `TBC`, `To be confirmed` | no deadline set yet |
/// | `Complete`, `Complete – ongoing` | already done when published |
///
/// The date may sit inside other words ("Funding identified by September 2023"). Refused:
/// words that name no date, two dates, a period that is not one day's end ("Early 2026",
/// "Mid-2026", "before April", "April 2026 onwards", "w/c 3 March 2026"), two periods joined
/// ("Autumn/Winter 2025", "Q1/Q2 2026"), a season running into the next year named by one year ("Winter 2025"), days and periods that do not exist ("31 June 2025",
/// "Q5 2025", "Smarch 2025"), a month beside a two-digit number that could be a day or a year
/// ("June 23"), a time or year Tally does not read ("Easter 2026", "Academic year 2025/26",
/// "M6 2025/26", "FY 2025"), a quarter or half of one year on a site that has not said whose year
/// its quarters are ("Q3 2025"), a date that is part of a name ("the 2026/27 budget"), and words
/// that say the work was done beside a date ("Completed March 2025").
public enum DeadlineReader {
    public struct Problem: Error, Equatable, Sendable {
        public var message: String
        public var hint: String
        /// The two days a date written in numbers could be, when that is the problem.
        public var eitherDay: (dayFirst: CivilDate, monthFirst: CivilDate)?

        public static func == (one: Problem, other: Problem) -> Bool {
            one.message == other.message && one.hint == other.hint && one.eitherDay?.dayFirst == other.eitherDay?.dayFirst
                && one.eitherDay?.monthFirst == other.eitherDay?.monthFirst
        }
    }

    /// For a date the deadline was before it moved: the deadline in force, and the first as a revision.
    static let revisionHint =
        "write the deadline in force, with the one first set as a revision (deadline: {text: ..., revised: [...]}), or keep the words and add due: YYYY-MM-DD"

    public static let formsHint =
        "write a month and year (September 2023), a quarter (Q3 2024/25), a financial year (2024/25), a season (Summer 2025), a date (14 November 2024), Ongoing, TBC or Complete; or keep the words and add due: YYYY-MM-DD to say which day counts"

    /// The words kept, quoted so that the line is YAML whatever they hold, and the day left for
    /// the author to say: an example day would be copied as if Tally had worked it out.
    static func dueHint(_ text: String) -> String {
        let quoted = "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        return "keep the words and say which day counts: deadline: {text: \(quoted), due: YYYY-MM-DD}"
    }

    /// - Parameters:
    ///   - monthFirst: the site's language writes dates in numbers month first
    ///     (`SiteConfig.writesNumbersMonthFirst`): a date written in numbers that reads as two
    ///     different days, day first and month first (`04/05/2026`), is then refused.
    ///   - calendarQuarters: the site says its quarters are calendar quarters
    ///     (`tracking: {quarters: calendar}`): a quarter or half named with one year (`Q3 2025`)
    ///     is then the calendar year's. Otherwise it is refused, unless the words say "calendar":
    ///     many organisations number their quarters from April.
    ///   - financialYearStart: the month the site's financial year starts: 4 (April) unless
    ///     `tracking: {financial_year_starts: ...}` says another.
    ///   - financialYearKnown: the site said when its financial year starts, or is British:
    ///     otherwise a deadline naming a financial year (`2025/26`, `Q3 2025/26`) is refused.
    ///   - southernSeasons: the site's language is of a southern land: `Spring 2026` is
    ///     September to November.
    public static func read(
        _ text: String, monthFirst: Bool = false, calendarQuarters: Bool = false, financialYearStart: Int = 4,
        financialYearKnown: Bool = true, southernSeasons: Bool = false
    ) -> Result<DeadlineReading, Problem> {
        var scan = DeadlineScan(
            text: text, tokens: DeadlineWords.tokenize(text), monthFirst: monthFirst, calendarQuarters: calendarQuarters,
            financialYearStart: financialYearStart, financialYearKnown: financialYearKnown, southernSeasons: southernSeasons)
        return scan.read()
    }
}

/// One reading of a deadline's words: the date expressions found, which tokens they used.
struct DeadlineScan {
    typealias Problem = DeadlineReader.Problem
    let text: String
    let tokens: [DeadlineToken]
    let monthFirst: Bool
    let calendarQuarters: Bool
    /// The month the financial year starts; the months before it belong to the year before.
    let financialYearStart: Int
    /// The site said when its financial year starts, or is British (`DeadlineConventions`).
    let financialYearKnown: Bool
    let southernSeasons: Bool
    var used = Set<Int>()
    var found: [(date: CivilDate, rule: DeadlineRule, range: ClosedRange<Int>)] = []
    /// A quarter or half named with one year on a site that has not said whose its quarters
    /// are: refused if it is the date the words name.
    var partOfOneYear: (label: String, year: Int, number: Int, isQuarter: Bool)?
    /// A season that runs from December into the next year, named by one year ("Winter 2025"):
    /// refused if it is the date the words name.
    var seasonOfTwoYears: (name: String, year: Int, lastMonth: Int)?

    init(
        text: String, tokens: [DeadlineToken], monthFirst: Bool, calendarQuarters: Bool, financialYearStart: Int, financialYearKnown: Bool,
        southernSeasons: Bool
    ) {
        self.text = text
        self.tokens = tokens
        self.monthFirst = monthFirst
        self.calendarQuarters = calendarQuarters
        self.financialYearStart = financialYearStart
        self.financialYearKnown = financialYearKnown
        self.southernSeasons = southernSeasons
    }

    /// The financial year's months, in words: "April to March".
    var financialMonths: String {
        "\(CivilDate.monthName(financialYearStart)) to \(CivilDate.monthName(financialYearStart - 1))"
    }

    func word(_ index: Int) -> String? {
        index >= 0 && index < tokens.count && !used.contains(index) ? tokens[index].text : nil
    }

    func problem(_ message: String, hint: String? = nil) -> Result<DeadlineReading, Problem> {
        .failure(Problem(message: "the deadline \"\(text)\" \(message)", hint: hint ?? DeadlineReader.dueHint(text)))
    }

    mutating func read() -> Result<DeadlineReading, Problem> {
        if let doubt = DoubtMark.reason(in: text) {
            return problem("\(doubt), so it is not read as a date", hint: "write the date as settled, and what is uncertain in an update's note; or keep the words and add due: YYYY-MM-DD")
        }
        if let sign = DeadlineWords.signBesideDate(in: text) {
            return problem(
                "has \"\(sign.mark)\", a sign for \"\(sign.meaning)\": read without it, the date would be due at the end of its period",
                hint: "write the deadline in words (by March 2026), or keep the words and add due: YYYY-MM-DD")
        }
        // 2026-03-31T17:00, as a spreadsheet or a system writes a date and time.
        if let stamp = tokens.first(where: { DeadlineWords.isDateAndTime($0.text) }) {
            let date = stamp.text.prefix(10)
            return problem(
                "gives a date with a time of day, as a spreadsheet writes it, which Tally does not read",
                hint: "write the date alone (\(date)), or keep the words and add due: YYYY-MM-DD")
        }
        if let midnight = DeadlineWords.saysMidnight(tokens),
            tokens.indices.contains(where: { tokens[$0].kind == .number && !midnight.tokens.contains($0) })
        {
            return problem(
                "says \"\(midnight.words)\", which is both the start of a day and the end of the day before, so the work could be due a day earlier than the date says",
                hint: "write the last day the work may be done on, without the time, or keep the words and add due: YYYY-MM-DD")
        }
        let words = tokens.filter { $0.kind != .joiner }.map(\.text)
        // "Subject to recruitment" is a condition on the work, not a doubt about the day: read.
        let provisionalWelsh = ["dros", "dro"]
        // "Yn wreiddiol Mawrth 2026": in Welsh, "yn" makes the adverb (originally, provisionally).
        let firstWord = words.first == "yn" && words.count > 1 ? words[1] : words.first
        var unsettled = [firstWord, words.last].compactMap { $0 }.first(where: DeadlineWords.provisional.contains)
            ?? (words.prefix(2).elementsEqual(provisionalWelsh) || words.suffix(2).elementsEqual(provisionalWelsh) ? "dros dro" : nil)
        // "September 2026 subject to change" (but "subject to funding" is a condition on the work).
        if unsettled == nil, let at = words.indices.dropLast(2).first(where: {
            words[$0] == "subject" && words[$0 + 1] == "to" && DeadlineWords.unsettling.contains(words[$0 + 2])
        }) {
            unsettled = "subject to \(words[at + 2])"
        }
        if unsettled == nil, let phrase = DeadlineWords.provisionalPhrases.first(where: {
            // One word only closing the deadline: "March 2026 (soft)", not "Soft launch March 2026".
            ($0.count > 1 && words.starts(with: $0)) || words.ends(with: $0)
        }) {
            unsettled = phrase.joined(separator: " ")
        }
        if let unsettled, DeadlineWords.firstSet.contains(unsettled) {
            return problem(
                "says \"\(unsettled)\": the date first set may since have changed, so it is not read as the deadline",
                hint: DeadlineReader.revisionHint)
        }
        if let unsettled {
            return problem(
                "says \"\(unsettled)\": a date that may still change is not read as the deadline, which the trackers would hold to as settled",
                hint: "write the date alone, and that it is provisional in an update's note; or keep the words and add due: YYYY-MM-DD to say which day counts")
        }
        let approximate = words.last.flatMap { DeadlineWords.approximate.contains($0) ? $0 : nil }
            ?? words.first(where: DeadlineWords.isApproximatePeriod)
            ?? DeadlineWords.approximatePhrases.first(where: words.ends(with:))?.joined(separator: " ")
        if let approximate {
            return problem(
                "says \"\(approximate)\": a date that is not exact is not read as the deadline, which the trackers would hold to as exact",
                hint: "write the date the work is due by, and that it is approximate in an update's note; or keep the words and add due: YYYY-MM-DD to say which day counts")
        }
        if let first = words.first, ["complete", "completed", "done"].contains(first),
            Set(words).isSubset(of: ["complete", "completed", "done", "and", "ongoing"])
        {
            return .success(.complete(ongoing: words.contains("ongoing")))
        }
        if let failure = findDates() { return failure }
        if let failure = checkLeftovers() { return failure }
        if let failure = wordsBesideTheDate() { return failure }
        // "Completed March 2025", "Complete (March 2025)", "Sep 2025 - complete": done then, or
        // to be done by then? "Complete the review by March 2026" and "to be delivered by
        // March 2026" are work with a date.
        let doneWord = tokens.indices.first { index in
            let word = tokens[index].text
            let afterToBe = index >= 2 && tokens[index - 2].text == "to" && tokens[index - 1].text == "be"
            guard !used.contains(index), !afterToBe else { return false }
            if DeadlineWords.done.contains(word) || (index == 0 && DeadlineWords.doneWhenFirst.contains(word)) { return true }
            if DeadlineWords.doneAtEitherEnd.contains(word), index == 0 || !tokens[(index + 1)...].contains(where: { $0.kind != .joiner }) {
                return true
            }
            guard word == "complete" else { return false }
            return found.contains { $0.range.upperBound < index || $0.range.lowerBound == index + 1 }
        }
        if let doneWord, let date = found.first {
            let first = tokens[doneWord].text
            return problem(
                "says \"\(first)\" and gives a date (\(date.date.long)): it could be the day the work was done or the day it is due",
                hint: "if it is done, write Complete and add an update with status: complete on the day; if it is due, write the date alone, or keep the words and add due: YYYY-MM-DD")
        }

        let special = specialReading(words)
        var distinct: [(CivilDate, DeadlineRule)] = []
        for match in found where !distinct.contains(where: { $0.0 == match.date }) { distinct.append((match.date, match.rule)) }
        if distinct.count > 1 {
            let names = distinct.map(\.0.long).joined(separator: " and ")
            return problem(
                "names more than one date (\(names))",
                hint: "give each date its own milestone, or keep the words and add due: YYYY-MM-DD to say which one counts")
        }
        if let (date, rule) = distinct.first {
            // "Monday 31 March 2026", a Tuesday: is the day of the week wrong, or the date?
            if [.dateGiven, .dateGivenDayFirst].contains(rule), let named = tokens.lazy.compactMap({ DeadlineWords.weekdays[$0.text] }).first {
                let actual = date.weekday
                if named != actual {
                    return problem(
                        "says \(DeadlineWords.weekdayNames[named - 1]), but \(date.long) is a \(DeadlineWords.weekdayNames[actual - 1])",
                        hint: "correct the day of the week or the date, or keep the words and add due: YYYY-MM-DD")
                }
            }
            if let special {
                return problem("says both \"\(special.words)\" and a date (\(date.long))", hint: "write one of them, or add due: YYYY-MM-DD")
            }
            if let part = partOfOneYear { return askWhoseYear(part) }
            if let (name, year, lastMonth) = seasonOfTwoYears {
                // Winter runs from December into the next year: "Winter 2025" is named by its
                // December in some places and by its January in others.
                let ends = { (year: Int) in CivilDate.endOfMonth(year: year, month: lastMonth).long }
                return problem(
                    "names \(name) \(year), which runs from December into the next year: it could be the \(name) ending in \(ends(year)) or the one ending in \(ends(year + 1))",
                    hint: "write both years, as in \(name.capitalized) \(year)/\(format2(year + 1)), or the month it ends (\(CivilDate.monthName(lastMonth)) \(year + 1))")
            }
            if !financialYearKnown, let year = rule.financialYear {
                return problem(
                    "names the financial year \(year), and the site has not said when its financial year starts (April in the United Kingdom, July in Australia, October for the United States government)",
                    hint: DeadlineConventions.financialYearHint)
            }
            return .success(.due(date, rule: rule))
        }
        if let special { return .success(special.reading) }
        return .failure(Problem(message: "the deadline \"\(text)\" cannot be read as a date", hint: DeadlineReader.formsHint))
    }

    /// Words beside the date read that make it some other day than the work's being due: the
    /// day it starts ("Starts April 2026"), is looked at again or drafted ("Review March 2027"),
    /// was due before it was put back ("March 2026 (delayed)", "previously December 2026"), or a
    /// month's name apart from the year read ("March of 2027").
    func wordsBesideTheDate() -> Result<DeadlineReading, Problem>? {
        let words = tokens.filter { $0.kind != .joiner }.map(\.text)
        if let date = found.first, !tokens[..<date.range.lowerBound].contains(where: { $0.text == "by" }),
            let start = tokens.indices.first(where: { index in
                !used.contains(index) && (DeadlineWords.starting.contains(tokens[index].text) || (tokens[index].text == "kick" && word(index + 1) == "off"))
            })
        {
            let said = tokens[start].text == "kick" ? "kick off" : tokens[start].text
            return problem(
                "says \"\(said)\": \(date.date.long) could be the day the work starts, not the day it is due",
                hint: "write the day the work is due by, and when it starts in a milestone or the action's words; or keep the words and add due: YYYY-MM-DD")
        }
        let opening = words.first == "next" ? words.dropFirst().first : words.first
        if !found.isEmpty, let said = [opening, words.last].compactMap({ $0 }).first(where: { DeadlineWords.otherDays[$0] != nil }) {
            let other = DeadlineWords.otherDays[said]!
            return problem(
                other == "review"
                    ? "says \"\(said)\": it could be the day the work is looked at again or the day it is due"
                    : "says \"\(said)\": it could be the day a draft is due or a date not yet agreed",
                hint: other == "review"
                    ? "if the work goes on, write Ongoing and say when it is reviewed in an update's note; if it is due then, write the date alone; or keep the words and add due: YYYY-MM-DD"
                    : "if a draft is due then, give it its own milestone; if the date is not agreed yet, write TBC; or keep the words and add due: YYYY-MM-DD")
        }
        // "Q1 2026/27 (+1 month)", "June 2027 (-2 months)": moved by that much, to the date or from it?
        if let date = found.first?.date, let moved = DeadlineWords.movedBy(in: text) {
            return problem(
                "says \"\(moved)\": \(date.long) could be the day the work was due before it moved, or the day it is due now",
                hint: DeadlineReader.revisionHint)
        }
        if let date = found.first?.date, let said = words.last.flatMap({ DeadlineWords.putBack.contains($0) ? $0 : nil })
            ?? words.first.flatMap({ DeadlineWords.putBack.contains($0) && !["to", "until", "till", "for", "i", "tan"].contains(words.dropFirst().first ?? "") ? $0 : nil })
        {
            return problem(
                "says \"\(said)\": \(date.long) could be the day the work was due or the day it is due now",
                hint: DeadlineReader.revisionHint)
        }
        // "EOM 26 (previously December 2026)": the date read was the one first set.
        if let earlier = found.first(where: { match in
            var at = match.range.lowerBound - 1
            while at >= 0, ["the", "from", "of"].contains(tokens[at].text) { at -= 1 }
            return at >= 0 && DeadlineWords.wasBefore.contains(tokens[at].text)
        }) {
            return problem(
                "gives \(earlier.date.long) as the date it was before, not the deadline in force",
                hint: DeadlineReader.revisionHint)
        }
        if let month = strayMonth(), let date = found.first?.date {
            return problem(
                "has \"\(month)\" apart from the date it names (\(date.long)): it could be the month",
                hint: "write the month beside its year (\(month) \(date.year)), or keep the words and add due: YYYY-MM-DD")
        }
        return nil
    }

    // MARK: The date expressions

    /// Reads every date expression, marking the tokens it uses; a problem when one is malformed.
    mutating func findDates() -> Result<DeadlineReading, Problem>? {
        var index = 0
        while index < tokens.count {
            if used.contains(index) {
                index += 1
                continue
            }
            if let failure = match(at: index) { return failure }
            index += 1
        }
        // A year on its own (2025) is its end, when the words name nothing more exact.
        if found.isEmpty {
            for (index, token) in tokens.enumerated() where token.kind == .number && !used.contains(index) {
                guard let year = DeadlineWords.year(token.text) else { continue }
                // FY 2025, financial year (end) 2025: a financial year named by one of its two years.
                if tokens.contains(where: { DeadlineWords.financial.contains($0.text) }) {
                    return problem(
                        "names a financial year by one year (\(year)), which could be \(year - 1)/\(format2(year)) or \(year)/\(format2(year + 1))",
                        hint: "write both years, as in \(year - 1)/\(format2(year)), or keep the words and add due: YYYY-MM-DD")
                }
                // "Year end 2026", "YE 2026", "End of year 2026": many organisations' year ends
                // in March. ("End 2026" and "End of 2026" name no year but the calendar's.)
                let words = tokens.map(\.text)
                let pairs = Array(zip(words, words.dropFirst()))
                let yearEnd = words.contains("ye") || words.contains("yearend") || words.contains("eoy") || pairs.contains { $0 == ("year", "end") }
                    || (pairs.contains { $0 == ("end", "of") } && words.contains("year"))
                if yearEnd, !words.contains("calendar") {
                    let financialEnd = financialYearKnown ? " (\(CivilDate.endOfMonth(year: year, month: financialYearStart - 1).long))" : ""
                    return problem(
                        "says \"year end\" \(year), which could be the end of the calendar year (31 December \(year)) or of the financial year ending in it\(financialEnd)",
                        hint: "write December \(year) or \(year - 1)/\(format2(year)), or keep the words and add due: YYYY-MM-DD")
                }
                record(CivilDate(year: year, month: 12, day: 31)!, .endOfYear, index...index)
            }
        }
        return nil
    }

    mutating func record(_ date: CivilDate, _ rule: DeadlineRule, _ range: ClosedRange<Int>) {
        found.append((date, rule, range))
        used.formUnion(range)
    }

    /// Tries every form that starts at `index`.
    mutating func match(at index: Int) -> Result<DeadlineReading, Problem>? {
        let token = tokens[index]
        let next = word(index + 1)
        let afterNext = word(index + 2)
        switch token.kind {
        case .joiner:
            return nil
        case .number:
            if let failure = matchNumber(token.text, at: index) { return failure }
        case .word:
            let name = token.text
            // Q3 2024, Q3 2024/25, Q3 24/25; H1 2025.
            if let first = name.first, first == "q" || first == "h", name.count >= 2, name.dropFirst().allSatisfy(\.isASCIIDigit) {
                return matchPart(name, at: index)
            }
            if let season = DeadlineWords.season(name, southern: southernSeasons) {
                guard let next else { return nil }
                if next == "term" || next == "terms" {
                    return problem("names the \(name) term, whose last day differs between schools, colleges and councils")
                }
                if let year = DeadlineWords.year(next), season.yearOffset > 0 {
                    // Refused if it is the date the words name (`seasonOfTwoYears`).
                    seasonOfTwoYears = (name, year, season.month)
                }
                if let year = DeadlineWords.year(next) ?? DeadlineWords.financialYear(next, allowShort: false) {
                    let date = CivilDate.endOfMonth(year: year + season.yearOffset, month: season.month)
                    record(date, .endOfSeason(name: name, year: next, from: season.firstMonth, to: season.month), index...index + 1)
                }
                return nil
            }
            let beforeNumber = tokens.indices.contains(index + 1) && tokens[index + 1].kind == .number
            // Welsh "Hyd", short for Hydref (October), is also "until": "hyd at 2025".
            if name == "hyd", beforeNumber {
                return problem(
                    "names \"Hyd\", which in Welsh is short for Hydref (October) and means \"until\"",
                    hint: "write mis Hydref for October (erbyn diwedd mis Hydref 2025), or keep the words and add due: YYYY-MM-DD")
            }
            // Welsh "hydref" is October and autumn: the month is "mis Hydref".
            if name == "hydref", word(index - 1) != "mis", beforeNumber {
                return problem(
                    "names \"Hydref\", which in Welsh is October (mis Hydref) and autumn (yr hydref)",
                    hint: "write mis Hydref for October (erbyn diwedd mis Hydref 2025); for autumn, keep the words and add due: YYYY-MM-DD")
            }
            if let month = DeadlineWords.months[name] {
                // March 31, 2026 / March 31st 2026.
                if let next, let day = DeadlineWords.day(next), let afterNext, let year = DeadlineWords.year(afterNext) {
                    guard let date = CivilDate(year: year, month: month, day: day) else {
                        return problem("names a day that does not exist (\(day) \(CivilDate.monthName(month)) \(year))")
                    }
                    record(date, .dateGiven, index...index + 2)
                    return nil
                }
                if let next, let year = DeadlineWords.year(next) {
                    let date = CivilDate.endOfMonth(year: year, month: month)
                    record(date, .endOfMonth, index...index + 1)
                    return nil
                }
                if let next, next.count == 2, next.allSatisfy(\.isASCIIDigit) {
                    let year = 2000 + Int(next)!
                    return problem(
                        "has a month and \"\(next)\", which could be a day of \(CivilDate.monthName(month)) or the year \(year)",
                        hint: "write the year in full (\(CivilDate.monthName(month)) \(year)), or keep the words and add due: YYYY-MM-DD")
                }
            }
        }
        return nil
    }

    /// `Q3 2025`: the calendar year's third quarter, July to September, or the financial year
    /// 2025/26's, October to December? Many organisations number their quarters from April.
    func askWhoseYear(_ part: (label: String, year: Int, number: Int, isQuarter: Bool)) -> Result<DeadlineReading, Problem> {
        let span = part.isQuarter ? 3 : 6
        func months(ending end: Int) -> String {
            let name = { (month: Int) in "\(CivilDate.monthName((month - 1) % 12 + 1)) \(part.year + (month - 1) / 12)" }
            return "\(name(end - span + 1)) to \(name(end))"
        }
        let (single, plural) = part.isQuarter ? ("quarter", "quarters") : ("half", "halves")
        let financial = "\(part.year)/\(format2(part.year + 1))"
        return problem(
            "names \(part.label) of \(part.year): the calendar year's \(single) (\(months(ending: part.number * span))) or the financial year \(financial)'s (\(months(ending: financialYearStart - 1 + part.number * span)))?",
            hint: "write \(part.label) \(financial) for the financial year's \(single); if your \(plural) are the calendar year's, say so once in site.yaml (tracking: {quarters: calendar}); or keep the words and add due: YYYY-MM-DD")
    }

    /// Quarters and halves: `Q3 2024`, `Q3 2024/25`, `Q3 24/25`, `H2 2025`.
    mutating func matchPart(_ name: String, at index: Int) -> Result<DeadlineReading, Problem>? {
        let isQuarter = name.first == "q"
        let number = Int(name.dropFirst()) ?? 0
        let count = isQuarter ? 4 : 2
        let yearIndex = afterPartWords(index)
        guard let next = word(yearIndex) else {
            // "2025/26 Q3", "2026 Q1": the year written first.
            let year = index > 0 ? tokens[index - 1].text : ""
            let yearAlone = DeadlineWords.year(year) != nil || DeadlineWords.financialYear(year, allowShort: false) != nil
            if yearAlone, index < 2 || DeadlineWords.months[tokens[index - 2].text] == nil {
                return problem("names \(name.uppercased()) after its year", hint: "write the \(isQuarter ? "quarter" : "half") first: \(name.uppercased()) \(year)")
            }
            return problem("names \(name.uppercased()) without a year", hint: "write the year too: \(name.uppercased()) 2025 or \(name.uppercased()) 2025/26")
        }
        let calendarYear = DeadlineWords.year(next)
        let financialStart = DeadlineWords.financialYear(next, allowShort: true)
        guard calendarYear != nil || financialStart != nil else { return nil }
        // "FY Q1 2026", "Q1 FY 2026": a quarter of a financial year named by one of its two years.
        let saysFinancial = ((index + 1)..<yearIndex).contains { DeadlineWords.financial.contains(tokens[$0].text) }
            || word(index - 1) == "fy" || (word(index - 1) == "year" && word(index - 2) == "financial")
        if let year = calendarYear, saysFinancial {
            let label = name.uppercased()
            return problem(
                "names \(label) of a financial year by one year (\(year)), which could be \(year - 1)/\(format2(year)) or \(year)/\(format2(year + 1))",
                hint: "write both years, as in \(label) \(year - 1)/\(format2(year)), or keep the words and add due: YYYY-MM-DD")
        }
        guard (1...count).contains(number) else {
            return problem(
                "names \(name.uppercased()), but a year has \(isQuarter ? "quarters Q1 to Q4" : "halves H1 and H2")",
                hint: "check the \(isQuarter ? "quarter" : "half"), or keep the words and add due: YYYY-MM-DD")
        }
        let label = name.uppercased()
        // "Q3 2025": July to September, or the third quarter of 2025/26, October to December?
        // Asked once every other check has passed, so that a wording refused for another reason says that.
        let saysCalendar = (max(0, index - 2)..<yearIndex).contains { DeadlineWords.calendar.contains(tokens[$0].text) }
        if let year = calendarYear, !calendarQuarters, !saysCalendar {
            partOfOneYear = (label, year, number, isQuarter)
        }
        if let year = calendarYear {
            let month = isQuarter ? number * 3 : number * 6
            record(
                CivilDate.endOfMonth(year: year, month: month), .endOfPart(label: label, year: year, from: month - (isQuarter ? 2 : 5), to: month),
                index...yearIndex)
        } else if let start = financialStart {
            let monthsIn = isQuarter ? number * 3 : number * 6
            let month = (financialYearStart - 1 + monthsIn - 1) % 12 + 1
            let year = month < financialYearStart ? start + 1 : start
            let written = "\(start)/\(String(format2(start + 1)))"
            record(
                CivilDate.endOfMonth(year: year, month: month),
                .endOfFinancialPart(label: label, financialYear: written, from: (month + 12 - (isQuarter ? 2 : 5) - 1) % 12 + 1, to: month, year: year),
                index...yearIndex)
        }
        return nil
    }

    /// The index of the first token after a quarter or half that is not a word that may stand
    /// between it and its year (`Q3 of 2025/26`), or a `/` before a number (`Q1/2026`).
    func afterPartWords(_ index: Int) -> Int {
        var next = index + 1
        while next < tokens.count, tokens[next].kind == .word, DeadlineWords.betweenPartAndYear.contains(tokens[next].text) { next += 1 }
        if next + 1 < tokens.count, tokens[next].text == "/", tokens[next + 1].kind == .number { next += 1 }
        return next
    }

    func format2(_ year: Int) -> String {
        let short = year % 100
        return short < 10 ? "0\(short)" : "\(short)"
    }

    /// Forms written with digits: days, months, financial years and years.
    mutating func matchNumber(_ number: String, at index: Int) -> Result<DeadlineReading, Problem>? {
        let parts = number.split(whereSeparator: { $0 == "/" || $0 == "." || $0 == "-" }).map(String.init)
        let separators = number.filter { "/.-".contains($0) }
        // 2025-03-31, and 2025-3-31 written without its zeros.
        if parts.count == 3, parts[0].count == 4, separators == "--" {
            let day = parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && parts[1].count <= 2 && parts[2].count <= 2
                ? CivilDate(year: Int(parts[0])!, month: Int(parts[1])!, day: Int(parts[2])!) : nil
            guard let date = CivilDate(iso: number) ?? day else { return problem("is not a day that exists (\(number))", hint: "check the date") }
            record(date, .dateGiven, index...index)
            return nil
        }
        // 31/03/2026, 31.03.2026, 31-03-2026: day first.
        if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), parts[0].count <= 2, parts[1].count <= 2 {
            guard parts[2].count == 4, let year = Int(parts[2]) else {
                return problem("has a two-digit year (\(number))", hint: "write the year in full, such as 31/03/2026, or 31 March 2026")
            }
            let first = Int(parts[0])!
            let second = Int(parts[1])!
            guard let date = CivilDate(year: year, month: second, day: first) else {
                if second > 12, CivilDate(year: year, month: first, day: second) != nil {
                    return problem(
                        "is written month first (\(number)); Tally reads dates written with numbers day first, as in the UK",
                        hint: "write \(second)/\(first < 10 ? "0" : "")\(first)/\(year), or the month in words: \(second) \(CivilDate.monthName(first)) \(year)")
                }
                return problem("is not a day that exists (\(number), read day first)", hint: "check the date")
            }
            // On a site whose language writes the month first, 04/05/2026 is 5 April to its
            // authors and 4 May to Tally's rule: refused unless both readings are one day.
            if monthFirst, second != first, let other = CivilDate(year: year, month: first, day: second) {
                var failure = Problem(
                    message: "the deadline \"\(text)\" could be \(date.long) (day first, as Tally reads numbers) or \(other.long) (month first, as the site's language also writes them)",
                    hint: "write the month in words: \(date.long) or \(other.long)")
                failure.eitherDay = (date, other)
                return .failure(failure)
            }
            record(date, .dateGivenDayFirst, index...index)
            return nil
        }
        if parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            // 2025-03: a month.
            if parts[0].count == 4, parts[1].count == 2, separators == "-", let year = Int(parts[0]), let month = Int(parts[1]),
                (1...12).contains(month)
            {
                let date = CivilDate.endOfMonth(year: year, month: month)
                record(date, .endOfMonth, index...index)
                return nil
            }
            // 03/2026: a month.
            if parts[1].count == 4, parts[0].count <= 2, let month = Int(parts[0]), let year = DeadlineWords.year(parts[1]) {
                guard (1...12).contains(month) else { return problem("names a month that does not exist (\(number))", hint: "check the month") }
                let date = CivilDate.endOfMonth(year: year, month: month)
                record(date, .endOfMonth, index...index)
                return nil
            }
            // 2024/25: a financial year; after FY or "financial year", 24/25 too.
            let afterFY = word(index - 1) == "fy" || word(index - 1) == "year"
            if let start = DeadlineWords.financialYear(number, allowShort: afterFY) {
                record(
                    CivilDate.endOfMonth(year: start + 1, month: financialYearStart - 1), .endOfFinancialYear(number),
                    index...index)
                return nil
            }
            if let start = DeadlineWords.year(parts[0]), let end = Int(parts[1]), parts[1].count == 4, end > start {
                return problem("names a span of years (\(number))", hint: "write the year it ends by (by \(end)), or keep the words and add due: YYYY-MM-DD")
            }
            if DeadlineWords.year(parts[0]) != nil {
                return problem("names \(number), which is not one financial year", hint: "write a financial year with the year after it (2025/26), or keep the words and add due: YYYY-MM-DD")
            }
            return nil
        }
        // "32 March 2026", "0 March 2026": no such day, where the month alone would be read.
        if DeadlineWords.day(number) == nil, number.count <= 2, number.allSatisfy(\.isASCIIDigit),
            let month = word(index + 1).flatMap({ DeadlineWords.months[$0] })
        {
            return problem("names a day that does not exist (\(number) \(CivilDate.monthName(month)))", hint: "check the day")
        }
        // "31st of March 2026": read as "31st March 2026".
        if DeadlineWords.day(number) != nil, number.last?.isLetter == true, word(index + 1) == "of",
            let month = word(index + 2).flatMap({ DeadlineWords.months[$0] }), let year = word(index + 3).flatMap(DeadlineWords.year),
            let date = CivilDate(year: year, month: month, day: DeadlineWords.day(number)!)
        {
            record(date, .dateGiven, index...index + 3)
            return nil
        }
        // A day before a month: 14 November 2024, 1st April 2024.
        if let day = DeadlineWords.day(number), let month = word(index + 1).flatMap({ DeadlineWords.months[$0] }) {
            // "Phase 2 March 2026": the phase's number, or the day?
            if let label = word(index - 1), DeadlineWords.numberLabels.contains(label), !number.contains(where: \.isLetter) {
                let monthAndYear = "\(CivilDate.monthName(month)) \(word(index + 2).flatMap(DeadlineWords.year).map(String.init) ?? "2026")"
                return problem(
                    "has \"\(label) \(number)\" before \(CivilDate.monthName(month)): is \(number) the \(label)'s number or the day?",
                    hint: "write \(label) \(number) by \(monthAndYear), or \(label) \(number): \(number) \(monthAndYear) if that is the day")
            }
            guard let yearText = word(index + 2), let year = DeadlineWords.year(yearText) else {
                return problem("names a day without a year", hint: "write the year too: \(day) \(CivilDate.monthName(month)) 2026")
            }
            guard let date = CivilDate(year: year, month: month, day: day) else {
                return problem("names a day that does not exist (\(day) \(CivilDate.monthName(month)) \(year))", hint: "check the day")
            }
            record(date, .dateGiven, index...index + 2)
            return nil
        }
        return nil
    }

    // MARK: What is left

    /// A word that looks like part of a date but is part of none is never passed over.
    func checkLeftovers() -> Result<DeadlineReading, Problem>? {
        let consumed = found.map(\.range)
        func isDate(_ index: Int) -> Bool { consumed.contains { $0.contains(index) } }
        for (index, token) in tokens.enumerated() where !used.contains(index) {
            let previous = index > 0 ? tokens[index - 1] : nil
            let next = index + 1 < tokens.count ? tokens[index + 1] : nil
            let besideNumber = previous?.kind == .number || next?.kind == .number
            switch token.kind {
            case .joiner:
                let joinsPeriods = (index > 0 && (isDate(index - 1) || looksLikePeriod(index - 1)))
                    && (index + 1 < tokens.count && (isDate(index + 1) || looksLikePeriod(index + 1)))
                if joinsPeriods { return problem("joins two periods with \"\(token.text)\", so it does not name one day") }
            case .number:
                if DeadlineWords.isTimeOfDay(token.text) { continue }
                // "March the 31st 2026": a day not read as part of the date is never passed over.
                let isOrdinal = DeadlineWords.day(token.text) != nil && token.text.last?.isLetter == true
                // "'27", a year in two digits (the apostrophe is not kept as a token).
                // "End of 26 to 2028": a year in two digits after "end of".
                let afterEndOf = index >= 2 && tokens[index - 2].text == "end" && tokens[index - 1].text == "of"
                let shortYear = token.text.count == 2 && token.text.allSatisfy(\.isASCIIDigit)
                    && (text.contains("'" + token.text) || text.contains("\u{2019}" + token.text) || afterEndOf)
                if shortYear, !found.isEmpty {
                    return problem(
                        "has \"'\(token.text)\", a year in two digits, besides the date it names",
                        hint: "write the year in full, and one date: give each date its own milestone, or keep the words and add due: YYYY-MM-DD")
                }
                if DeadlineWords.year(token.text) != nil || token.text.contains(where: { "/.-".contains($0) }) || isOrdinal {
                    return found.isEmpty
                        ? problem("has \"\(token.text)\", which cannot be read as a date", hint: DeadlineReader.formsHint)
                        : problem("has \"\(token.text)\" besides the date it names", hint: "give each date its own milestone, or keep the words and add due: YYYY-MM-DD")
                }
                // "2025 - 26", "2025 – 26": the financial year 2025/26, or 2025 and a number beside it?
                if token.text.count == 2, token.text.allSatisfy(\.isASCIIDigit), index > 0, isDate(index - 1),
                    DeadlineWords.year(tokens[index - 1].text) != nil
                {
                    return problem(
                        "has \"\(token.text)\" straight after \"\(tokens[index - 1].text)\", which could end a span of years (as 2025 - 26 is the year 2025/26) or be a number beside the date",
                        hint: "write a financial year with a slash (2025/26), a day in full (31 March 2026), or keep the words and add due: YYYY-MM-DD")
                }
            case .word:
                let name = token.text
                if let failure = wordChangingTheDay(at: index) { return failure }
                // "up to March", "later than March" (but "no later than March" is by the end of
                // it, as "on or before 31 March" is by that day); "as of March", from it.
                let onOrBefore = name == "before" && index >= 2 && tokens[index - 1].text == "or" && tokens[index - 2].text == "on"
                // "To March 2026" is until March ("Extended to March 2026" is a new deadline).
                let shifts = (DeadlineWords.shifting.contains(name) && !onOrBefore) || (name == "up" && next?.text == "to")
                    || (name == "to" && index == 0)
                    || (name == "later" && !["no", "not"].contains(previous?.text ?? ""))
                    || (name == "as" && ["of", "from"].contains(next?.text ?? ""))
                if shifts, let target = dateAfter(index) {
                    return problem(
                        "says \"\(name)\" \(target), which does not name the end of the period",
                        hint: DeadlineReader.dueHint(text))
                }
                if looksLikePeriod(index) {
                    if let connector = connection(index) {
                        return problem("joins two periods with \"\(connector)\", so it does not name one day")
                    }
                    if beforeAnotherPeriod(index) {
                        return problem("joins two periods, so it does not name one day")
                    }
                    if DeadlineWords.seasons[name] != nil || DeadlineWords.months[name] != nil {
                        // "Summer holidays 2026": a season, then other words, then a year.
                        if tokens[(index + 1)...].contains(where: { $0.kind == .number }) {
                            return problem("names \(name.capitalized) with words between it and the year, so it does not name one period")
                        }
                        return problem("names \(name.capitalized) without a year", hint: "write the year too, such as \(name.capitalized) 2026")
                    }
                    if let first = name.first, first == "q" || first == "h", !found.isEmpty {
                        return problem("names \(name.uppercased()) beside another \(first == "q" ? "quarter" : "half"), so it does not name one day")
                    }
                    return problem("names \(name.uppercased()), which is not a quarter or half of a year that exists", hint: DeadlineReader.dueHint(text))
                }
                if besideNumber, !DeadlineWords.neutral.contains(name), let near = DeadlineWords.nearlyAPeriod(name) {
                    return problem("has \"\(name)\", which is not a month or season (did you mean \"\(near.capitalized)\"?)", hint: "check the spelling, or keep the words and add due: YYYY-MM-DD")
                }
            }
        }
        return nil
    }

    /// A word beside the date that makes it mean another day, or none: a time of year Tally does
    /// not read (`Easter 2026`, `New Year 2026`, `half term`), a half year without its half, a
    /// numbered month, period or week of an organisation's own year (`M6 2025/26`), a year that
    /// is not the financial year (`Academic year 2025/26`), the week a day starts (`w/c 3 March
    /// 2026`), a name the date is part of (`the 2026/27 budget`), or a date that starts a period
    /// (`April 2026 onwards`).
    func wordChangingTheDay(at index: Int) -> Result<DeadlineReading, Problem>? {
        let name = tokens[index].text
        let next = index + 1 < tokens.count ? tokens[index + 1].text : nil
        let hasDate = !found.isEmpty || tokens.contains { $0.kind == .number }
        guard hasDate else { return nil }
        if DeadlineWords.namedTimes.contains(name) || (name == "new" && next == "year") || (name == "half" && next == "term") {
            let words = DeadlineWords.namedTimes.contains(name) ? name : "\(name) \(next!)"
            return problem("names \"\(words)\", a time of year Tally does not read as a date")
        }
        // "Trinity term 2027", "Medium term 2027": a term of its own, or a span of time, not a day.
        // (Not "Long term: March 2027", a horizon with its month.)
        if ["term", "terms"].contains(name), let previous = index > 0 ? tokens[index - 1] : nil, previous.kind == .word,
            !["long", "longer", "short", "shorter", "medium", "mid", "near"].contains(previous.text),
            found.contains(where: { $0.range.lowerBound == index + 1 })
        {
            return problem("names the \(previous.text) term, whose last day differs between schools, colleges and universities")
        }
        // "Black Friday 2026", "Remembrance Sunday 2026": one day of the year, not its end.
        if let weekday = DeadlineWords.weekdays[name], let year = found.first(where: { $0.range.lowerBound == index + 1 && $0.rule.namesYearAlone }) {
            let words = year.range.map { tokens[$0].text }.joined(separator: " ")
            return problem(
                "says \"\(name)\" \(words): a \(DeadlineWords.weekdayNames[weekday - 1]) of that year, not the day the work is due",
                hint: DeadlineReader.dueHint(text))
        }
        if name == "half", next == "year" || next == "yearly" {
            return problem(
                "names a half year without saying which half", hint: "write H1 or H2 with the year (H1 2026, H2 2025/26), or keep the words and add due: YYYY-MM-DD")
        }
        // "Key stage 2 2027": a stage of a school's years.
        if name == "stage", index > 0, tokens[index - 1].text == "key", let next, next.count == 1, next.allSatisfy(\.isASCIIDigit) {
            return problem("names key stage \(next), a stage of a school's years, which Tally does not read as a date")
        }
        if DeadlineWords.numberedPeriods.contains(name), let next, next.count <= 2, next.allSatisfy(\.isASCIIDigit) {
            return problem("names \(name) \(next), a numbered \(DeadlineWords.numberedPeriodLetters[name] ?? name) of a year, which Tally does not read as a date")
        }
        // M6 2025/26 (but "the M6 junction" is a road).
        let beforeDate = index + 1 < tokens.count && (tokens[index + 1].kind == .number || found.contains { $0.range.contains(index + 1) })
        if beforeDate, let part = DeadlineWords.partLetters[name] {
            return problem(
                "names a \(part == "q" ? "quarter" : "half") without saying which", hint: "write \(part.uppercased())1, \(part.uppercased())2 ... with the year, or keep the words and add due: YYYY-MM-DD")
        }
        // ... and after one: "2026-W12", an ISO week.
        let afterDate = index > 0 && (tokens[index - 1].kind == .number || found.contains { $0.range.contains(index - 1) })
        if beforeDate || afterDate, let (letters, digits) = DeadlineWords.lettersThenDigits(name), letters.count <= 3, digits.count <= 2,
            let period = DeadlineWords.numberedPeriodLetters[String(letters)]
        {
            return problem("names \(name.uppercased()), a numbered \(period) of a year, which Tally does not read as a date")
        }
        let previous = index > 0 ? tokens[index - 1].text : nil
        // "Academic year 2025/26", "Academic Yr 2025/26", "academic 2025/26", "AY 2025/26", "Session 2025/26".
        let besideNumber = (index + 1 < tokens.count && tokens[index + 1].kind == .number) || (index > 0 && tokens[index - 1].kind == .number)
        let otherYear: String? =
            if DeadlineWords.otherYears.contains(name), next == "session" { "the \(name) session" }
            else if DeadlineWords.otherYears.contains(name), ["year", "years", "yr"].contains(next ?? "") || besideNumber { "the \(name) year" }
            else if let mark = DeadlineWords.otherYearMarks[name], besideNumber { mark }
            else if DeadlineWords.welshOtherYears.contains(name), previous == "blwyddyn" { "blwyddyn \(name)" }
            else { nil }
        if let otherYear {
            return problem(
                "names \(otherYear), whose last day Tally cannot tell: it reads 2025/26 only as the financial year, \(financialMonths)",
                hint: DeadlineReader.dueHint(text))
        }
        let weekStart = (name == "w" && next == "/" && index + 2 < tokens.count && ["c", "b"].contains(tokens[index + 2].text))
            || (name == "week" && ["of", "from"].contains(next ?? ""))
        if weekStart {
            return problem("names the week a day starts, so the day the work is due could be any of seven", hint: DeadlineReader.dueHint(text))
        }
        // "31 III 2026": a day, a month in Roman numerals, a year.
        if let month = DeadlineWords.romanMonths[name], index > 0, DeadlineWords.day(tokens[index - 1].text) != nil,
            index + 1 < tokens.count, DeadlineWords.year(tokens[index + 1].text) != nil
        {
            return problem(
                "writes the month in Roman numerals (\"\(name.uppercased())\"), which Tally does not read",
                hint: "write the month in words (\(tokens[index - 1].text) \(CivilDate.monthName(month)) \(tokens[index + 1].text)), or keep the words and add due: YYYY-MM-DD")
        }
        // "The March 2026 board", "Cabinet March 2026": a meeting, held on one day of the month.
        // ("Board 14 April 2026" is that day.) "Committee cycle March 2026" and "March 2026 Audit
        // Committee" name that meeting too.
        // ("End June 2023 (first Board meeting)" is the end of June.)
        let dateAfterBody = index + (["cycle", "meeting", "meetings", "papers"].contains(next ?? "") ? 2 : 1)
        let nameBeforeBody = index > 1 && previous.map { DeadlineWords.ordinal($0) == nil && !["next", "last", "following"].contains($0) } == true
        if DeadlineWords.meetingBodies.contains(name),
            let date = found.first(where: {
                $0.range.upperBound == index - 1 || ($0.range.upperBound == index - 2 && nameBeforeBody) || $0.range.lowerBound == dateAfterBody
            }),
            ![.dateGiven, .dateGivenDayFirst].contains(date.rule)
        {
            let words = date.range.map { tokens[$0].text }.joined(separator: " ")
            return problem(
                "says \(date.range.lowerBound > index ? "\"\(name)\" \(words)" : "\(words) \"\(name)\""): the date names a meeting of the \(name.count <= 3 ? name.uppercased() : name), held on one day of the period, not at its end",
                hint: "write the day of the meeting (by 17 March 2026), or keep the words and add due: YYYY-MM-DD")
        }
        // "The 2026 bathing season", "the 2026/27 flu season": a season of the organisation's own,
        // whose days Tally does not know.
        if ["season", "seasons"].contains(name),
            let before = found.first(where: { $0.range.upperBound < index && $0.range.upperBound >= index - 2 }),
            before.rule.namesYearAlone
        {
            let words = (before.range.lowerBound..<index + 1).map { tokens[$0].text }.joined(separator: " ")
            return problem(
                "says \"\(words)\": a season of its own, which may end before or after the year does, not the day the work is due",
                hint: DeadlineReader.dueHint(text))
        }
        var beforeName = index - 1
        while beforeName >= 0, DeadlineWords.beforeNamedByDate.contains(tokens[beforeName].text) { beforeName -= 1 }
        if DeadlineWords.namedByDate.contains(name), let before = found.first(where: { $0.range.upperBound == beforeName }) {
            let words = before.range.map { tokens[$0].text }.joined(separator: " ")
            return problem(
                "says \(words) \"\(name)\": the date names the \(name), which may fall before or after it, not the day the work is due",
                hint: DeadlineReader.dueHint(text))
        }
        // "Budget 2026/27", "Budget setting 2026/27", "Year-end accounts 2025/26".
        var afterName = index + 1
        while afterName < tokens.count, ["setting", "for", "of", "the", "day", "series"].contains(tokens[afterName].text) { afterName += 1 }
        // "Spending Review 2025", "Annual conference 2026": a name only with a word such as
        // "annual" before it ("Review March 2026" is the work and its month).
        let namesEvent = DeadlineWords.namedByDate.contains(name) && previous.map(DeadlineWords.beforeNamedByDate.contains) == true
        // "Staff survey 2026", "Price review 2024", "Bathing season 2026": an event named by its
        // year alone is held on some day of it, not at its end ("Survey March 2026" is read).
        let eventOfYear = DeadlineWords.eventsNamedByYear.contains(name)
            && found.contains { $0.range.lowerBound == index + 1 && $0.rule.namesYearAlone }
        if DeadlineWords.namingBeforeDate.contains(name) || namesEvent || eventOfYear,
            let after = found.first(where: { $0.range.lowerBound == afterName })
        {
            let words = after.range.map { tokens[$0].text }.joined(separator: " ")
            return problem(
                "says \"\(name)\" \(words): the date names the \(name), which may fall before or after it, not the day the work is due",
                hint: DeadlineReader.dueHint(text))
        }
        if DeadlineWords.fromThen.contains(name), let before = found.first(where: { $0.range.upperBound < index }) {
            let words = before.range.map { tokens[$0].text }.joined(separator: " ")
            return problem("says \(words) \"\(name)\", which names the start of a period (the earliest day), not when the work is due", hint: DeadlineReader.dueHint(text))
        }
        return nil
    }

    /// A month, season, quarter or half that no date expression used.
    func looksLikePeriod(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count, !used.contains(index), tokens[index].kind == .word else { return false }
        let name = tokens[index].text
        if DeadlineWords.seasons[name] != nil { return name != "fall" || besideDateWord(index) }
        if DeadlineWords.months[name] != nil {
            return !DeadlineWords.ambiguousMonths.contains(name) || besideDateWord(index) || tokens.count == 1
                || beforeAnotherPeriod(index)
        }
        if let first = name.first, first == "q" || first == "h", name.count == 2, name.last!.isASCIIDigit {
            let next = afterPartWords(index)
            if tokens.indices.contains(next) && tokens[next].kind == .number { return true }
            // "Q1/Q2 2026", "Q1-Q2 2026", "Q1 & Q2 2026": beside a quarter that was read.
            var beside = index + 1
            while beside < tokens.count, tokens[beside].kind == .joiner || ["and", "to", "or"].contains(tokens[beside].text) { beside += 1 }
            return found.contains { $0.range.lowerBound == beside && tokens[beside].text.first == first }
        }
        return false
    }

    /// A month's name that is also an everyday word, left unread beside the date the words name:
    /// "March of 2027", "end of March in 2027" (read as the year alone, 31 December). "May" and
    /// the Welsh names are months only when written with a capital ("work may slip"), and
    /// "dydd Mawrth" is Tuesday.
    func strayMonth() -> String? {
        // Beside a month or a day, another month's name is some other word ("March on Westminster by June 2026").
        guard let rule = found.first?.rule, ![.dateGiven, .dateGivenDayFirst, .endOfMonth].contains(rule) else { return nil }
        let capitalised = Set(text.split { !$0.isLetter }.filter { $0.first?.isUppercase == true }.map { $0.lowercased() })
        for (index, token) in tokens.enumerated() where !used.contains(index) && DeadlineWords.ambiguousMonths.contains(token.text) {
            let everyday = DeadlineWords.englishMonths[token.text] == nil || token.text == "may"
            if everyday, !capitalised.contains(token.text) { continue }
            if index > 0, ["dydd", "ddydd"].contains(tokens[index - 1].text) { continue }
            return text.split { !$0.isLetter }.first { $0.lowercased() == token.text }.map(String.init) ?? token.text
        }
        return nil
    }

    /// "March to June 2026", "Mar-Jun 2026": a month word joined to the period after it.
    func beforeAnotherPeriod(_ index: Int) -> Bool {
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .joiner || ["to", "and", "or", "through", "until"].contains(tokens[next].text) { next += 1 }
        guard next < tokens.count, tokens[next].kind == .word else { return false }
        return found.contains { $0.range.lowerBound == next } || looksLikePeriodIgnoringUse(next)
    }

    func besideDateWord(_ index: Int) -> Bool {
        [index - 1, index + 1].contains { neighbour in
            tokens.indices.contains(neighbour) && (tokens[neighbour].kind == .number || found.contains { $0.range.contains(neighbour) })
        }
    }

    /// "to", "and", "or", "/" between a leftover period and a date: two periods joined.
    func connection(_ index: Int) -> String? {
        for (step, beyond) in [(1, 2), (-1, -2)] {
            let between = index + step
            let other = index + beyond
            guard tokens.indices.contains(between), tokens.indices.contains(other) else { continue }
            let joiner = tokens[between].text
            guard ["to", "and", "or", "/", "&", "through", "until"].contains(joiner) else { continue }
            if found.contains(where: { $0.range.contains(other) }) || looksLikePeriodIgnoringUse(other) { return joiner }
        }
        return nil
    }

    func looksLikePeriodIgnoringUse(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return tokens[index].kind == .number }
        let name = tokens[index].text
        return DeadlineWords.months[name] != nil || DeadlineWords.seasons[name] != nil
    }

    /// The date expression that follows a word, passing over "of", "the", "year", "to" and "than"
    /// (`prior to`, `up to`, `no earlier than`): its words.
    func dateAfter(_ index: Int) -> String? {
        var next = index + 1
        // "After FY26/27", "after the end of March 2027", "around the end of 2027" (but "before
        // the end of March" and "until the end of March" are by then).
        let passedOver = ["of", "the", "year", "to", "than", "fy", "financial", "yn", "y", "yr"]
            + (DeadlineWords.byThen.contains(tokens[index].text) ? [] : ["end", "diwedd"])
        while next < tokens.count, passedOver.contains(tokens[next].text) { next += 1 }
        // The words passed over, when some of them name the period: "after" fy 26/27.
        let passed = tokens[(index + 1)..<next].map(\.text)
        let named = passed.contains { ["fy", "financial", "end", "diwedd"].contains($0) } ? passed : []
        guard let match = found.first(where: { $0.range.lowerBound == next }) else {
            if next < tokens.count, tokens[next].kind == .number || looksLikePeriodIgnoringUse(next) {
                return (named + [tokens[next].text]).joined(separator: " ")
            }
            return nil
        }
        return (named + match.range.map { tokens[$0].text }).joined(separator: " ")
    }

    // MARK: Words that are not dates

    struct Special {
        var reading: DeadlineReading
        var words: String
    }

    /// Ongoing, recurring and to-be-confirmed wordings.
    func specialReading(_ words: [String]) -> Special? {
        let joined = " " + words.joined(separator: " ") + " "
        var readings: [Special] = []
        for phrase in [" to be confirmed ", " to be determined ", " to be agreed ", " to be decided ", " to be set ", " not yet set ", " not yet known "]
        where joined.contains(phrase) {
            readings.append(Special(reading: .toBeConfirmed, words: phrase.trimming(" ")))
        }
        if let word = words.first(where: DeadlineWords.toBeConfirmed.contains) {
            readings.append(Special(reading: .toBeConfirmed, words: word.uppercased()))
        }
        if let word = words.first(where: DeadlineWords.ongoing.contains) {
            readings.append(Special(reading: .ongoing, words: word))
        }
        if joined.contains(" business as usual ") { readings.append(Special(reading: .ongoing, words: "business as usual")) }
        if let place = words.firstIndex(where: { DeadlineWords.recurring[$0] != nil }) {
            let word = words[place]
            // "6 monthly", "bi-monthly", "half-yearly" recur otherwise than "monthly" and "yearly" do.
            let modifier = place > 0 ? words[place - 1] : nil
            let label = modifier.flatMap { $0.allSatisfy(\.isASCIIDigit) || DeadlineWords.recurrenceModifiers.contains($0) ? "\($0)-\(word)" : nil }
            readings.append(Special(reading: .recurring(label ?? DeadlineWords.recurring[word]!), words: label ?? word))
        }
        for (index, word) in words.enumerated() where ["every", "each"].contains(word) && index + 1 < words.count {
            let unit = words[index + 1]
            let label = ["week": "weekly", "month": "monthly", "quarter": "quarterly", "year": "annually"][unit]
            if let label { readings.append(Special(reading: .recurring(label), words: "\(word) \(unit)")) }
        }
        guard let first = readings.first else { return nil }
        // "Ongoing, reviewed quarterly" is ongoing; "TBC" beside anything else is not one reading.
        if readings.contains(where: { $0.reading == .toBeConfirmed }), readings.contains(where: { $0.reading != .toBeConfirmed }) {
            return Special(reading: .toBeConfirmed, words: readings.map(\.words).joined(separator: "\" and \""))
        }
        return readings.first { $0.reading == .ongoing } ?? first
    }
}
