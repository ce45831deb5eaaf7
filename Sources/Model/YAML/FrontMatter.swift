import Diagnostics

/// A Markdown file split into its YAML front matter and its body.
///
/// ```
/// ---
/// title: About
/// ---
/// Body text
/// ```
public struct FrontMatterDocument: Sendable {
    /// The YAML between the `---` lines, or `nil` when the file has none.
    public let yaml: String?
    /// The file line of the YAML's first line (2 when the file starts with `---`).
    public let yamlFirstLine: Int
    public let body: MarkdownText

    /// Splits the text of `file`; an opening `---` with no closing line is an error. Reads only
    /// as far as the closing line: the body is taken as it is, however long.
    public static func split(_ text: String, of file: SourceFile) -> Result<FrontMatterDocument, Diagnostic> {
        let utf8 = text.utf8
        let firstEnd = utf8.firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        guard isDelimiter(text[..<firstEnd], allowingDots: false) else {
            return .success(
                FrontMatterDocument(
                    yaml: nil, yamlFirstLine: 1,
                    body: MarkdownText(text: text, sourcePath: file.path, displayPath: file.displayPath, firstLine: 1)
                ))
        }
        var lineStart = firstEnd == utf8.endIndex ? firstEnd : utf8.index(after: firstEnd)
        let yamlStart = lineStart
        var line = 2
        while lineStart < utf8.endIndex || line == 2 {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isDelimiter(text[lineStart..<lineEnd], allowingDots: true) {
                // The YAML keeps no final newline, and the body starts on the line after the closing one.
                let yamlEnd = lineStart == yamlStart ? yamlStart : utf8.index(before: lineStart)
                let bodyStart = lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
                return .success(
                    FrontMatterDocument(
                        yaml: String(text[yamlStart..<yamlEnd]), yamlFirstLine: 2,
                        body: MarkdownText(
                            text: String(text[bodyStart...]), sourcePath: file.path, displayPath: file.displayPath,
                            firstLine: line + 1)
                    ))
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = utf8.index(after: lineEnd)
            line += 1
        }
        return .failure(
            .error(
                "the front matter that starts on line 1 is never closed",
                at: file.location(line: 1, column: 1),
                hint: "add a line with only --- after the last field, before the text of the page"
            ))
    }

    private static func isDelimiter(_ line: Substring, allowingDots: Bool) -> Bool {
        var bytes = line.utf8[...]
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (allowingDots && bytes.elementsEqual("...".utf8))
    }
}
