import Model
import Diagnostics
import Markup

/// Checks every link and asset reference in the rendered pages: each must be relative, name a
/// file the site has, and (with a `#part`) an id on that page.
///
/// Links written in Markdown were already checked where they were written; this pass also covers
/// the theme's own links, and reports a broken `#part` at the Markdown that wrote it when it can.
enum LinkChecker {
    /// The `#part` links of one page that point at one page (itself or another): whether they
    /// work depends on that page's ids.
    struct PartLinks: Sendable {
        var anchors: [AnchorLink] = []
        var references: [String] = []
    }

    /// What checking one page found. Problems of `#part` links are kept by the page they point
    /// at, so that when that page changes, only they are checked again.
    struct PageCheck: Sendable {
        /// Problems that depend on this page and the site's paths alone.
        var ownProblems: [Diagnostic] = []
        var partLinks: [String: PartLinks] = [:]
        var partProblems: [String: [Diagnostic]] = [:]

        var targets: Set<String> { Set(partLinks.keys) }

        var diagnostics: [Diagnostic] {
            ownProblems + partProblems.keys.sorted().flatMap { partProblems[$0] ?? [] }
        }

        var hasProblems: Bool { !ownProblems.isEmpty || partProblems.values.contains { !$0.isEmpty } }
    }

    /// Every page's scan and check, kept between builds of one session so that a change to a
    /// few pages checks only them and the pages whose `#part` links point at them.
    struct Memo: Sendable {
        var sitePaths: Set<String> = []
        var scans: [String: HTMLScan] = [:]
        var checks: [String: PageCheck] = [:]
        /// For each page, the pages whose check depends on its ids.
        var dependents: [String: Set<String>] = [:]
        var anchorLinks: [String: [AnchorLink]] = [:]
        var templateLocations: [String: SourceLocation] = [:]
        /// The pages in path order, so that problems come out in the same order every time.
        var pages: [String] = []
        /// The pages whose check found a problem: most have none, and a session asks for the
        /// problems after every edit.
        private(set) var pagesWithProblems: Set<String> = []

        var diagnostics: [Diagnostic] {
            pagesWithProblems.sorted().flatMap { checks[$0]?.diagnostics ?? [] }
        }

        /// Records `page`'s check as it now is among the pages with problems.
        mutating func noteProblems(of page: String) {
            if checks[page]?.hasProblems == true { pagesWithProblems.insert(page) } else { pagesWithProblems.remove(page) }
        }
    }

    /// Checks every page. `anchorLinks` are the `#part` links each page's Markdown wrote, by page.
    static func check(
        _ files: [OutputFile], anchorLinks: [String: [AnchorLink]], templateLocation: (String) -> SourceLocation?
    ) -> [Diagnostic] {
        checkAll(files, anchorLinks: anchorLinks, templateLocation: templateLocation).diagnostics
    }

    /// Checks every page, and returns what a later `recheck` needs.
    static func checkAll(
        _ files: [OutputFile], anchorLinks: [String: [AnchorLink]], templateLocation: (String) -> SourceLocation?
    ) -> Memo {
        let htmlFiles = files.filter { $0.sitePath.hasSuffix(".html") }
        let scans = htmlFiles.parallelMap { HTMLScan($0.bytes) }
        return checkAll(
            sitePaths: Set(files.map(\.sitePath)), scans: zip(htmlFiles.map(\.sitePath), scans).map { ($0, $1) },
            anchorLinks: anchorLinks, templateLocation: templateLocation)
    }

    /// The problems of every page, from its scan, in the order given (path order): what
    /// `checkAll` finds, without what a later `recheck` needs, for a build that is not kept.
    static func problems(
        sitePaths: Set<String>, scans pageScans: [(page: String, scan: HTMLScan)], anchorLinks: [String: [AnchorLink]],
        templateLocation: (String) -> SourceLocation?
    ) -> [Diagnostic] {
        var locations: [String: SourceLocation] = [:]
        for (page, _) in pageScans {
            if let location = templateLocation(page) { locations[page] = location }
        }
        let checks = checkEach(sitePaths: sitePaths, scans: pageScans, anchorLinks: anchorLinks, templateLocations: locations)
        return checks.flatMap { $0.hasProblems ? $0.diagnostics : [] }
    }

