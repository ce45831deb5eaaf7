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
        let readings = content.summaries.map { Reading(summary: $0, ease: ReadingEase($0.text)) }
            .sorted { ($1.ease.grade, $0.summary.location) < ($0.ease.grade, $1.summary.location) }
        var diagnostics = DiagnosticList()
        for reading in readings where reading.ease.grade > Double(maxGrade) {
            diagnostics.warning(
                "this summary reads at grade \(PlainLanguageReview.format(reading.ease.grade)), above the site's limit of \(maxGrade)",
                at: reading.summary.location,
                hint: "use shorter sentences (it has \(reading.ease.words) words in \(reading.ease.sentences) sentence\(reading.ease.sentences == 1 ? "" : "s")) and everyday words; the limit is plain_language: max_grade in site.yaml")
        }
        return PlainLanguageReview(readings: readings, maxGrade: maxGrade, diagnostics: diagnostics)
    }

    public static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths / 10)
        let fraction = abs(Int(tenths) % 10)
        return (tenths < 0 && whole == 0 ? "-" : "") + "\(whole).\(fraction)"
    }
}
