import Diagnostics
import Markup
import Compute
import Model

/// What every page of one build can see: the model, the date statuses are computed at, the
/// edition, the theme and the table of every link target. A class: every page and every view
/// function holds it, and a copy of a struct this size was a retain and release of each of its
/// parts, many times per page.
final class SiteEnvironment: Sendable {
    let content: Content
    let assessments: Assessments
    let asOf: CivilDate
    let edition: Edition
    let theme: Theme
    let links: LinkTable
    /// Site paths by the content file they come from, and generated pages by a key such as
    /// "updates" (used for navigation defaults and cross-links between sections).
    let sectionPaths: [String: String]
    /// Made once per build: every page marks abbreviations with the same table.
    let markdownRenderer: MarkdownRenderer
    /// Made once per build: items by id. Never a source of bodies (see `bodyUpdates`).
    let index: ContentIndex
    /// Made once per build: the main navigation's entries.
    let navigation: [Crumb]
    /// Made once per build: the status of the item each action or recommendation page is about,
    /// for search results.
    let statusBySitePath: [String: String]
    /// Made once per build: the action log's order (open actions first, oldest first; then the
    /// rest, latest first) and the page each action is on.
    let actionLog: ActionLogOrder
    /// Made once per build: the meetings held on each day.
    let meetingsByDate: [CivilDate: [Meeting]]
    /// Made once per build: the ids every page has before its own (the theme's and Tally's).
    let fixedIDs: Set<String>
    /// The words of the site: Tally's, the theme's and the site's own.
    let strings: Strings
    /// Made once per build: the shared values that are the same on every page (`Chrome`).
    let everyPage: (site: View, asOf: View, edition: View)
    /// For a site in more than one language: this render's language and the others.
    let languages: LanguageContext?
    /// Bodies edited since the pages were planned, by file: in a session, a change to prose
    /// alone renders the affected pages again with their plans as they were, and each plan's
    /// body (`old`) is shown as it now is (`new`). Empty in a build from scratch.
    let bodyUpdates: [String: BodyUpdate]

    struct BodyUpdate: Sendable {
        var old: MarkdownText
        var new: MarkdownText
    }

    /// `markdown` as it now is.
    func current(_ markdown: MarkdownText) -> MarkdownText {
        guard let update = bodyUpdates[markdown.sourcePath], update.old == markdown else { return markdown }
        return update.new
    }

    /// The status each plan action's and recommendation's page gives, by the page's path.
    static func statuses(_ content: Content, assessments: Assessments, strings: Strings) -> [String: String] {
        var statuses: [String: String] = [:]
        for action in content.allActions {
            if let assessment = assessments.assessment(of: action) { statuses[PlanPaths.action(action)] = StatusTags.label(assessment.status, strings) }
        }
        for recommendation in content.allRecommendations {
            if let assessment = assessments.assessment(of: recommendation) {
                statuses[ResponsePaths.recommendation(recommendation)] = StatusTags.label(assessment.status, strings)
            }
        }
        return statuses
    }

    init(
        content: Content, assessments: Assessments, asOf: CivilDate, edition: Edition, theme: Theme, links: LinkTable,
        sectionPaths: [String: String], strings: Strings, languages: LanguageContext? = nil
    ) {
        self.languages = languages
        bodyUpdates = [:]
        self.strings = strings
        self.content = content
        self.assessments = assessments
        self.asOf = asOf
        self.edition = edition
        self.theme = theme
        self.links = links
        self.sectionPaths = sectionPaths
        // Three tables of the whole site, made side by side: one after another, they were the
        // most of this environment's time in a session's field edit.
        (index, actionLog, (statusBySitePath, meetingsByDate)) = inParallel(
            { ContentIndex(content) },
            { ActionLogOrder(content: content, assessments: assessments) },
            { (Self.statuses(content, assessments: assessments, strings: strings), Dictionary(grouping: content.meetings, by: \.date)) })
        navigation = Chrome.navigationTargets(content: content, links: links, sectionPaths: sectionPaths, strings: strings)
        fixedIDs = Chrome.reservedIDs.union(theme.fixedIDs)
        everyPage = (
            site: ["title": content.site.title, "organisation": content.site.organisation, "description": content.site.description],
            asOf: Self.date(asOf, strings),
            edition: ["name": edition.rawValue, "web": edition == .web, "offline": edition == .offline, "print": edition == .print]
        )
        markdownRenderer = MarkdownRenderer(
            links: links, edition: edition, figures: (content, assessments),
            abbreviations: content.glossary.terms.isEmpty ? nil : Abbreviations(glossary: content.glossary), strings: strings)
    }

    /// The same environment with the bodies edited since its pages were planned.
    private init(_ other: SiteEnvironment, bodyUpdates: [String: BodyUpdate]) {
        content = other.content
        assessments = other.assessments
        asOf = other.asOf
        edition = other.edition
        theme = other.theme
        links = other.links
        sectionPaths = other.sectionPaths
        markdownRenderer = other.markdownRenderer
        index = other.index
        navigation = other.navigation
        statusBySitePath = other.statusBySitePath
        actionLog = other.actionLog
        meetingsByDate = other.meetingsByDate
        fixedIDs = other.fixedIDs
        strings = other.strings
        everyPage = other.everyPage
        languages = other.languages
        self.bodyUpdates = bodyUpdates
    }

    func with(bodyUpdates: [String: BodyUpdate]) -> SiteEnvironment {
        SiteEnvironment(self, bodyUpdates: bodyUpdates)
    }

    /// A date for templates: `{{date.long}}` reads "17 July 2025", `{{date.iso}}` "2025-07-17".
    static func date(_ date: CivilDate, _ strings: Strings) -> View {
        ["long": strings.longDate(date), "iso": date.iso]
    }
}

/// The actions of the action log in the order it shows them, in pages.
struct ActionLogOrder: Sendable {
    let open: [MeetingAction]
    let closed: [MeetingAction]
    let pagination: Pagination
    private let pageByID: [ItemID: Int]

    init(content: Content, assessments: Assessments) {
        let actions = content.allMeetingActions
        // Each action's key (its id folded) and whether it is open are worked out once.
        let keys = actions.map(\.item.key)
        let isOpen = keys.map { assessments.record(ofMeetingActionKeyed: $0)?.assessment.status.category == .open }
        let openPlaces = actions.indices.filter { isOpen[$0] }
        let closedPlaces = actions.indices.reversed().filter { !isOpen[$0] }
        open = openPlaces.map { actions[$0] }
        closed = closedPlaces.map { actions[$0] }
        pagination = MeetingPaths.logPages(content)
        var pages = [ItemID: Int](minimumCapacity: actions.count)
        for (index, place) in (openPlaces + closedPlaces).enumerated() { pages[keys[place]] = pagination.page(ofItem: index) }
        pageByID = pages
    }

    /// The page of the log that shows the action.
    func page(of actionID: String) -> Int { page(ofKey: ItemID(actionID)) }
    func page(ofKey key: ItemID) -> Int { pageByID[key] ?? 1 }
}
