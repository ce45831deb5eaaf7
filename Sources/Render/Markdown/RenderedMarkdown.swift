import Diagnostics

/// A heading of a rendered body, for an "on this page" list.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var id: String
    public var text: String
}

/// A link to a part of a page (`about.md#team`), checked once every page is rendered.
public struct AnchorLink: Sendable, Hashable {
    public var location: SourceLocation
    public var sitePath: String
    public var fragment: String
}

/// Markdown made into HTML for one page, with what was learned on the way.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    public var diagnostics: [Diagnostic]
    public var anchorLinks: [AnchorLink]
}
