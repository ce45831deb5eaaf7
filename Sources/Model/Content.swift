/// Everything read from `Content/`: the model every later stage works from.
public struct Content: Sendable, Hashable {
    public var site: SiteConfig
    public var pages: [Page]
    /// Newest first.
    public var updates: [Update]
    public var staticFiles: [StaticFile]
    /// Oldest first.
    public var plans: [Plan]
    public var groups: [MeetingGroup]
    /// Agreed notes only, oldest first: drafts and withdrawn notes never reach the model.
    public var meetings: [Meeting]
    public var responses: [Response]
    public var figures: FigureContent
    public var glossary: Glossary
    /// The site's own words for what the theme says (`Content/strings.yaml`), by key.
    public var strings = StringTable()
    /// Every file in `Content/`, by path, whether or not it parsed: links to a file that has an
    /// error are not reported again as broken.
    public var sourcePaths: Set<String>
    /// Files marked `draft: true`: left out of every output.
    public var draftPaths: Set<String>
    /// Files dated after the as-at date, left out until then, with their dates.
    public var scheduledPaths: [String: CivilDate] = [:]
    /// Files of plans, meetings and responses dated after the as-at date, in a site shown as it
    /// stood then: links to them are shown as text, since they did not exist yet.
    public var laterPaths: [String: CivilDate] = [:]
    /// Files that failed to read, by what they would have given: problems elsewhere that
    /// follow from one of them are folded under its own error.
    public var failed = FailedSources()
    /// Every plain-language summary, in the order read.
    public var summaries: [SummaryText] = []
    /// The words of each of the site's other languages (`languages:` in site.yaml), by language.
    public var translations: [String: LanguageWords] = [:]
    /// In a translated copy (`translated(to:)`): the files whose words are not translated, as
    /// messages name them (`Content/pages/about.md`).
    public var untranslatedPaths: Set<String> = []
    /// In a translated copy: the texts of translated pages that are still in the source's
    /// language (a translation that gives only a title and summary).
    public var untranslatedBodies: Set<MarkdownText> = []

    public init(
        site: SiteConfig, pages: [Page] = [], updates: [Update] = [], staticFiles: [StaticFile] = [],
        plans: [Plan] = [], groups: [MeetingGroup] = [], meetings: [Meeting] = [], responses: [Response] = [],
        figures: FigureContent = FigureContent(), glossary: Glossary = Glossary(), sourcePaths: Set<String> = [],
        draftPaths: Set<String> = []
    ) {
        self.glossary = glossary
        self.figures = figures
        self.responses = responses
        self.plans = plans
        self.groups = groups
        self.meetings = meetings
        self.draftPaths = draftPaths
        self.site = site
        self.pages = pages
        self.updates = updates
        self.staticFiles = staticFiles
        self.sourcePaths = sourcePaths
    }

    public var homePage: Page? { pages.first(where: \.isHome) }

    public func plan(_ id: String) -> Plan? {
        plans.first { $0.id == id }
    }

    public func group(_ id: String) -> MeetingGroup? {
        groups.first { $0.id == id }
    }

    /// Every action agreed at a published meeting, oldest meeting first.
    public var allMeetingActions: [MeetingAction] {
        meetings.flatMap(\.actions)
    }

    /// Every recommendation of every response.
    public var allRecommendations: [Recommendation] {
        responses.flatMap(\.recommendations)
    }

    public func response(_ id: String) -> Response? {
        responses.first { $0.id == id }
    }

    /// Every plan action, in plan order.
    public var allActions: [PlanAction] {
        plans.flatMap(\.actions)
    }
}
