/// A free page written by the communications team: `pages/about.md`, or `pages/index.md`
/// for the home page.
public struct Page: Sendable, Hashable {
    /// The file's path inside `Content/`.
    public var sourcePath: String
    /// The page's name in its address: `about`, or `""` for the home page.
    public var slug: String
    public var title: String
    /// A short plain-language "what this means", shown first.
    public var summary: String?
    /// One sentence for search engines and link previews.
    public var description: String?
    /// A shorter title for the navigation and breadcrumbs.
    public var navigationTitle: String?
    /// The editions it appears in; all when nil.
    public var editions: Set<Edition>?
    /// The day it is published, when it is given: before then the page is scheduled, not shown.
    public var date: CivilDate?
    public var body: MarkdownText

    public var isHome: Bool { slug.isEmpty }

    public init(
        sourcePath: String, slug: String, title: String, summary: String? = nil, description: String? = nil,
        navigationTitle: String? = nil, body: MarkdownText
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.title = title
        self.summary = summary
        self.description = description
        self.navigationTitle = navigationTitle
        self.body = body
    }
}

/// A dated post by the communications team: `updates/2025-07-17-annual-report.md`.
public struct Update: Sendable, Hashable {
    public var sourcePath: String
    public var slug: String
    public var title: String
    public var date: CivilDate
    public var summary: String?
    public var author: String?
    /// The editions it appears in; all when nil.
    public var editions: Set<Edition>?
    public var body: MarkdownText

    public init(
        sourcePath: String, slug: String, title: String, date: CivilDate, summary: String? = nil,
        author: String? = nil, body: MarkdownText
    ) {
        self.sourcePath = sourcePath
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.author = author
        self.body = body
    }
}

/// A file under `Content/static/`, copied into the site as it is (`static/files/x.pdf` ->
/// `files/x.pdf`).
public struct StaticFile: Sendable, Hashable {
    public var sourcePath: String
    public var displayPath: String
    /// Its path inside the site.
    public var sitePath: String
    public var bytes: [UInt8]

    public init(sourcePath: String, displayPath: String, sitePath: String, bytes: [UInt8]) {
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.sitePath = sitePath
        self.bytes = bytes
    }
}
