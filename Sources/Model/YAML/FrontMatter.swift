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

    /// Splits the text of `file`; an opening `---` with no closing line is an error.
    public static func split(_ text: String, of file: SourceFile) -> Result<FrontMatterDocument, Diagnostic> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isDelimiter(first, allowingDots: false) else {
            return .success(
                FrontMatterDocument(
                    yaml: nil, yamlFirstLine: 1,
                    body: MarkdownText(text: text, sourcePath: file.path, displayPath: file.displayPath, firstLine: 1)
                ))
        }
        lines = lines.dropFirst()
        guard let closing = lines.firstIndex(where: { isDelimiter($0, allowingDots: true) }) else {
            return .failure(
                .error(
                    "the front matter that starts on line 1 is never closed",
                    at: file.location(line: 1, column: 1),
                    hint: "add a line with only --- after the last field, before the text of the page"
                ))
        }
        let yaml = lines[lines.startIndex..<closing].joined(separator: "\n")
        let bodyLines = lines[lines.index(after: closing)...]
        // `closing` is a 0-based index into the file's lines.
        let bodyFirstLine = closing + 2
        return .success(
            FrontMatterDocument(
                yaml: yaml, yamlFirstLine: 2,
                body: MarkdownText(
                    text: bodyLines.joined(separator: "\n"), sourcePath: file.path,
                    displayPath: file.displayPath, firstLine: bodyFirstLine)
            ))
    }

    private static func isDelimiter(_ line: Substring, allowingDots: Bool) -> Bool {
        let trimmed = line.reversed().drop(while: { $0 == " " || $0 == "\t" })
        let text = String(trimmed.reversed())
        return text == "---" || (allowingDots && text == "...")
    }
}