    private static func checkEach(
        sitePaths: Set<String>, scans pageScans: [(page: String, scan: HTMLScan)], anchorLinks: [String: [AnchorLink]],
        templateLocations: [String: SourceLocation]
    ) -> [PageCheck] {
        var ids: [String: Set<String>] = [:]
        for (page, scan) in pageScans { ids[page] = scan.ids }
        let allIDs = ids
        return pageScans.parallelMap { page, scan in
            checkPage(
                page, scan: scan, anchorLinks: anchorLinks[page] ?? [], sitePaths: sitePaths, ids: allIDs,
                templateLocation: templateLocations[page])
        }
    }

    /// Checks every page from its scan, in the order given (path order).
    static func checkAll(
        sitePaths: Set<String>, scans pageScans: [(page: String, scan: HTMLScan)], anchorLinks: [String: [AnchorLink]],
        templateLocation: (String) -> SourceLocation?
    ) -> Memo {
        var memo = Memo()
        memo.sitePaths = sitePaths
        memo.pages = pageScans.map(\.page)
        memo.anchorLinks = anchorLinks
        for page in memo.pages {
            if let location = templateLocation(page) { memo.templateLocations[page] = location }
        }
        for (page, scan) in pageScans { memo.scans[page] = scan }
        let checks = checkEach(sitePaths: sitePaths, scans: pageScans, anchorLinks: anchorLinks, templateLocations: memo.templateLocations)
        for (page, check) in zip(memo.pages, checks) {
            memo.checks[page] = check
            if check.hasProblems { memo.noteProblems(of: page) }
            for target in check.targets { memo.dependents[target, default: []].insert(page) }
        }
        return memo
    }

    /// The memo after `changed` pages (same site paths) were rendered again: those pages are
    /// checked again, and on the pages that point at them, the `#part` links that do.
    static func recheck(_ next: inout Memo, changed: [String: (bytes: [UInt8], anchorLinks: [AnchorLink])]) {
        let changedPages = changed.keys.filter { $0.hasSuffix(".html") }
        for page in changedPages {
            next.scans[page] = HTMLScan(changed[page]!.bytes)
            next.anchorLinks[page] = changed[page]!.anchorLinks
        }
        var ids: [String: Set<String>] = [:]
        func idsOf(_ page: String) -> Set<String>? {
            if let known = ids[page] { return known }
            let found = next.scans[page]?.ids
            ids[page] = found
            return found
        }
        for page in changedPages {
            guard let scan = next.scans[page] else { continue }
            var needed: [String: Set<String>] = [:]
            let anchors = next.anchorLinks[page] ?? []
            let parts = partLinks(of: page, scan: scan, anchorLinks: anchors, sitePaths: next.sitePaths)
            for target in parts.keys { needed[target] = idsOf(target) }
            let check = checkPage(
                page, scan: scan, anchorLinks: anchors, sitePaths: next.sitePaths, ids: needed,
                templateLocation: next.templateLocations[page])
            for target in next.checks[page]?.targets ?? [] { next.dependents[target]?.remove(page) }
            for target in check.targets { next.dependents[target, default: []].insert(page) }
            next.checks[page] = check
            next.noteProblems(of: page)
        }
        let changedSet = Set(changedPages)
        for target in changedPages {
            for page in next.dependents[target] ?? [] where !changedSet.contains(page) {
                guard let links = next.checks[page]?.partLinks[target] else { continue }
                next.checks[page]?.partProblems[target] = checkParts(
                    links, on: target, from: page, targetIDs: idsOf(target), templateLocation: next.templateLocations[page])
                next.noteProblems(of: page)
            }
        }
    }

    static func checkPage(
        _ page: String, scan: HTMLScan, anchorLinks: [AnchorLink], sitePaths: Set<String>, ids: [String: Set<String>],
        templateLocation: SourceLocation?
    ) -> PageCheck {
        var check = PageCheck()
        check.partLinks = partLinks(of: page, scan: scan, anchorLinks: anchorLinks, sitePaths: sitePaths)
        for id in scan.duplicateIDs.sorted() {
            check.ownProblems.append(
                .error(
                    "on \(page), the id \"\(id)\" is used more than once", at: templateLocation,
                    hint: "ids must be unique on a page: a link to #\(id) could not know where to go"))
        }
        for reference in Set(scan.references).sorted() where partTarget(of: reference, on: page, sitePaths: sitePaths) == nil {
            guard let problem = problem(with: reference, on: page, sitePaths: sitePaths, ids: ids) else { continue }
            check.ownProblems.append(.error("on \(page), \(problem.message)", at: templateLocation, hint: problem.hint))
        }
        for (target, links) in check.partLinks {
            check.partProblems[target] = checkParts(links, on: target, from: page, targetIDs: ids[target], templateLocation: templateLocation)
        }
        return check
    }

