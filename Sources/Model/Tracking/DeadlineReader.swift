/// Reads the words of a published deadline into a due date: the *end* of the period named.
///
/// | written | read as |
/// |---|---|
/// | `14 November 2024`, `2024-11-14` | that day |
/// | `September 2023`, `Sept 2023`, `End Sept 2023`, `by June 2023`, `June 23` | the last day of the month |
/// | `Q3 2024` | the end of the calendar quarter (30 September 2024) |
/// | `Q3 2024/25` | the end of the financial-year quarter (31 December 2024) |
/// | `2024/25` | the end of the financial year (31 March 2025) |
/// | `Spring 2025`, `Summer 2025`, `Autumn 2025`, `Winter 2025` | 31 May, 31 August, 30 November, end of February 2026 |
/// | `2025`, `End 2025` | 31 December |
/// | `Ongoing` | no due date |
/// | `Complete`, `Complete – ongoing` | already done when published |
///
/// The date may sit inside other words ("Funding identified by June 23"). Words that name no
/// date, or two different dates, cannot be read.
public enum DeadlineReader {
    public struct Problem: Error, Equatable, Sendable {
        public var message: String
        public var hint: String
    }

    public static let formsHint =
        "write a month and year (September 2023), a quarter (Q3 2024), a financial year (2024/25), a season (Summer 2025), a date (14 November 2024), Ongoing or Complete; or add due: YYYY-MM-DD to say which day it means"

    public static func read(_ text: String) -> Result<DeadlineReading, Problem> {
        let tokens = tokenize(text)
        if tokens.first == "complete" || tokens.first == "completed" {
            return .success(.complete(ongoing: tokens.contains("ongoing")))
        }
        let found = findDates(in: tokens)
        let distinct = found.reduce(into: [(CivilDate, String)]()) { list, match in
            if !list.contains(where: { $0.0 == match.0 }) { list.append(match) }
        }
        if distinct.count > 1 {
            let names = distinct.map(\.0.long).joined(separator: " and ")
            return .failure(
                Problem(
                    message: "the deadline \"\(text)\" names more than one date (\(names))",
                    hint: "give each date its own milestone, or add due: YYYY-MM-DD to say which one counts"))
        }
        if let (date, rule) = distinct.first {
            return .success(.due(date, rule: rule))
        }
        if tokens.contains("ongoing") || tokens.contains("continuous") {
            return .success(.ongoing)
        }
        return .failure(Problem(message: "the deadline \"\(text)\" cannot be read as a date", hint: formsHint))
    }

