import Foundation
import Diagnostics
import Model
import Mustache

/// The look of the site: Mustache templates from `Theme/templates/` and files from
/// `Theme/assets/` (copied into the site's `assets/`).
public struct Theme: Sendable {
    /// The templates Tally's pages use, and what each one draws. A theme needs those of the pages
    /// its site has: a site without plans needs no plan templates.
    public static let templatePurposes: [String: String] = [
        "layout": "the frame of every page: head, header, navigation, footer",
        "home": "the home page",
        "page": "a free page from pages/",
        "updates": "the list of updates",
        "update": "one update",
        "plans": "the list of action plans",
        "plan": "one action plan, its counts and its actions by theme",
        "action": "one action of a plan",
        "plan-view": "a filtered list of a plan's actions (overdue, complete, by owner)",
        "plan-changes": "what changed between a plan and the plan it replaced",
        "group": "a group that meets: what it is, its members, its next meeting",
        "meetings": "the list of published meeting notes",
        "meeting": "one meeting's notes",
        "action-log": "every action agreed at meetings, with its history",
        "changes": "what changed since the last meeting",
        "responses": "the list of responses to inspections",
        "response": "one response: the report, the computed summary, the recommendations",
        "recommendation": "one recommendation: its agreement, steps, owners, dates and updates",
        "data": "the list of figures: topics, series and targets",
        "data-topic": "a page about figures, with charts and figures cited in its text",
        "series": "one series: its chart, summary, table, source and download",
        "targets": "the measurable targets, their readings and computed status",
        "glossary": "every abbreviation and term, what it stands for and what it means",
        "a-z": "an index of everything on the site, by letter, that needs no JavaScript",
        "search": "the search page, which works from a folder with no server",
        "print": "the print edition: the whole publication as one document",
    ]

    private(set) var library: MustacheLibrary
    /// The same templates compiled for `TemplateRenderer`, once the build's words are written
    /// in; nil when a template uses what only the library draws (see `CompiledTemplates`).
    private(set) var compiled: CompiledTemplates? = nil
    /// Each template's text, for a copy with the build's strings written in (`inliningStrings`).
    let templateTexts: [(name: String, text: String)]
    public let templateNames: Set<String>
    /// Templates that exist but failed to parse: already reported, so not reported as missing.
    let brokenTemplateNames: Set<String>
    /// Ids the templates write as they are (`id="updates"`): heading ids in content avoid them.
    let fixedIDs: Set<String>
    /// Files for the site's `assets/` folder, by their path inside the site.
    public let assets: [(sitePath: String, source: SourceFile)]
    /// The theme's words, by language (`en`, or a tag such as `en-GB`), from `strings/<language>.yaml`.
    let stringTables: [String: StringTable]
    /// Tally's own words, which a theme's and a site's override: a theme copied before a string
    /// was added still has it.
    let defaultStringTables: [String: StringTable]
    let displayRoot: String
    /// The last copy `inliningStrings` made: a session renders with the same words build after
    /// build, and parsing every template again cost each field edit several milliseconds.
    private let lastInlined = InlinedTheme()