    /// The page's `#part` links, by the page they point at: those written in its Markdown, and
    /// the references in its HTML to a part of a page the site has.
    static func partLinks(of page: String, scan: HTMLScan, anchorLinks: [AnchorLink], sitePaths: Set<String>) -> [String: PartLinks] {
        var parts: [String: PartLinks] = [:]
        for anchor in anchorLinks { parts[anchor.sitePath, default: PartLinks()].anchors.append(anchor) }
        for reference in Set(scan.references).sorted() {
            if let target = partTarget(of: reference, on: page, sitePaths: sitePaths) {
                parts[target, default: PartLinks()].references.append(reference)
            }
        }
        return parts
    }

    /// The page a reference's `#part` is on, when the reference is otherwise sound.
    static func partTarget(of reference: String, on page: String, sitePaths: Set<String>) -> String? {
        switch LinkDestination(reference) {
        case .fragment(let fragment) where !fragment.isEmpty:
            return page
        case .path(let path, let fragment?) where !fragment.isEmpty && !path.hasPrefix("/"):
            guard let target = SitePath.normalise(SitePath.folder(of: page) + "/" + path), sitePaths.contains(target) else { return nil }
            return target
        default:
            return nil
        }
    }

    static func partFragment(of reference: String) -> String? {
        switch LinkDestination(reference) {
        case .fragment(let fragment): return fragment
        case .path(_, let fragment): return fragment
        default: return nil
        }
    }

    /// The problems of `links` from `page` to parts of `target`, given the ids it has.
    static func checkParts(
        _ links: PartLinks, on target: String, from page: String, targetIDs: Set<String>?, templateLocation: SourceLocation?
    ) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        // A broken #part written in Markdown is reported there, not again at the template.
        var reported = Set<String>()
        for anchor in links.anchors where !(targetIDs?.contains(anchor.fragment) ?? true) {
            reported.insert(anchor.fragment)
            problems.append(
                .error(
                    "the link goes to \"#\(anchor.fragment)\", which is not on \(target)", at: anchor.location,
                    hint: NearestName.suggest(for: anchor.fragment, among: targetIDs ?? [])
                        .map { "did you mean \"#\($0)\"?" } ?? "a heading's part name is its text in lower case, with - for spaces"))
        }
        for reference in links.references {
            guard let fragment = partFragment(of: reference), !reported.contains(fragment),
                !(targetIDs?.contains(fragment) ?? true)
            else { continue }
            let problem = target == page && reference.hasPrefix("#")
                ? Problem(
                    message: "the link \"#\(fragment)\" goes to a part the page does not have",
                    hint: "give the element id=\"\(fragment)\", or change the link")
                : Problem(message: "the link \"\(reference)\" goes to a part \(target) does not have", hint: "check the part after #")
            problems.append(.error("on \(page), \(problem.message)", at: templateLocation, hint: problem.hint))
        }
        return problems
    }

    struct Problem {
        var message: String
        var hint: String
        var anchorKey: String?
    }

    static func problem(with reference: String, on page: String, sitePaths: Set<String>, ids: [String: Set<String>]) -> Problem? {
        switch LinkDestination(reference) {
        case .external, .empty:
            return nil
        case .unsafe(let scheme):
            return Problem(message: "a link uses a \(scheme) address", hint: "links may go to pages of the site or to http, https, mailto and tel addresses")
        case .fragment(let fragment):
            if fragment.isEmpty || ids[page]?.contains(fragment) == true { return nil }
            return Problem(
                message: "the link \"#\(fragment)\" goes to a part the page does not have",
                hint: "give the element id=\"\(fragment)\", or change the link", anchorKey: "\(page)#\(fragment)")
        case .path(let path, let fragment):
            if path.hasPrefix("/") {
                return Problem(
                    message: "the link \"\(reference)\" starts with /, which breaks the site when opened from a folder",
                    hint: "in a template, start links with {{root}}, for example {{root}}assets/style.css")
            }
            guard let target = SitePath.normalise(SitePath.folder(of: page) + "/" + path) else {
                return Problem(message: "the link \"\(reference)\" goes outside the site", hint: "start links with {{root}}")
            }
            guard sitePaths.contains(target) else {
                let isFolder = path.hasSuffix("/") || sitePaths.contains(target + "/index.html")
                return Problem(
                    message: "the link \"\(reference)\" goes to \(target), which is not in the site",
                    hint: isFolder
                        ? "name the file, not the folder (…/index.html), so that the link works from a folder"
                        : NearestName.suggest(for: target, among: sitePaths).map { "did you mean \($0)?" } ?? "check the path")
            }
            if let fragment, !fragment.isEmpty, let targetIDs = ids[target], !targetIDs.contains(fragment) {
                return Problem(
                    message: "the link \"\(reference)\" goes to a part \(target) does not have",
                    hint: "check the part after #", anchorKey: "\(target)#\(fragment)")
            }
            return nil
        }
    }
}

