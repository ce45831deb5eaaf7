import Foundation
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
    /// How many files the site has (kept when the files themselves were handed on as they were made).
    public var fileCount: Int
    /// The files whose bytes may differ from those of the memo's build; nil for a full render.
    public var changedPaths: Set<String>?
    /// What to give `SiteRenderer.rerender` when only prose changes.
    public var memo: RenderMemo?
    /// Pages rendered, and pages taken as they were.
    public var rendered = 0
    public var reused = 0
    /// The words of each of the site's languages, its own first, for what is made from the site
    /// after it is rendered (a bundle's README).
    public var strings: [Strings] = []

    init(
        files: [OutputFile], diagnostics: DiagnosticList, pageCount: Int, fileCount: Int? = nil, changedPaths: Set<String>? = nil,
        memo: RenderMemo? = nil, rendered: Int = 0, reused: Int = 0
    ) {
        self.files = files
        self.diagnostics = diagnostics
        self.pageCount = pageCount
        self.fileCount = fileCount ?? files.count
        self.changedPaths = changedPaths
        self.memo = memo
        self.rendered = rendered
        self.reused = reused
    }
}

/// Everything a full render made, kept by a session (`tally serve`) so that a change to prose
/// alone renders again only the pages that show it, with the plans, links and checks as they were.
public struct RenderMemo: Sendable {
    let map: SiteMap
    var environment: SiteEnvironment
    var pages: [SiteRenderer.RenderedPage]
    /// For each page, the digest of the values its template was given (see `View`).
    var digests: [Int]
    /// For each page, the content files whose Markdown it shows.
    var sources: [Set<String>]
    /// For each page, the places in `lookups` of what it looked up (nil: it read everything, or
    /// has no subject).
    var lookupPlaces: [[Int32]?]
    /// Every look-up of the pages, once, with its answer in this build.
    var lookups: LookupTable
    /// The values every page could use (nil for a site in several languages, whose pages are never taken by their look-ups).
    var shared: SharedInputs?
    var files: [OutputFile]
    var fileIndex: [String: Int]
    /// For the files written from records (the exports), what tells whether the next build writes the same (`MadeFile.memo`).
    var fileMemos: [String: any Sendable]
    var links: LinkChecker.Memo
    var search: SearchShards
    /// For each page, the Markdown it rendered (see `MarkdownRender`), and what they were rendered with.
    var markdownRenders: [[MarkdownRender]]
    var markdownSetting: Int
    /// For a site in several languages: this memo's folder (`cy/`), and the memos of the other
    /// languages (on the first language's memo), each brought up to date alike.
    var prefix = ""
    var others: [RenderMemo] = []
}

/// Renders the model into the files of the site. Pure: the same content, theme, edition and
/// as-at date always give the same bytes.
public enum SiteRenderer {
    /// - Parameters:
    ///   - remembering: the result carries a memo for `rerender` and for the next render.
    ///   - previous: the memo of a render of the same theme and edition: a page whose template
    ///     is given the same values as it was then is taken from it, not rendered again.
    ///   - emit: given, each batch of finished files is handed to it (to be written) and not
    ///     kept: a site of thousands of pages is then never held whole in memory, and the
    ///     result has no files. Not for the print edition, which is made from every page.
    public static func render(
        content: Content, assessments: Assessments, theme: Theme, edition: Edition = .web,
        remembering: Bool = false, previous: RenderMemo? = nil, emit: (([OutputFile]) -> Void)? = nil
    ) -> RenderedSite {
        guard content.site.languages.count > 1 else {
            let map = SiteMap.plan(content, assessments: assessments, theme: theme, edition: edition, after: remembering ? previous?.map : nil)
            return render(map: map, assessments: assessments, theme: theme, edition: edition, remembering: remembering, previous: previous, emit: emit)
        }
        return renderLanguages(
            content: content, assessments: assessments, theme: theme, edition: edition, remembering: remembering, previous: previous, emit: emit)
    }

