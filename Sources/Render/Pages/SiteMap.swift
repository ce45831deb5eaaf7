import Compute
import Diagnostics
import Model

/// Every file the site will have, planned before anything is rendered.
struct SiteMap: Sendable {
    /// The content of the edition being built.
    var content: Content
    var pages: [PagePlan]
    var files: [FilePlan]
    var links: LinkTable
    /// Generated section pages by key ("updates") for cross-links and navigation.
    var sectionPaths: [String: String]
    var diagnostics: DiagnosticList
    /// The words of the site, in its language.
    var strings: Strings
    /// What each section of `SiteSections.all` may start from when it plans the next build of a session.
    var sectionMemos: [(any Sendable)?]

    /// - Parameter previous: in a session, the last build's map of the same edition and language.
    static func plan(_ fullContent: Content, assessments: Assessments, theme: Theme, edition: Edition = .web, after previous: SiteMap? = nil) -> SiteMap {
        let (content, excluded) = limited(fullContent, to: edition)
        let (strings, stringProblems) = theme.strings(for: content.site.language, site: content.strings, languageLocation: content.site.languageLocation)
        // Each section plans from the same values, on all cores (the A to Z alone was a third).
        // Where each section publishes its files is worked out there too: beside the A to Z,
        // which keeps one core busy, the other core is otherwise idle.
        // The longest first: a core that took it last kept the build waiting after the other was done.
        let order = SiteSections.all.indices.sorted { SiteSections.all[$0].planningCost > SiteSections.all[$1].planningCost }
        let plannedInOrder = order.parallelMap { index in
            (plan: SiteSections.all[index].plan(
                content, assessments: assessments, strings: strings, after: previous?.sectionMemos[index] ?? nil),
             sitePaths: SiteSections.all[index].sitePaths(content))
        }
        let planned = zip(order, plannedInOrder).sorted { $0.0 < $1.0 }.map(\.1)
        let sections = planned.map(\.plan)
        var pages = sections.flatMap(\.pages)
        var files: [FilePlan] = theme.assets.map { asset in
            let bytes = asset.source.bytes
            return FilePlan(sitePath: asset.sitePath, origin: .theme(asset.source.location()), produce: { _ in bytes })
        }
        for file in content.staticFiles {
            let bytes = file.bytes
            let location = SourceLocation(file: file.displayPath)
            files.append(FilePlan(sitePath: file.sitePath, origin: .content(location), produce: { _ in bytes }))
        }
        files += sections.flatMap(\.files)

        var diagnostics = DiagnosticList(stringProblems)
        (pages, files) = removingCollisions(pages: pages, files: files, diagnostics: &diagnostics)

        var sitePathBySource = Dictionary(content.staticFiles.map { ($0.sourcePath, $0.sitePath) }, uniquingKeysWith: { first, _ in first })
        for section in planned {
            sitePathBySource.merge(section.sitePaths) { first, _ in first }
        }
        let sitePaths = Set(pages.map(\.sitePath) + files.map(\.sitePath) + [FindingPaths.searchIndex])
        var sectionPaths: [String: String] = [:]
        for section in SiteSections.all {
            for (key, sitePath) in section.indexes where sitePaths.contains(sitePath) { sectionPaths[key] = sitePath }
        }

        var links = LinkTable(
            sitePathBySource: sitePathBySource, sitePaths: sitePaths, sourcePaths: content.sourcePaths,
            draftPaths: content.draftPaths)
        links.excludedPaths = excluded
        links.scheduledPaths = content.scheduledPaths
        links.laterPaths = content.laterPaths
        links.failed = content.failed
        links.edition = edition
        // Sections that exist only with what is dated later: left out of the menu until then.
        var laterSections = Set<String>()
        let later = Array(content.scheduledPaths.keys) + Array(content.laterPaths.keys)
        for section in SiteSections.all {
            guard let folder = section.contentFolder, later.contains(where: { $0.hasPrefix(folder) }) else { continue }
            laterSections.formUnion(section.indexes.values.filter { !sitePaths.contains($0) })
        }
        diagnostics.append(contentsOf: checkNavigation(content.site, links: links, laterSections: laterSections))
        return SiteMap(
            content: content, pages: pages, files: files, links: links, sectionPaths: sectionPaths, diagnostics: diagnostics,
            strings: strings, sectionMemos: sections.map(\.memo))
    }

