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
        let map = SiteMap.plan(content, theme: theme)
        let environment = SiteEnvironment(
            content: content, assessments: assessments, asOf: assessments.asOf, edition: edition, theme: theme,
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
        for plan in map.files {
            files.append(OutputFile(sitePath: plan.sitePath, bytes: plan.produce(environment)))
        }
        files.sort { $0.sitePath < $1.sitePath }

        let templates = Dictionary(map.pages.map { ($0.sitePath, $0.template) }, uniquingKeysWith: { first, _ in first })
        diagnostics.append(
            contentsOf: LinkChecker.check(
                files, anchorLinks: anchorLinks,
                templateLocation: { sitePath in templates[sitePath].map(theme.location(ofTemplate:)) }))
        return RenderedSite(files: files, diagnostics: diagnostics, pageCount: pages.count)
    }

    struct RenderedPage: Sendable {
        var file: OutputFile
        var diagnostics: [Diagnostic]
        var anchorLinks: [AnchorLink]
    }

    static func renderPage(_ plan: PagePlan, environment: SiteEnvironment) -> RenderedPage {
        var render = PageRender(plan: plan, environment: environment)
        let view = plan.view(&render)
        let context = ViewValues.removingNils(Chrome.context(for: &render, page: view))
        let html = environment.theme.render(plan.template, context)
        return RenderedPage(
            file: OutputFile(sitePath: plan.sitePath, bytes: Array(html.utf8)),
            diagnostics: render.diagnostics, anchorLinks: render.anchorLinks)
    }
}
