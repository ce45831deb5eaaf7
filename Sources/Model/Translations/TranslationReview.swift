import Diagnostics
import Markup

/// Which version of its source a translation translates: a digest of the source's words (title,
/// summary and text), not of its facts, so that a new status does not make a translation stale.
public enum SourceWords {
    /// The words of the page, update, plan or action read from `sourcePath`, if there is one.
    public static func of(_ sourcePath: String, in content: Content) -> (title: String, summary: String?, body: MarkdownText)? {
        if let page = content.pages.first(where: { $0.sourcePath == sourcePath }) { return (page.title, page.summary, page.body) }
        if let update = content.updates.first(where: { $0.sourcePath == sourcePath }) { return (update.title, update.summary, update.body) }
        if let plan = content.plans.first(where: { $0.sourcePath == sourcePath }) { return (plan.title, plan.summary, plan.body) }
        if let action = content.allActions.first(where: { $0.sourcePath == sourcePath }) {
            return (action.item.title, action.summary, action.body)
        }
        return nil
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

    public static func digest(of sourcePath: String, in content: Content) -> String? {
        of(sourcePath, in: content).map { digest(title: $0.title, summary: $0.summary, body: $0.body.text) }
    }
}

/// What `tally check --translations` reports: each page with no translation into a language,
/// and each translation whose source's words have changed since it was made.
public enum TranslationReview {
    public static func review(_ content: Content) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sources: [(path: String, display: String)] =
            content.pages.map { ($0.sourcePath, $0.body.displayPath) } + content.updates.map { ($0.sourcePath, $0.body.displayPath) }
            + content.plans.flatMap { plan in [(plan.sourcePath, plan.body.displayPath)] + plan.actions.map { ($0.sourcePath, $0.body.displayPath) } }
        for language in content.site.languages.dropFirst() {
            let words = content.translations[language] ?? LanguageWords(language: language)
            for source in sources.sorted(by: { $0.path < $1.path }) {
                guard let text = words.texts[source.path] else {
                    problems.append(.warning(
                        "there is no translation into \(language)", at: SourceLocation(file: source.display),
                        hint: "write it with: tally new translation \(source.path) --language \(language)"))
                    continue
                }
                let current = SourceWords.digest(of: source.path, in: content)
                guard let recorded = text.translates else {
                    problems.append(.warning(
                        "this translation does not say which version of \(source.path) it translates", at: text.location,
                        hint: "once it matches the source, add translates: \(current ?? "")"))
                    continue
                }
                if recorded != current {
                    problems.append(.warning(
                        "\(source.path) has changed since this translation was made", at: text.translatesLocation ?? text.location,
                        hint: "bring the translation up to date, then set translates: \(current ?? "")"))
                }
            }
        }
        return problems
    }
}
