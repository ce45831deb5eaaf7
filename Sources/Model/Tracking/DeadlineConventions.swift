/// How a site writes dates and numbers, which decides how its deadlines' words and its figures
/// are read: the order of a date in numbers, whose year its quarters are, and which mark comes
/// before decimals. Worked out once from `site.yaml` (`SiteConfig.deadlineConventions`) and used
/// by every reader of deadlines and figures.
public struct DeadlineConventions: Sendable, Hashable {
    /// The site's language writes dates in numbers month first (`en-US`): `04/05/2026` is refused.
    public var monthFirst: Bool
    /// The site says its quarters are the calendar year's (`tracking: {quarters: calendar}`):
    /// `Q3 2025` is read, not refused.
    public var calendarQuarters: Bool
    /// The month the site's financial year starts (`tracking: {financial_year_starts: August}`):
    /// 4, April, unless it says.
    public var financialYearStart: Int
    /// Whether the site said when its financial year starts, or is British (April): if not, a
    /// deadline or a period that names a financial year (`2025/26`) is refused.
    public var financialYearKnown: Bool
    /// The site's language is of a southern land (`en-AU`): spring is September to November.
    public var southernSeasons: Bool
    /// The site's language writes decimals after a comma (`de`, `fr`, `en-ZA`): `1,234` is
    /// refused, as one thousand two hundred and thirty-four or one point two three four.
    public var decimalComma: Bool

    public init(
        monthFirst: Bool = false, calendarQuarters: Bool = false, financialYearStart: Int = 4, financialYearKnown: Bool = true,
        southernSeasons: Bool = false, decimalComma: Bool = false
    ) {
        self.monthFirst = monthFirst
        self.calendarQuarters = calendarQuarters
        self.financialYearStart = financialYearStart
        self.financialYearKnown = financialYearKnown
        self.southernSeasons = southernSeasons
        self.decimalComma = decimalComma
    }

    public func read(_ text: String) -> Result<DeadlineReading, DeadlineReader.Problem> {
        DeadlineReader.read(
            text, monthFirst: monthFirst, calendarQuarters: calendarQuarters, financialYearStart: financialYearStart,
            financialYearKnown: financialYearKnown, southernSeasons: southernSeasons)
    }

    /// For keys of readings that depend on them (`ParseCache`).
    var key: [UInt8] {
        [
            monthFirst ? 1 : 0, calendarQuarters ? 1 : 0, UInt8(financialYearStart), financialYearKnown ? 1 : 0, southernSeasons ? 1 : 0,
            decimalComma ? 1 : 0,
        ]
    }

    /// What a reader is told when a financial year is named on a site that has not said whose.
    public static let financialYearHint =
        "say in site.yaml the month your financial year starts, under tracking: (financial_year_starts: July); or write the month the period ends (June 2026)"
}
