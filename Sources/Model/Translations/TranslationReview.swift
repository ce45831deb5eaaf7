import Diagnostics
import Markup

/// The words of one file a translation translates: its title, summary, other words and text.
public struct SourceText: Sendable {
    public var path: String
    /// As messages name the file (`Content/pages/about.md`).
    public var displayPath: String
    /// The field that names it (`title`, a recommendation's `recommendation`); nil when it has none.
    public var titleKey: String?
    public var title: String?
    public var summary: String?
    /// Its other words, by field, in the order a translation gives them.
    public var words: [(key: String, value: String)] = []
    /// The words of its milestones or steps, under the field that lists them.
    public var steps: (key: String, texts: [String])?
    /// A file of entries (the glossary, metrics, targets): the field that lists them, the field
    /// that names each, and each entry's name and words.
    public var entries: (list: String, name: String, items: [(name: String, words: [(key: String, value: String)])])?
    /// The Markdown below its front matter; nil for a YAML file.
    public var body: MarkdownText?
    /// A YAML file (a series, the glossary) rather than Markdown with front matter.
    public var isYAML: Bool { body == nil }

    /// Which version of the source a translation translates: a digest of its words, not of its
    /// facts, so that a new status does not make a translation stale.
    public var digest: String {
        let entryWords = entries.map { entries in entries.items.flatMap { [(entries.name, $0.name)] + $0.words } } ?? []
        let stepWords = steps.map { steps in steps.texts.map { (steps.key, $0) } } ?? []
        let others = (words + stepWords + entryWords).map { "\n\($0.key): \($0.value)" }.joined()
        return SourceWords.digest(title: title ?? "", summary: summary, body: (body?.text ?? "") + others)
    }
}

public enum SourceWords {
    /// Every file whose words can be translated, with its words.
    public static func all(in content: Content) -> [SourceText] {
        func text(_ path: String, _ title: String?, _ summary: String?, _ body: MarkdownText, titleKey: String? = "title") -> SourceText {
            SourceText(path: path, displayPath: body.displayPath, titleKey: titleKey, title: title, summary: summary, body: body)
        }
        var texts = content.pages.map { text($0.sourcePath, $0.title, $0.summary, $0.body) }
            + content.updates.map { text($0.sourcePath, $0.title, $0.summary, $0.body) }
            + content.plans.flatMap { plan in
                [text(plan.sourcePath, plan.title, plan.summary, plan.body)] + plan.actions.map { action in
                    var source = text(action.sourcePath, action.item.title, action.summary, action.body)
                    source.steps = steps(of: action.item, key: "milestones")
                    source.words = action.item.deadline.map { [("deadline", $0.text)] } ?? []
                    return source
                }
            }
        for response in content.responses {
            texts.append(text(response.sourcePath, response.title, response.summary, response.body))
            for recommendation in response.recommendations {
                var source = text(
                    recommendation.sourcePath, recommendation.text, recommendation.summary, recommendation.body, titleKey: "recommendation")
                source.steps = steps(of: recommendation.item, key: "steps")
                source.words = [("reason", recommendation.reason), ("unavailable", recommendation.unavailable)].compactMap { key, value in
                    value.map { (key, $0) }
                }
                texts.append(source)
            }
        }
        for group in content.groups {
            var source = text(group.sourcePath, group.title, group.summary, group.body)
            source.words = group.meets.map { [("meets", $0)] } ?? []
            texts.append(source)
        }
        texts += content.meetings.map { text($0.sourcePath, $0.title, $0.summary, $0.body, titleKey: nil) }
        texts += content.figures.topics.map { text($0.sourcePath, $0.title, $0.summary, $0.body) }
        for series in content.figures.series {
            var source = SourceText(
                path: series.metadataPath, displayPath: String(series.location.file.dropLast(4)) + ".yaml", titleKey: "title", title: series.title)
            source.words = [("measure", series.measure), ("notes", series.notes?.text)].compactMap { key, value in value.map { (key, $0) } }
            texts.append(source)
        }
        func entries(_ path: String, at location: SourceLocation?, _ items: [(String, [(String, String?)])]) {
            guard let location, let kind = TranslationKind(source: path), let list = kind.entryList else { return }
            var source = SourceText(path: path, displayPath: location.file)
            source.entries = (list.list, list.name, items.map { name, words in (name, words.compactMap { key, value in value.map { (key, $0) } }) })
            texts.append(source)
        }
        let figures = content.figures
        entries("glossary.yaml", at: content.glossary.terms.first?.location, content.glossary.terms.map {
            ($0.term, [("expansion", $0.expansion), ("explanation", $0.explanation)])
        })
        entries("metrics.yaml", at: figures.metrics.first?.location, figures.metrics.map {
            ($0.id, [("title", $0.title), ("measure", $0.measure), ("notes", $0.notes?.text)])
        })
        entries("targets.yaml", at: figures.targets.first?.location, figures.targets.map {
            ($0.id, [("title", $0.title), ("goal", $0.goalText), ("notes", $0.notes?.text)])
        })
        return texts
    }

    static func steps(of item: TrackedItem, key: String) -> (key: String, texts: [String])? {
        let texts = item.milestones.map { $0.text ?? "" }
        return texts.contains(where: { !$0.isEmpty }) ? (key, texts) : nil
    }

    /// The words of the file read from `sourcePath`, if it can be translated.
    public static func of(_ sourcePath: String, in content: Content) -> SourceText? {
        all(in: content).first { $0.path == sourcePath }
    }

    /// Twelve hexadecimal digits (FNV-1a, 64 bits): the same words always give the same digest.
    public static func digest(title: String, summary: String?, body: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in (title + "\n" + (summary ?? "") + "\n" + body.trimmingWhitespace).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12))
    }
}

/// What `tally check --translations` reports: each page with no translation into a language,
/// and each translation whose source's words have changed since it was made.
public enum TranslationReview {
    public static func review(_ content: Content) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sources = SourceWords.all(in: content).sorted { $0.path < $1.path }
        for language in content.site.languages.dropFirst() {
            let words = content.translations[language] ?? LanguageWords(language: language)
            for source in sources {
                guard let text = words.texts[source.path] else {
                    problems.append(.warning(
                        "there is no translation into \(language)", at: SourceLocation(file: source.displayPath),
                        hint: "write it with: tally new translation \(source.path) --language \(language)"))
                    continue
                }
                let current = source.digest
                guard let recorded = text.translates else {
                    problems.append(.warning(
                        "this translation does not say which version of \(source.path) it translates", at: text.location,
                        hint: "once it matches the source, add translates: \(current)"))
                    continue
                }
                if recorded != current {
                    problems.append(.warning(
                        "\(source.path) has changed since this translation was made", at: text.translatesLocation ?? text.location,
                        hint: "bring the translation up to date, then set translates: \(current)"))
                }
            }
        }
        return problems
    }
}
