import Compute
import Model

/// One thing a page looked up in the site while its view was built, beyond its own subject.
///
/// In a session, a page that has a subject (`PagePlan.subject`) and made only these look-ups is
/// taken from the last build, without building its view, when its plan, the site's shared
/// values (`SharedInputs`) and the answer to each of its look-ups are what they were. Any other
/// use of the site (`PageRender.environment`) marks the page as reading everything, and such a
/// page is built again at every change: a look-up left out costs time, never a stale page.
enum PageRead: Hashable, Sendable {
    case meetingGroup(String)
    /// The date of the next meeting a meeting's notes give.
    case nextMeetingDate(String)
    /// The id of the meeting held on a day whose notes followed up an action.
    case meetingReporting(on: CivilDate, action: ItemID)
    case meetingAction(ItemID)
    case meetingActionRecord(ItemID)
    case action(ItemID)
    case actionAssessment(ItemID)
    /// A plan's id and title.
    case plan(String)
    case planSummary(ItemID)
    case recommendationAssessment(ItemID)
    /// The page of the action log that shows the action.
    case actionLogPage(String)
    /// The actions a page of the action log shows.
    case actionLogShare(page: Int)
    /// The status a page's search result gives (of the item the page is about), by its path.
    case statusOfPage(String)

    /// The answer to the look-up in `environment`.
    func answer(in environment: SiteEnvironment) -> PageAnswer {
        switch self {
        case .meetingGroup(let id): return environment.index.groups[id].map(PageAnswer.group) ?? .nothing
        case .nextMeetingDate(let id): return environment.index.meetings[id]?.nextMeeting?.date.map(PageAnswer.date) ?? .nothing
        case .meetingReporting(let date, let action):
            let meeting = environment.meetingsByDate[date]?.first { meeting in meeting.followUps.contains { ItemID($0.actionID) == action } }
            return meeting.map { .text($0.id) } ?? .nothing
        case .meetingAction(let id): return environment.index.meetingActions[id].map(PageAnswer.meetingAction) ?? .nothing
        case .meetingActionRecord(let key): return environment.assessments.record(ofMeetingActionKeyed: key).map(PageAnswer.record) ?? .nothing
        case .action(let key): return environment.index.actions[key].map(PageAnswer.action) ?? .nothing
        case .actionAssessment(let key): return environment.assessments.assessment(ofActionKeyed: key).map(PageAnswer.assessment) ?? .nothing
        case .plan(let id): return environment.index.plans[id].map { .plan(PlanName(id: $0.id, title: $0.title)) } ?? .nothing
        case .planSummary(let key): return environment.assessments.summary(ofPlanKeyed: key).map(PageAnswer.summary) ?? .nothing
        case .recommendationAssessment(let key):
            return environment.assessments.assessment(ofRecommendationKeyed: key).map(PageAnswer.assessment) ?? .nothing
        case .actionLogPage(let id): return .number(environment.actionLog.page(of: id))
        case .actionLogShare(let page): return .logShare(ActionLogShare(page: page, of: environment.actionLog))
        case .statusOfPage(let sitePath): return environment.statusBySitePath[sitePath].map(PageAnswer.text) ?? .nothing
        }
    }
}

/// What a look-up gave, one case for each kind of answer: two answers are compared as the
/// values they hold, with no boxing and no cast (a tenth of a field edit, when they were
/// `AnyHashable`). The larger values are held indirectly, so that a record of many look-ups
/// copies references, not whole items, and each answer is a few words long (a group held in
/// place made every answer as long as a group, and every record of look-ups as long).
enum PageAnswer: Hashable, Sendable {
    case nothing
    indirect case group(MeetingGroup)
    case date(CivilDate)
    case text(String)
    case number(Int)
    case plan(PlanName)
    indirect case meetingAction(MeetingAction)
    indirect case record(MeetingActionRecord)
    indirect case action(PlanAction)
    indirect case assessment(ItemAssessment)
    indirect case summary(PlanSummary)
    indirect case logShare(ActionLogShare)
}

/// A plan as a link to it names it.
struct PlanName: Hashable, Sendable {
    var id: String
    var title: String
}

/// What one page looked up while its view was built. A class: view functions that read the
/// site take the page's `PageRender` by value, and their look-ups still count.
final class PageReads {
    private(set) var answers: [PageRead: PageAnswer] = [:]
    /// The page used the site in a way not recorded as look-ups.
    var readsEverything = false
    /// False in a one-off build, which keeps no page for a later one.
    let recording: Bool

    init(recording: Bool) {
        self.recording = recording
    }

    func answer(_ read: PageRead, in environment: SiteEnvironment) -> PageAnswer {
        guard recording else { return read.answer(in: environment) }
        if let known = answers[read] { return known }
        let answer = read.answer(in: environment)
        answers[read] = answer
        return answer
    }

    /// What a later build needs to tell whether the page would be the same; nil when it read everything.
    var record: Record? { readsEverything || !recording ? nil : .made(answers) }

    /// A page's look-ups: as its view made them, each with its answer, or as a session keeps
    /// them, each by its place in the build's `LookupTable`.
    enum Record: Sendable {
        case made([PageRead: PageAnswer])
        case kept([Int32])
    }
}

/// The values of a build that any page may use without their being recorded as look-ups: when
/// one of them differs from the last build's, no page is taken from it by its look-ups.
struct SharedInputs: Hashable, Sendable {
    let asOf: CivilDate
    let edition: Edition
    let site: SiteConfig
    let navigation: [Crumb]
    let sectionPaths: [String: String]
    /// The links, glossary and words Markdown is rendered with (`MarkdownRender.setting`).
    let markdownSetting: Int
    let stringsDigest: Int
    let fixedIDs: Set<String>
    let rules: TrackingRules

    init(_ environment: SiteEnvironment, markdownSetting: Int) {
        asOf = environment.asOf
        edition = environment.edition
        site = environment.content.site
        navigation = environment.navigation
        sectionPaths = environment.sectionPaths
        self.markdownSetting = markdownSetting
        stringsDigest = environment.strings.digest
        fixedIDs = environment.fixedIDs
        rules = environment.assessments.rules
    }
}
