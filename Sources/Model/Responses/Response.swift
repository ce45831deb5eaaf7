import Diagnostics

/// A published response to an inspection: `responses/<response>/response.md` and one file per
/// recommendation beside it.
public struct Response: Sendable, Hashable {
    /// The folder's name: used in addresses and in recommendation ids.
    public var id: String
    public var title: String
    /// The report the response answers.
    public var report: SourceReference
    /// Who published the report ("the Care Quality Commission").
    public var publisher: String?
    /// When the response was submitted or published.
    public var submitted: CivilDate
    /// Who responds ("The fire service and the fire authority").
    public var respondent: String?
    public var summary: String?
    /// Counts of agreement the source itself printed, to check against the computed ones.
    public var statedAgreement: [Agreement: Int]?
    /// The number of recommendations the source printed, if it printed one.
    public var statedTotal: Int?
    public var body: MarkdownText
    public var recommendations: [Recommendation]
    public var sourcePath: String
    public var location: SourceLocation

    public init(
        id: String, title: String, report: SourceReference, publisher: String? = nil, submitted: CivilDate,
        respondent: String? = nil, summary: String? = nil, statedAgreement: [Agreement: Int]? = nil, statedTotal: Int? = nil, body: MarkdownText,
        recommendations: [Recommendation] = [], sourcePath: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.report = report
        self.publisher = publisher
        self.submitted = submitted
        self.respondent = respondent
        self.summary = summary
        self.statedAgreement = statedAgreement
        self.statedTotal = statedTotal
        self.body = body
        self.recommendations = recommendations
        self.sourcePath = sourcePath
        self.location = location
    }
}

/// Whether the organisation agreed to a recommendation. Separate from whether it was done.
public enum Agreement: String, Sendable, Hashable, CaseIterable {
    case agreed
    case partlyAgreed = "partly-agreed"
    case notAgreed = "not-agreed"

    /// In messages to the author: "partly agreed". The site's words are in its strings file.
    public var words: String { rawValue.split(separator: "-").joined(separator: " ") }
}

/// One recommendation of an inspection, the response to it, and its steps.
public struct Recommendation: Sendable, Hashable {
    /// Its steps (owner and target date each), dated updates and status: a tracked item.
    /// The item's title is the recommendation's text.
    public var item: TrackedItem
    public var responseID: String
    /// As the report numbers it: `11`, `R1`, `1a`, `3.2`.
    public var number: String
    /// To whom it is addressed ("The Chief Executive", "The audit committee").
    public var addressedTo: String?
    public var agreement: Agreement
    /// Why it is only partly agreed, or not agreed.
    public var reason: String?
    public var summary: String?
    /// Why part of the source is missing, when it is.
    public var unavailable: String?
    /// The day the report sets for it, where its words count the day from another (`due:`).
    public var due: CivilDate?
    /// The response: the action taken or planned.
    public var body: MarkdownText
    public var sourcePath: String
    public var numberLocation: SourceLocation

    public init(
        item: TrackedItem, responseID: String, number: String, addressedTo: String? = nil, agreement: Agreement,
        reason: String? = nil, summary: String? = nil, unavailable: String? = nil, due: CivilDate? = nil, body: MarkdownText, sourcePath: String,
        numberLocation: SourceLocation
    ) {
        self.item = item
        self.responseID = responseID
        self.number = number
        self.addressedTo = addressedTo
        self.agreement = agreement
        self.reason = reason
        self.summary = summary
        self.unavailable = unavailable
        self.due = due
        self.body = body
        self.sourcePath = sourcePath
        self.numberLocation = numberLocation
    }

    public var id: String { item.id }
    public var text: String { item.title }
    /// Not agreed, with no steps set: nothing is to be done, so it is not tracked as open.
    public var isNotAgreedWithNoSteps: Bool { agreement == .notAgreed && item.milestones.isEmpty }

    /// Orders `R2` before `R10` and `1a` before `1b`.
    public var sortKey: NaturalSortKey { NaturalSortKey(number) }
}
