import Diagnostics
import Model

/// The reading ease of every summary, hardest first, and a warning for each above the site's
/// highest grade.
public struct PlainLanguageReview: Sendable {
    public struct Reading: Sendable {
        public var summary: SummaryText
        public var ease: ReadingEase
    }

    public var readings: [Reading]
    public var maxGrade: Int
    public var diagnostics: DiagnosticList

    public static func review(_ content: Content) -> PlainLanguageReview {
        let maxGrade = content.site.plainLanguage.maxGrade
        let terms = Set(content.glossary.terms.flatMap { [$0.term] + $0.variants })
        let readings = content.summaries.map { Reading(summary: $0, ease: ReadingEase($0.text, terms: terms)) }
            .sorted { ($1.ease.grade, $0.summary.location) < ($0.ease.grade, $1.summary.location) }
        var diagnostics = DiagnosticList()
        for reading in readings where reading.ease.grade > Double(maxGrade) {
            diagnostics.warning(
                "this summary reads at grade \(PlainLanguageReview.format(reading.ease.grade)), above the site's limit of \(maxGrade)",
                at: reading.summary.location,
                hint: hint(reading.ease))
        }
        return PlainLanguageReview(readings: readings, maxGrade: maxGrade, diagnostics: diagnostics)
    }

    /// What to change first: the longest sentence when sentences are long, the hardest words when
    /// words are; both when both are.
    static func hint(_ ease: ReadingEase) -> String {
        var advice: [String] = []
        let longest = ease.longestSentence
        if longest.words > 15 {
            let opening = ReadingEase.words(in: longest.text).prefix(6).joined(separator: " ")
            advice.append("split the sentence \"\(opening) ...\" (\(longest.words) words)")
        }
        if !ease.hardestWords.isEmpty {
            advice.append("use everyday words for \(ease.hardestWords.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        if advice.isEmpty { advice.append("use shorter sentences and everyday words") }
        return advice.joined(separator: "; ") + ". The limit is plain_language: max_grade in site.yaml"
    }

    public static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths / 10)
        let fraction = abs(Int(tenths) % 10)
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