    /// A site in several languages: the facts are assessed once, and each language's pages are
    /// rendered from the content in its words, under its own folder (`cy/`), each page linking
    /// to its twins. In a session each language keeps a memo of its own (`RenderMemo.others`).
    static func renderLanguages(
        content: Content, assessments: Assessments, theme: Theme, edition: Edition,
        remembering: Bool, previous: RenderMemo?, emit: (([OutputFile]) -> Void)?
    ) -> RenderedSite {
        let tags = content.site.languages
        let inWords = tags.enumerated().map { index, tag in
            guard index > 0 else { return (content, assessments) }
            let translated = content.translated(to: tag)
            return (translated, assessments.inWords(of: translated))
        }
        let maps = inWords.enumerated().map { index, language in
            let earlier = !remembering ? nil : index == 0 ? previous : previous.flatMap { $0.others.indices.contains(index - 1) ? $0.others[index - 1] : nil }
            return SiteMap.plan(language.0, assessments: language.1, theme: theme, edition: edition, after: earlier?.map)
        }
        let languages = zip(tags, maps).enumerated().map { index, pair in
            LanguageContext.Language(
                tag: pair.0, prefix: index == 0 ? "" : pair.0.lowercased() + "/", name: pair.1.strings.text("language.name"),
                sitePaths: Set(pair.1.pages.map(\.sitePath)))
        }
        var merged = RenderedSite(files: [], diagnostics: DiagnosticList(), pageCount: 0, fileCount: 0)
        var seen = Set<Diagnostic>()
        var memos: [RenderMemo] = []
        for (index, (language, map)) in zip(languages, maps).enumerated() {
            let prefixed = { (files: [OutputFile]) in files.map { OutputFile(sitePath: language.prefix + $0.sitePath, bytes: $0.bytes) } }
            let earlier = index == 0 ? previous : previous.flatMap { $0.others.indices.contains(index - 1) ? $0.others[index - 1] : nil }
            let site = render(
                map: map, assessments: inWords[index].1, theme: theme, edition: edition, remembering: remembering,
                previous: earlier?.prefix == language.prefix ? earlier : nil,
                emit: emit.map { emit in { files in emit(prefixed(files)) } },
                languages: LanguageContext(current: language, all: languages))
            if var memo = site.memo {
                memo.prefix = language.prefix
                memos.append(memo)
            }
            merged.reused += site.reused
            // A problem of the content is found in every language: it is reported once.
            for diagnostic in site.diagnostics.items where seen.insert(diagnostic).inserted { merged.diagnostics.append(diagnostic) }
            merged.files += prefixed(site.files)
            merged.pageCount += site.pageCount
            merged.fileCount += site.fileCount
            merged.rendered += site.rendered
            merged.strings += site.strings
        }
        merged.files.sort { $0.sitePath < $1.sitePath }
        if remembering, memos.count == languages.count, var first = memos.first {
            first.others = Array(memos.dropFirst())
            merged.memo = first
        }
        return merged
    }

