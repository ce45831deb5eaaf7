import Model
import Diagnostics
import Markup

/// Checks every link and asset reference in the rendered pages: each must be relative, name a
/// file the site has, and (with a `#part`) an id on that page.
///
/// Links written in Markdown were already checked where they were written; this pass also covers
/// the theme's own links, and reports a broken `#part` at the Markdown that wrote it when it can.
enum LinkChecker {
    static func check(
        _ files: [OutputFile], anchorLinks: [AnchorLink], templateLocation: (String) -> SourceLocation?
    ) -> [Diagnostic] {
        let sitePaths = Set(files.map(\.sitePath))
        let htmlFiles = files.filter { $0.sitePath.hasSuffix(".html") }
        let scans = htmlFiles.parallelScan()
        var ids: [String: Set<String>] = [:]
        for (file, scan) in zip(htmlFiles, scans) { ids[file.sitePath] = scan.ids }

        var diagnostics: [Diagnostic] = []
        var reportedAnchors = Set<String>()
        for anchor in anchorLinks where !(ids[anchor.sitePath]?.contains(anchor.fragment) ?? true) {
            reportedAnchors.insert("\(anchor.sitePath)#\(anchor.fragment)")
            diagnostics.append(
                .error(
                    "the link goes to \"#\(anchor.fragment)\", which is not on \(anchor.sitePath)", at: anchor.location,
                    hint: NearestName.suggest(for: anchor.fragment, among: ids[anchor.sitePath] ?? [])
                        .map { "did you mean \"#\($0)\"?" } ?? "a heading's part name is its text in lower case, with - for spaces"))
        }

        for (file, scan) in zip(htmlFiles, scans) {
            let page = file.sitePath
            for id in scan.duplicateIDs.sorted() {
                diagnostics.append(
                    .error(
                        "on \(page), the id \"\(id)\" is used more than once", at: templateLocation(page),
                        hint: "ids must be unique on a page: a link to #\(id) could not know where to go"))
            }
            for reference in Set(scan.references).sorted() {
                guard let problem = problem(with: reference, on: page, sitePaths: sitePaths, ids: ids) else { continue }
                if let target = problem.anchorKey, reportedAnchors.contains(target) { continue }
                diagnostics.append(
                    .error(
                        "on \(page), \(problem.message)", at: templateLocation(page),
                        hint: problem.hint))
            }
        }
        return diagnostics
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

extension Array where Element == OutputFile {
    func parallelScan() -> [HTMLScan] {
        map(\.bytes).parallelMap { HTMLScan($0) }
    }
}

extension String {
    func replacingAmpersands() -> String {
        guard contains("&") else { return self }
        return self.split(separator: "&amp;", omittingEmptySubsequences: false).joined(separator: "&")
    }
}
