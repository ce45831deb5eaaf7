import Diagnostics
import Model

/// Where a file of the site comes from, for messages when two would be written to one path.
public enum Origin: Sendable, Hashable {
    case content(SourceLocation)
    case theme(SourceLocation)
    case generated(String)

    var description: String {
        switch self {
        case .content(let location), .theme(let location): return location.file
        case .generated(let what): return what
        }
    }

    var location: SourceLocation? {
        switch self {
        case .content(let location), .theme(let location): return location
        case .generated: return nil
        }
    }
}

/// A step back up the site, shown as a breadcrumb.
public struct Crumb: Sendable, Hashable {
    public var title: String
    public var sitePath: String

    public init(title: String, sitePath: String) {
        self.title = title
        self.sitePath = sitePath
    }
}

/// An HTML page the site will have, decided before any page is rendered.
struct PagePlan: Sendable {
    var sitePath: String
    var title: String
    /// The kind of page, and so the theme's template that draws it.
    var kind: PageKind
    /// The pages above it, the home page first; empty for the home page itself.
    var breadcrumbs: [Crumb]
    var origin: Origin
    /// The page's own values for its template; shared values (site, navigation...) are added by `Chrome`.
    var view: @Sendable (inout PageRender) -> View
    /// False for the later pages of a list: search finds the items themselves.
    var searchable = true
}

/// Any other file of the site: a stylesheet, a download, a feed.
struct FilePlan: Sendable {
    var sitePath: String
    var origin: Origin
    var produce: @Sendable (SiteEnvironment) -> [UInt8]
}
