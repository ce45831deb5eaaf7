import Model

/// A year the words beside a figure give it: "In 2024, {{ recalls }} people were recalled". On
/// a page of no day the latest value moves on to 2025 while the words stay as written, and the
/// page would give 2025's figure as 2024's.
enum PeriodWords {
    /// The days of the year, month or day (or financial year) the words nearest the reference
    /// claim for it, quoted as written (with the year that "this year" is), in its clause
    /// and with no other reference between; nil when they claim none. A year after "since",
    /// "from" or "than" is another figure's ("the most since 2015"), and is not read.
    /// "This year" and "last year" are of `year`, the year the words were written in (or the
    /// site's, for a page of no day).
    static func claimed(
        before whole: Substring, after rest: Substring, year: Int, conventions: DeadlineConventions = DeadlineConventions()
    ) -> (words: String, days: ClosedRange<CivilDate>)? {
        let (before, after) = ChangeWords.clause(before: whole, after: rest)
        let nearBefore = before.range(of: "}}", options: .backwards).map { before[$0.upperBound...] } ?? before
        let nearAfter = after.range(of: "{{").map { after[..<$0.lowerBound] } ?? after
        // Before the figure, only a year the figure's own words follow: in "from {{ a }} in 2019
        // to {{ b }}", 2019 is a's.
        let claimBefore = years(in: nearBefore, year: year, conventions: conventions).last.flatMap { claim in
            claim.wordsAfter.count <= 3 && !claim.wordsAfter.contains { ["to", "from", "than", "and", "or"].contains($0) } ? claim : nil
        }
        return (claimBefore ?? years(in: nearAfter, year: year, conventions: conventions).first).map { ($0.words, $0.days) }
    }

    /// The years of the words that say what time a figure is of: "in 2024", "during 2024/25",
    /// "for March 2025", "as at 31 March 2025", or a year opening the clause ("2024 saw ...").
    static func years(
        in text: Substring, year: Int, conventions: DeadlineConventions
    ) -> [(words: String, days: ClosedRange<CivilDate>, wordsAfter: [String])] {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "/" && $0 != "-" && $0 != "\u{2013}" })
        var claims: [(words: String, days: ClosedRange<CivilDate>, wordsAfter: [String])] = []
        for (index, word) in words.enumerated() {
            // "This year", "last year"; in Welsh "eleni", "llynedd" (y llynedd).
            let lowered = word.lowercased()
            let next = index + 1 < words.count ? words[index + 1].lowercased() : ""
            let relative: (Int, Int)? = switch (lowered, next) {
            case ("this", "year"): (0, 2)
            case ("last", "year"): (-1, 2)
            case ("eleni", _): (0, 1)
            case ("llynedd", _): (-1, 1)
            default: nil
            }
            if let (offset, length) = relative {
                let end = index + length - 1
                let phrase = "\"" + words[index...end].joined(separator: " ") + "\" (\(year + offset))"
                claims.append((phrase, Self.days(of: (year + offset)...(year + offset)), words[(end + 1)...].map { $0.lowercased() }))
                continue
            }
            guard let years = yearsWritten(String(word)) else { continue }
            var at = index - 1
            // "in March 2025", "as at 31 March 2025", "for 31st March 2025": that month, or that day.
            var days = Self.days(of: years)
            if at >= 0, years.count == 1, let month = CivilDate.month(named: words[at]),
                let first = CivilDate(year: years.lowerBound, month: month, day: 1)
            {
                days = first...CivilDate.endOfMonth(year: years.lowerBound, month: month)
                at -= 1
                if at >= 0, words[at].count <= 4, let day = Int(words[at].prefix { $0.isNumber }),
                    let date = CivilDate(year: years.lowerBound, month: month, day: day)
                {
                    days = date...date
                    at -= 1
                }
            }
            // "In Q1 2025/26", "in summer 2025", "in H2 2025": the quarter, half or season, read as a deadline is.
            if at >= 0, at == index - 1, quartersAndSeasons.contains(words[at].lowercased()),
                case .success(.due(let end, let rule)) = conventions.read(words[at...index].joined(separator: " "))
            {
                days = rule.firstDay(endingOn: end)...end
                at -= 1
            }
            guard at < 0 || claimWords.contains(words[at].lowercased()) else { continue }
            claims.append(("\"" + words[max(at, 0)...index].joined(separator: " ") + "\"", days, words[(index + 1)...].map { $0.lowercased() }))
        }
        return claims
    }

    /// Every day of the years.
    static func days(of years: ClosedRange<Int>) -> ClosedRange<CivilDate> {
        CivilDate(year: years.lowerBound, month: 1, day: 1)!...CivilDate(year: years.upperBound, month: 12, day: 31)!
    }

    /// "2024" is 2024; "2024/25" and "2024-25" run into 2025.
    static func yearsWritten(_ word: String) -> ClosedRange<Int>? {
        let parts = word.split(whereSeparator: { "/-\u{2013}".contains($0) })
        guard let first = parts.first, first.count == 4, let year = Int(first), (1900...2100).contains(year) else { return nil }
        guard parts.count == 2 else { return parts.count == 1 ? year...year : nil }
        guard parts[1].count == 2, let second = Int(parts[1]), second == (year + 1) % 100 else { return nil }
        return year...(year + 1)
    }

    static let quartersAndSeasons: Set<String> = [
        "q1", "q2", "q3", "q4", "h1", "h2", "spring", "summer", "autumn", "winter", "gwanwyn", "haf", "gaeaf",
    ]

    static let claimWords: Set<String> = ["in", "during", "for", "of", "at", "throughout", "over", "yn", "ym", "ar"]
}
