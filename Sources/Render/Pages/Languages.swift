import Model

/// The languages of a site published in more than one: each language's pages sit under its own
/// folder (`cy/`), the site's own language at the top, and every page links to its twin.
struct LanguageContext: Sendable {
    struct Language: Sendable {
        /// As `site.yaml` gives it: `cy`.
        var tag: String
        /// Its folder, with a slash (`cy/`); empty for the site's own language.
        var prefix: String
        /// Its name in its own words (`language.name` in its strings): `Cymraeg`.
        var name: String
        /// Every page it has: a page another language has and this one lacks (a letter of the
        /// A to Z) links to this language's home page instead.
        var sitePaths: Set<String>
    }

    var current: Language
    var all: [Language]

    /// For the switcher and `<link rel="alternate">`: each language's twin of the page at `sitePath`.
    func twins(of sitePath: String) -> [View] {
        all.map { language in
            let target = language.prefix + (language.sitePaths.contains(sitePath) ? sitePath : "index.html")
            var entry: View = [
                "lang": language.tag, "name": language.name,
                "url": SitePath.relativeURL(from: current.prefix + sitePath, to: target),
            ]
            if language.tag == current.tag { entry["current"] = true }
            return entry
        }
    }
}
