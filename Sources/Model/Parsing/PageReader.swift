import Diagnostics
import Markup

enum PageReader {
    static let example = "title: About this site"

    /// The page, `nil` when it cannot be read; `isDraft` tells the caller to leave it out.
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> (page: Page?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return (nil, false) }
        let fields = document.fields
        let title = fields.string("title", required: true, example: example)
        let slug = pageSlug(for: file, fields: fields)
        var page = Page(
            sourcePath: file.path,
            slug: slug ?? "",
            title: title ?? file.baseName,
            summary: fields.summary(example: "summary: What this page means, in plain words."),
            description: fields.string("description"),
            navigationTitle: fields.string("nav_title"),
            body: document.body
        )
        page.editions = fields.editions()
        page.date = fields.date("date")
        let isDraft = fields.draft()
        fields.finish()
        // Kept even without a title (which is already an error) so that its links are checked
        // in the same run; without an address it would be taken for the home page.
        return (slug == nil ? nil : page, isDraft)
    }

    /// `pages/index.md` -> "", `pages/about.md` -> "about", `pages/help/Print Guide.md` ->
    /// "help/print-guide"; the last part from `slug:` when it is given. Nil, with an error, when
    /// a folder or the file has no name to make an address from.
    static func pageSlug(for file: SourceFile, fields: Fields) -> String? {
        var folders = file.path.split(separator: "/").map(String.init)
        folders.removeFirst()  // "pages"
        let name = folders.popLast() ?? ""
        var parts: [String] = []
        for folder in folders {
            let part = Slug.make(folder)
            guard !part.isEmpty else {
                fields.sink.error(
                    "the folder name \"\(folder)\" has no Latin letters or digits to make the page's address from", at: fields.location,
                    hint: "rename the folder with Latin letters or digits")
                return nil
            }
            parts.append(part)
        }
        let isIndex = name.split(separator: ".").first == "index" && fields.given("slug") == nil
        if !isIndex {
            guard let last = AddressSlug.read(fields, file: file) else { return nil }
            parts.append(last)
        }
        return parts.joined(separator: "/")
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
        fields.checkDateInName(of: file, against: date, folder: "updates", kind: "update")
        let summary = fields.summary()
        let slug = AddressSlug.read(fields, file: file)
        let author = fields.string("author")
        let isDraft = fields.draft()
        let editions = fields.editions()
        fields.finish()
        // Kept without a title or date (already errors) so that its links are checked in the same run.
        let update = Update(
            sourcePath: file.path, slug: slug ?? "", title: title ?? file.baseName,
            date: date ?? CivilDate(daysSinceEpoch: 0), summary: summary, author: author, body: document.body)
        var limited = update
        limited.editions = editions
        return (slug == nil ? nil : limited, isDraft)
    }
}
