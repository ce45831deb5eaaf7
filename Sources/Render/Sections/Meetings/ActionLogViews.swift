import Markup
import Compute
import Model

/// The action log: every action agreed at a published meeting, open ones first, with its history.
enum ActionLogViews {
    /// Page `number` of the log: its share of the open actions, then of the rest. The open and
    /// closed parts are shown only on the pages that hold some of them.
    static func log(page number: Int, render: inout PageRender) -> [String: Any] {
        let order = render.environment.actionLog
        let list = order.pagination
        let shown = list.items(on: number)
        let openShown = shown.clamped(to: 0..<order.open.count)
        let closedShown = (shown.lowerBound - order.open.count..<shown.upperBound - order.open.count).clamped(to: 0..<order.closed.count)
        var view: [String: Any] = [
            "openCount": order.open.count,
            "closedCount": order.closed.count,
            "csvURL": render.url(to: MeetingPaths.csv),
            "jsonURL": render.url(to: MeetingPaths.json),
            "notesURL": render.url(to: MeetingPaths.index),
        ]
        if number == 1 || !openShown.isEmpty {
            view["openPart"] = ["open": order.open[openShown].map { row($0, render: render) }]
        }
        if number == list.pageCount || !closedShown.isEmpty {
            view["closedPart"] = ["closed": order.closed[closedShown].map { row($0, render: render) }]
        }
        view["pager"] = list.pager(page: number, label: render.strings.text("pages.log-label"), render: render) { range in
            render.strings.text("pages.log-showing", Pagination.span(range, of: list.itemCount))
        }
        return view
    }

    static func row(_ action: MeetingAction, render: PageRender) -> [String: Any] {
        let environment = render.environment
        let entry = MeetingPaths.logEntry(action.id, in: render.environment)
        var row: [String: Any] = [
            "id": action.id,
            "anchor": entry.anchor,
            "text": action.item.title,
            "url": render.url(to: entry.page) + "#" + entry.anchor,
            "owners": action.item.owners.isEmpty ? "Not named" : action.item.owners.joined(separator: "; "),
            "raisedAt": [
                "date": render.date(action.item.opened),
                "url": render.url(to: MeetingPaths.meeting(action.meetingID)) + "#raised-\(action.id)",
            ],
        ]
        if !action.section.isEmpty { row["section"] = action.section.joined(separator: ": ") }
        if let deadline = action.item.deadline { row["deadline"] = ActionViews.deadlineView(deadline, render: render) }
        // A long ACTION is headed by its first words and given in full below.
        if action.item.title != action.text { row["fullText"] = action.text }
        guard let record = environment.assessments.meetingActions[action.id] else { return row }
        let assessment = record.assessment
        row["status"] = StatusTags.status(assessment.status, render.strings)
        var flags = StatusTags.flags(assessment, render.strings)
        if record.isNotReportedAtLaterMeeting {
            let count = record.meetingsWithoutReport
            let label = render.strings.plural(
                record.reportedAt.isEmpty ? "action-log.not-reported-at-later" : "action-log.not-reported-at-last", count: count)
            flags.append(["label": label, "key": "not-reported", "colour": "orange"])
        }
        row["flags"] = flags
        if record.meetingsSince == 0 {
            var note = render.strings.text("action-log.no-meeting-since")
            let raisedAt = environment.index.meetings[action.meetingID]
            if let next = raisedAt?.nextMeeting?.date {
                note += " " + render.strings.text(
                    next >= environment.asOf ? "action-log.next-meeting" : "action-log.next-meeting-not-published", ["date": render.strings.longDate(next)])
            }
            row["meetingsNote"] = note
        } else {
            row["meetingsNote"] = render.strings.plural("action-log.meetings-since", count: record.meetingsSince)
        }
        if assessment.status.category == .open {
            row["age"] = render.strings.plural("action-log.open-for", count: action.item.opened.days(until: environment.asOf))
        }
        row["history"] = action.item.updates.filter { $0.date <= environment.asOf }.map { update -> [String: Any] in
            var item: [String: Any] = ["date": render.date(update.date), "status": StatusTags.status(.reported(update.status), render.strings)]
            let reportingMeeting = environment.meetingsByDate[update.date]?.first { meeting in
                meeting.followUps.contains { $0.actionID.lowercased() == action.id.lowercased() }
            }
            if let meeting = reportingMeeting {
                item["meetingURL"] = render.url(to: MeetingPaths.meeting(meeting.id))
            }
            if let note = update.note { item["note"] = MarkdownPlain.text(note.text) }
            return item
        }
        return row
    }
}

/// Markdown notes shown in a table cell: as plain text, so that cells stay short and safe.
enum MarkdownPlain {
    static func text(_ markdown: String) -> String {
        MarkdownDocument(markdown).plainText.trimmingWhitespace
    }
}