    // MARK: Words

    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Lower-case words; dashes between words become spaces, but `2024/25`, `2024-25` and
    /// `2025-03-31` stay whole.
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || ((character == "/" || character == "-") && current.first?.isNumber == true) {
                current.append(character)
            } else {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.map { $0.hasSuffix("-") || $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    static func fourDigitYear(_ token: String) -> Int? {
        guard token.count == 4, let year = Int(token), (1900...2199).contains(year) else { return nil }
        return year
    }

    /// A year after a month name: four digits, or two ("June 23" is June 2023).
    static func yearAfterMonth(_ token: String) -> (year: Int, shortened: Bool)? {
        if let year = fourDigitYear(token) { return (year, false) }
        if token.count == 2, let short = Int(token) { return (2000 + short, true) }
        return nil
    }

    /// `2024/25`, `2024-25` or `2024/2025`: the year the financial year starts in.
    static func financialYear(_ token: String) -> Int? {
        let parts = token.split(whereSeparator: { $0 == "/" || $0 == "-" })
        guard parts.count == 2, let start = fourDigitYear(String(parts[0])), let end = Int(parts[1]) else { return nil }
        let endYear = parts[1].count == 2 ? (start / 100) * 100 + end : end
        return endYear == start + 1 ? start : nil
    }

    static func dayNumber(_ token: String) -> Int? {
        let digits = token.prefix(while: \.isNumber)
        let suffix = token.dropFirst(digits.count)
        guard (1...2).contains(digits.count), ["", "st", "nd", "rd", "th"].contains(String(suffix)) else { return nil }
        return Int(digits)
    }

    // MARK: Dates

    /// Every date expression in the words, with how it was read.
    static func findDates(in tokens: [String]) -> [(CivilDate, String)] {
        var results: [(CivilDate, String)] = []
        var used = Set<Int>()
        func token(_ index: Int) -> String? { index < tokens.count && !used.contains(index) ? tokens[index] : nil }

        // A day: 2025-03-31, or 14 November 2024.
        for index in tokens.indices {
            if let date = CivilDate(iso: tokens[index]) {
                results.append((date, "the date given, \(date.long)"))
                used.insert(index)
            } else if let day = dayNumber(tokens[index]), let month = token(index + 1).flatMap({ months[$0] }),
                let (year, _) = token(index + 2).flatMap(yearAfterMonth), let date = CivilDate(year: year, month: month, day: day)
            {
                results.append((date, "the date given, \(date.long)"))
                used.formUnion([index, index + 1, index + 2])
            }
        }
        // A quarter: Q3 2024 (calendar) or Q3 2024/25 (financial year).
        for index in tokens.indices where token(index)?.count == 2 && tokens[index].hasPrefix("q") {
            guard let quarter = Int(tokens[index].dropFirst()), (1...4).contains(quarter), let next = token(index + 1) else { continue }
            if let year = fourDigitYear(next) {
                let date = CivilDate.endOfMonth(year: year, month: quarter * 3)
                let span = ["January to March", "April to June", "July to September", "October to December"][quarter - 1]
                results.append((date, "the end of Q\(quarter) \(year) (\(span))"))
                used.formUnion([index, index + 1])
            } else if let start = financialYear(next) {
                let month = [6, 9, 12, 3][quarter - 1]
                let year = quarter == 4 ? start + 1 : start
                let date = CivilDate.endOfMonth(year: year, month: month)
                let span = ["April to June", "July to September", "October to December", "January to March"][quarter - 1]
                results.append((date, "the end of Q\(quarter) of the financial year \(next) (\(span) \(year))"))
                used.formUnion([index, index + 1])
            }
        }
        // A month: September 2023, Sept 2023, June 23.
        for index in tokens.indices {
            guard let month = token(index).flatMap({ months[$0] }), let (year, shortened) = token(index + 1).flatMap(yearAfterMonth)
            else { continue }
            let date = CivilDate.endOfMonth(year: year, month: month)
            let note = shortened ? " (\"\(tokens[index + 1])\" read as \(year))" : ""
            results.append((date, "the end of \(date.monthAndYear)\(note)"))
            used.formUnion([index, index + 1])
        }
        // A season: Summer 2025 (June to August).
        let seasons: [String: (month: Int, yearOffset: Int, span: String)] = [
            "spring": (5, 0, "March to May"), "summer": (8, 0, "June to August"), "autumn": (11, 0, "September to November"),
            "fall": (11, 0, "September to November"), "winter": (2, 1, "December to February"),
        ]
        for index in tokens.indices {
            guard let season = token(index).flatMap({ seasons[$0] }), let next = token(index + 1) else { continue }
            guard let year = fourDigitYear(next) ?? financialYear(next) else { continue }
            let date = CivilDate.endOfMonth(year: year + season.yearOffset, month: season.month)
            results.append((date, "the end of \(tokens[index]) \(next) (\(season.span))"))
            used.formUnion([index, index + 1])
        }
        // A financial year: 2024/25 ends on 31 March 2025.
        for index in tokens.indices {
            guard let text = token(index), let start = financialYear(text) else { continue }
            let date = CivilDate(year: start + 1, month: 3, day: 31)!
            results.append((date, "the end of the financial year \(text) (1 April to 31 March)"))
            used.insert(index)
        }
        // A year on its own: 2025 ends on 31 December.
        if results.isEmpty {
            for index in tokens.indices {
                guard let year = token(index).flatMap(fourDigitYear) else { continue }
                let date = CivilDate(year: year, month: 12, day: 31)!
                results.append((date, "the end of \(year)"))
                used.insert(index)
            }
        }
        return results
    }
}
