import Diagnostics
import Markup

/// Which version of its source a translation translates: a digest of the source's words (title,
/// summary and text), not of its facts, so that a new status does not make a translation stale.
public enum SourceWords {
    /// Every page, update, plan and action, with its words: what a translation translates.
    public static func all(in content: Content) -> [(path: String, title: String, summary: String?, body: MarkdownText)] {
        content.pages.map { ($0.sourcePath, $0.title, $0.summary, $0.body) }
            + content.updates.map { ($0.sourcePath, $0.title, $0.summary, $0.body) }
            + content.plans.flatMap { plan in
                [(plan.sourcePath, plan.title, plan.summary, plan.body)] + plan.actions.map { ($0.sourcePath, $0.item.title, $0.summary, $0.body) }
            }
    }

    /// The words of the page, update, plan or action read from `sourcePath`, if there is one.
    public static func of(_ sourcePath: String, in content: Content) -> (title: String, summary: String?, body: MarkdownText)? {
        all(in: content).first { $0.path == sourcePath }.map { ($0.title, $0.summary, $0.body) }
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
                        "there is no translation into \(language)", at: SourceLocation(file: source.body.displayPath),
                        hint: "write it with: tally new translation \(source.path) --language \(language)"))
                    continue
                }
                let current = SourceWords.digest(title: source.title, summary: source.summary, body: source.body.text)
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
