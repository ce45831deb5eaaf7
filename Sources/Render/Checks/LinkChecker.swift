import Model
import Diagnostics
import Markup

/// Checks every link and asset reference in the rendered pages: each must be relative, name a
/// file the site has, and (with a `#part`) an id on that page.
///
/// Links written in Markdown were already checked where they were written; this pass also covers
/// the theme's own links, and reports a broken `#part` at the Markdown that wrote it when it can.
enum LinkChecker {
    /// What checking one page found, and the pages whose ids it depended on (the targets of its
    /// `#part` links): if none of those and not the page itself changed, the result stands.
    struct PageCheck: Sendable {
        var diagnostics: [Diagnostic]
        var targets: Set<String>
    }

    /// Every page's scan and check, kept between builds of one session.
    struct Memo: Sendable {
        var scans: [String: HTMLScan] = [:]
        var checks: [String: PageCheck] = [:]
    }

    /// Checks every page. `anchorLinks` are the `#part` links each page's Markdown wrote, by page.
    static func check(
        _ files: [OutputFile], anchorLinks: [String: [AnchorLink]], templateLocation: (String) -> SourceLocation?
    ) -> [Diagnostic] {
        check(files, anchorLinks: anchorLinks, templateLocation: templateLocation, reusing: nil, changed: nil).diagnostics
    }

    /// As `check`, reusing `memo` for pages not in `changed` whose targets are not in it either
    /// (nil `changed`: check everything).
    static func check(
        _ files: [OutputFile], anchorLinks: [String: [AnchorLink]], templateLocation: (String) -> SourceLocation?,
        reusing memo: Memo?, changed: Set<String>?
    ) -> (diagnostics: [Diagnostic], memo: Memo) {
        let sitePaths = Set(files.map(\.sitePath))
        let htmlFiles = files.filter { $0.sitePath.hasSuffix(".html") }
        let scans = htmlFiles.parallelMap { file -> HTMLScan in
            if let changed, !changed.contains(file.sitePath), let scan = memo?.scans[file.sitePath] { return scan }
            return HTMLScan(file.bytes)
        }
        var ids: [String: Set<String>] = [:]
        var newMemo = Memo()
        for (file, scan) in zip(htmlFiles, scans) {
            ids[file.sitePath] = scan.ids
            newMemo.scans[file.sitePath] = scan
        }
        let allIDs = ids
        let locations = htmlFiles.map { templateLocation($0.sitePath) }
        let checks = zip(zip(htmlFiles, scans), locations).map { ($0.0, $0.1, $1) }.parallelMap { file, scan, location -> PageCheck in
            let page = file.sitePath
            if let changed, !changed.contains(page), let previous = memo?.checks[page], previous.targets.isDisjoint(with: changed) {
                return previous
            }
            return checkPage(
                page, scan: scan, anchorLinks: anchorLinks[page] ?? [], sitePaths: sitePaths, ids: allIDs, templateLocation: location)
        }
        var diagnostics: [Diagnostic] = []
        for (file, check) in zip(htmlFiles, checks) {
            newMemo.checks[file.sitePath] = check
            diagnostics.append(contentsOf: check.diagnostics)
        }
        return (diagnostics, newMemo)
    }

    static func checkPage(
        _ page: String, scan: HTMLScan, anchorLinks: [AnchorLink], sitePaths: Set<String>, ids: [String: Set<String>],
        templateLocation: SourceLocation?
    ) -> PageCheck {
        var diagnostics: [Diagnostic] = []
        var targets = Set(anchorLinks.map(\.sitePath))
        // A broken #part written in Markdown is reported there, not again at the template.
        var reportedAnchors = Set<String>()
        for anchor in anchorLinks where !(ids[anchor.sitePath]?.contains(anchor.fragment) ?? true) {
            reportedAnchors.insert("\(anchor.sitePath)#\(anchor.fragment)")
            diagnostics.append(
                .error(
                    "the link goes to \"#\(anchor.fragment)\", which is not on \(anchor.sitePath)", at: anchor.location,
                    hint: NearestName.suggest(for: anchor.fragment, among: ids[anchor.sitePath] ?? [])
                        .map { "did you mean \"#\($0)\"?" } ?? "a heading's part name is its text in lower case, with - for spaces"))
        }
        for id in scan.duplicateIDs.sorted() {
            diagnostics.append(
                .error(
                    "on \(page), the id \"\(id)\" is used more than once", at: templateLocation,
                    hint: "ids must be unique on a page: a link to #\(id) could not know where to go"))
        }
        for reference in Set(scan.references).sorted() {
            if let target = fragmentTarget(of: reference, on: page) { targets.insert(target) }
            guard let problem = problem(with: reference, on: page, sitePaths: sitePaths, ids: ids) else { continue }
            if let target = problem.anchorKey, reportedAnchors.contains(target) { continue }
            diagnostics.append(.error("on \(page), \(problem.message)", at: templateLocation, hint: problem.hint))
        }
        return PageCheck(diagnostics: diagnostics, targets: targets)
    }

    /// The page a link with a `#part` goes to, whose ids decide whether the link works.
    static func fragmentTarget(of reference: String, on page: String) -> String? {
        switch LinkDestination(reference) {
        case .fragment: return page
        case .path(let path, let fragment?) where !fragment.isEmpty:
            return SitePath.normalise(SitePath.folder(of: page) + "/" + path)
        default: return nil
        }
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
        guard contains("&") else { return self }
        return self.split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&")
    }
}
