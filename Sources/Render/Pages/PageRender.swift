import Diagnostics
import Markup
import Compute
import Model

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
    func group(_ id: String) -> MeetingGroup? {
        guard case .group(let group) = reads.answer(.meetingGroup(id), in: site) else { return nil }
        return group
    }
    /// The date of the next meeting the notes of meeting `id` give.
    func nextMeetingDate(after id: String) -> CivilDate? {
        guard case .date(let date) = reads.answer(.nextMeetingDate(id), in: site) else { return nil }
        return date
    }
    /// The id of the meeting held on `date` whose notes followed up the action.
    func meetingReporting(on date: CivilDate, action: ItemID) -> String? {
        guard case .text(let id) = reads.answer(.meetingReporting(on: date, action: action), in: site) else { return nil }
        return id
    }
    func meetingAction(_ id: String) -> MeetingAction? {
        guard case .meetingAction(let action) = reads.answer(.meetingAction(ItemID(id)), in: site) else { return nil }
        return action
    }
    func record(of action: MeetingAction) -> MeetingActionRecord? {
        guard case .record(let record) = reads.answer(.meetingActionRecord(action.item.key), in: site) else { return nil }
        return record
    }
    func action(_ id: String) -> PlanAction? {
        guard case .action(let action) = reads.answer(.action(ItemID(id)), in: site) else { return nil }
        return action
    }
    func assessment(of action: PlanAction) -> ItemAssessment? {
        guard case .assessment(let assessment) = reads.answer(.actionAssessment(action.item.key), in: site) else { return nil }
        return assessment
    }
    func plan(_ id: String) -> PlanName? {
        guard case .plan(let name) = reads.answer(.plan(id), in: site) else { return nil }
        return name
    }
    func summary(of plan: Plan) -> PlanSummary? {
        guard case .summary(let summary) = reads.answer(.planSummary(plan.key), in: site) else { return nil }
        return summary
    }
    func assessment(of recommendation: Recommendation) -> ItemAssessment? {
        guard case .assessment(let assessment) = reads.answer(.recommendationAssessment(recommendation.item.key), in: site) else { return nil }
        return assessment
    }
    /// What page `number` of the action log shows.
    func actionLogShare(onPage number: Int) -> ActionLogShare {
        guard case .logShare(let share) = reads.answer(.actionLogShare(page: number), in: site) else {
            return ActionLogShare(page: number, of: site.actionLog)
        }
        return share
    }
    /// The page and anchor of the action log's entry for the action.
    func logEntry(_ actionID: String) -> (page: String, anchor: String) {
        guard case .number(let page) = reads.answer(.actionLogPage(actionID), in: site) else { return (site.actionLog.pagination.sitePath(1), MeetingPaths.logAnchor(actionID)) }
        return (site.actionLog.pagination.sitePath(page), MeetingPaths.logAnchor(actionID))
    }
    /// The status a search result shows for this page's item, if it is about one.
    var statusForSearch: String? {
        guard case .text(let status) = reads.answer(.statusOfPage(plan.sitePath), in: site) else { return nil }
        return status
    }
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
