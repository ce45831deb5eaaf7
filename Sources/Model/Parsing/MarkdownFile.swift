import Diagnostics

/// A content file made of YAML front matter and a Markdown body, opened for reading.
struct MarkdownFile {
    let fields: Fields
    let body: MarkdownText

    /// Decodes, splits and parses `file`; `nil` (with the reason in `sink`) when that fails.
    static func open(_ file: SourceFile, sink: DiagnosticSink, example: String) -> MarkdownFile? {
        guard let text = decode(file, sink: sink, example: example) else { return nil }
        let document: FrontMatterDocument
        switch FrontMatterDocument.split(text, of: file) {
        case .success(let split): document = split
        case .failure(let diagnostic):
            sink.append(diagnostic)
            return nil
        }
        guard let yaml = document.yaml else {
            sink.error(
                "the file has no front matter", at: file.location(line: 1, column: 1),
                hint: "start the file with ---, then its fields (\(example)), then ---")
            return nil
        }
        let root = YAMLParser.parse(yaml, file: file, firstLine: document.yamlFirstLine, sink: sink)
        if root == nil, sink.list.hasErrors { return nil }
        let fields = Fields.root(root, file: file, firstLine: document.yamlFirstLine, sink: sink)
        return MarkdownFile(fields: fields, body: document.body)
    }

    /// The file's text, or `nil` with an error when it is empty or not UTF-8.
    static func decode(_ file: SourceFile, sink: DiagnosticSink, example: String) -> String? {
        let text: String
        switch file.text() {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic):
            sink.append(diagnostic)
            return nil
        }
        if text.allSatisfy(\.isWhitespace) {
            sink.error(
                "the file is empty", at: file.location(line: 1, column: 1),
                hint: "give it front matter with at least \(example), or delete it")
            return nil
        }
        return text
    }
}
