import Diagnostics

/// An action plan: `plans/<folder>/plan.md` and one file per action beside it.
public struct Plan: Sendable, Hashable {
    /// Stable: used by `supersedes` and in addresses. The folder's name unless `id:` says otherwise.
    public var id: String
    public var title: String
    public var published: CivilDate
    /// The period it covers, as written ("2025/26").
    public var period: String?
    public var summary: String?
    /// The earlier plan this one replaces.
    public var supersedes: String?
    /// What the plan calls its themes: "Workstream", "Theme".
    /// What the plan calls its themes ("Workstream"), if it says.
    public var themeLabel: String?
    public var themes: [PlanTheme]
    public var principles: [Principle]
    /// "We know we are successful when ..." for the plan as a whole.
    public var successMeasures: [String]
    /// The published document the plan comes from.
    public var source: SourceReference?
    /// The plan's overview.
    public var body: MarkdownText
    public var actions: [PlanAction]
    public var sourcePath: String
    public var location: SourceLocation

    public init(
        id: String, title: String, published: CivilDate, period: String? = nil, summary: String? = nil,
        supersedes: String? = nil, themeLabel: String? = nil, themes: [PlanTheme] = [], principles: [Principle] = [],
        successMeasures: [String] = [], source: SourceReference? = nil, body: MarkdownText, actions: [PlanAction] = [],
        sourcePath: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.published = published
        self.period = period
        self.summary = summary
        self.supersedes = supersedes
        self.themeLabel = themeLabel
        self.themes = themes
        self.principles = principles
        self.successMeasures = successMeasures
        self.source = source
        self.body = body
        self.actions = actions
        self.sourcePath = sourcePath
        self.location = location
    }

    public func theme(_ id: String) -> PlanTheme? {
        themes.first { $0.id == id }
    }
}

/// A theme or workstream of a plan, with the people who lead it.
public struct PlanTheme: Sendable, Hashable {
    public var id: String
    public var title: String
    public var leads: [String]
    public var overview: MarkdownText?

    public init(id: String, title: String, leads: [String] = [], overview: MarkdownText? = nil) {
        self.id = id
        self.title = title
        self.leads = leads
        self.overview = overview
    }
}

/// A principle the plan rests on, with how success will be known.
public struct Principle: Sendable, Hashable {
    public var id: String
    public var title: String
    public var successMeasures: [String]

    public init(id: String, title: String, successMeasures: [String] = []) {
        self.id = id
        self.title = title
        self.successMeasures = successMeasures
    }
}

/// A published document something comes from.
public struct SourceReference: Sendable, Hashable {
    public var title: String
    public var url: String?
    public var published: CivilDate?

    public init(title: String, url: String? = nil, published: CivilDate? = nil) {
        self.title = title
        self.url = url
        self.published = published
    }
}

/// One action of a plan.
public struct PlanAction: Sendable, Hashable {
    public var item: TrackedItem
    public var planID: String
    public var themeID: String
    /// The number as published ("2.5", "(3)"), if the plan numbers its actions.
    public var number: String?
    /// A short plain-language "what this means".
    public var summary: String?
    /// How success will be measured, as published.
    public var measures: [String]
    /// Why the action's own words are not available, when they are not (a damaged source).
    public var unavailable: String?
    /// "How we will deliver this".
    public var body: MarkdownText
    public var sourcePath: String
    /// Where `theme:` is written, for messages about it.
    public var themeLocation: SourceLocation

    public init(
        item: TrackedItem, planID: String, themeID: String, number: String? = nil, summary: String? = nil,
        measures: [String] = [], unavailable: String? = nil, body: MarkdownText, sourcePath: String,
        themeLocation: SourceLocation? = nil
    ) {
        self.themeLocation = themeLocation ?? item.location
        self.item = item
        self.planID = planID
        self.themeID = themeID
        self.number = number
        self.summary = summary
        self.measures = measures
        self.unavailable = unavailable
        self.body = body
        self.sourcePath = sourcePath
    }

    public var id: String { item.id }
}
