/// Everything read from `Content/`: the model every later stage works from.
public struct Content: Sendable {
    public var site: SiteConfig
    public var pages: [Page]
    /// Newest first.
    public var updates: [Update]
    public var staticFiles: [StaticFile]
    /// Oldest first.
    public var plans: [Plan]
    /// Every file in `Content/`, by path, whether or not it parsed: links to a file that has an
    /// error are not reported again as broken.
    public var sourcePaths: Set<String>
    /// Files marked `draft: true`: left out of every output.
    public var draftPaths: Set<String>

    public init(
        site: SiteConfig, pages: [Page] = [], updates: [Update] = [], staticFiles: [StaticFile] = [],
        plans: [Plan] = [], sourcePaths: Set<String> = [], draftPaths: Set<String> = []
    ) {
        self.plans = plans
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

    /// Every plan action, in plan order.
    public var allActions: [PlanAction] {
        plans.flatMap(\.actions)
    }
}
