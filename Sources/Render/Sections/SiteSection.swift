import Compute
import Model

/// A part of the site: the pages and files it makes, where it publishes each content file it
/// shows, its index pages and its entries in the menu. A new section is a folder of `Sections/`
/// and one line in `SiteSections.all`.
protocol SiteSection {
    /// Its pages and other files, planned from the content.
    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan
    /// The same, in a session, given what it planned in the last build (`SectionPlan.memo`),
    /// which it may start from. By default it plans afresh.
    static func plan(_ content: Content, assessments: Assessments, strings: Strings, after previous: (any Sendable)?) -> SectionPlan
    /// Where each content file it shows is published, by the file's path in `Content/`.
    static func sitePaths(_ content: Content) -> [String: String]
    /// Its pages that other pages link to by name ("plans": its index), by name, when they exist.
    static var indexes: [String: String] { get }
    /// The folder of `Content/` its dated files are in ("updates/"): while all of them are
    /// dated after the as-at date, the section is left out of the menu, not reported as missing.
    static var contentFolder: String? { get }
    /// Its entry in the menu a site gets when `site.yaml` gives no `navigation:`: its place there,
    /// the index it links to (a key of `indexes`) and the string that names it; nil for none.
    static var menu: (place: Int, index: String, title: String)? { get }
    /// Its entries in that menu, given which indexes the site has (`sectionPaths`): by default the
    /// one `menu` names, when the site has that index.
    static func menuEntries(_ content: Content, sectionPaths: [String: String], strings: Strings) -> [Crumb]
    /// How long its planning takes beside the others', roughly: sections are planned on all
    /// cores, the costliest first. 0 unless it plans a page or an entry for every item of the site.
    static var planningCost: Int { get }
}

/// What a section plans: its pages, and its other files (downloads, feeds).
struct SectionPlan {
    var pages: [PagePlan] = []
    var files: [FilePlan] = []
    /// What the section's next planning in a session may start from.
    var memo: (any Sendable)? = nil
}

extension SiteSection {
    static func sitePaths(_ content: Content) -> [String: String] { [:] }
    static var indexes: [String: String] { [:] }
    static var contentFolder: String? { nil }
    static var menu: (place: Int, index: String, title: String)? { nil }
    static var planningCost: Int { 0 }

    static func plan(_ content: Content, assessments: Assessments, strings: Strings, after previous: (any Sendable)?) -> SectionPlan {
        plan(content, assessments: assessments, strings: strings)
    }

    static func menuEntries(_ content: Content, sectionPaths: [String: String], strings: Strings) -> [Crumb] {
        guard let menu, let sitePath = sectionPaths[menu.index] else { return [] }
        return [Crumb(title: strings.text(menu.title), sitePath: sitePath)]
    }
}

/// Every section of the site, in the order their pages are planned.
enum SiteSections {
    /// Computed: a stored list of metatypes is not `Sendable`, and the compiler said so at every build.
    static var all: [any SiteSection.Type] {
        [
            FreePagesSection.self, UpdatesSection.self, PlansSection.self, MeetingsSection.self, ResponsesSection.self,
            DataSection.self, FindingSection.self, FeedSection.self,
        ]
    }
}
