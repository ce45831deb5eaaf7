import Diagnostics
import Markup

enum PageReader {
    static let example = "title: About this site"

    /// The page, `nil` when it cannot be read; `isDraft` tells the caller to leave it out.
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> (page: Page?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return (nil, false) }
        let fields = document.fields
        let title = fields.string("title", required: true, example: example)
        var page = Page(
            sourcePath: file.path,
            slug: pageSlug(for: file.path),
            title: title ?? file.baseName,
            summary: fields.summary(example: "summary: What this page means, in plain words."),
            description: fields.string("description"),
            navigationTitle: fields.string("nav_title"),
            body: document.body
        )
        page.editions = fields.editions()
        let isDraft = fields.bool("draft", example: "draft: true") ?? false
        fields.finish()
        // Kept even without a title (which is already an error) so that its links are checked
        // in the same run.
        return (page, isDraft)
    }

    /// `pages/index.md` -> "", `pages/about.md` -> "about", `pages/help/Print Guide.md` -> "help/print-guide".
    static func pageSlug(for path: String) -> String {
        var components = path.split(separator: "/").map(String.init)
        components.removeFirst()  // "pages"
        guard var last = components.popLast() else { return "" }
        if let dot = last.lastIndex(of: ".") { last = String(last[..<dot]) }
        if last != "index" { components.append(last) }
        return components.map { Slug.make($0) }.joined(separator: "/")
    }
}

enum UpdateReader {
    static let example = "title: Annual report published"

    static func read(_ file: SourceFile, sink: DiagnosticSink) -> (update: Update?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: example + ", date: 2025-07-17") else {
            return (nil, false)
        }
        let fields = document.fields
        let title = fields.string("title", required: true, example: example)
        let date = fields.date("date", required: true, example: "date: 2025-07-17")
        let summary = fields.summary()
        let author = fields.string("author")
        let isDraft = fields.bool("draft", example: "draft: true") ?? false
        let editions = fields.editions()
        fields.finish()
        // Kept without a title or date (already errors) so that its links are checked in the same run.
        let update = Update(
            sourcePath: file.path, slug: Slug.make(file.baseName), title: title ?? file.baseName,
            date: date ?? CivilDate(daysSinceEpoch: 0), summary: summary, author: author, body: document.body)
        var limited = update
        limited.editions = editions
        return (limited, isDraft)
    }
}