extension HTMLScan {
    /// The scan without the references that can only be sound: addresses on the internet, and
    /// links with no `#part` to a page or file in `planned` (all of which the site will have).
    /// What is left needs the other pages (their ids) or gives a problem.
    func keepingUnsettled(on page: String, planned: Set<String>) -> HTMLScan {
        var kept = self
        kept.references = references.filter { reference in
            switch LinkDestination(reference) {
            case .external, .empty:
                return false
            case .path(let path, let fragment) where (fragment ?? "").isEmpty && !path.hasPrefix("/"):
                guard let target = SitePath.normalise(SitePath.folder(of: page) + "/" + path) else { return true }
                return !planned.contains(target)
            default:
                return true
            }
        }
        return kept
    }
}

/// The links and ids found in one HTML page.
struct HTMLScan: Sendable {
    var references: [String] = []
    var ids: Set<String> = []
    var duplicateIDs: Set<String> = []

    /// Finds the values of `href`, `src` and `id` attributes (quoted with " or '), decoding `&amp;`.
    init(_ bytes: [UInt8]) {
        var index = 0
        let count = bytes.count
        while index < count {
            guard bytes[index] == UInt8(ascii: "=") else {
                index += 1
                continue
            }
            let name = HTMLScan.attributeName(endingBefore: index, in: bytes)
            index += 1
            // A link to the same page in another language is checked when the languages are put together.
            if name == "href", HTMLScan.tagHasLanguageTwin(before: index, in: bytes) { continue }
            guard name == "href" || name == "src" || name == "id", index < count,
                bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
            else { continue }
            let quote = bytes[index]
            let start = index + 1
            var end = start
            while end < count, bytes[end] != quote { end += 1 }
            let value = String(decoding: bytes[start..<end], as: UTF8.self).replacingAmpersands()
            if name == "id" {
                if !ids.insert(value).inserted { duplicateIDs.insert(value) }
            } else {
                references.append(value)
            }
            index = end + 1
        }
    }

    /// True when the tag the attribute at `index` is in has `hreflang` before it.
    private static func tagHasLanguageTwin(before index: Int, in bytes: [UInt8]) -> Bool {
        let pattern = Array(" hreflang=".utf8)
        var start = index
        while start > 0, bytes[start - 1] != UInt8(ascii: "<") {
            if bytes[start - 1] == UInt8(ascii: ">") { return false }
            start -= 1
        }
        guard index - start > pattern.count else { return false }
        for offset in start...(index - pattern.count) where bytes[offset] == pattern[0] {
            if bytes[offset..<offset + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    private static func attributeName(endingBefore index: Int, in bytes: [UInt8]) -> String {
        var start = index
        while start > 0 {
            let byte = bytes[start - 1]
            let isNameByte = (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-")
            if !isNameByte { break }
            start -= 1
        }
        guard start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\n") else { return "" }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}


extension String {
    func replacingAmpersands() -> String {
        // By bytes: Foundation's contains(_:) searches as a string search, for every attribute.
        guard utf8.contains(UInt8(ascii: "&")) else { return self }
        return self.split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&")
    }
}
