import Markup
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

    /// `content`: the site as read, for what a translation must match (a meeting's actions, the names used).
    static func read(
        _ files: [(file: SourceFile, language: String, source: String)], sources: Set<String>, content: Content,
        languages: [String], sink: DiagnosticSink
    ) -> [String: LanguageWords] {
        var result: [String: LanguageWords] = [:]
        for language in languages { result[language] = LanguageWords(language: language) }
        let sourceItems = SourceItems(content)
        let sourceWords = Dictionary(SourceWords.all(in: content).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for (file, language, source) in files {
            switch source {
            case "site.yaml":
                result[language]?.site = readSite(file, content: content, sink: sink)
            case "strings.yaml":
                let (table, problems) = StringsReader.read(file)
                sink.list.append(contentsOf: problems)
                result[language]?.strings = table
            default:
                guard let kind = TranslationKind(source: source) else {
                    sink.error(
                        "only \(TranslationKind.described) can be translated, not \(source)", at: file.location(),
                        hint: "remove \(file.path)")
                    continue
                }
                guard sources.contains(source) else {
                    sink.error(
                        "this translates \(source), which does not exist", at: file.location(),
                        hint: "a translation sits beside the file it translates, with the language before .md: about.md and about.\(language).md")
                    continue
                }
                let text: TranslatedText?
                switch kind {
                case .series: text = readSeries(file, source: source, original: sourceWords[source], sink: sink)
                case .glossary: text = readEntries(file, kind: kind, source: source, names: content.glossary.terms.map(\.term), original: sourceWords[source], sink: sink)
                case .metrics: text = readEntries(file, kind: kind, source: source, names: content.figures.metrics.map(\.id), original: sourceWords[source], sink: sink)
                case .targets: text = readEntries(file, kind: kind, source: source, names: content.figures.targets.map(\.id), original: sourceWords[source], sink: sink)
                default: text = readText(file, kind: kind, source: source, items: sourceItems, words: sourceWords[source], sink: sink)
                }
                if let text { result[language]?.texts[source] = text }
            }
        }
        return result
    }

    /// What a translation's words are matched to, by the source's path: found once, not searched for each translation.
    struct SourceItems {
        var items: [String: TrackedItem] = [:]
        var meetings: [String: Meeting] = [:]

        init(_ content: Content) {
            for action in content.allActions { items[action.sourcePath] = action.item }
            for recommendation in content.allRecommendations { items[recommendation.sourcePath] = recommendation.item }
            for meeting in content.meetings { meetings[meeting.sourcePath] = meeting }
        }
    }

    static func readText(
        _ file: SourceFile, kind: TranslationKind, source: String, items: SourceItems, words original: SourceText?, sink: DiagnosticSink
    ) -> TranslatedText? {
        let titleKey = kind.titleKey
        let example = "\(titleKey ?? "summary"): The words in this language"
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return nil }
        let fields = document.fields
        rejectFacts(fields, allowed: kind.allowed, source: source, withText: true, sink: sink)
        var text = TranslatedText(
            title: titleKey.map { fields.string($0, required: true, example: example) } ?? fields.string("title"),
            summary: fields.string("summary"), body: document.body, location: file.location())
        for key in kind.words where !["summary", "title", "deadline"].contains(key) {
            text.words[key] = fields.string(key)
        }
        if kind == .page, let words = fields.string("deadline") {
            text.words["deadline"] = readDeadline(
                words, at: fields.location(ofKey: "deadline"), source: source, deadline: items.items[source]?.deadline, sink: sink)
        }
        if let key = kind.stepsKey {
            text.steps = readSteps(fields, key: key, source: source, item: items.items[source], sink: sink)
        }
        if let original {
            let titleField = titleKey ?? "title"
            TranslatedFigures.check(text.title, against: original.title, field: titleField, at: fields.location(ofKey: titleField), source: source, sink: sink)
            TranslatedFigures.check(text.summary, against: original.summary, field: "summary", at: fields.location(ofKey: "summary"), source: source, sink: sink)
            for (key, value) in original.words where key != "deadline" {
                TranslatedFigures.check(text.words[key], against: value, field: key, at: fields.location(ofKey: key), source: source, sink: sink)
            }
            if let steps = original.steps, text.steps.count == steps.texts.count {
                for (index, (ours, theirs)) in zip(text.steps, steps.texts).enumerated() {
                    TranslatedFigures.check(ours, against: theirs, field: "step \(index + 1)", at: fields.location(ofKey: steps.key), source: source, sink: sink)
                }
            }
        }
        readTranslates(fields, into: &text)
        if kind == .meeting, !document.body.isBlank, let meeting = items.meetings[source] {
            guard let actions = matchActions(of: document.body, to: meeting, sink: sink) else {
                // Unmatched, its text would show actions under the wrong owners: the source's stays.
                text.body = blankBody(of: file)
                return text
            }
            text.actions = actions
        }
        return text
    }

    /// An action's deadline in this language's words, which must read as the source's does: the
    /// day it is due is a fact, so words that read as another day (or not at all) are refused.
    static func readDeadline(_ words: String, at place: SourceLocation, source: String, deadline: Deadline?, sink: DiagnosticSink) -> String? {
        guard let deadline else {
            sink.error("\(source) has no deadline of its own to put into other words", at: place, hint: "remove deadline: here")
            return nil
        }
        let expected = deadline.reading.dueDate.map { "\"\(deadline.text)\" (\($0.iso))" } ?? "\"\(deadline.text)\""
        let reading = try? sink.deadlines.read(words).get()
        let same = switch (reading, deadline.reading) {
        case (.due(let day, _)?, .due(let sourceDay, _)): day == sourceDay
        case (let reading?, let source): reading == source
        case (nil, _): false
        }
        guard same else {
            sink.error(
                reading == nil
                    ? "the deadline \"\(words)\" cannot be read, so it cannot be shown to say what \(expected) says"
                    : "the deadline \"\(words)\" reads as \(reading?.dueDate?.iso ?? "no day"), but \(source)'s is \(expected)",
                at: place,
                hint: "write it so that it reads as the same day (a month and year, a date), or leave it out to show the source's words")
            return nil
        }
        return words
    }

    /// The words of each step of the item read from `source`, in order: one for each, since they
    /// are matched by place.
    static func readSteps(_ fields: Fields, key: String, source: String, item: TrackedItem?, sink: DiagnosticSink) -> [String] {
        let steps = fields.strings(key, example: "\(key): [The first step's words, The second's]")
        guard !steps.isEmpty else { return [] }
        let count = item?.milestones.count ?? 0
        guard steps.count == count else {
            sink.error(
                "\(key): gives the words of \(steps.count) steps, but \(source) has \(count)",
                at: fields.location(ofKey: key),
                hint: count == 0 ? "remove it: the source has no \(key)" : "give the words of each step, in the order \(source) lists them")
            return []
        }
        return steps
    }

    /// The ACTION paragraphs of translated notes, one for each of the source's in the same order:
    /// an action's owner, deadline and status are the source's, found by its place.
    static func matchActions(of body: MarkdownText, to meeting: Meeting, sink: DiagnosticSink) -> [TranslatedAction]? {
        let scan = MarkdownDocument(body.text).meetingActions()
        for miss in scan.nearMisses {
            sink.error(miss.message, at: body.location(line: miss.node.startLine, column: miss.node.startColumn), hint: miss.hint)
        }
        guard scan.nearMisses.isEmpty else { return nil }
        guard scan.actions.count == meeting.actions.count else {
            sink.error(
                "the translation has \(scan.actions.count) ACTION paragraphs, but \(meeting.sourcePath) has \(meeting.actions.count)",
                at: scan.actions.count > meeting.actions.count
                    ? body.location(line: scan.actions[meeting.actions.count].node.startLine, column: 1)
                    : body.location(line: 1, column: 1),
                hint: "translate each action in its place and start it with ACTION: (Tally finds actions by that word in every language), so that each keeps its owner, deadline and status")
            return nil
        }
        for (index, (paragraph, action)) in zip(scan.actions, meeting.actions).enumerated() {
            TranslatedFigures.check(
                paragraph.text, against: action.text, field: "action \(index + 1)",
                at: body.location(line: paragraph.node.startLine, column: paragraph.node.startColumn), source: meeting.sourcePath, sink: sink)
        }
        return scan.actions.map { TranslatedAction(text: $0.text, section: $0.section, bodyLine: $0.node.startLine) }
    }

    /// `data/<series>.cy.yaml`: a series' title, what it measures, and its notes.
    static func readSeries(_ file: SourceFile, source: String, original: SourceText?, sink: DiagnosticSink) -> TranslatedText? {
        guard let fields = yamlFields(file, example: "title: The series' title in this language", sink: sink) else { return nil }
        rejectFacts(fields, allowed: TranslationKind.series.allowed, source: source, sink: sink)
        var text = TranslatedText(
            title: fields.string("title", required: true, example: "title: The series' title in this language"),
            body: blankBody(of: file), location: file.location())
        text.words["measure"] = fields.string("measure")
        text.notes = fields.markdown("notes")
        readTranslates(fields, into: &text)
        if let original {
            TranslatedFigures.check(text.title, against: original.title, field: "title", at: fields.location(ofKey: "title"), source: source, sink: sink)
            for (key, value) in original.words where key == "measure" {
                TranslatedFigures.check(text.words[key], against: value, field: key, at: fields.location(ofKey: key), source: source, sink: sink)
            }
        }
        return text
    }

    /// `glossary.cy.yaml`, `metrics.cy.yaml` or `targets.cy.yaml`: each entry's words, the entry
    /// named as the source names it (`term: KPI`, `id: response-times`). A name the source does
    /// not have is an error: its words would go nowhere.
    static func readEntries(
        _ file: SourceFile, kind: TranslationKind, source: String, names: [String], original: SourceText?, sink: DiagnosticSink
    ) -> TranslatedText? {
        guard let (list, nameKey, entryWords) = kind.entryList else { return nil }
        let example = "\(nameKey): \(names.first ?? "KPI")"
        guard let fields = yamlFields(file, example: "\(list): [...]", sink: sink) else { return nil }
        rejectFacts(fields, allowed: kind.allowed, source: source, sink: sink)
        var text = TranslatedText(body: blankBody(of: file), location: file.location())
        let itemName = nameKey == "term" ? "term" : String(list.dropLast())
        for entry in fields.objects(list, itemName: itemName, required: true, example: "- \(example)") {
            rejectFacts(entry, allowed: Set([nameKey] + entryWords), source: source, sink: sink)
            guard let name = entry.string(nameKey, required: true, example: example) else { continue }
            guard names.contains(name) else {
                sink.error(
                    nameKey == "term" ? "\(source) has no term \"\(name)\"" : "\(source) has no \(itemName) with the id \"\(name)\"",
                    at: entry.location(ofKey: nameKey),
                    hint: hint(for: name, among: names, else: "name each entry as \(source) does; a translation gives only its words"))
                continue
            }
            var words: [String: String] = [:]
            let originalWords = original?.entries?.items.first { $0.name == name }?.words ?? []
            for field in entryWords where field != "notes" {
                words[field] = entry.string(field)
                TranslatedFigures.check(
                    words[field], against: originalWords.first { $0.key == field }?.value, field: "\(field) of \(name)",
                    at: entry.location(ofKey: field), source: source, sink: sink)
            }
            text.entries[name] = words
            if let notes = entry.markdown("notes") { text.entryNotes[name] = notes }
        }
        readTranslates(fields, into: &text)
        return text
    }

    /// The text of a translation that has none (a YAML file, or notes whose actions did not match).
    static func blankBody(of file: SourceFile) -> MarkdownText {
        MarkdownText(text: "", sourcePath: file.path, displayPath: file.location().file, firstLine: 1)
    }

    static func yamlFields(_ file: SourceFile, example: String, sink: DiagnosticSink) -> Fields? {
        guard let text = MarkdownFile.decode(file, sink: sink, example: example) else { return nil }
        return Fields.root(YAMLParser.parse(text, file: file, firstLine: 1, sink: sink), file: file, firstLine: 1, sink: sink)
    }

    static func readTranslates(_ fields: Fields, into text: inout TranslatedText) {
        text.translates = fields.string("translates")
        text.translatesLocation = text.translates.map { _ in fields.location(ofKey: "translates") }
    }

    static func readSite(_ file: SourceFile, content: Content, sink: DiagnosticSink) -> SiteWords {
        let navigationCount = content.site.navigation.count
        guard let fields = yamlFields(file, example: "title: The site's title in this language", sink: sink) else { return SiteWords() }
        rejectFacts(fields, allowed: ["title", "organisation", "description", "footer", "navigation", "names", "units"], source: "site.yaml", sink: sink)
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
        words.names = readNames(
            fields, key: "names", used: content.names, example: "names: {Director of Housing: Cyfarwyddwr Tai}",
            unknown: "no owner, organisation or member of the content is called", advice: "write the name as the content writes it", sink: sink)
        let units = content.figures.units
        words.units = readNames(
            fields, key: "units", used: units.subtracting(["percent", "%"]), example: "units: {people: pobl}",
            unknown: "no series or target of the content counts", advice: units.contains("percent")
                ? "write the unit as data/ and targets.yaml write it; a percentage is shown with % in every language"
                : "write the unit as data/ and targets.yaml write it", sink: sink)
        return words
    }

    /// `names:` (or `units:`): each name in this language, by the name the content gives. A name
    /// the content does not use is an error (`unknown`): it would translate nothing.
    static func readNames(
        _ fields: Fields, key: String, used: Set<String>, example: String, unknown: String, advice: String, sink: DiagnosticSink
    ) -> [String: String] {
        guard let names = fields.object(key, example: example) else { return [:] }
        var result: [String: String] = [:]
        for (key, value) in names.mapping {
            guard case .scalar(let name) = key else { continue }
            guard case .scalar(let translated) = value, !translated.string.trimmingWhitespace.isEmpty else {
                sink.error(
                    "the name of \"\(name.string)\" should be text", at: names.location(of: value),
                    hint: "write it as \(name.string): its name in this language")
                continue
            }
            guard used.contains(name.string) else {
                sink.error("\(unknown) \"\(name.string)\"", at: names.location(of: key), hint: hint(for: name.string, among: used, else: advice))
                continue
            }
            result[name.string] = translated.string.trimmingWhitespace
        }
        return result
    }

    /// "did you mean ...?" when a name is near `name`, else `advice`.
    static func hint(for name: String, among names: some Sequence<String>, else advice: String) -> String {
        NearestName.suggest(for: name, among: names).map { "did you mean \"\($0)\"?" } ?? advice
    }

    /// A field a translation may not set is an error at its line: the languages would disagree.
    static func rejectFacts(_ fields: Fields, allowed: Set<String>, source: String, withText: Bool = false, sink: DiagnosticSink) {
        for (key, _) in fields.mapping {
            guard case .scalar(let scalar) = key, !allowed.contains(scalar.string) else { continue }
            sink.error(
                "a translation carries words only: \"\(scalar.string)\" is a fact, written once in \(source)",
                at: fields.location(ofKey: scalar.string),
                hint: "remove it here; a translation may give " + allowed.sorted().joined(separator: ", ") + (withText ? " and its text" : ""))
        }
    }
}
