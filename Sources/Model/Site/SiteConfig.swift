import Diagnostics

/// `Content/site.yaml`: what the whole site is called, who publishes it, and the rules its
/// computed statuses follow.
public struct SiteConfig: Sendable, Hashable {
    public var title: String
    public var organisation: String?
    /// The page language, a BCP 47 tag such as `en-GB`.
    public var language: String
    /// Every language the site is published in, its own (`language`) first: `[en, cy]`.
    public var languages: [String] = []
    public var description: String?
    /// The date statuses are computed at, unless `--as-of` or `SOURCE_DATE_EPOCH` says otherwise.
    public var asOf: CivilDate?
    /// Where `as_of` is written, for messages about it.
    public var asOfLocation: SourceLocation?
    /// Where `language` is written, for messages about it.
    public var languageLocation: SourceLocation?
    /// Shown in every page footer (a licence statement, for example). Markdown.
    public var footer: MarkdownText?
    public var navigation: [NavigationLink]
    public var tracking: TrackingRules
    /// Series shown as headline figures on the home page.
    public var headlines: [String]
    public var headlinesLocation: SourceLocation?
    public var plainLanguage = PlainLanguageRules()
    /// The organisation's own words for statuses, ratings and agreement.
    public var vocabulary = Vocabulary()
    /// How many entries the long lists hold to a page.
    public var paginate = Paginate()
    public var location: SourceLocation

    /// True when the site's language is written where dates in numbers are written month first,
    /// always or often: the United States (`en-US`), Canada (`en-CA`, `fr-CA`), the Philippines
    /// (`en-PH`). 04/05/2026 may then be 5 April to its authors.
    public var writesNumbersMonthFirst: Bool {
        region.map { ["US", "CA", "PH"].contains($0) } ?? false
    }

    /// The site's language without its region (`en` of `en-AU`), lower case.
    var primaryLanguage: String { language.split(separator: "-").first.map { $0.lowercased() } ?? "" }

    /// The region of the site's language (`AU` of `en-AU`), upper case; nil when it names none.
    /// `UK`, which is not the code but is often written for it, is the United Kingdom's `GB`.
    var region: String? {
        let region = language.split(separator: "-").dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) }.map { $0.uppercased() }
        return region == "UK" ? "GB" : region
    }

    /// A financial year from April is taken as said only on a British site (`en-GB`, or `en`,
    /// `cy` or `gd` with no region): elsewhere years run from July (Australia, New Zealand),
    /// October (the United States' federal year) or January, and the site must say.
    public var assumesAprilYear: Bool {
        guard let region else { return ["en", "cy", "gd"].contains(primaryLanguage) }
        return region == "GB"
    }

    /// Regions of the southern hemisphere's temperate lands, whose seasons fall six months from
    /// the north's: spring there is September to November.
    static let southernRegions: Set<String> = ["AU", "NZ", "ZA", "AR", "CL", "UY", "PY", "LS", "SZ", "NA", "BW", "FK"]

    /// Languages that write decimals after a comma in at least one of their lands (a language
    /// named without a land is taken to: that only refuses numbers that could be read either way).
    static let decimalCommaLanguages: Set<String> = [
        "af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu", "fi", "fo", "fr", "gl", "hr", "hu", "hy", "id",
        "is", "it", "ka", "kk", "ky", "lt", "lv", "mk", "mn", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru", "sk", "sl", "sq", "sr",
        "sv", "tr", "uk", "uz", "vi",
    ]
    /// Lands of those languages that write decimals after a point (Switzerland, Mexico...).
    static let decimalPointRegions: Set<String> = ["CH", "LI", "MX", "US", "PR", "DO", "GT", "HN", "NI", "PA", "SV", "PE"]

    /// The site's language writes decimals after a comma: German, French, South African English.
    public var writesDecimalComma: Bool {
        if region == "ZA" { return true }
        guard Self.decimalCommaLanguages.contains(primaryLanguage) else { return false }
        return !(region.map(Self.decimalPointRegions.contains) ?? false)
    }

    /// How this site's deadlines and figures are read: its language's order of numbers, decimal
    /// mark and seasons, its quarters, and its financial year.
    public var deadlineConventions: DeadlineConventions {
        DeadlineConventions(
            monthFirst: writesNumbersMonthFirst, calendarQuarters: tracking.calendarQuarters,
            financialYearStart: tracking.financialYearStart ?? 4,
            financialYearKnown: tracking.financialYearStart != nil || assumesAprilYear,
            southernSeasons: region.map(Self.southernRegions.contains) ?? false, decimalComma: writesDecimalComma)
    }

    public init(
        title: String, organisation: String? = nil, language: String = "en-GB", description: String? = nil,
        asOf: CivilDate? = nil, footer: MarkdownText? = nil, navigation: [NavigationLink] = [],
        tracking: TrackingRules = TrackingRules(), headlines: [String] = [],
        location: SourceLocation = SourceLocation(file: "site.yaml")
    ) {
        self.headlines = headlines
        self.title = title
        self.organisation = organisation
        self.language = language
        self.description = description
        self.asOf = asOf
        self.footer = footer
        self.navigation = navigation
        self.tracking = tracking
        self.location = location
    }
}

/// One entry of the main navigation: a title and where it goes (a content file such as
/// `pages/about.md`, or a site path such as `/updates/`).
public struct NavigationLink: Sendable, Hashable {
    public var title: String
    public var target: String
    public var location: SourceLocation

    public init(title: String, target: String, location: SourceLocation) {
        self.title = title
        self.target = target
        self.location = location
    }
}

/// The numbers behind computed statuses, set in `site.yaml` under `tracking:`.
public struct TrackingRules: Sendable, Hashable {
    /// An open item not updated for more than this many days is "not updated recently".
    public var staleAfterDays: Int
    /// An open item due within this many days is "due soon".
    public var dueSoonDays: Int
    /// `quarters: calendar`: a quarter or half named with one year (`Q3 2025`) is the calendar
    /// year's. Otherwise it is refused: it could as well be the financial year's.
    public var calendarQuarters: Bool
    /// `financial_year_starts: August`: the month the organisation's financial year starts, so
    /// that `2025/26` and its quarters are read as its own. Nil when the site does not say:
    /// April then, on a British site (`SiteConfig.assumesAprilYear`); elsewhere unknown.
    public var financialYearStart: Int?

    public init(staleAfterDays: Int = 120, dueSoonDays: Int = 30, calendarQuarters: Bool = false, financialYearStart: Int? = nil) {
        self.staleAfterDays = staleAfterDays
        self.dueSoonDays = dueSoonDays
        self.calendarQuarters = calendarQuarters
        self.financialYearStart = financialYearStart
    }
}

/// How a site's quarters run, when it says: `tracking: {quarters: calendar}`.
public enum QuarterConvention: String, CaseIterable, Sendable {
    case calendar
}

/// How many entries a page of each long list holds, set in `site.yaml` under `paginate:`.
public struct Paginate: Sendable, Hashable {
    /// Meeting notes, updates, and a group's latest notes.
    public var lists = 50
    public var actionLog = 100
    /// The A to Z is one page up to this many entries, else a page per letter of this many.
    public var aToZ = 500

    public init() {}
}
