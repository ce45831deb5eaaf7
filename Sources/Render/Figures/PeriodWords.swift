import Model

/// The time the words beside a figure give it: "In 2024, {{ recalls }} people were recalled". On
/// a page of no day the latest value moves on to 2025 while the words stay as written, and the
/// page would give 2025's figure as 2024's.
enum PeriodWords {
    /// The days of the time the figure's own words give it, read as the site reads deadlines (a
    /// year, a month, a day, a quarter, a season, a financial year), with the words as written;
    /// nil when they give none. "This year" and "last year" are of `year`, the year the words
    /// were written in (or the site's, for a page of no day). A year after "since", "from" or
    /// "than" is another figure's ("the most since 2015"), and is not read.
    static func claimed(
        before whole: Substring, after rest: Substring, year: Int, conventions: DeadlineConventions
    ) -> (words: String, days: ClosedRange<CivilDate>)? {
        let (nearBefore, nearAfter) = ChangeWords.ownWords(before: whole, after: rest)
        // Before the figure, only a time the figure's own words follow: in "from {{ a }} in 2019
        // to {{ b }}", 2019 is a's.
        let claimBefore = times(in: nearBefore, year: year, conventions: conventions).last.flatMap { claim in
            claim.wordsAfter.count <= 3 && !claim.wordsAfter.contains(where: DateWords.towardAnother.contains) ? claim : nil
        }
        // After the figure, not a time it is compared with: "{{ x }}, lower than in 2024", "below the 2024 level".
        let claimAfter = times(in: nearAfter, year: year, conventions: conventions).first
            .flatMap { $0.wordsBefore.contains(where: DateWords.comparing.contains) ? nil : $0 }
        return (claimBefore ?? claimAfter).map { ($0.words, $0.days) }
    }

    /// Whether a figure of `period` may be said to be of the time the words give: one holds the
    /// other ("In 2025, {{ x }}" of March 2025; "As at 31 March 2025, {{ x }}" of 2024/25). Two
    /// times that only overlap are not one: 2025's figure is not 2024/25's.
    static func fits(_ claimed: ClosedRange<CivilDate>, _ period: ClosedRange<CivilDate>) -> Bool {
        (claimed.lowerBound <= period.lowerBound && period.upperBound <= claimed.upperBound)
            || (period.lowerBound <= claimed.lowerBound && claimed.upperBound <= period.upperBound)
    }

    /// The times of the words that say what time a figure is of: "in 2024", "during 2024/25",
    /// "for March 2025", "as at 31 March 2025", "in Q1 2025/26", "this year", one in brackets
    /// ("(2024)", not "(2024: 100)", another figure), one before a figure's noun ("the 2024
    /// total"), or one opening the words ("2024 saw ...").
    static func times(
        in text: Substring, year: Int, conventions: DeadlineConventions
    ) -> [(words: String, days: ClosedRange<CivilDate>, wordsAfter: [String], wordsBefore: [String])] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "/" && $0 != "-" && $0 != "\u{2013}" })
        var claims: [(words: String, days: ClosedRange<CivilDate>, wordsAfter: [String], wordsBefore: [String])] = []
        func before(_ start: Int) -> [String] { words[max(0, start - 3)..<start].map { $0.lowercased() } }
        for (index, word) in words.enumerated() {
            // "This year", "last year"; in Welsh "eleni", "llynedd" (y llynedd).
            let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
            let relative: (offset: Int, length: Int)? = switch (word.lowercased(), next) {
            case ("this", "year"): (0, 2)
            case ("last", "year"): (-1, 2)
            case ("eleni", _): (0, 1)
            case ("llynedd", _): (-1, 1)
            default: nil
            }
            if let relative {
                let end = index + relative.length - 1
                let days = CivilDate(year: year + relative.offset, month: 1, day: 1)!...CivilDate(year: year + relative.offset, month: 12, day: 31)!
                claims.append((
                    "\"" + words[index...end].joined(separator: " ") + "\" (\(year + relative.offset))", days, words[(end + 1)...].map { $0.lowercased() },
                    before(index)))
                continue
            }
            // A year ends the time: the words before it that the site's reading of deadlines
            // takes with it ("31 March 2025", "Q1 2025/26"), the most of them first.
            guard let first = word.split(whereSeparator: { "/-\u{2013}".contains($0) }).first, first.count == 4, Int(first) != nil else { continue }
            let starts = (max(0, index - 2)...index).filter { DateWords.startsADate(words[$0]) }
            guard let start = starts.first(where: { DeadlineReading.days(of: words[$0...index].joined(separator: " "), conventions) != nil }),
                let days = DeadlineReading.days(of: words[start...index].joined(separator: " "), conventions)
            else { continue }
            let time = words[start...index].joined(separator: " ")
            let quoted: String
            if text[..<words[start].startIndex].last == "(" {
                // "(2024)" alone in its brackets; "(2024: 100)" gives another figure, of 2024.
                guard text[words[index].endIndex...].first == ")" else { continue }
                quoted = "(\(time))"
            } else if DateWords.figureNouns.contains(next) {
                quoted = "\(time) \(words[index + 1])"
            } else if start == 0 || DateWords.claims(words, at: start) {
                quoted = words[max(start - 1, 0)...index].joined(separator: " ")
            } else {
                continue
            }
            claims.append(("\"" + quoted + "\"", days, words[(index + 1)...].map { $0.lowercased() }, before(start)))
        }
        return claims
    }
}

