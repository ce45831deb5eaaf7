import Diagnostics
import Model

/// The names a theme's templates may look up, worked out for each template from the kinds of
/// page drawn with it: `{{themes}}` is right in a plan's template and shows nothing in a
/// meeting's, so it is reported there, at its tag.
public enum TemplateNames {
    /// Names pages of a kind are given that Tally's own template for that kind does not show,
    /// for a theme that wants them: the keys and counts of status tallies, a meeting's count of
    /// follow-ups and the address of its notes, a series' sources, the plan a change leads to.
    /// A test holds this list to what the pages of the demo and the council fixture (in both
    /// its languages, in every edition) are given.
    static let givenBeyondTallysTemplates: [PageKind: Set<String>] = [
        .home: [
            "finished", "key", "latestPeriod", "latestProvisional", "measure", "notReported", "overdue", "period", "published",
            "publisher", "report", "respondent", "submitted", "submittedText", "total",
        ],
        .plans: ["colour", "count", "counts", "finished", "key", "label", "notReported", "overdue", "total"],
        .plan: ["key"],
        .action: ["key", "period", "published", "supersedes"],
        .planView: ["count", "key", "period", "published", "source", "supersedes"],
        .planChanges: ["period", "published", "source", "summary", "supersedes", "to"],
        .group: ["followUpCount", "group", "notesURL"],
        .meetings: ["count", "followUpCount"],
        .meeting: [
            "age", "anchor", "deadlineSentence", "history", "key", "logURL", "meetingURL", "meetingsNote", "noteLang", "raisedAt",
            "revisions", "rule", "titleLang",
        ],
        .actionLog: ["count", "deadline", "inForce", "key", "notesURL", "readAs", "revisions", "rule"],
        .changes: ["from", "key", "to"],
        .responses: ["published", "publisher", "report", "respondent", "submitted"],
        .response: ["key", "submittedText"],
        .recommendation: [
            "count", "key", "number", "published", "publisher", "report", "respondent", "revisions", "rule", "submitted",
            "submittedText", "titleLang",
        ],
        .data: ["change", "latestAt", "measure"],
        .series: ["latestPeriod", "latestProvisional", "sources"],
    ]

    /// For each kind of page, every name its template can look up: each part of every name that
    /// Tally's own template for that kind uses, with the partials and the parent it draws on;
    /// the values every page shares; and `givenBeyondTallysTemplates`.
    static func known(byKind defaultTemplates: [SourceFile], beyond: [PageKind: Set<String>] = givenBeyondTallysTemplates) -> [PageKind: Set<String>] {
        let texts = templateTexts(defaultTemplates)
        let shared = Chrome.sharedNames.union(["page", "chrome"])
        var known: [PageKind: Set<String>] = [:]
        for kind in PageKind.allCases {
            known[kind] = shared.union(beyond[kind] ?? []).union(namesShown(by: kind, in: texts))
        }
        return known
    }

    /// For each page's template (`meeting`), the names its pages are given, sorted, leaving out
    /// those of `layout`, which every page shares: what `tally theme names` lists.
    public static func byTemplate(_ defaultTemplates: [SourceFile]) -> [(template: String, names: [String])] {
        let texts = templateTexts(defaultTemplates).filter { $0.key != "layout" }
        return PageKind.allCases.map { kind in
            let names = (givenBeyondTallysTemplates[kind] ?? []).union(namesShown(by: kind, in: texts))
            return (kind.template, names.subtracting(["page", "chrome"]).sorted())
        }.sorted { $0.template < $1.template }
    }

    /// Each part of every name looked up by `kind`'s template in `texts` and the partials and
    /// parent it draws on.
    static func namesShown(by kind: PageKind, in texts: [String: String]) -> Set<String> {
        var names = Set<String>()
        for template in reached(from: kind.template, in: texts) {
            for reference in TemplateTags.names(in: texts[template] ?? "") {
                names.formUnion(reference.name.split(separator: ".").map(String.init))
            }
        }
        return names
    }

    /// An error at each tag that looks up a name no page is given: it would show nothing. A
    /// warning at each that looks up a name only other kinds of page are given: a page's
    /// template is drawn for pages of its kind, a partial or a parent for the kinds whose
    /// templates use it. A warning, not an error, as the names a kind is given beyond those its
    /// own template shows are known from the pages Tally's tests build, not from every site.
    static func unknown(in templates: [(name: String, file: SourceFile, text: String)], given known: [PageKind: Set<String>]) -> [Diagnostic] {
        let texts = Dictionary(templates.map { ($0.name, $0.text) }, uniquingKeysWith: { first, _ in first })
        var kindsDrawing: [String: [PageKind]] = [:]
        for kind in PageKind.allCases {
            for template in reached(from: kind.template, in: texts) { kindsDrawing[template, default: []].append(kind) }
        }
        let anyPage = known.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        return templates.flatMap { name, file, text -> [Diagnostic] in
            let kinds = kindsDrawing[name] ?? []
            let drawn = kinds.isEmpty ? anyPage : kinds.reduce(into: Set<String>()) { $0.formUnion(known[$1] ?? []) }
            return TemplateTags.names(in: text).compactMap { reference -> Diagnostic? in
                let parts = reference.name.split(separator: ".").map(String.init)
                let at = file.location(line: reference.line, column: reference.column)
                if let unknown = parts.first(where: { !anyPage.contains($0) }) {
                    return .error(
                        "the template uses \"\(reference.name)\", but no page is given \"\(unknown)\", so it would show nothing", at: at,
                        hint: NearestName.suggest(for: unknown, among: drawn).map { "did you mean \"\($0)\"?" }
                            ?? "tally theme names lists the names each page's template can use; the shared values are in docs/your-site.md")
                }
                guard let elsewhere = parts.first(where: { !drawn.contains($0) }) else { return nil }
                let givenTo = PageKind.allCases.filter { known[$0]?.contains(elsewhere) == true }.map(\.template)
                return .warning(
                    "the template uses \"\(reference.name)\", but no page drawn with it is given \"\(elsewhere)\", so it would show nothing",
                    at: at,
                    hint: NearestName.suggest(for: elsewhere, among: drawn).map { "did you mean \"\($0)\"?" }
                        ?? "\"\(elsewhere)\" is given to the pages drawn with \(givenTo.prefix(4).joined(separator: ", "))\(givenTo.count > 4 ? "..." : "")")
            }
        }
    }

    /// `template` and every partial and parent it draws on, at any depth, that `texts` has.
    static func reached(from template: String, in texts: [String: String]) -> Set<String> {
        var reached: Set<String> = []
        var waiting = [template]
        while let name = waiting.popLast() {
            guard let text = texts[name], reached.insert(name).inserted else { continue }
            waiting += TemplateTags.partials(in: text).map(\.name)
        }
        return reached
    }

    /// The text of each template among `files`, by its name (`partials/status`).
    static func templateTexts(_ files: [SourceFile]) -> [String: String] {
        var texts: [String: String] = [:]
        for file in files where file.path.hasPrefix("templates/") && file.pathExtension == "mustache" {
            guard case .success(let text) = file.text() else { continue }
            texts[String(file.path.dropFirst("templates/".count).dropLast(".mustache".count))] = text
        }
        return texts
    }
}
