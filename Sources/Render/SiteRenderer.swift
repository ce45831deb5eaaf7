import Diagnostics
import Metrics
import Model

/// One file of the built site.
public struct OutputFile: Sendable, Hashable {
    /// Its path inside the site: `updates/index.html`.
    public var sitePath: String
    public var bytes: [UInt8]

    public init(sitePath: String, bytes: [UInt8]) {
        self.sitePath = sitePath
        self.bytes = bytes
    }
}

/// The rendered site: every file, sorted by path, and every problem found while rendering.
public struct RenderedSite: Sendable {
    public var files: [OutputFile]
    public var diagnostics: DiagnosticList
    public var pageCount: Int
}

/// Renders the model into the files of the site. Pure: the same content, theme, edition and
/// as-at date always give the same bytes.
public enum SiteRenderer {
    public static func render(
        content: Content, assessments: Assessments, theme: Theme, edition: Edition = .web
    ) -> RenderedSite {
        let map = SiteMap.plan(content, theme: theme, edition: edition)
        let environment = SiteEnvironment(
            content: map.content, assessments: assessments, asOf: assessments.asOf, edition: edition, theme: theme,
            links: map.links, sectionPaths: map.sectionPaths)

        var diagnostics = map.diagnostics
        let missing = theme.missingTemplates(Set(map.pages.map(\.template)))
        guard missing.isEmpty else {
            diagnostics.append(contentsOf: missing)
            return RenderedSite(files: [], diagnostics: diagnostics, pageCount: 0)
        }
        let pages = map.pages.parallelMap { plan in
            renderPage(plan, environment: environment)
        }
        var files: [OutputFile] = []
        var anchorLinks: [AnchorLink] = []
        for page in pages {
            diagnostics.append(contentsOf: page.diagnostics)
            anchorLinks.append(contentsOf: page.anchorLinks)
            files.append(page.file)
        }
        files.append(OutputFile(sitePath: FindingPaths.searchIndex, bytes: SearchIndex.script(pages.compactMap(\.searchEntry))))
        for plan in map.files {
            files.append(OutputFile(sitePath: plan.sitePath, bytes: plan.produce(environment)))
        }
        files.sort { $0.sitePath < $1.sitePath }

        // Links are checked between the pages as written, so a broken link is reported at its
        // source in every edition; the print document is then checked again as a whole.
        let templates = Dictionary(map.pages.map { ($0.sitePath, $0.template) }, uniquingKeysWith: { first, _ in first })
        diagnostics.append(
            contentsOf: LinkChecker.check(
                files, anchorLinks: anchorLinks,
                templateLocation: { sitePath in templates[sitePath].map(theme.location(ofTemplate:)) }))
        if edition == .print {
            files = printEdition(map: map, pages: pages, files: files, environment: environment)
            files.sort { $0.sitePath < $1.sitePath }
            diagnostics.append(
                contentsOf: LinkChecker.check(
                    files, anchorLinks: [], templateLocation: { _ in theme.location(ofTemplate: "print") }))
        }
        let pageCount = files.filter { $0.sitePath.hasSuffix(".html") }.count
        return RenderedSite(files: files, diagnostics: diagnostics, pageCount: pageCount)
    }

    /// One document, `index.html`, with the stylesheet and any files its pages show (images).
    static func printEdition(map: SiteMap, pages: [RenderedPage], files: [OutputFile], environment: SiteEnvironment) -> [OutputFile] {
        let parts = zip(map.pages, pages).map { plan, page in
            PrintDocument.Part(sitePath: plan.sitePath, template: plan.template, title: plan.title, html: String(decoding: page.file.bytes, as: UTF8.self))
        }
        let document = PagePlan(
            sitePath: "index.html", title: environment.content.site.title, template: "print", breadcrumbs: [],
            origin: .generated("the print edition"),
            view: { render in
                let (contents, body, numbers) = PrintDocument.assemble(parts, content: render.environment.content)
                var view: [String: Any] = ["contents": contents, "parts": body]
                if let footer = render.environment.content.site.footer {
                    view["coverFooter"] = PrintDocument.rewriteLinks(render.html(footer), from: "index.html", numbers: numbers)
                }
                return view
            })
        let rendered = renderPage(document, environment: environment)
        let kept = files.filter { file in
            file.sitePath.hasPrefix("assets/") || environment.content.staticFiles.contains { $0.sitePath == file.sitePath }
        }
        return kept.filter { !$0.sitePath.hasSuffix(".js") } + [rendered.file]
    }

    struct RenderedPage: Sendable {
        var file: OutputFile
        var diagnostics: [Diagnostic]
        var anchorLinks: [AnchorLink]
        var searchEntry: SearchIndex.Entry?
    }

    static func renderPage(_ plan: PagePlan, environment: SiteEnvironment) -> RenderedPage {
        var render = PageRender(plan: plan, environment: environment)
        let view = plan.view(&render)
        let context = ViewValues.removingNils(Chrome.context(for: &render, page: view))
        var html = environment.theme.render(plan.template, context)
        if environment.edition == .offline { html = OfflineLinks.rewrite(html) }
        return RenderedPage(
            file: OutputFile(sitePath: plan.sitePath, bytes: Array(html.utf8)),
            diagnostics: render.diagnostics, anchorLinks: render.anchorLinks,
            searchEntry: SearchIndex.entry(sitePath: plan.sitePath, template: plan.template, title: plan.title, html: html))
    }
}