    /// Reads a theme from its files (paths inside the theme folder: `templates/page.mustache`,
    /// `assets/style.css`). Reports every template that does not parse, every required
    /// template that is missing and every partial that is used but not there.
    /// `defaultTemplates` are Tally's own: a name that none of them uses and no page shares is
    /// a mistake in the theme's template, reported at its tag.
    public static func load(
        _ files: [SourceFile], displayRoot: String = "Theme", defaultStrings: [SourceFile] = [], defaultTemplates: [SourceFile] = []
    ) -> (Theme, DiagnosticList) {
        var diagnostics = DiagnosticList()
        var stringTables: [String: StringTable] = [:]
        var library = MustacheLibrary()
        var names = Set<String>()
        var assets: [(String, SourceFile)] = []
        var texts: [(name: String, file: SourceFile, text: String)] = []

        for file in files.sorted(by: { $0.path < $1.path }) {
            let parts = file.path.split(separator: "/")
            guard parts.count >= 2, !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            if parts[0] == "assets" {
                assets.append(("assets/" + parts.dropFirst().joined(separator: "/"), file))
            } else if parts[0] == "strings", parts.count == 2, file.pathExtension == "yaml" {
                let (table, problems) = StringsReader.read(file)
                diagnostics.append(contentsOf: problems)
                stringTables[file.baseName] = table
            } else if parts[0] == "templates", file.pathExtension == "mustache" {
                let name = parts.dropFirst().joined(separator: "/").dropLast(".mustache".count)
                switch file.text() {
                case .failure(let problem): diagnostics.append(problem)
                case .success(let text): texts.append((String(name), file, text))
                }
            }
        }

        for (name, file, text) in texts {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
                names.insert(name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(
                    "the template cannot be read: \(describe(error.error))",
                    at: file.location(line: error.context.lineNumber, column: error.context.columnNumber),
                    hint: "check that every {{#section}} has a matching {{/section}} and every tag is closed with }}")
            } catch {
                diagnostics.error("the template cannot be read: \(error)", at: file.location())
            }
        }

        var knownStrings = Set<String>()
        for file in defaultStrings where file.pathExtension == "yaml" { knownStrings.formUnion(StringsReader.read(file).0.entries.keys) }
        if knownStrings.isEmpty { knownStrings = stringTables.values.reduce(into: Set<String>()) { $0.formUnion($1.entries.keys) } }
        for (_, file, text) in texts {
            // A string's name mistyped in a template would show nothing where its words belong.
            for reference in TemplateTags.strings(in: text) where !knownStrings.contains(reference.name) {
                diagnostics.error(
                    "the template uses the string \"\(reference.name)\", which does not exist",
                    at: file.location(line: reference.line, column: reference.column),
                    hint: NearestName.suggest(for: reference.name, among: knownStrings).map { "did you mean \"strings.\($0)\"?" }
                        ?? "the strings are listed in docs/your-site.md")
            }
            for reference in TemplateTags.partials(in: text) where !names.contains(reference.name) {
                guard !texts.contains(where: { $0.name == reference.name }) else { continue }
                diagnostics.error(
                    "the template uses \"\(reference.name)\", which the theme does not have",
                    at: file.location(line: reference.line, column: reference.column),
                    hint: NearestName.suggest(for: reference.name, among: names).map { "did you mean \"\($0)\"?" }
                        ?? "add templates/\(reference.name).mustache")
            }
        }

        if !defaultTemplates.isEmpty {
            diagnostics.append(contentsOf: TemplateNames.unknown(in: texts, given: TemplateNames.known(byKind: defaultTemplates)))
        }

        let broken = Set(texts.map(\.name)).subtracting(names)
        let fixedIDs = Set(texts.flatMap { FixedIDs.find(in: $0.text) })
        var defaults: [String: StringTable] = [:]
        for file in defaultStrings where file.pathExtension == "yaml" {
            defaults[file.baseName] = StringsReader.read(file).0
        }
        let theme = Theme(
            library: library, templateTexts: texts.filter { names.contains($0.name) }.map { ($0.name, $0.text) }, templateNames: names, brokenTemplateNames: broken, fixedIDs: fixedIDs, assets: assets,
            stringTables: stringTables, defaultStringTables: defaults.isEmpty ? stringTables : defaults, displayRoot: displayRoot)
        return (theme, diagnostics)
    }

    /// The theme with each `{{strings.name}}` of its templates written in as `strings` gives it:
    /// the words are the same on every page, so looking each up as every page renders is work
    /// for nothing. The output is byte for byte what the lookups give.
    func inliningStrings(_ strings: Strings) -> Theme {
        var copy = self
        if let kept = lastInlined.templates(for: strings) {
            copy.library = kept.library
            copy.compiled = kept.compiled
            return copy
        }
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        for (name, text) in templateTexts {
            let inlined = TemplateTags.inliningStrings(in: text) { strings.templateText($0) }
            let template = (try? MustacheTemplate(string: EscapingHTML.pragma + inlined))
                ?? (try? MustacheTemplate(string: EscapingHTML.pragma + text))
            if let template {
                library.register(template, named: name)
                parsed[name] = template
            }
        }
        copy.library = library
        copy.compiled = CompiledTemplates(parsed)
        lastInlined.keep((library, copy.compiled), for: strings)
        return copy
    }

    /// The text of `template` filled in from `context`, or nil if the theme has no such
    /// template. Values are HTML-escaped unless the template uses triple braces, which the
    /// theme keeps for HTML that Tally made itself.
    func render(_ template: String, _ context: PageContext) -> String? {
        if let compiled { return TemplateRenderer(templates: compiled).render(template, context) }
        return library.render(context, withTemplate: template)
    }

