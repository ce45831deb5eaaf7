import Diagnostics
import Markup
import Model

/// Everything a link may point at, known before any page is rendered, so that links in
/// Markdown are checked and rewritten with their exact place in the file.
public struct LinkTable: Sendable, Hashable {
    /// The site path made from each content file: `pages/about.md` -> `about/index.html`.
    public var sitePathBySource: [String: String]
    /// Every file the site will have.
    public var sitePaths: Set<String>
    /// Every file in `Content/`, including those that failed to parse or are drafts.
    public var sourcePaths: Set<String>
    /// Content files marked as drafts: never published, so never linked to.
    public var draftPaths: Set<String>
    /// Content files dated after the as-at date, with their dates.
    public var scheduledPaths: [String: CivilDate] = [:]
    /// Content files of plans, meetings and responses after the as-at date: not there yet.
    public var laterPaths: [String: CivilDate] = [:]
    /// Files that failed to read, for links to what they would have made.
    public var failed = FailedSources()
    /// Content files limited to other editions than the one being built.
    public var excludedPaths: Set<String> = []
    public var edition: Edition = .web

    public init(
        sitePathBySource: [String: String] = [:], sitePaths: Set<String> = [], sourcePaths: Set<String> = [],
        draftPaths: Set<String> = []
    ) {
        self.sitePathBySource = sitePathBySource
        self.sitePaths = sitePaths
        self.sourcePaths = sourcePaths
        self.draftPaths = draftPaths
    }

    /// A link target that could not be resolved: why, and how to fix it.
    public struct Problem: Error, Equatable {
        public var message: String
        public var hint: String?
        /// True when the target is a file whose own error is already reported.
        public var isAlreadyReported: Bool = false
        /// True when the target is limited to other editions, or scheduled for a later day.
        public var isOtherEdition: Bool = false
        /// The failed file the missing target would have come from, if any.
        public var cause: String? = nil
    }

    /// Where a link written in the content file `sourcePath` goes, as a site path and a fragment.
    ///
    /// A link names a content file relative to the file it is in (`about.md`,
    /// `../updates/2025-07-17-report.md`) or from the top of `Content/` (`/pages/about.md`), or a
    /// page of the site from its top (`/updates/`, `/glossary/index.html`).
    public func resolve(_ path: String, fragment: String?, from sourcePath: String) -> Result<(String, String?), Problem> {
        if path.hasPrefix("/") {
            let inside = String(path.drop(while: { $0 == "/" }))
            if let sitePath = sitePathBySource[inside] { return .success((sitePath, fragment)) }
            if let problem = problemWithSource(inside) { return .failure(problem) }
            let candidate = Self.sitePathForm(inside)
            if sitePaths.contains(candidate) { return .success((candidate, fragment)) }
            return .failure(
                Problem(
                    message: "the link \"\(path)\" goes to a page the site does not have",
                    hint: suggestion(for: candidate, among: sitePaths)
                        ?? "link to a content file (about.md) or a page of the site from its top (/updates/)",
                    cause: failed.sitePath(candidate)))
        }
        guard let joined = SitePath.normalise(SitePath.folder(of: sourcePath) + "/" + path) else {
            return .failure(Problem(message: "the link \"\(path)\" goes outside the content folder", hint: nil))
        }
        if let sitePath = sitePathBySource[joined] { return .success((sitePath, fragment)) }
        if let problem = problemWithSource(joined) { return .failure(problem) }
        let nearby = sitePathBySource.keys.filter { SitePath.folder(of: $0) == SitePath.folder(of: joined) }
        let relativeNames = nearby.map { String($0.split(separator: "/").last!) }
        let typed = String(joined.split(separator: "/").last ?? "")
        let hint =
            NearestName.suggest(for: typed, among: relativeNames).map { "did you mean \"\($0)\"?" }
            ?? "link to a content file by its path from this file (about.md, ../updates/x.md) or to a page of the site from its top (/updates/)"
        return .failure(Problem(message: "the link \"\(path)\" goes to \(joined), which does not exist", hint: hint))
    }

    /// A problem with a link to a content file that exists but makes no page, or nil.
    private func problemWithSource(_ path: String) -> Problem? {
        guard sourcePaths.contains(path) else { return nil }
        if excludedPaths.contains(path) {
            return Problem(
                message: "the link goes to \(path), which is not in the \(edition.rawValue) edition",
                hint: "limit the part with this link to the same editions (<!-- only: web --> ... <!-- end only -->), or remove the link",
                isOtherEdition: true)
        }
        if laterPaths[path] != nil {
            // As the site stood, it did not exist yet: the words stay, without a link.
            return Problem(message: "", hint: nil, isAlreadyReported: true, isOtherEdition: true)
        }
        if let date = scheduledPaths[path] {
            return Problem(
                message: "the link goes to \(path), which is scheduled for \(date.long), after the as-at date, and is not published yet",
                hint: "add the link on or after that day, or bring the page's date forward", isOtherEdition: true)
        }
        if draftPaths.contains(path) {
            return Problem(
                message: "the link goes to \(path), which is a draft and is not published",
                hint: "publish that page first (remove \"draft: true\"), or remove the link")
        }
        if path.hasSuffix(".md") || path.hasSuffix(".yaml") {
            // The file has an error of its own, reported where it is.
            return Problem(message: "", hint: nil, isAlreadyReported: true)
        }
        return Problem(message: "the link goes to \(path), which is not published as a file of the site",
            hint: "put files to link to in static/, for example static/files/report.pdf")
    }

    /// `updates/` -> `updates/index.html`, `glossary` -> `glossary/index.html`, `` -> `index.html`.
    static func sitePathForm(_ path: String) -> String {
        if path.isEmpty || path.hasSuffix("/") { return path + "index.html" }
        let last = path.split(separator: "/").last ?? ""
        return last.contains(".") ? path : path + "/index.html"
    }

    private func suggestion(for path: String, among paths: Set<String>) -> String? {
        NearestName.suggest(for: path, among: paths).map { "did you mean \"/\($0)\"?" }
    }
}
