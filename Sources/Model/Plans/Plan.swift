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
    /// `draft: true` in plan.md: the plan is checked, then left out of every output with its actions.
    public var isDraft = false

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
    public var item: TrackedItem { _read { yield fields.value.item } _modify { yield &fields.value.item } }
    public var planID: String { _read { yield fields.value.planID } _modify { yield &fields.value.planID } }
    public var themeID: String { _read { yield fields.value.themeID } _modify { yield &fields.value.themeID } }
    /// The number as published ("2.5", "(3)"), if the plan numbers its actions.
    public var number: String? { _read { yield fields.value.number } _modify { yield &fields.value.number } }
    /// A short plain-language "what this means".
    public var summary: String? { _read { yield fields.value.summary } _modify { yield &fields.value.summary } }
    /// How success will be measured, as published.
    public var measures: [String] { _read { yield fields.value.measures } _modify { yield &fields.value.measures } }
    /// Why the action's own words are not available, when they are not (a damaged source).
    public var unavailable: String? { _read { yield fields.value.unavailable } _modify { yield &fields.value.unavailable } }
    /// "How we will deliver this".
    public var body: MarkdownText { _read { yield fields.value.body } _modify { yield &fields.value.body } }
    public var sourcePath: String { _read { yield fields.value.sourcePath } _modify { yield &fields.value.sourcePath } }
    /// Where `theme:` is written, for messages about it.
    public var themeLocation: SourceLocation { _read { yield fields.value.themeLocation } _modify { yield &fields.value.themeLocation } }

    private var fields: CopyOnWrite<Fields>

    private struct Fields: Sendable, Hashable {
        var item: TrackedItem
        var planID: String
        var themeID: String
        var number: String?
        var summary: String?
        var measures: [String]
        var unavailable: String?
        var body: MarkdownText
        var sourcePath: String
        var themeLocation: SourceLocation
    }

    public init(
        item: TrackedItem, planID: String, themeID: String, number: String? = nil, summary: String? = nil,
        measures: [String] = [], unavailable: String? = nil, body: MarkdownText, sourcePath: String,
        themeLocation: SourceLocation? = nil
    ) {
        fields = CopyOnWrite(Fields(
            item: item, planID: planID, themeID: themeID, number: number, summary: summary, measures: measures,
            unavailable: unavailable, body: body, sourcePath: sourcePath, themeLocation: themeLocation ?? item.location))
    }

    public var id: String { item.id }
}
