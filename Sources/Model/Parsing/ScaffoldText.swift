/// The words `tally new` writes where an item's own go. Published as they are, a page would say
/// "The update, in Markdown." as if the organisation had: once a file is no longer a draft, a
/// line that is still one of them is an error at that line.
public enum ScaffoldText {
    public static let meetingNotes = "What was said, in plain words."
    public static let actionBody = "How the action will be delivered, in Markdown."
    public static let updateSummary = "One or two short sentences in plain words, for lists and the feed."
    public static let updateBody = "The update, in Markdown."
    public static let responseBody = "The introduction to the response, in Markdown."
    public static let respondent = "Who responds"
    public static let reportTitle = "Title of the report"
    public static let recommendation = "The recommendation, word for word as published."
    public static let recommendationBody = "The response to the recommendation, in Markdown."

    static let all: Set<String> = [
        meetingNotes, actionBody, updateSummary, updateBody, responseBody, respondent, reportTitle, recommendation, recommendationBody,
    ]

    /// Reports each line of `file` that is still one of the words above, as a value (`respondent:
    /// Who responds`) or a line of its own.
    static func check(_ file: SourceFile, sink: DiagnosticSink) {
        guard case .success(let text) = file.text() else { return }
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var words = String(line).trimming(" \t\r\"'")
            if let colon = words.firstIndex(of: ":"), words[..<colon].allSatisfy({ $0.isLetter || $0 == "_" }), !words[..<colon].isEmpty {
                words = String(words[words.index(after: colon)...]).trimming(" \t\"'")
            }
            guard all.contains(words) else { continue }
            sink.error(
                "\"\(words)\" is still the placeholder tally new wrote here", at: file.location(line: number),
                hint: "write the item's own words here, or keep draft: true until they are written")
        }
    }
}