    static func render(
        map: SiteMap, assessments: Assessments, theme: Theme, edition: Edition,
        remembering: Bool, previous: RenderMemo?, emit: (([OutputFile]) -> Void)?, languages: LanguageContext? = nil
    ) -> RenderedSite {
        let emit = edition == .print || remembering ? nil : emit
        // Only a session (which keeps memos) takes pages from an earlier render.
        let previous = remembering ? previous : nil
        let theme = theme.inliningStrings(map.strings)
        let environment = SiteEnvironment(
            content: map.content, assessments: assessments, asOf: assessments.asOf, edition: edition, theme: theme,
            links: map.links, sectionPaths: map.sectionPaths, strings: map.strings, languages: languages)

        var diagnostics = map.diagnostics
        let missing = theme.missingTemplates(Set(map.pages.map(\.kind.template)))
        guard missing.isEmpty else {
            diagnostics.append(contentsOf: missing)
            return RenderedSite(files: [], diagnostics: diagnostics, pageCount: 0)
        }

        if let emit {
            var site = renderStreaming(map: map, environment: environment, theme: theme, diagnostics: diagnostics, emit: emit)
            site.strings = [environment.strings]
            return site
        }
        let markdownSetting = !remembering ? 0 : MarkdownRender.setting(links: map.links, glossary: map.content.glossary, strings: map.strings)
        let shared = !remembering || languages != nil ? nil : SharedInputs(environment, markdownSetting: markdownSetting)
        let earlier = previous.map { EarlierPages($0, markdownSetting: markdownSetting, shared: shared, environment: environment) }
        // Pages and files on the same cores at once: the files first (the exports take longest),
        // but a file waiting for another's value last, so that no core waits while work is left.
        let work = map.files.indices.filter { !map.files[$0].waitsForSharedValue }.map(Work.file)
            + map.pages.indices.map(Work.page) + map.files.indices.filter { map.files[$0].waitsForSharedValue }.map(Work.file)
        var done = work.parallelMap { work -> Done in
            switch work {
            case .page(let index):
                let plan = map.pages[index]
                if let page = earlier?.unchangedPage(plan) { return .page(page) }
                return .page(renderPageRecordingSources(
                    plan, environment: environment, earlier: earlier, earlierRenders: earlier?.renders(at: plan.sitePath) ?? []))
            case .file(let index):
                let plan = map.files[index]
                let earlier = previous.flatMap { previous in
                    previous.fileMemos[plan.sitePath].flatMap { memo in
                        previous.fileIndex[plan.sitePath].map { MadeFile(bytes: previous.files[$0].bytes, memo: memo) }
                    }
                }
                return .file(plan.produce(environment, earlier: earlier, remembering: remembering))
            }
        }
        var pages: [RenderedPage] = [], sources: [Set<String>] = [], digests: [Int] = []
        var renders: [[MarkdownRender]] = [], reads: [PageReads.Record?] = []
        pages.reserveCapacity(map.pages.count)
        sources.reserveCapacity(map.pages.count)
        digests.reserveCapacity(map.pages.count)
        renders.reserveCapacity(map.pages.count)
        reads.reserveCapacity(map.pages.count)
        var made = [MadeFile?](repeating: nil, count: map.files.count)
        // Gathered here, where each outcome is at hand: a second pass over the outcomes copied each one.
        var reused = Set<String>(minimumCapacity: map.pages.count)
        // From the last, each result taken out of the list and its parts moved to their own lists:
        // a result copied was a retain of each of its parts, and a release of each when let go of.
        for work in work.reversed() {
            switch (work, done.popLast()!) {
            case (.page(let index), .page(let (page, pageSources, digest, wasReused, pageRenders, pageReads))):
                if wasReused { reused.insert(map.pages[index].sitePath) }
                pages.append(page)
                sources.append(pageSources)
                digests.append(digest)
                renders.append(pageRenders)
                reads.append(pageReads)
            case (.file(let index), .file(let file)): made[index] = file
            default: preconditionFailure("each piece of work gives its own kind of result")
            }
        }
        pages.reverse()
        sources.reverse()
        digests.reverse()
        renders.reverse()
        reads.reverse()
        let (lookups, lookupPlaces) = (earlier?.lookups ?? LookupTable()).keeping(reads)
        var files: [OutputFile] = []
        files.reserveCapacity(pages.count + map.files.count)
        var anchorLinks = [String: [AnchorLink]](minimumCapacity: pages.count)
        // By index: a pair of a plan and a page copied was a retain of each of their parts.
        for index in pages.indices {
            diagnostics.append(contentsOf: pages[index].diagnostics)
            anchorLinks[map.pages[index].sitePath, default: []].append(contentsOf: pages[index].anchorLinks)
            files.append(pages[index].file)
        }
        var fileMemos: [String: any Sendable] = [:]
        for (plan, file) in zip(map.files, made.map { $0! }) {
            if let memo = file.memo { fileMemos[plan.sitePath] = memo }
            files.append(OutputFile(sitePath: plan.sitePath, bytes: file.bytes))
        }

        // Links are checked between the pages as written, so a broken link is reported at its
        // source in every edition; the print document is then checked again as a whole.
        // The parts of the search index are loaded by its script, never linked: they are left
        // out, so that a change of words alone does not make every link be checked again.
        // Its one other file, the index's manifest, is linked to, but holds no link to check:
        // only its path counts, so the links are checked while the search index is made.
        let anchorsByPage = anchorLinks
        let reusedPages = reused
        @Sendable func checkLinks(_ linkable: [OutputFile]) -> LinkChecker.Memo {
            if let previous, samePages(map, previous.map), previous.links.sitePaths == Set(linkable.map(\.sitePath)) {
                return recheckedLinks(previous, files: linkable, anchorLinks: anchorsByPage, reused: reusedPages)
            }
            // Made only where it is used: a session mostly rechecks the links, and needs none.
            let templates = Dictionary(map.pages.map { ($0.sitePath, $0.kind.template) }, uniquingKeysWith: { first, _ in first })
            return LinkChecker.checkAll(
                linkable, anchorLinks: anchorsByPage, templateLocation: { sitePath in templates[sitePath].map(theme.location(ofTemplate:)) })
        }
        let unlinked = files
        let manifest = OutputFile(sitePath: FindingPaths.searchIndex, bytes: [])
        let entries = pages.compactMap(\.searchEntry)
        let previousSearch = previous?.search
        var ((search, searchFiles), links, _) = inParallel(
            { () -> (SearchShards, [OutputFile]) in
                var search = searchIndex(entries, previous: previousSearch)
                let kept = search.keptFiles()
                return (search, kept)
            },
            { checkLinks((unlinked + [manifest]).sorted { $0.sitePath < $1.sitePath }) },
            {})
        files += searchFiles
        files.sort { $0.sitePath < $1.sitePath }
        let linkable = files.filter { !SearchShards.isPart($0.sitePath) }
        if searchFiles.map(\.sitePath).filter({ !SearchShards.isPart($0) }) != [manifest.sitePath] {
            // The search index made other files to link to than its manifest: checked again with them.
            links = checkLinks(linkable)
        }
        diagnostics.append(contentsOf: links.diagnostics)
        if edition == .print {
            files = printEdition(map: map, pages: pages, files: files, environment: environment)
            files.sort { $0.sitePath < $1.sitePath }
            diagnostics.append(
                contentsOf: LinkChecker.check(
                    files, anchorLinks: [:], templateLocation: { _ in theme.location(ofTemplate: "print") }))
        }
        let pageCount = files.filter { $0.sitePath.hasSuffix(".html") }.count

        var memo: RenderMemo?
        if remembering, edition != .print {
            memo = RenderMemo(
                map: map, environment: environment, pages: pages, digests: digests,
                sources: sources, lookupPlaces: lookupPlaces, lookups: lookups, shared: shared,
                files: files, fileIndex: Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.sitePath, $0) }),
                fileMemos: fileMemos, links: links, search: search, markdownRenders: renders,
                markdownSetting: markdownSetting)
        }
        var site = RenderedSite(
            files: files, diagnostics: diagnostics, pageCount: pageCount, memo: memo, rendered: pages.count - reused.count,
            reused: reused.count)
        site.strings = [environment.strings]
        return site
    }

    /// Pages rendered in batches, each batch handed to `emit` and only what the checks need kept.
    static func renderStreaming(
        map: SiteMap, environment: SiteEnvironment, theme: Theme, diagnostics start: DiagnosticList, emit: @escaping ([OutputFile]) -> Void
    ) -> RenderedSite {
        // Escaping: the threads that make the exports and the search index hold it until they end,
        // which may be a moment after they said they were done.
        renderStreaming(map: map, environment: environment, theme: theme, diagnostics: start, output: SerialEmit(emit))
    }

    private static func renderStreaming(
        map: SiteMap, environment: SiteEnvironment, theme: Theme, diagnostics start: DiagnosticList, output: SerialEmit
    ) -> RenderedSite {
        // The exports are made on a thread of their own while the pages are rendered: made after
        // them, they kept a core waiting at the end of a build. One at a time: two exports made
        // at once held two lists of every record.
        let filesMade = WorkThread {
            for plan in map.files { output.emit([OutputFile(sitePath: plan.sitePath, bytes: plan.produce(environment))]) }
        }
        var diagnostics = start
        var anchorLinks: [String: [AnchorLink]] = [:]
        var scans: [(page: String, scan: HTMLScan)] = []
        var search = SearchShards.Collector(keepingWords: false)
        var sitePaths = Set(map.files.map(\.sitePath))
        // Every page and file is planned before any is rendered: a link to one of them with no
        // `#part` is sound, and is not kept for the check at the end (on a large site, keeping
        // every page's links costs more memory than anything else).
        let planned = Set(map.pages.map(\.sitePath) + map.files.map(\.sitePath))
        let batch = 512
        for first in stride(from: 0, to: map.pages.count, by: batch) {
            let plans = Array(map.pages[first..<min(first + batch, map.pages.count)])
            let rendered = plans.parallelMap { plan -> (RenderedPage, HTMLScan, [String: Bool]?) in
                let page = renderPage(plan, environment: environment)
                let scan = HTMLScan(page.file.bytes).keepingUnsettled(on: plan.sitePath, planned: planned)
                return (page, scan, page.searchEntry.map(SearchShards.pageWords))
            }
            output.emit(rendered.map(\.0.file))
            for (plan, (page, scan, words)) in zip(plans, rendered) {
                diagnostics.append(contentsOf: page.diagnostics)
                anchorLinks[plan.sitePath, default: []].append(contentsOf: page.anchorLinks)
                if let entry = page.searchEntry, let words { search.add(entry, words: words) }
                scans.append((plan.sitePath, scan))
                sitePaths.insert(plan.sitePath)
            }
        }
        // The search index is made on a thread of its own while the links are checked. Its parts
        // are handed on as they are made: on a large site they are tens of megabytes.
        let shards = SearchShards(consume search)
        let searchMade = WorkThread { () -> Int in
            var parts = 0
            shards.write { file in
                output.emit([file])
                if SearchShards.isPart(file.sitePath) { parts += 1 }
            }
            return parts
        }
        // The index's script, which every page links to; its parts only the script names.
        sitePaths.insert(FindingPaths.searchIndex)
        scans.sort { $0.page < $1.page }
        let templates = Dictionary(map.pages.map { ($0.sitePath, $0.kind.template) }, uniquingKeysWith: { first, _ in first })
        diagnostics.append(contentsOf: LinkChecker.problems(
            sitePaths: sitePaths, scans: scans, anchorLinks: anchorLinks,
            templateLocation: { sitePath in templates[sitePath].map(theme.location(ofTemplate:)) }))
        let searchParts = searchMade.wait()
        filesMade.wait()
        return RenderedSite(
            files: [], diagnostics: diagnostics, pageCount: scans.count, fileCount: sitePaths.count + searchParts, rendered: scans.count)
    }

    /// Work on a thread of its own, not one of the pool's: the pool has a thread for each core,
    /// and work that held one of them for long would leave the pages one core.
    private final class WorkThread<Result: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        // Written once by the thread, before `done` is signalled; read after it.
        private var result: Result?

        init(_ work: @escaping @Sendable () -> Result) {
            let thread = Thread { [self] in
                result = work()
                done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }

        /// What the work gave, once it is done.
        func wait() -> Result {
            done.wait()
            return result!
        }
    }

    /// Files handed on from the pages, the exports and the search index at once, one call at a time.
    private final class SerialEmit: @unchecked Sendable {
        private let lock = NSLock()
        private let handOn: ([OutputFile]) -> Void

        init(_ handOn: @escaping ([OutputFile]) -> Void) {
            self.handOn = handOn
        }

        func emit(_ files: [OutputFile]) {
            lock.lock()
            defer { lock.unlock() }
            handOn(files)
        }
    }

    static func samePages(_ one: SiteMap, _ other: SiteMap) -> Bool {
        // By index, two fields of each: a pair of plans copied was a retain of each of their parts.
        one.pages.count == other.pages.count
            && one.pages.indices.allSatisfy { one.pages[$0].sitePath == other.pages[$0].sitePath && one.pages[$0].kind == other.pages[$0].kind }
    }

    /// The links of `previous` checked again on the files that differ from its own (same paths):
    /// pages rendered again whose bytes changed, and pages whose links moved in the content.
    static func recheckedLinks(
        _ previous: RenderMemo, files: [OutputFile], anchorLinks: [String: [AnchorLink]], reused: Set<String>
    ) -> LinkChecker.Memo {
        var links = previous.links
        var changed: [String: (bytes: [UInt8], anchorLinks: [AnchorLink])] = [:]
        for file in files where file.sitePath.hasSuffix(".html") {
            let anchors = anchorLinks[file.sitePath] ?? []
            let sameBytes = reused.contains(file.sitePath) || previous.fileIndex[file.sitePath].map { previous.files[$0] == file } == true
            if !sameBytes || (links.anchorLinks[file.sitePath] ?? []) != anchors { changed[file.sitePath] = (file.bytes, anchors) }
        }
        LinkChecker.recheck(&links, changed: changed)
        return links
    }

    /// The site after edits to prose alone (the files' new bodies; nothing else changed since
    /// the memo's build): only the pages that show those bodies are rendered again, with their
    /// plans as they were, and only their links are checked again. The result is what a full
    /// render of the edited content gives.
    ///
    /// The memo is brought up to date in place: a session's memo holds every page of the site,
    /// and a copy of it would cost more than the pages rendered.
    public static func rerender(_ next: inout RenderMemo, bodies: [MarkdownText]) -> RenderedSite {
        let own = rerenderLanguage(&next, bodies: bodies)
        guard !next.others.isEmpty else { return own }
        // A site in several languages: a source's text shows in every language that has not translated it.
        var files = own.files
        var changed = own.changedPaths ?? []
        var diagnostics = own.diagnostics
        var seen = Set(diagnostics.items)
        var counts = (pages: own.pageCount, rendered: own.rendered, reused: own.reused)
        for index in next.others.indices {
            let site = rerenderLanguage(&next.others[index], bodies: bodies)
            let prefix = next.others[index].prefix
            files += site.files.map { OutputFile(sitePath: prefix + $0.sitePath, bytes: $0.bytes) }
            changed.formUnion((site.changedPaths ?? []).map { prefix + $0 })
            for diagnostic in site.diagnostics.items where seen.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
            counts = (counts.pages + site.pageCount, counts.rendered + site.rendered, counts.reused + site.reused)
        }
        files.sort { $0.sitePath < $1.sitePath }
        return RenderedSite(
            files: files, diagnostics: diagnostics, pageCount: counts.pages, changedPaths: changed, memo: nil,
            rendered: counts.rendered, reused: counts.reused)
    }

    static func rerenderLanguage(_ next: inout RenderMemo, bodies: [MarkdownText]) -> RenderedSite {
        // Nothing here may keep a second reference to the memo's storage: a write to it would copy it.
        var updates = next.environment.bodyUpdates
        for body in bodies {
            let original = updates[body.sourcePath]?.old ?? next.map.content.body(of: body.sourcePath)
            guard let original else { continue }
            updates[body.sourcePath] = SiteEnvironment.BodyUpdate(old: original, new: body)
        }
        next.environment = next.environment.with(bodyUpdates: updates)
        let edited = Set(bodies.map(\.sourcePath))
        let affected = next.sources.indices.filter { !next.sources[$0].isDisjoint(with: edited) }
        let environment = next.environment
        let plans = affected.map { next.map.pages[$0] }
        let earlierRenders = affected.map { next.markdownRenders[$0] }
        let outcomes = Array(zip(plans, earlierRenders)).parallelMap { plan, renders in
            renderPageRecordingSources(plan, environment: environment, earlierRenders: renders)
        }

        var changed = Set<String>()
        var changedPages: [String: (bytes: [UInt8], anchorLinks: [AnchorLink])] = [:]
        var changedEntries: [SearchIndex.Entry] = []
        for (position, index) in affected.enumerated() {
            let outcome = outcomes[position]
            next.digests[index] = outcome.digest
            next.markdownRenders[index] = outcome.renders
            // Drawn from a body its plan does not hold: no later build may take it by its look-ups.
            next.lookupPlaces[index] = nil
            next.sources[index] = outcome.sources
            guard outcome.page != next.pages[index] else { continue }
            if outcome.page.searchEntry != next.pages[index].searchEntry, let entry = outcome.page.searchEntry {
                changedEntries.append(entry)
            }
            next.pages[index] = outcome.page
            changedPages[plans[position].sitePath] = (outcome.page.file.bytes, outcome.page.anchorLinks)
            next.replaceFile(outcome.page.file, changed: &changed)
        }
        if !changedEntries.isEmpty {
            if !next.search.replace(changedEntries) { next.search = SearchShards(next.pages.compactMap(\.searchEntry)) }
            let files = next.search.keptFiles()
            for file in files { next.replaceFile(file, changed: &changed) }
            let now = Set(files.map(\.sitePath))
            next.removeFiles(next.files.map(\.sitePath).filter { SearchShards.isPart($0) && !now.contains($0) }, changed: &changed)
        }
        if !changedPages.isEmpty { LinkChecker.recheck(&next.links, changed: changedPages) }

        return RenderedSite(
            files: next.files, diagnostics: next.diagnostics, pageCount: next.pages.count, changedPaths: changed, memo: nil,
            rendered: affected.count, reused: next.pages.count - affected.count)
    }

    /// The search index: the previous one with the words of the pages whose text changed put in
    /// again, when the same pages have the same titles; else made anew (the same either way).
    static func searchIndex(_ entries: [SearchIndex.Entry], previous: SearchShards?) -> SearchShards {
        guard var search = previous, search.entries.count == entries.count else { return SearchShards(entries) }
        let before = Dictionary(search.entries.map { ($0.u, $0) }, uniquingKeysWith: { first, _ in first })
        var changed: [SearchIndex.Entry] = []
        for entry in entries {
            guard let old = before[entry.u], old.t == entry.t else { return SearchShards(entries) }
            if old != entry { changed.append(entry) }
        }
        return changed.isEmpty || search.replace(changed) ? search : SearchShards(entries)
    }

    /// One document, `index.html`, with the stylesheet and any files its pages show (images).
    static func printEdition(map: SiteMap, pages: [RenderedPage], files: [OutputFile], environment: SiteEnvironment) -> [OutputFile] {
        let parts = zip(map.pages, pages).map { plan, page in
            PrintDocument.Part(sitePath: plan.sitePath, kind: plan.kind, title: plan.title, html: String(decoding: page.file.bytes, as: UTF8.self))
        }
        let document = PagePlan(
            sitePath: "index.html", title: environment.content.site.title, kind: .print, breadcrumbs: [],
            origin: .generated("the print edition"),
            view: { render in
                let (contents, body, numbers) = PrintDocument.assemble(parts, content: render.environment.content, strings: render.strings)
                var view: View = [
                    "contents": contents, "parts": body,
                    "printTitle": render.strings.text(
                        "print.document-title",
                        ["site": render.environment.content.site.title, "date": render.strings.longDate(render.asOf)]),
                ]
                if let footer = render.environment.content.site.footer {
                    view["coverFooter"] = PrintDocument.rewriteLinks(render.html(footer), from: "index.html", numbers: numbers, strings: render.strings)
                }
                return view
            })
        let rendered = renderPage(document, environment: environment)
        let kept = files.filter { file in
            file.sitePath.hasPrefix("assets/") || environment.content.staticFiles.contains { $0.sitePath == file.sitePath }
        }
        return kept.filter { !$0.sitePath.hasSuffix(".js") } + [rendered.file]
    }

    public struct RenderedPage: Sendable, Hashable {
        var file: OutputFile
        var diagnostics: [Diagnostic]
        var anchorLinks: [AnchorLink]
        /// The page's entry in the search index; nil for a page not worth finding.
        var searchEntry: SearchIndex.Entry?
    }

    static func renderPage(_ plan: PagePlan, environment: SiteEnvironment) -> RenderedPage {
        renderPageRecordingSources(plan, environment: environment, digesting: false).page
    }

    private enum Work: Sendable {
        case page(Int)
        case file(Int)
    }

    private enum Done: Sendable {
        case page(PageOutcome)
        case file(MadeFile)
    }

    typealias PageOutcome = (
        page: RenderedPage, sources: Set<String>, digest: Int, reused: Bool, renders: [MarkdownRender], reads: PageReads.Record?
    )

    /// The page, the content files whose Markdown it showed, and the digest of its template's
    /// values. A page of `earlier` with the same template and digest is taken
    /// as it was (with this render's problems and links, whose places in the content may have moved).
    ///
    /// In a session (`digesting`), the Markdown the page renders is kept for the next build, and
    /// `earlierRenders`, what the last build's page rendered, is taken where it fits.
    static func renderPageRecordingSources(
        _ plan: PagePlan, environment: SiteEnvironment, earlier: EarlierPages? = nil, earlierRenders: [MarkdownRender] = [],
        digesting: Bool = true
    ) -> PageOutcome {
        var render = PageRender(plan: plan, environment: environment, recordingReads: digesting)
        if digesting {
            render.markdownRenders = []
            render.earlierRenders = earlierRenders
        }
        let view = plan.view(&render)
        let status = plan.searchable ? render.statusForSearch : nil
        let context = PageContext(page: view, chrome: Chrome.values(for: &render, page: view), strings: environment.strings.templateValues)
        // The words are the same for every page: their digest is worked out once. Only a
        // session, which keeps pages to reuse, needs a page's digest.
        let digest = digesting ? context.digest ^ environment.strings.digest : 0
        if let before = earlier?.page(at: plan.sitePath, kind: plan.kind, digest: digest) {
            var page = before
            page.diagnostics = render.diagnostics
            page.anchorLinks = render.anchorLinks
            return (page, render.markdownSources, digest, true, render.markdownRenders ?? [], render.reads.record)
        }
        guard var html = environment.theme.render(plan.kind.template, context) else {
            // A theme lacking a page's template is refused before any page is rendered; should
            // one slip through, its pages fail the build rather than being written empty.
            render.diagnostics.append(environment.theme.missingTemplate(plan.kind.template))
            let page = RenderedPage(file: OutputFile(sitePath: plan.sitePath, bytes: []), diagnostics: render.diagnostics, anchorLinks: [])
            return (page, render.markdownSources, digest, false, render.markdownRenders ?? [], nil)
        }
        if environment.edition == .offline { html = OfflineLinks.rewrite(html, strings: environment.strings) }
        let page = RenderedPage(
            file: OutputFile(sitePath: plan.sitePath, bytes: Array(html.utf8)),
            diagnostics: render.diagnostics, anchorLinks: render.anchorLinks,
            searchEntry: plan.searchable
                ? SearchIndex.entry(
                    sitePath: plan.sitePath, pageKind: plan.kind, kind: SearchIndex.kind(of: plan.kind, environment.strings),
                    title: plan.title, html: html,
                    status: status
                ) : nil)
        return (page, render.markdownSources, digest, false, render.markdownRenders ?? [], render.reads.record)
    }

    /// The pages of an earlier render, found by path.
    struct EarlierPages: Sendable {
        private let memo: RenderMemo
        private let indexes: [String: Int]
        /// False when the earlier Markdown was rendered with other links, glossary or words.
        private let sameMarkdownSetting: Bool
        /// True when every value any page may use without a look-up is as it was.
        private let sameShared: Bool
        /// The earlier look-ups with their answers in this build (empty when no page can be
        /// taken from the earlier build), and which of them answer otherwise than they did.
        let lookups: LookupTable
        private let changed: [Bool]

        init(_ memo: RenderMemo, markdownSetting: Int, shared: SharedInputs?, environment: SiteEnvironment) {
            self.memo = memo
            sameMarkdownSetting = memo.markdownSetting == markdownSetting
            sameShared = shared != nil && memo.shared == shared
            if sameShared {
                let now = memo.lookups.answers(in: environment)
                changed = zip(now, memo.lookups.answers).map { $0 != $1 }
                lookups = memo.lookups.answering(now)
            } else {
                (changed, lookups) = ([], LookupTable())
            }
            // By index, not by enumerating the plans: each plan copied was a retain of each of its parts.
            var indexes = [String: Int](minimumCapacity: memo.map.pages.count)
            for index in memo.map.pages.indices where indexes[memo.map.pages[index].sitePath] == nil {
                indexes[memo.map.pages[index].sitePath] = index
            }
            self.indexes = indexes
        }

        /// The earlier build's page, without building its view, when it would be drawn the same:
        /// the same plan of the same subject, and each of its look-ups gives what it gave then.
        func unchangedPage(_ plan: PagePlan) -> PageOutcome? {
            guard sameShared, plan.subject != nil, let index = indexes[plan.sitePath], plan.isSame(as: memo.map.pages[index]),
                let places = memo.lookupPlaces[index], !places.contains(where: { changed[Int($0)] })
            else { return nil }
            return (memo.pages[index], memo.sources[index], memo.digests[index], true, memo.markdownRenders[index], .kept(places))
        }

        func page(at sitePath: String, kind: PageKind, digest: Int) -> RenderedPage? {
            guard let index = indexes[sitePath], memo.map.pages[index].kind == kind, memo.digests[index] == digest else {
                return nil
            }
            return memo.pages[index]
        }

        func renders(at sitePath: String) -> [MarkdownRender] {
            guard sameMarkdownSetting, let index = indexes[sitePath] else { return [] }
            return memo.markdownRenders[index]
        }
    }
}

extension RenderMemo {
    public var pageCount: Int { pages.count }

    /// Every problem the memo's render found.
    public var diagnostics: DiagnosticList {
        var list = map.diagnostics
        for page in pages { list.append(contentsOf: page.diagnostics) }
        list.append(contentsOf: links.diagnostics)
        return list
    }

    /// Puts the file in the site, in its place by path: a new file, or new bytes for one it has.
    mutating func replaceFile(_ file: OutputFile, changed: inout Set<String>) {
        guard let index = fileIndex[file.sitePath] else {
            let place = files.firstIndex { $0.sitePath > file.sitePath } ?? files.endIndex
            files.insert(file, at: place)
            fileIndex = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.sitePath, $0) })
            changed.insert(file.sitePath)
            return
        }
        guard files[index] != file else { return }
        files[index] = file
        changed.insert(file.sitePath)
    }

    /// Takes the files out of the site (the writer then removes them from the folder).
    mutating func removeFiles(_ sitePaths: [String], changed: inout Set<String>) {
        guard !sitePaths.isEmpty else { return }
        let gone = Set(sitePaths)
        files.removeAll { gone.contains($0.sitePath) }
        fileIndex = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.sitePath, $0) })
        changed.formUnion(gone)
    }
}
