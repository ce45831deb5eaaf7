import Markup

/// Reads link targets written in YAML (navigation) the same way as links in Markdown.
enum LinkDestinationShim {
    static func classify(_ target: String) -> LinkDestination {
        LinkDestination(target)
    }
}
