import Diagnostics
import Compute
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
    /// The files whose bytes may differ from the last build of the memo it was given; nil when
    /// there was no memo (every file is new).
    public var changedPaths: Set<String>?
    /// What to give the next build of the same session, to redo only what a change affects.
    public var memo: RenderMemo?
}

/// What a build rendered, kept so that the next build of a session (`tally serve`) renders
/// again only what a change affects. Valid only for the same theme, edition and as-at date: the
/// session starts a new memo when any of them changes.
public struct RenderMemo: Sendable {
    struct CachedPage: Sendable {
        var page: SiteRenderer.RenderedPage
        var markdownSources: Set<String>
    }

    var fingerprint: ContentFingerprint
    var pages: [String: CachedPage] = [:]
    var files: [String: OutputFile] = [:]
    var links = LinkChecker.Memo()
    /// How many pages the build that made it rendered, and how many it took from the memo before it.
    public internal(set) var rendered = 0
    public internal(set) var reused = 0
}

/// Renders the model into the files of the site. Pure: the same content, theme, edition and
/// as-at date always give the same bytes.
public enum SiteRenderer {
    /// - Parameters:
    ///   - fingerprint: the content's fingerprint; with it, the result carries a memo.
    ///   - memo: the memo of the session's last build, reused where the content is unchanged.
    public static func render(
        content: Content, assessments: Assessments, theme: Theme, edition: Edition = .web,
        fingerprint: ContentFingerprint? = nil, reusing memo: RenderMemo? = nil
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

        // With a memo of the same structure, only pages that show a changed body are rendered.
        let changedBodies = fingerprint.flatMap { current in memo.flatMap { current.changedBodies(since: $0.fingerprint) } }
        let usable = changedBodies == nil ? nil : memo
        let outcomes = map.pages.parallelMap { plan -> (RenderedPage, Set<String>, Bool) in
            if let usable, let changedBodies, let cached = usable.pages[plan.sitePath],
                cached.markdownSources.isDisjoint(with: changedBodies)
            {
                return (cached.page, cached.markdownSources, false)
            }
            let (page, sources) = renderPageRecordingSources(plan, environment: environment)
            return (page, sources, true)
        }
        let pages = outcomes.map(\.0)
        var changed = Set<String>()
        var files: [OutputFile] = []
        var anchorLinks: [String: [AnchorLink]] = [:]
        for (plan, (page, _, wasRendered)) in zip(map.pages, outcomes) {
            diagnostics.append(contentsOf: page.diagnostics)
            anchorLinks[plan.sitePath, default: []].append(contentsOf: page.anchorLinks)
            files.append(page.file)
            if wasRendered, usable?.pages[plan.sitePath]?.page.file != page.file { changed.insert(plan.sitePath) }
        }
        let searchIndex = OutputFile(sitePath: FindingPaths.searchIndex, bytes: SearchIndex.script(pages.compactMap(\.searchEntry)))
        if usable?.files[searchIndex.sitePath] != searchIndex { changed.insert(searchIndex.sitePath) }
        files.append(searchIndex)
        // Other files (downloads, the feed, exports) show no bodies: with the same structure, they are the same.
        for plan in map.files {
            if let usable, let same = usable.files[plan.sitePath] {
                files.append(same)
            } else {
                files.append(OutputFile(sitePath: plan.sitePath, bytes: plan.produce(environment)))
                changed.insert(plan.sitePath)
            }
        }
        files.sort { $0.sitePath < $1.sitePath }

        // Links are checked between the pages as written, so a broken link is reported at its
        // source in every edition; the print document is then checked again as a whole.
        let templates = Dictionary(map.pages.map { ($0.sitePath, $0.template) }, uniquingKeysWith: { first, _ in first })
        let (linkProblems, linkMemo) = LinkChecker.check(
            files, anchorLinks: anchorLinks,
            templateLocation: { sitePath in templates[sitePath].map(theme.location(ofTemplate:)) },
            reusing: usable?.links, changed: usable == nil ? nil : changed)
        diagnostics.append(contentsOf: linkProblems)
        if edition == .print {
            files = printEdition(map: map, pages: pages, files: files, environment: environment)
            files.sort { $0.sitePath < $1.sitePath }
            diagnostics.append(
                contentsOf: LinkChecker.check(
                    files, anchorLinks: [:], templateLocation: { _ in theme.location(ofTemplate: "print") }))
        }
        let pageCount = files.filter { $0.sitePath.hasSuffix(".html") }.count

        var newMemo: RenderMemo?
        if let fingerprint, edition != .print {
            var next = RenderMemo(fingerprint: fingerprint, links: linkMemo)
            for (plan, (page, sources, wasRendered)) in zip(map.pages, outcomes) {
                next.pages[plan.sitePath] = RenderMemo.CachedPage(page: page, markdownSources: sources)
                if wasRendered { next.rendered += 1 } else { next.reused += 1 }
            }
            for file in files where next.pages[file.sitePath] == nil { next.files[file.sitePath] = file }
            newMemo = next
        }
        return RenderedSite(
            files: files, diagnostics: diagnostics, pageCount: pageCount, changedPaths: usable == nil ? nil : changed,
            memo: newMemo)
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

    struct RenderedPage: Sendable, Hashable {
        var file: OutputFile
        var diagnostics: [Diagnostic]
        var anchorLinks: [AnchorLink]
        var searchEntry: SearchIndex.Entry?
    }

    static func renderPage(_ plan: PagePlan, environment: SiteEnvironment) -> RenderedPage {
        renderPageRecordingSources(plan, environment: environment).page
    }

    /// The page, and the content files whose Markdown it showed.
    static func renderPageRecordingSources(_ plan: PagePlan, environment: SiteEnvironment) -> (page: RenderedPage, sources: Set<String>) {
        var render = PageRender(plan: plan, environment: environment)
        let view = plan.view(&render)
        let context = ViewValues.removingNils(Chrome.context(for: &render, page: view))
        var html = environment.theme.render(plan.template, context)
        if environment.edition == .offline { html = OfflineLinks.rewrite(html) }
        let page = RenderedPage(
            file: OutputFile(sitePath: plan.sitePath, bytes: Array(html.utf8)),
            diagnostics: render.diagnostics, anchorLinks: render.anchorLinks,
            searchEntry: SearchIndex.entry(sitePath: plan.sitePath, template: plan.template, title: plan.title, html: html))
        return (page, render.markdownSources)
    }
}
