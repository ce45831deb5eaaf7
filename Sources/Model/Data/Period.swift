/// How the values of a series are counted: at a date, or over a month, quarter or year.
public enum PeriodKind: String, Sendable, Hashable, CaseIterable {
    /// A snapshot on a day: `2025-03-31`.
    case date
    /// A calendar month: `2024-06`.
    case month
    /// A calendar quarter: `2024-Q2`.
    case quarter
    /// A calendar year: `2024`.
    case calendarYear = "calendar-year"
    /// A financial year, April to March unless the site says another start: `2024/25`.
    case financialYear = "financial-year"

    public var label: String {
        switch self {
        case .date: return "a date"
        case .month: return "a month"
        case .quarter: return "a quarter"
        case .calendarYear: return "a calendar year"
        case .financialYear: return "a financial year"
        }
    }

    /// How a period of this kind is written in a CSV file.
    public var example: String {
        switch self {
        case .date: return "2025-03-31"
        case .month: return "2024-06"
        case .quarter: return "2024-Q2"
        case .calendarYear: return "2024"
        case .financialYear: return "2024/25"
        }
    }
}

/// The time a value covers: a day, or a month, quarter or year from its first to its last day.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let kind: PeriodKind
    public let start: CivilDate
    public let end: CivilDate

    public init(kind: PeriodKind, start: CivilDate, end: CivilDate) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// Reads a period of `kind` as written in a data file; a financial year starts in the month
    /// `financialYearStart` (April unless the site says).
    public static func parse(_ text: String, as kind: PeriodKind, financialYearStart: Int = 4) -> Period? {
        let text = text.trimming(" \t")
        switch kind {
        case .date:
            return CivilDate(iso: text).map { Period(kind: .date, start: $0, end: $0) }
        case .month:
            let parts = text.split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
                let first = CivilDate(year: year, month: month, day: 1)
            else { return nil }
            return Period(kind: .month, start: first, end: CivilDate.endOfMonth(year: year, month: month))
        case .quarter:
            let parts = text.uppercased().split(separator: "-")
            guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].hasPrefix("Q"),
                let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
            else { return nil }
            return Period(
                kind: .quarter, start: CivilDate(year: year, month: quarter * 3 - 2, day: 1)!,
                end: CivilDate.endOfMonth(year: year, month: quarter * 3))
        case .calendarYear:
            guard text.count == 4, let year = Int(text), year > 1000 else { return nil }
            return Period(kind: .calendarYear, start: CivilDate(year: year, month: 1, day: 1)!, end: CivilDate(year: year, month: 12, day: 31)!)
        case .financialYear:
            guard let start = DeadlineWords.financialYear(text, allowShort: false) else { return nil }
            return Period(
                kind: .financialYear, start: CivilDate(year: start, month: financialYearStart, day: 1)!,
                end: CivilDate.endOfMonth(year: start + 1, month: financialYearStart - 1))
        }
    }

    /// The period of `kind` that words read as a deadline name ("Q1 2025/26" is April to June
    /// 2025, the calendar's 2025-Q2; "March 2025" is 2025-03), for a hint that gives the form.
    static func asWritten(_ words: String, as kind: PeriodKind, deadlines: DeadlineConventions) -> Period? {
        guard case .success(.due(let end, let rule)) = deadlines.read(words) else { return nil }
        let first = rule.firstDay(endingOn: end)
        let months = (end.year - first.year) * 12 + end.month - first.month + 1
        let fits = switch kind {
        case .date: first == end
        case .month: first.day == 1 && months == 1 && first != end
        case .quarter: first.day == 1 && months == 3 && end.month % 3 == 0
        case .calendarYear: first.day == 1 && months == 12 && first.month == 1
        case .financialYear: first.day == 1 && months == 12 && first.month == deadlines.financialYearStart
        }
        return fits ? Period(kind: kind, start: first, end: end) : nil
    }

    /// The period as written in a data file: `2025-03-31`, `2024-Q2`, `2024/25`.
    public var key: String {
        switch kind {
        case .date: return end.iso
        case .month: return String(end.iso.prefix(7))
        case .quarter: return "\(end.year)-Q\(end.month / 3)"
        case .calendarYear: return String(end.year)
        case .financialYear: return "\(start.year)/\(String(end.year).suffix(2))"
        }
    }

    /// For tables: `31 March 2025`, `June 2024`, `April to June 2024`, `2024`, `2024/25`.
    public var label: String {
        switch kind {
        case .date: return end.long
        case .month: return end.monthAndYear
        case .quarter:
            return "\(CivilDate.monthNames[start.month - 1]) to \(CivilDate.monthNames[end.month - 1]) \(end.year)"
        case .calendarYear, .financialYear: return key
        }
    }

    /// The period that follows this one, for finding gaps in a regular series; nil for dates.
    public var next: Period? {
        switch kind {
        case .date: return nil
        case .month, .quarter, .calendarYear, .financialYear:
            let start = end.adding(days: 1)
            return Period.parse(Period(kind: kind, start: start, end: start).keyOfPeriodStarting, as: kind, financialYearStart: start.month)
        }
    }

    /// The key of the period of this kind that starts on `start`.
    private var keyOfPeriodStarting: String {
        switch kind {
        case .date: return start.iso
        case .month: return String(start.iso.prefix(7))
        case .quarter: return "\(start.year)-Q\((start.month + 2) / 3)"
        case .calendarYear: return String(start.year)
        case .financialYear: return "\(start.year)/\(String(start.year + 1).suffix(2))"
        }
    }

    public var description: String { key }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.end, lhs.start) < (rhs.end, rhs.start)
    }
}
