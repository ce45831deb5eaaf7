/// How a site writes dates, which decides how its deadlines' words are read: the order of a date
/// in numbers, and whose year its quarters are. Worked out once from `site.yaml`
/// (`SiteConfig.deadlineConventions`) and used by every reader of deadlines.
public struct DeadlineConventions: Sendable, Hashable {
    /// The site's language writes dates in numbers month first (`en-US`): `04/05/2026` is refused.
    public var monthFirst: Bool
    /// The site says its quarters are the calendar year's (`tracking: {quarters: calendar}`):
    /// `Q3 2025` is read, not refused.
    public var calendarQuarters: Bool
    /// The month the site's financial year starts (`tracking: {financial_year_starts: August}`):
    /// 4, April, unless it says.
    public var financialYearStart: Int

    public init(monthFirst: Bool = false, calendarQuarters: Bool = false, financialYearStart: Int = 4) {
        self.monthFirst = monthFirst
        self.calendarQuarters = calendarQuarters
        self.financialYearStart = financialYearStart
    }

    public func read(_ text: String) -> Result<DeadlineReading, DeadlineReader.Problem> {
        DeadlineReader.read(text, monthFirst: monthFirst, calendarQuarters: calendarQuarters, financialYearStart: financialYearStart)
    }

    /// For keys of readings that depend on them (`ParseCache`).
    var key: [UInt8] { [monthFirst ? 1 : 0, calendarQuarters ? 1 : 0, UInt8(financialYearStart)] }
}
