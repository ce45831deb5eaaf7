import Markup
import Compute
import Model

/// What one page of the action log shows: its share of the open actions and of the rest.
struct ActionLogShare: Hashable, Sendable {
    var pagination: Pagination
    var open: ArraySlice<MeetingAction>
    var closed: ArraySlice<MeetingAction>
    var openCount: Int
    var closedCount: Int

    init(page number: Int, of order: ActionLogOrder) {
        pagination = order.pagination
        let shown = pagination.items(on: number)
        let openShown = shown.clamped(to: 0..<order.open.count)
        let closedShown = (shown.lowerBound - order.open.count..<shown.upperBound - order.open.count).clamped(to: 0..<order.closed.count)
        open = order.open[openShown]
        closed = order.closed[closedShown]
        openCount = order.open.count
        closedCount = order.closed.count
    }
}

/// The action log: every action agreed at a published meeting, open ones first, with its history.
enum ActionLogViews {
    /// Page `number` of the log: its share of the open actions, then of the rest. The open and
    /// closed parts are shown only on the pages that hold some of them.
    static func log(page number: Int, render: inout PageRender) -> View {
        let page = render.actionLogShare(onPage: number)
        let list = page.pagination
        var view: View = [
            "openCount": page.openCount,
            "closedCount": page.closedCount,
            "csvURL": render.url(to: MeetingPaths.csv),
            "jsonURL": render.url(to: MeetingPaths.json),
            "notesURL": render.url(to: MeetingPaths.index),
        ]
        if number == 1 || !page.open.isEmpty {
            view["openPart"] = ["open": page.open.map { row($0, render: render) }]
        }
        if number == list.pageCount || !page.closed.isEmpty {
            view["closedPart"] = ["closed": page.closed.map { row($0, render: render) }]
        }
        view["pager"] = list.pager(page: number, label: render.strings.text("pages.log-label"), render: render) { range in
            render.strings.text("pages.log-showing", Pagination.span(range, of: list.itemCount))
        }
        return view
    }

    static func link(_ words: String, to url: String) -> String {
        "<a href=\"\(HTMLText.escape(url))\">\(HTMLText.escape(words))</a>"
    }

    /// "“March 2026”, revised on 1 June 2025 to “June 2026” (the supplier is late): due by 30 June 2026", as HTML.
    static func deadlineSentence(_ deadline: Deadline, render: PageRender) -> String {
        let strings = render.strings
        let inForce = deadline.revision(asOf: render.asOf)
        let reading = inForce?.reading ?? deadline.reading
        let due = reading.dueDate.map { strings.text("deadline.due-by", ["date": strings.longDate($0)]) } ?? strings.reading(reading) ?? ""
        guard let revision = inForce else { return strings.html("deadline.log", ["text": deadline.text, "due": due]) }
        return strings.html(
            "deadline.log-revised",
            ["text": deadline.text, "date": strings.longDate(revision.date), "revised-text": revision.text, "reason": revision.reason, "due": due],
            html: ["tag": ActionViews.revisedTag(strings, key: "deadline.revised-tag-in-sentence")])
    }

    static func row(_ action: MeetingAction, render: PageRender) -> View {
        let entry = render.logEntry(action.id)
        let raisedURL = render.url(to: MeetingPaths.meeting(action.meetingID)) + "#raised-\(action.id)"
        var row: View = [
            "id": action.id,
            "anchor": entry.anchor,
            "text": action.item.title,
            "url": render.url(to: entry.page) + "#" + entry.anchor,
            "owners": action.item.owners.isEmpty ? render.strings.text("action-log.no-owner") : action.item.owners.joined(separator: "; "),
        ]
        if let lang = render.untranslatedLanguage(of: action.item.location.file) { row["titleLang"] = lang }
        let meetingWords = render.strings.text("action-log.meeting-of", ["date": render.strings.longDate(action.item.opened)])
        if action.section.isEmpty {
            row["raisedAt"] = render.strings.html("action-log.raised-at", html: ["meeting": link(meetingWords, to: raisedURL)])
        } else {
            row["raisedAt"] = render.strings.html(
                "action-log.raised-at-under", ["section": action.section.joined(separator: ": ")], html: ["meeting": link(meetingWords, to: raisedURL)])
        }
        if let deadline = action.item.deadline {
            row["deadline"] = ActionViews.deadlineView(deadline, render: render)
            row["deadlineSentence"] = deadlineSentence(deadline, render: render)
        }
        // A long ACTION is headed by its first words and given in full below.
        if action.item.title != action.text { row["fullText"] = action.text }
        guard let record = render.record(of: action) else { return row }
        let assessment = record.assessment
        row["status"] = StatusTags.status(assessment.status, render.strings)
        var flags = StatusTags.flags(assessment, render.strings)
        if record.isNotReportedAtLaterMeeting {
            let count = record.meetingsWithoutReport
            let label = render.strings.plural(
                record.reportedAt.isEmpty ? "action-log.not-reported-at-later" : "action-log.not-reported-at-last", count: count)
            flags.append(["label": label, "key": "not-reported", "colour": TagColour.orange])
        }
        row["flags"] = flags
        if record.meetingsSince == 0 {
            var note = render.strings.text("action-log.no-meeting-since")
            if let next = render.nextMeetingDate(after: action.meetingID) {
                note += " " + render.strings.text(
                    next >= render.asOf ? "action-log.next-meeting" : "action-log.next-meeting-not-published", ["date": render.strings.longDate(next)])
            }
            row["meetingsNote"] = note
        } else {
            row["meetingsNote"] = render.strings.plural("action-log.meetings-since", count: record.meetingsSince)
        }
        if assessment.status.category == .open {
            row["age"] = render.strings.plural("action-log.open-for", count: action.item.opened.days(until: render.asOf))
        }
        row["history"] = action.item.updates.filter { $0.date <= render.asOf }.map { update -> View in
            var item: View = ["date": render.date(update.date), "status": StatusTags.status(.reported(update.status), render.strings)]
            if let meeting = render.meetingReporting(on: update.date, action: action.item.key) {
                item["meetingURL"] = render.url(to: MeetingPaths.meeting(meeting))
            }
            if let note = update.note {
                item["note"] = MarkdownPlain.text(note.text)
                // Updates are not translated: in another language, a note says which it is in.
                if let lang = render.untranslatedLanguage(of: note) { item["noteLang"] = lang }
            }
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
