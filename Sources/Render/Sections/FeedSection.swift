import Compute
import Model

/// The Atom feed of updates and meeting notes, newest first.
enum FeedSection: SiteSection {
    static let indexes = ["feed": MeetingPaths.feed]

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        guard !content.updates.isEmpty || !content.meetings.isEmpty else { return SectionPlan() }
        return SectionPlan(files: [FilePlan(sitePath: MeetingPaths.feed, origin: .generated("the Atom feed"), produce: { AtomFeed.xml($0) })])
    }
}