/// Words of dates in prose beside a figure.
enum DateWords {
    /// A word a date can start with: a number, a month, a quarter, a half, a season.
    static func startsADate(_ word: some StringProtocol) -> Bool {
        word.first?.isNumber == true || CivilDate.month(named: word) != nil || partsAndSeasons.contains(word.lowercased())
    }

    static let partsAndSeasons: Set<String> = [
        "q1", "q2", "q3", "q4", "h1", "h2", "fy", "spring", "summer", "autumn", "winter", "gwanwyn", "haf", "gaeaf",
    ]

    /// Words after a time that lead on to another figure: in "{{ a }} in 2025 against {{ b }}",
    /// 2025 is a's.
    static let towardAnother: Set<String> = ["to", "from", "than", "and", "or", "against", "compared", "vs", "versus", "with"]

    /// Words before a time that compare the figure with it: "lower than in 2024", "above the 2019 level".
    static let comparing: Set<String> = [
        "than", "below", "above", "against", "compared", "versus", "vs", "under", "beyond", "down", "up", "lower", "higher", "fewer", "more", "less",
    ]

    /// Words before a time that say a figure is of it: "in 2024", "as at 31 March 2025", "by
    /// 2024", "the year ending December 2024".
    static let claimWords: Set<String> = [
        "in", "during", "for", "of", "at", "throughout", "over", "by", "ending", "ended", "yn", "ym", "ar",
    ]

    /// Words after a year that make it the figure's: "the 2024 figure", "our 2024 total".
    static let figureNouns: Set<String> = [
        "figure", "figures", "total", "totals", "count", "number", "rate", "level", "value", "result", "results", "outturn",
        "estimate", "data", "statistics", "return", "ffigur", "cyfanswm",
    ]

    /// Whether the words before the time at `start` say the figure is of it: a word of
    /// `claimWords`, or "the year to" or "up to" ("the twelve months to March 2025").
    static func claims(_ words: [Substring], at start: Int) -> Bool {
        let previous = words[start - 1].lowercased()
        if claimWords.contains(previous) { return true }
        return previous == "to" && start >= 2 && spansTo.contains(words[start - 2].lowercased())
    }

    static let spansTo: Set<String> = ["year", "years", "months", "month", "period", "quarter", "weeks", "week", "up"]
}

extension DeadlineReading {
    /// Every day of the time `text` names, read as the site reads a deadline: "March 2025" is
    /// its 31 days, "2024/25" April 2024 to March 2025; nil when it names no one time.
    static func days(of text: String, _ conventions: DeadlineConventions) -> ClosedRange<CivilDate>? {
        guard case .success(.due(let end, let rule)) = conventions.read(text) else { return nil }
        return rule.firstDay(endingOn: end)...end
    }
}
