import Diagnostics
import Compute
import Model

/// Published notes: each group's page, the notes (newest first), each meeting, the action log
/// across meetings, what changed since the last meeting, and the exports.
enum MeetingsSection: SiteSection {
    static let indexes = ["meetings": MeetingPaths.index]
    static let contentFolder: String? = "meetings/"
    /// A page for every meeting, the action log and the exports.
    static let planningCost = 1
    static let menu: (place: Int, index: String, title: String)? = (4, "meetings", "sections.meetings")

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        guard !content.meetings.isEmpty || !content.groups.isEmpty else { return SectionPlan() }
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        let notes = Crumb(title: strings.text("sections.meetings"), sitePath: MeetingPaths.index)
        var pages: [PagePlan] = []
        for group in content.groups {
            pages.append(
                PagePlan(
                    sitePath: MeetingPaths.group(group.id), title: group.title, kind: .group, breadcrumbs: [home],
                    origin: .content(SourceLocation(file: group.body.displayPath)),
                    view: { render in MeetingViews.group(group, render: &render) }))
        }
        let list = MeetingPaths.list(content)
        for number in list.pages {
            pages.append(
                PagePlan(
                    sitePath: list.sitePath(number), title: list.title(strings.text("sections.meetings"), page: number, strings: strings), kind: .meetings,
                    breadcrumbs: number == 1 ? [home] : [home, notes], origin: .generated("the list of meeting notes"),
                    subject: MeetingViews.IndexPage(number: number, of: list, content: content), view: MeetingViews.index,
                    searchable: number == 1))
        }
        let log = MeetingPaths.logPages(content)
        let firstLog = Crumb(title: strings.text("sections.action-log"), sitePath: MeetingPaths.log)
        for number in log.pages {
            pages.append(
                PagePlan(
                    sitePath: log.sitePath(number), title: log.title(strings.text("sections.action-log"), page: number, strings: strings), kind: .actionLog,
                    breadcrumbs: number == 1 ? [home, notes] : [home, notes, firstLog], origin: .generated("the action log"),
                    subject: number, view: ActionLogViews.log, searchable: number == 1))
        }
        for meeting in content.meetings {
            pages.append(
                PagePlan(
                    sitePath: MeetingPaths.meeting(meeting.id), title: MeetingViews.title(meeting, content: content, strings: strings),
                    kind: .meeting, breadcrumbs: [home, notes],
                    origin: .content(SourceLocation(file: meeting.body.displayPath)),
                    subject: meeting, view: MeetingViews.meeting))
        }
        if !content.meetings.isEmpty {
            pages.append(
                PagePlan(
                    sitePath: MeetingPaths.changes, title: strings.text("sections.changes"), kind: .changes,
                    breadcrumbs: [home], origin: .generated("the changes page"),
                    view: { render in ChangeViews.page(render: &render) }))
        }
        let files = FilePlan.written(MeetingActionExport.self, as: [
            (MeetingPaths.csv, .generated("the meeting actions CSV"), MeetingActionExport.csv),
            (MeetingPaths.json, .generated("the meeting actions JSON"), JSONExport.encode(records:)),
        ])
        return SectionPlan(pages: pages, files: files)
    }

    static func sitePaths(_ content: Content) -> [String: String] {
        var paths: [String: String] = [:]
        for group in content.groups { paths[group.sourcePath] = MeetingPaths.group(group.id) }
        for meeting in content.meetings { paths[meeting.sourcePath] = MeetingPaths.meeting(meeting.id) }
        return paths
    }
}
