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
        index = ContentIndex(content)
        navigation = Chrome.navigationTargets(content: content, links: links, sectionPaths: sectionPaths, strings: strings)
        var statuses: [String: String] = [:]
        for action in content.allActions {
            if let assessment = assessments.assessment(of: action) { statuses[PlanPaths.action(action)] = StatusTags.label(assessment.status, strings) }
        }
        for recommendation in content.allRecommendations {
            if let assessment = assessments.assessment(of: recommendation) {
                statuses[ResponsePaths.recommendation(recommendation)] = StatusTags.label(assessment.status, strings)
            }
        }
        statusBySitePath = statuses
        actionLog = ActionLogOrder(content: content, assessments: assessments)
        meetingsByDate = Dictionary(grouping: content.meetings, by: \.date)
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

/// One page while it is being rendered: the ids it uses, what it looked up, and what went wrong.
struct PageRender {
    /// The words of the site.
    var strings: Strings { site.strings }

    let plan: PagePlan
    private let site: SiteEnvironment
    /// What the page looked up in the site (see `PageRead`); recorded only in a session.
    let reads: PageReads

    /// The whole site. A page that uses it is taken as reading all of it, and is built again
    /// at every change; a page that only looks up a few things uses the functions below.
    var environment: SiteEnvironment {
        reads.readsEverything = true
        return site
    }

    /// Values every page may use (`SharedInputs` holds a session to them).
    var asOf: CivilDate { site.asOf }
    var siteConfig: SiteConfig { site.content.site }
    var everyPage: (site: View, asOf: View, edition: View) { site.everyPage }
    var navigation: [Crumb] { site.navigation }
    var trackingRules: TrackingRules { site.assessments.rules }
    var languages: LanguageContext? { site.languages }
    func sectionPath(_ key: String) -> String? { site.sectionPaths[key] }

    /// Look-ups recorded for the next build (`PageRead`).
    func group(_ id: String) -> MeetingGroup? { reads.answer(.meetingGroup(id), in: site) as? MeetingGroup }
    /// The date of the next meeting the notes of meeting `id` give.
    func nextMeetingDate(after id: String) -> CivilDate? { reads.answer(.nextMeetingDate(id), in: site) as? CivilDate }
    /// The id of the meeting held on `date` whose notes followed up the action.
    func meetingReporting(on date: CivilDate, action: ItemID) -> String? {
        reads.answer(.meetingReporting(on: date, action: action), in: site) as? String
    }
    func meetingAction(_ id: String) -> MeetingAction? { reads.answer(.meetingAction(ItemID(id)), in: site) as? MeetingAction }
    func record(of action: MeetingAction) -> MeetingActionRecord? {
        reads.answer(.meetingActionRecord(action.item.key), in: site) as? MeetingActionRecord
    }
    func action(_ id: String) -> PlanAction? { reads.answer(.action(ItemID(id)), in: site) as? PlanAction }
    func assessment(of action: PlanAction) -> ItemAssessment? {
        reads.answer(.actionAssessment(action.item.key), in: site) as? ItemAssessment
    }
    func plan(_ id: String) -> PlanName? { reads.answer(.plan(id), in: site) as? PlanName }
    func summary(of plan: Plan) -> PlanSummary? { reads.answer(.planSummary(plan.key), in: site) as? PlanSummary }
    func assessment(of recommendation: Recommendation) -> ItemAssessment? {
        reads.answer(.recommendationAssessment(recommendation.item.key), in: site) as? ItemAssessment
    }
    /// The page and anchor of the action log's entry for the action.
    func logEntry(_ actionID: String) -> (page: String, anchor: String) {
        let page = reads.answer(.actionLogPage(actionID), in: site) as? Int ?? 1
        return (site.actionLog.pagination.sitePath(page), "action-\(actionID)")
    }
    /// The status a search result shows for this page's item, if it is about one.
    var statusForSearch: String? { reads.answer(.statusOfPage(plan.sitePath), in: site) as? String }
    /// The language a text is kept in when a translated copy has no words for it. Read as a
    /// shared value: a site in several languages never takes a page by its look-ups.
    func untranslatedLanguage(of displayPath: String) -> String? { site.content.untranslatedLanguage(of: displayPath) }
    func untranslatedLanguage(of text: MarkdownText) -> String? { site.content.untranslatedLanguage(of: text) }
    var ids: Set<String>
    var diagnostics: [Diagnostic] = []
    var anchorLinks: [AnchorLink] = []
    var headings: [Heading] = []
    /// Glossary terms already marked on this page.
    var abbreviated: Set<String> = []
    /// The content files whose Markdown this page shows: when only bodies change, a page is
    /// rendered again only if one of these did.
    var markdownSources: Set<String> = []
    /// In a session: the Markdown this page rendered, for the next build to take as it was.
    /// Nil in a one-off build, which renders each text once.
    var markdownRenders: [MarkdownRender]?
    /// What the last build's page at this path rendered, when it was rendered the same way.
    var earlierRenders: [MarkdownRender] = []

