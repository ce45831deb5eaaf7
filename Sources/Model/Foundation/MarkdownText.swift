import Diagnostics

/// Markdown prose from a content file, with where it starts so that positions found in it
/// can be reported at the right line of the file.
public struct MarkdownText: Sendable, Hashable {
    public let text: String
    /// The source file's path inside `Content/`.
    public let sourcePath: String
    public let displayPath: String
    /// The file line on which the Markdown's first line is.
    public let firstLine: Int
    /// Columns to add to a position on the first line (for text that starts mid-line, as a YAML value does).
    public let firstColumnOffset: Int

    public init(text: String, sourcePath: String, displayPath: String, firstLine: Int, firstColumnOffset: Int = 0) {
        self.text = text
        self.sourcePath = sourcePath
        self.displayPath = displayPath
        self.firstLine = firstLine
        self.firstColumnOffset = firstColumnOffset
    }

    /// The file location of a 1-based line and column inside this Markdown.
    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(
            file: displayPath,
            line: firstLine + max(line, 1) - 1,
            column: column + (line <= 1 ? firstColumnOffset : 0)
        )
    }

    public var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
}
