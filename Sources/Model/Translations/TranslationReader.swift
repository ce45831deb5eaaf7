import Diagnostics

/// Finds and reads the translations of a site with more than one language: `about.cy.md` beside
/// `about.md`, `site.cy.yaml` beside `site.yaml`, `strings.cy.yaml` beside `strings.yaml`.
enum TranslationReader {
    /// The language a file translates into, and the path of the file it translates; nil for a
    /// file that is not a translation into one of `languages`.
    static func source(of path: String, languages: [String]) -> (language: String, source: String)? {
        for language in languages {
            for ext in ["md", "yaml"] {
                let suffix = ".\(language).\(ext)"
                if path.lowercased().hasSuffix(suffix.lowercased()) {
                    return (language, String(path.dropLast(suffix.count)) + "." + ext)
                }
            }
        }
        return nil
    }

    /// Kinds of file whose words can be translated.
    static func isTranslatable(_ source: String) -> Bool {
        source.hasPrefix("pages/") || source.hasPrefix("updates/") || source.hasPrefix("plans/")
    }

    /// `navigationCount`: how many links site.yaml's navigation has; a translation gives a title for each.
    static func read(
        _ files: [(file: SourceFile, language: String, source: String)], sources: Set<String>, languages: [String],
        navigationCount: Int, sink: DiagnosticSink
    ) -> [String: LanguageWords] {
        var result: [String: LanguageWords] = [:]
        for language in languages { result[language] = LanguageWords(language: language) }
        for (file, language, source) in files {
            switch source {
            case "site.yaml":
                result[language]?.site = readSite(file, navigationCount: navigationCount, sink: sink)
            case "strings.yaml":
                let (table, problems) = StringsReader.read(file)
                sink.list.append(contentsOf: problems)
                result[language]?.strings = table
            default:
                guard isTranslatable(source), source.hasSuffix(".md") else {
                    sink.error(
                        "only pages, updates, plans and actions can be translated yet, not \(source)", at: file.location(),
                        hint: "remove \(file.path), or translate a file of pages/, updates/ or plans/")
                    continue
                }
                guard sources.contains(source) else {
                    sink.error(
                        "this translates \(source), which does not exist", at: file.location(),
                        hint: "a translation sits beside the file it translates, with the language before .md: about.md and about.\(language).md")
                    continue
                }
                if let text = readText(file, source: source, sink: sink) { result[language]?.texts[source] = text }
            }
        }
        return result
    }

    /// The words a translation may carry: everything else is a fact, written once in its source.
    static let words: Set<String> = ["title", "summary", "translates"]

    static func readText(_ file: SourceFile, source: String, sink: DiagnosticSink) -> TranslatedText? {
        guard let document = MarkdownFile.open(file, sink: sink, example: "title: The title in this language") else { return nil }
        let fields = document.fields
        rejectFacts(fields, allowed: words, source: source, sink: sink)
        let translates = fields.string("translates")
        return TranslatedText(
            title: fields.string("title", required: true, example: "title: The title in this language"), summary: fields.string("summary"),
            body: document.body, location: file.location(),
            translates: translates, translatesLocation: translates.map { _ in fields.location(ofKey: "translates") })
    }

    static func readSite(_ file: SourceFile, navigationCount: Int, sink: DiagnosticSink) -> SiteWords {
        guard let text = MarkdownFile.decode(file, sink: sink, example: "title: The site's title in this language") else { return SiteWords() }
        let fields = Fields.root(YAMLParser.parse(text, file: file, firstLine: 1, sink: sink), file: file, firstLine: 1, sink: sink)
        rejectFacts(fields, allowed: ["title", "organisation", "description", "footer", "navigation"], source: "site.yaml", sink: sink)
        var words = SiteWords()
        words.title = fields.string("title")
        words.organisation = fields.string("organisation")
        words.description = fields.string("description")
        words.footer = fields.markdown("footer")
        words.navigation = fields.strings("navigation", example: "navigation: [Home, About]")
        // Titles are matched to links by place: one left out would put every later title on the wrong link.
        if !words.navigation.isEmpty, words.navigation.count != navigationCount {
            sink.error(
                "navigation: gives \(words.navigation.count) titles, but site.yaml's navigation has \(navigationCount) links",
                at: fields.location(ofKey: "navigation"),
                hint: "give one title for each link, in the order site.yaml lists them")
            words.navigation = []
        }
        return words
    }

    /// A field a translation may not set is an error at its line: the languages would disagree.
    static func rejectFacts(_ fields: Fields, allowed: Set<String>, source: String, sink: DiagnosticSink) {
        for (key, _) in fields.mapping {
            guard case .scalar(let scalar) = key, !allowed.contains(scalar.string) else { continue }
            sink.error(
                "a translation carries words only: \"\(scalar.string)\" is a fact, written once in \(source)",
                at: fields.location(ofKey: scalar.string),
                hint: "remove it here; a translation may give " + allowed.sorted().joined(separator: ", ") + " and its text")
        }
    }
}
