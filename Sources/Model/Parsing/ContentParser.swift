import Diagnostics

/// What parsing `Content/` gave: the model (with whatever could be read) and every problem found.
public struct ParsedContent: Sendable {
    public var content: Content
    public var diagnostics: DiagnosticList
}

/// Turns the files of `Content/` into the model. Pure: it reads only the files it is given.
public enum ContentParser {
    /// The folders and files Tally reads, for hints about misplaced files.
    public static let knownPlaces = ["site.yaml", "pages/", "updates/", "static/"]

    /// `displayRoot` is how the content folder is named in messages (`Content`).
    public static func parse(_ files: [SourceFile], displayRoot: String = "Content") -> ParsedContent {
        let sink = DiagnosticSink()
        let sorted = files.sorted { $0.path < $1.path }

        var site: SiteConfig?
        var pages: [Page] = []
        var updates: [Update] = []
        var staticFiles: [StaticFile] = []
        var drafts: Set<String> = []

        for file in sorted {
            let parts = file.path.split(separator: "/")
            guard let top = parts.first, !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            switch (String(top), parts.count, file.pathExtension) {
            case ("site.yaml", 1, _):
                site = SiteConfigReader.read(file, sink: sink)
            case ("pages", 2..., "md"):
                let (page, isDraft) = PageReader.read(file, sink: sink)
                if isDraft { drafts.insert(file.path) } else if let page { pages.append(page) }
            case ("updates", 2, "md"):
                let (update, isDraft) = UpdateReader.read(file, sink: sink)
                if isDraft { drafts.insert(file.path) } else if let update { updates.append(update) }
            case ("static", 2..., _):
                staticFiles.append(
                    StaticFile(
                        sourcePath: file.path, displayPath: file.displayPath, sitePath: parts.dropFirst().joined(separator: "/"), bytes: file.bytes))
            default:
                sink.warning(
                    "this file is not part of the site and is ignored", at: file.location(),
                    hint: "Tally reads " + knownPlaces.joined(separator: ", ") + " (see docs/content-format.md)")
            }
        }

        if site == nil, !files.contains(where: { $0.path == "site.yaml" }) {
            sink.error(
                "there is no site.yaml", at: SourceLocation(file: "\(displayRoot)/site.yaml"),
                hint: "create it with at least a title, for example: title: Our action plans")
        }

        updates.sort { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let content = Content(
            site: site ?? SiteConfig(title: "Untitled site"),
            pages: pages,
            updates: updates,
            staticFiles: staticFiles,
            sourcePaths: Set(files.map(\.path)),
            draftPaths: drafts
        )
        return ParsedContent(content: content, diagnostics: sink.list)
    }
}
