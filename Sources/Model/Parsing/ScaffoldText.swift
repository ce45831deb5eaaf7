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

    static let all: [[UInt8]] = [
        meetingNotes, actionBody, updateSummary, updateBody, responseBody, respondent, reportTitle, recommendation, recommendationBody,
    ].map { Array($0.utf8) }
    static let lengths = Set(all.map(\.count))

    /// Reports each line of `file` that is still one of the words above, as a value (`respondent:
    /// Who responds`) or a line of its own. Every published file comes here, so its bytes are
    /// read in place: a line is compared only when it is as long as one of the words.
    static func check(_ file: SourceFile, sink: DiagnosticSink) {
        file.bytes.withUnsafeBufferPointer { bytes in
            var line = 1
            var start = 0
            while start <= bytes.count {
                let end = bytes.firstOffset(of: UInt8(ascii: "\n"), from: start) ?? bytes.count
                if let found = placeholder(in: bytes, from: start, to: end) {
                    sink.error(
                        "\"\(found)\" is still the placeholder tally new wrote here", at: file.location(line: line),
                        hint: "write the item's own words here, or keep draft: true until they are written")
                }
                line += 1
                start = end + 1
            }
        }
    }

    /// The placeholder the line `from..<to` holds, trimmed of spaces and quotes and of a leading `key:`.
    private static func placeholder(in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> String? {
        var low = from, high = to
        while low < high, isEdge(bytes[low]) { low += 1 }
        while high > low, isEdge(bytes[high - 1]) { high -= 1 }
        // `key: value`: the value.
        var key = low
        while key < high, (bytes[key] >= UInt8(ascii: "a") && bytes[key] <= UInt8(ascii: "z")) || bytes[key] == UInt8(ascii: "_") { key += 1 }
        if key > low, key < high, bytes[key] == UInt8(ascii: ":") {
            low = key + 1
            while low < high, isEdge(bytes[low]) { low += 1 }
        }
        guard lengths.contains(high - low) else { return nil }
        let words = UnsafeBufferPointer(rebasing: bytes[low..<high])
        guard let match = all.first(where: { $0.elementsEqual(words) }) else { return nil }
        return String(decoding: match, as: UTF8.self)
    }

    private static func isEdge(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        default: false
        }
    }
}