    /// Each link of site.yaml's navigation, checked like a link in Markdown: one that goes
    /// nowhere is an error at its line, never dropped from the menu in silence.
    static func checkNavigation(_ site: SiteConfig, links: LinkTable, laterSections: Set<String> = []) -> [Diagnostic] {
        site.navigation.compactMap { link in
            guard case .path(let path, let fragment) = LinkDestinationShim.classify(link.target) else {
                return .error(
                    "the navigation link \"\(link.target)\" is not a page of this site", at: link.location,
                    hint: "the menu links to the site's own pages: a content file (pages/about.md) or a site path (/updates/)")
            }
            switch links.resolve(path, fragment: fragment, from: "site.yaml") {
            case .success: return nil
            case .failure(let problem):
                // A page limited to other editions, or scheduled for later, is left out of the menu, as meant.
                if problem.isAlreadyReported || problem.isOtherEdition { return nil }
                if path.hasPrefix("/"), laterSections.contains(LinkTable.sitePathForm(String(path.drop { $0 == "/" }))) { return nil }
                return Diagnostic.error(problem.message, at: link.location, hint: problem.hint).following(problem.cause)
            }
        }
    }

    /// The content of one edition: pages, updates and topics limited to other editions left out,
    /// with the files left out (so that a link to one can say why it does not resolve).
    static func limited(_ content: Content, to edition: Edition) -> (Content, Set<String>) {
        var limited = content
        var excluded = Set<String>()
        limited.pages = content.pages.filter { page in
            Set.includes(page.editions, edition) || { excluded.insert(page.sourcePath); return false }()
        }
        limited.updates = content.updates.filter { update in
            Set.includes(update.editions, edition) || { excluded.insert(update.sourcePath); return false }()
        }
        limited.figures.topics = content.figures.topics.filter { topic in
            Set.includes(topic.editions, edition) || { excluded.insert(topic.sourcePath); return false }()
        }
        return (limited, excluded)
    }

    /// Why two sources meet at one address, in words that fit the case.
    static func collisionHint(_ first: Origin, _ second: Origin) -> String {
        guard let one = first.location?.file, let other = second.location?.file else {
            return "that address is one the site makes itself; rename the file, or give it another slug: in its front matter"
        }
        if one.lowercased() == other.lowercased() {
            return "their names differ only in upper and lower case, which many disks (and the offline copy) treat as the same: rename one of them"
        }
        return "an address is made from the file name in lower case, with accents dropped and other characters as hyphens, so both names give this one: rename one of them, or give one a slug: in its front matter"
    }

    /// Reports every site path that two sources would write, and keeps only the first of each.
    ///
    /// Paths are compared without regard to case: the offline edition is copied onto USB sticks
    /// and Windows disks, where `About/` and `about/` are the same folder.
    static func removingCollisions(
        pages: [PagePlan], files: [FilePlan], diagnostics: inout DiagnosticList
    ) -> ([PagePlan], [FilePlan]) {
        // Each path's first claimant, by its place: pages, then files. (Every field edit plans the
        // whole site again, so no origin is copied, and a path already in lower case, as almost
        // all are, is its own key.)
        var owners = [String: Int](minimumCapacity: pages.count + files.count)
        var collided = false
        func origin(_ place: Int) -> Origin { place < pages.count ? pages[place].origin : files[place - pages.count].origin }
        func claim(_ sitePath: String, _ place: Int) -> Bool {
            let key = sitePath.utf8.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } ? sitePath : sitePath.lowercased()
            if let first = owners[key] {
                let (first, origin) = (origin(first), origin(place))
                let message = "two files would be written to \(sitePath): \(first.description) and \(origin.description)"
                diagnostics.error(message, at: origin.location ?? first.location, hint: collisionHint(first, origin))
                collided = true
                return false
            }
            owners[key] = place
            return true
        }
        // Content first, so a message names the author's file rather than a generated page.
        func fromContent(_ index: Int) -> Bool {
            if case .generated = pages[index].origin { return false }
            return true
        }
        let contentFirst = pages.indices.filter(fromContent) + pages.indices.filter { !fromContent($0) }
        var kept = [Bool](repeating: false, count: pages.count)
        for index in contentFirst where claim(pages[index].sitePath, index) {
            kept[index] = true
        }
        let keptFiles = files.indices.filter { claim(files[$0].sitePath, pages.count + $0) }.map { files[$0] }
        // Most often none collide: the plans are then handed on as they are, not copied one by one.
        guard collided else { return (pages, keptFiles) }
        return (pages.indices.filter { kept[$0] }.map { pages[$0] }, keptFiles)
    }
}
