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

    /// The answer to the look-up in `environment`; nil when there is none.
    func answer(in environment: SiteEnvironment) -> AnyHashable? {
        switch self {
        case .meetingGroup(let id): return environment.index.groups[id]
        case .nextMeetingDate(let id): return environment.index.meetings[id]?.nextMeeting?.date
        case .meetingReporting(let date, let action):
            let meeting = environment.meetingsByDate[date]?.first { meeting in meeting.followUps.contains { ItemID($0.actionID) == action } }
            return meeting?.id
        case .meetingAction(let id): return environment.index.meetingActions[id]
        case .meetingActionRecord(let key): return environment.assessments.record(ofMeetingActionKeyed: key)
        case .action(let key): return environment.index.actions[key]
        case .actionAssessment(let key): return environment.assessments.assessment(ofActionKeyed: key)
        case .plan(let id): return environment.index.plans[id].map { PlanName(id: $0.id, title: $0.title) }
        case .planSummary(let key): return environment.assessments.summary(ofPlanKeyed: key)
        case .recommendationAssessment(let key): return environment.assessments.assessment(ofRecommendationKeyed: key)
        case .actionLogPage(let id): return environment.actionLog.page(of: id)
        case .actionLogShare(let page): return ActionLogShare(page: page, of: environment.actionLog)
        case .statusOfPage(let sitePath): return environment.statusBySitePath[sitePath]
        }
    }
}

/// A plan as a link to it names it.
struct PlanName: Hashable, Sendable {
    var id: String
    var title: String
}

/// What one page looked up while its view was built. A class: view functions that read the
/// site take the page's `PageRender` by value, and their look-ups still count.
final class PageReads {
    private(set) var answers: [PageRead: AnyHashable?] = [:]
    /// The page used the site in a way not recorded as look-ups.
    var readsEverything = false
    /// False in a one-off build, which keeps no page for a later one.
    let recording: Bool

    init(recording: Bool) {
        self.recording = recording
    }

    func answer(_ read: PageRead, in environment: SiteEnvironment) -> AnyHashable? {
        guard recording else { return read.answer(in: environment) }
        if let known = answers[read] { return known }
        let answer = read.answer(in: environment)
        answers[read] = answer
        return answer
    }

    /// What a later build needs to tell whether the page would be the same; nil when it read everything.
    var record: Record? { readsEverything || !recording ? nil : Record(answers: answers) }

    struct Record: @unchecked Sendable {
        // `AnyHashable` is not `Sendable`, but every value put in it here is: model values,
        // assessments, numbers and text.
        let answers: [PageRead: AnyHashable?]

        /// True when every look-up gives in `environment` what it gave when the page was built.
        func holds(in environment: SiteEnvironment) -> Bool {
            answers.allSatisfy { read, answer in read.answer(in: environment) == answer }
        }
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
