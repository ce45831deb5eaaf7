import Markup
import Compute
import Model

/// Template values for a group, the notes index and one meeting's notes.
enum MeetingViews {
    static func title(_ meeting: Meeting, content: Content, strings: Strings) -> String {
        title(meeting, group: content.group(meeting.groupID), strings: strings)
    }

    /// The meeting's title, or one made from its group's name and its date.
    static func title(_ meeting: Meeting, group: MeetingGroup?, strings: Strings) -> String {
        if let title = meeting.title { return title }
        let date = strings.longDate(meeting.date)
        guard let group = group?.title else { return strings.text("meeting.title-no-group", ["date": date]) }
        return strings.text("meeting.title", ["group": group, "date": date])
    }

    static func group(_ group: MeetingGroup, render: inout PageRender) -> View {
        let environment = render.environment
        let meetings = environment.content.meetings.filter { $0.groupID == group.id }
        var view: View = View([
            "summary": group.summary, "chair": group.chair, "meets": group.meets,
        ])
        view["members"] = group.members
        view["content"] = render.html(group.body)
        view["notesURL"] = render.url(to: MeetingPaths.index)
        view["logURL"] = render.url(to: MeetingPaths.log)
        // A group that has met thousands of times lists its latest notes; the rest are in the notes' pages.
        let latest = environment.content.site.paginate.lists
        view["meetings"] = meetings.reversed().prefix(latest).map { listItem($0, render: render) }
        if meetings.count > latest {
            view["moreMeetings"] = render.strings.html(
                "group.more-meetings", ["shown": String(latest), "count": FigureFormat.grouped(meetings.count)], links: ["notes": render.url(to: MeetingPaths.index)], count: meetings.count)
        }
        if let latest = meetings.last, let next = latest.nextMeeting {
            var item = View(["place": next.place])
            if let date = next.date {
                item["date"] = render.date(date)
                if date < environment.asOf {
                    item["past"] = render.strings.text("group.next-meeting-past", ["date": render.strings.longDate(latest.date)])
                }
            }
            view["nextMeeting"] = item
        }
        return view
    }

    /// What a page of the list of notes shows: its meetings, newest first, and every group. A
    /// page whose meetings and groups are as they were is not drawn again in a session.
    struct IndexPage: Hashable, Sendable {
        var number: Int
        var list: Pagination
        var shown: [Meeting]
        var groups: [MeetingGroup]

        init(number: Int, of list: Pagination, content: Content) {
            self.number = number
            self.list = list
            // Only this page's meetings: copying every meeting for every page of the list grew
            // with the square of the meetings (a sixth of a 100,000-note build).
            let all = content.meetings
            shown = list.items(on: number).map { all[all.count - 1 - $0] }
            groups = content.groups
        }
    }

    static func index(_ page: IndexPage, render: inout PageRender) -> View {
        let shown = page.shown
        let meetings = shown.map { listItem($0, render: render) }
        var view: View = [
            "meetings": Array(meetings),
            "logURL": render.url(to: MeetingPaths.log),
            "groups": page.groups.map {
                ["about": render.strings.text("meetings.about-group", ["group": $0.title]), "url": render.url(to: MeetingPaths.group($0.id))]
            },
        ]
        // The changes page compares meetings: there is none until a meeting is held.
        if !meetings.isEmpty { view["changesURL"] = render.url(to: MeetingPaths.changes) }
        view["pager"] = page.list.pager(page: page.number, label: render.strings.text("pages.meetings-label"), render: render) { range in
            guard let newest = shown.first, let oldest = shown.last else { return "" }
            return render.strings.text(
                "pages.meetings-showing",
                Pagination.span(range, of: page.list.itemCount).merging(
                    ["newest": render.strings.longDate(newest.date), "oldest": render.strings.longDate(oldest.date)]) { $1 })
        }
        return view
    }

    /// A meeting in a list, with its group's name looked up (`PageRead`).
    static func listItem(_ meeting: Meeting, render: PageRender) -> View {
        let group = render.group(meeting.groupID)
        return View([
            "title": title(meeting, group: group, strings: render.strings),
            // A title made from the group's name and the date is in the page's words.
            "titleLang": meeting.title == nil ? nil : render.untranslatedLanguage(of: meeting.body.displayPath),
            "url": render.url(to: MeetingPaths.meeting(meeting.id)),
            "date": render.date(meeting.date),
            "group": group?.title,
            "summary": meeting.summary,
            "actionCount": render.strings.plural("meeting.actions-agreed-count", count: meeting.actions.count),
            "followUpCount": meeting.followUps.count,
        ])
    }

    static func meeting(_ meeting: Meeting, render: inout PageRender) -> View {
        var view: View = View(["summary": meeting.summary])
        view["date"] = render.date(meeting.date)
        if let group = render.group(meeting.groupID) {
            view["group"] = ["title": group.title, "url": render.url(to: MeetingPaths.group(group.id))]
        }
        view["present"] = meeting.present
        view["apologies"] = meeting.apologies
        if let next = meeting.nextMeeting {
            view["nextMeeting"] = View(["date": next.date.map(render.date), "place": next.place])
        }
        let callouts = meeting.actions.map { action -> Callout in
            let entry = render.logEntry(action.id)
            let status = render.record(of: action).map { StatusTags.status($0.assessment.status, render.strings) }
            let tag = status.map { StatusTags.tagHTML($0) + " " } ?? ""
            let link = "<a href=\"\(render.url(to: entry.page))#\(entry.anchor)\">"
                + HTMLText.escape(render.strings.text("meeting.in-the-log", ["id": action.id])) + "</a>"
            return Callout(line: action.bodyLine, anchor: "raised-\(action.id)", footer: "<p class=\"meeting-action__footer\">\(tag)\(link)</p>")
        }
        view["content"] = render.html(meeting.body, callouts: callouts)
        view["actions"] = meeting.actions.map { action in ActionLogViews.row(action, render: render) }
        view["followUps"] = meeting.followUps.map { followUp -> View in
            var item: View = ["id": followUp.actionID, "status": StatusTags.status(.reported(followUp.status), render.strings)]
            if let action = render.meetingAction(followUp.actionID) {
                let entry = render.logEntry(action.id)
                item["text"] = action.text
                item["url"] = render.url(to: entry.page) + "#" + entry.anchor
            }
            if let note = followUp.note { item["note"] = render.html(note) }
            return item
        }
        view["logURL"] = render.url(to: MeetingPaths.log)
        return view
    }
}
