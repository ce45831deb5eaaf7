import Markup
import Mustache

/// How the theme's templates escape a value (`{{value}}`): the same five characters as
/// Mustache's own HTML escaping, but read as bytes, and a value with none of them is given back
/// as it is. Mustache's own reads every value Character by Character and copies it, which was a
/// fourteenth of a large site's build.
struct EscapingHTML: MustacheContentType {
    static let name = "TallyHTML"

    /// Put before a template's text so that it escapes this way; a line of its own, which
    /// Mustache drops, so the output is unchanged.
    static let pragma: String = {
        MustacheContentTypes.register(EscapingHTML(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}\n"
    }()

    func escapeText(_ text: String) -> String {
        HTMLText.escape(text)
    }
}