    /// The page as the Mustache library itself draws it, for holding the two to the same bytes.
    func renderWithLibrary(_ template: String, _ context: PageContext) -> String? {
        library.render(context, withTemplate: template)
    }

    /// An error for each template in `needed` that the theme lacks (and that did not fail to parse).
    func missingTemplates(_ needed: Set<String>) -> [Diagnostic] {
        needed.subtracting(templateNames).subtracting(brokenTemplateNames).sorted().map(missingTemplate)
    }

    /// The error for a template the theme lacks.
    func missingTemplate(_ name: String) -> Diagnostic {
        let purpose = Theme.templatePurposes[name].map { " (\($0))" } ?? ""
        return .error(
            "the theme has no \"\(name)\" template\(purpose)", at: location(ofTemplate: name),
            hint: "add templates/\(name).mustache to the theme, or start from the theme in Tally's repository")
    }

    /// The words for `language` (a tag such as `en-GB`, written at `languageLocation`): Tally's,
    /// then the theme's, then the site's.
    func strings(for language: String, site: StringTable, languageLocation: SourceLocation? = nil) -> (Strings, [Diagnostic]) {
        let primary = String(language.split(separator: "-").first ?? "en").lowercased()
        let pick = { (tables: [String: StringTable]) in tables[language] ?? tables[primary] }
        // A language the theme adds (strings/ga.yaml) stands in for Tally's, and must be whole.
        if pick(defaultStringTables) == nil, let added = pick(stringTables) {
            let english = defaultStringTables["en"] ?? StringTable()
            let missing = english.entries.keys.filter { added.entries[$0] == nil }.sorted()
            let problems = missing.map { key -> Diagnostic in
                .error(
                    "the theme's words for \"\(language)\" have no \"\(key)\"", at: added.location ?? site.location,
                    hint: "add it in that language; in English it is: \(english.entries[key].map { Self.describe($0.value) } ?? "")")
            }
            let (strings, more) = Strings.resolve(defaults: added, theme: nil, site: site, language: primary)
            return (strings, problems + more)
        }
        guard let defaults = pick(defaultStringTables) else {
            return (
                Strings(language: primary, values: [:]),
                [.error(
                    "there are no words for the language \"\(language)\"", at: languageLocation ?? site.location,
                    hint: "add strings/\(primary).yaml to the theme, or set language: in site.yaml to one the theme has: "
                        + defaultStringTables.keys.sorted().joined(separator: ", "))])
        }
        let own = pick(stringTables)
        return Strings.resolve(defaults: defaults, theme: own == defaults ? nil : own, site: site, language: primary)
    }

    private static func describe(_ value: StringTable.Value) -> String {
        switch value {
        case .text(let words): return words
        case .plural(let forms): return forms[.other] ?? ""
        }
    }

    /// Where a template's file is, for messages about what it rendered.
    func location(ofTemplate name: String) -> SourceLocation {
        SourceLocation(file: "\(displayRoot)/templates/\(name).mustache")
    }

    private static func describe(_ error: Swift.Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "a {{=...=}} tag is not valid"
        default: return "\(error)"
        }
    }
}

/// The ids a template writes without a Mustache tag in them: `id="updates"`.
enum FixedIDs {
    static func find(in text: String) -> [String] {
        text.components(separatedBy: "id=\"").dropFirst().compactMap { rest in
            guard let end = rest.firstIndex(of: "\"") else { return nil }
            let value = String(rest[..<end])
            return value.isEmpty || value.contains("{") ? nil : value
        }
    }
}

/// A theme's templates with a build's words written in, kept with those words, one copy for
/// each language (a site in several languages renders each in turn at every build).
private final class InlinedTheme: @unchecked Sendable {
    typealias Templates = (library: MustacheLibrary, compiled: CompiledTemplates?)
    // Guarded by `lock`: builds of several editions or languages may share a theme.
    private let lock = NSLock()
    private var kept: [String: (strings: Strings, templates: Templates)] = [:]

    func templates(for strings: Strings) -> Templates? {
        lock.withLock { kept[strings.language].flatMap { $0.strings == strings ? $0.templates : nil } }
    }

    func keep(_ templates: Templates, for strings: Strings) {
        lock.withLock { kept[strings.language] = (strings, templates) }
    }
}