    init(plan: PagePlan, environment: SiteEnvironment, recordingReads: Bool = false) {
        self.plan = plan
        site = environment
        reads = PageReads(recording: recordingReads)
        self.ids = environment.fixedIDs
    }

    var sitePath: String { plan.sitePath }

    /// A relative link from this page to another file of the site.
    func url(to sitePath: String) -> String {
        SitePath.relativeURL(from: plan.sitePath, to: sitePath)
    }

    /// Markdown from the content as HTML for this page, with its problems recorded.
    mutating func html(_ markdown: MarkdownText, callouts: [Callout] = []) -> String {
        markdownSources.insert(markdown.sourcePath)
        let current = site.current(markdown)
        // A figure cited in the text (`{{ ... }}`) may be worked out from anything in the site.
        if current.text.containsBytes("{{") { reads.readsEverything = true }
        let rendered = render(current, callouts: callouts)
        diagnostics.append(contentsOf: rendered.diagnostics)
        anchorLinks.append(contentsOf: rendered.anchorLinks)
        headings.append(contentsOf: rendered.headings)
        // A text not yet translated says which language it is in, for screen readers.
        if let language = untranslatedLanguage(of: markdown) {
            return "<div lang=\"\(HTMLText.escape(language))\">\n" + rendered.html + "</div>\n"
        }
        return rendered.html
    }

    /// The Markdown rendered, or taken from the last build when it rendered the same text on this
    /// page after the same ids and glossary terms. Text citing figures (`{{ ... }}`) is
    /// rendered every time: any change to the content may change a figure.
    private mutating func render(_ markdown: MarkdownText, callouts: [Callout]) -> RenderedMarkdown {
        guard markdownRenders != nil, !markdown.text.containsBytes("{{") else {
            return site.markdownRenderer.render(markdown, on: plan.sitePath, ids: &ids, abbreviated: &abbreviated, callouts: callouts)
        }
        let before = MarkdownRender.Input(markdown: markdown, ids: ids, abbreviated: abbreviated, callouts: callouts)
        // Text compares as Swift strings do, which counts two spellings of "é" as one: the
        // bytes must be the same too, since they are what cmark renders.
        if let earlier = earlierRenders.first(where: { $0.input == before && $0.input.markdown.text.hasSameBytes(as: markdown.text) }) {
            ids = earlier.ids
            abbreviated = earlier.abbreviated
            markdownRenders!.append(earlier)
            return earlier.rendered
        }
        let rendered = site.markdownRenderer.render(markdown, on: plan.sitePath, ids: &ids, abbreviated: &abbreviated, callouts: callouts)
        markdownRenders!.append(MarkdownRender(input: before, rendered: rendered, ids: ids, abbreviated: abbreviated))
        return rendered
    }

    /// Notes that this page shows `markdown` when it has any text (a blank body is left out,
    /// but the page changes if text is added).
    mutating func html(ifNotBlank markdown: MarkdownText) -> String? {
        markdownSources.insert(markdown.sourcePath)
        return site.current(markdown).isBlank ? nil : html(markdown)
    }

    /// A date for templates (`SiteEnvironment.date`).
    func date(_ date: CivilDate) -> View {
        SiteEnvironment.date(date, strings)
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
        let isOpen = { (action: MeetingAction) in assessments.record(of: action)?.assessment.status.category == .open }
        open = actions.filter(isOpen)
        closed = actions.filter { !isOpen($0) }.reversed()
        pagination = MeetingPaths.logPages(content)
        var pages: [ItemID: Int] = [:]
        for (index, action) in (open + closed).enumerated() { pages[action.item.key] = pagination.page(ofItem: index) }
        pageByID = pages
    }

    /// The page of the log that shows the action.
    func page(of actionID: String) -> Int { pageByID[ItemID(actionID)] ?? 1 }
}
