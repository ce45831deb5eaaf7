import Diagnostics

/// What a deadline's published words were read as.
public enum DeadlineReading: Sendable, Hashable {
    /// Due by this day. `rule` says how the words were read (the end of a month, a quarter...).
    case due(CivilDate, rule: DeadlineRule)
    /// Continuous work with no due date ("Ongoing"): the not-updated-recently rule applies instead.
    case ongoing
    /// Work done again and again ("Quarterly"): no due date; the not-updated-recently rule applies.
    case recurring(String)
    /// No deadline set yet ("TBC"): no due date; shown and counted, and flagged when not updated.
    case toBeConfirmed
    /// Already done when published ("Complete", "Complete – ongoing").
    case complete(ongoing: Bool)

    public var dueDate: CivilDate? {
        if case .due(let date, _) = self { return date }
        return nil
    }

    /// Why `due:` cannot stand beside words read this way, if it cannot: a day later than the
    /// words allow, another day than the one they give (either would move the deadline in
    /// silence, where a revision shows that it moved), or words that say there is no day.
    /// `due:` is for words that cannot be read, or a day inside the period they name.
    public func conflict(withDue due: CivilDate, words text: String) -> String? {
        switch self {
        case .due(let read, let rule) where due > read || (due != read && (rule == .dateGiven || rule == .dateGivenDayFirst)):
            "the deadline \"\(text)\" is read as \(read.long), but due: says \(due.long)"
        case .due: nil
        default: "the deadline \"\(text)\" says \(saysNoDay), but due: gives \(due.long)"
        }
    }

    /// For a message: what words that name no day say instead.
    var saysNoDay: String {
        switch self {
        case .due: "a day"
        case .ongoing: "the work is ongoing, with no day it is due"
        case .recurring(let every): "the work recurs (\(every)), with no one day it is due"
        case .toBeConfirmed: "no day is set yet"
        case .complete: "the work was complete when published"
        }
    }
}

/// How a deadline's words were read as its day, for the site to say in its own words ("the end of
/// September 2023"). Months are numbers (1 is January); words are as written, in lower case.
public enum DeadlineRule: Sendable, Hashable {
    /// A day written out (`14 November 2024`, `2025-03-31`), or given with `due:`.
    case dateGiven
    /// A day written with numbers, read day first (`31/03/2026`).
    case dateGivenDayFirst
    /// The last day of the month named.
    case endOfMonth
    /// The last day of the year named.
    case endOfYear
    /// The last day of a season (meteorological: summer is June to August, or December to
    /// February on a site of the southern hemisphere), in the year as written.
    case endOfSeason(name: String, year: String, from: Int, to: Int)
    /// The last day of a quarter or half of a calendar year (`Q3 2024`, `H1 2025`).
    case endOfPart(label: String, year: Int, from: Int, to: Int)
    /// The last day of a quarter or half of a financial year (`Q3 2025/26`), which falls in `year`.
    case endOfFinancialPart(label: String, financialYear: String, from: Int, to: Int, year: Int)
    /// The last day of a financial year, 31 March (`2024/25`).
    case endOfFinancialYear(String)

    /// The first day of the time the rule read to its last day, `end`: April 2024 is from
    /// 1 April 2024, 2024/25 from 1 April 2024, a day given is that day.
    public func firstDay(endingOn end: CivilDate) -> CivilDate {
        func start(ofMonth month: Int) -> CivilDate {
            CivilDate(year: month <= end.month ? end.year : end.year - 1, month: month, day: 1)!
        }
        switch self {
        case .dateGiven, .dateGivenDayFirst: return end
        case .endOfMonth: return start(ofMonth: end.month)
        case .endOfYear: return start(ofMonth: 1)
        case .endOfSeason(_, _, let from, _), .endOfPart(_, _, let from, _), .endOfFinancialPart(_, _, let from, _, _):
            return start(ofMonth: from)
        // Twelve months back from its last: the month after it, a year before.
        case .endOfFinancialYear: return start(ofMonth: end.month % 12 + 1)
        }
    }

    /// True when the rule read a year alone, calendar or financial (`2026`, `2025/26`).
    var namesYearAlone: Bool {
        switch self {
        case .endOfYear, .endOfFinancialYear: true
        default: false
        }
    }

    /// The financial year the rule names, as written, if it names one.
    var financialYear: String? {
        switch self {
        case .endOfFinancialYear(let year), .endOfFinancialPart(_, let year, _, _, _): year
        default: nil
        }
    }
}

/// A deadline as published, kept word for word, with the date it was read as and any
/// published revisions (re-baselining is public: the original is never overwritten).
public struct Deadline: Sendable, Hashable {
    /// The words as published: "End Sept 2023", "Funding identified by June 23".
    public var text: String
    public var reading: DeadlineReading
    public var revisions: [DeadlineRevision]
    public var location: SourceLocation

    public init(text: String, reading: DeadlineReading, revisions: [DeadlineRevision] = [], location: SourceLocation) {
        self.text = text
        self.reading = reading
        self.revisions = revisions
        self.location = location
    }

    /// The reading in force on `date`: the latest revision made by then, else the original.
    public func reading(asOf date: CivilDate) -> DeadlineReading {
        revisions.filter { $0.date <= date }.max { $0.date < $1.date }?.reading ?? reading
    }

    /// The revision in force on `date`, if any.
    public func revision(asOf date: CivilDate) -> DeadlineRevision? {
        revisions.filter { $0.date <= date }.max { $0.date < $1.date }
    }
}

/// A published change of deadline: when it was made, the new words, and why.
public struct DeadlineRevision: Sendable, Hashable {
    public var date: CivilDate
    public var text: String
    public var reading: DeadlineReading
    public var reason: String
    public var location: SourceLocation

    public init(date: CivilDate, text: String, reading: DeadlineReading, reason: String, location: SourceLocation) {
        self.date = date
        self.text = text
        self.reading = reading
        self.reason = reason
        self.location = location
    }
}
