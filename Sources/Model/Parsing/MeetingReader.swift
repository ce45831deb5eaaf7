import Diagnostics
import Markup

enum GroupReader {
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> MeetingGroup? {
        guard let document = MarkdownFile.open(file, sink: sink, example: "title: External Stakeholder Challenge Group") else {
            return nil
        }
        let fields = document.fields
        let title = fields.string("title", required: true, example: "title: External Stakeholder Challenge Group")
        let group = MeetingGroup(
            id: file.baseName, title: title ?? file.baseName, summary: fields.summary(), chair: fields.string("chair"),
            meets: fields.string("meets", example: "meets: Every quarter"), members: fields.strings("members"),
            body: document.body, sourcePath: file.path, location: fields.location)
        fields.finish()
        return title == nil ? nil : group
    }
}

enum MeetingReader {
    static let example = "date: 2025-06-03, status: agreed"
    static let marker = "ACTION:"

    static func read(_ file: SourceFile, sink: DiagnosticSink) -> Meeting? {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return nil }
        let fields = document.fields
        let date = fields.date("date", required: true, example: "date: 2025-06-03")
        let state = fields.choice("status", of: NotesState.self, required: true, example: "status: agreed")
        let slug = fields.string("slug", example: "slug: board")
        if let slug, Slug.make(slug) != slug {
            sink.error(
                "the slug \"\(slug)\" should be lower-case words joined by hyphens", at: fields.location(ofKey: "slug"),
                hint: "for example slug: \(Slug.make(slug).isEmpty ? "board" : Slug.make(slug))")
        }
        let id = (date?.iso ?? file.baseName) + (slug.map { "-\($0)" } ?? "")
        var nextMeeting: NextMeeting?
        if let next = fields.object("next_meeting", example: "next_meeting:\n  date: 2025-09-02\n  place: MS Teams") {
            nextMeeting = NextMeeting(date: next.date("date"), place: next.string("place"))
            next.finish()
        }
        let overrides = fields.objects("actions", itemName: "action", example: "- number: 2\n  owners: [HMPPS, Parole Board]")
            .compactMap { entry -> (Int, Fields)? in
                guard let number = entry.int("number", required: true, example: "number: 2", range: 1...999) else { return nil }
                return (number, entry)
            }
        let followUps = fields.objects("follow_ups", itemName: "follow-up", example: "- action: 2025-06-03-2\n  status: complete")
            .compactMap { entry -> FollowUp? in
                let actionID = entry.string("action", required: true, example: "action: 2025-06-03-2")
                let status = entry.status("status", required: true)
                let note = entry.markdown("note")
                entry.finish()
                guard let actionID, let status else { return nil }
                return FollowUp(actionID: actionID, status: status, note: note, location: entry.location(ofKey: "action"))
            }

        var meeting = Meeting(
            id: id, date: date ?? CivilDate(daysSinceEpoch: 0), groupID: fields.string("group", example: "group: challenge-group") ?? "",
            title: fields.string("title"), state: state ?? .draft, present: fields.strings("present"),
            apologies: fields.strings("apologies"), nextMeeting: nextMeeting, summary: fields.summary(),
            body: document.body, followUps: followUps, sourcePath: file.path, location: fields.location)
        meeting.actions = extractActions(from: meeting, overrides: overrides, sink: sink)
        fields.finish()
        guard date != nil, state != nil else { return nil }
        return meeting
    }

    /// Every `ACTION:` paragraph of the notes as a tracked item numbered in order, its owner read
    /// from "<owner> to <do something>" unless the front matter's `actions:` gives one.
    static func extractActions(from meeting: Meeting, overrides: [(Int, Fields)], sink: DiagnosticSink) -> [MeetingAction] {
        let document = MarkdownDocument(meeting.body.text)
        let paragraphs = document.paragraphs(startingWith: marker)
        var byNumber: [Int: (owners: [String], deadline: Deadline?)] = [:]
        for (number, entry) in overrides {
            let owners = entry.strings("owners") + entry.strings("owner")
            let deadline = entry.deadline()
            entry.finish()
            if number > paragraphs.count {
                sink.error(
                    "actions: gives action \(number), but the notes have \(paragraphs.count) ACTION paragraph\(paragraphs.count == 1 ? "" : "s")",
                    at: entry.location, hint: "number the ACTION paragraphs from 1, in the order they appear in the notes")
            }
            byNumber[number] = (owners, deadline)
        }
        return paragraphs.enumerated().map { index, paragraph in
            let number = index + 1
            let location = meeting.body.location(line: paragraph.node.startLine, column: paragraph.node.startColumn)
            var owners = byNumber[number]?.owners ?? []
            if owners.isEmpty, let inferred = ActionOwner.infer(from: paragraph.text) { owners = [inferred] }
            if owners.isEmpty {
                sink.warning(
                    "the ACTION names no owner", at: location,
                    hint: "write it as ACTION: <owner> to <do something>, or give its owner under actions: in the front matter")
            }
            let item = TrackedItem(
                id: "\(meeting.id)-\(number)", title: ShortTitle.make(paragraph.text), owners: owners, deadline: byNumber[number]?.deadline,
                opened: meeting.date, location: location)
            return MeetingAction(item: item, meetingID: meeting.id, number: number, section: paragraph.section, text: paragraph.text)
        }
    }
}

/// Checks what spans meeting files (groups that exist, one meeting per id) and applies each
/// agreed meeting's follow-ups to the earlier actions they report on.
enum MeetingLinker {
    static func link(_ meetings: [Meeting], groups: [MeetingGroup], sink: DiagnosticSink) -> [Meeting] {
        var meetings = meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let groupIDs = groups.map(\.id)
        var firstByID: [String: Meeting] = [:]
        for index in meetings.indices {
            let meeting = meetings[index]
            if meeting.groupID.isEmpty {
                if groups.count == 1 {
                    meetings[index].groupID = groups[0].id
                } else {
                    sink.error(
                        "the meeting does not say which group met", at: meeting.location,
                        hint: groups.isEmpty
                            ? "describe the group in groups/<id>.md, then add group: <id> here"
                            : "add group: with one of " + groupIDs.joined(separator: ", "))
                }
            } else if !groupIDs.contains(meeting.groupID) {
                sink.error(
                    "the group \"\(meeting.groupID)\" is not described in groups/", at: meeting.location,
                    hint: NearestName.suggest(for: meeting.groupID, among: groupIDs).map { "did you mean \"\($0)\"?" }
                        ?? "add groups/\(meeting.groupID).md with the group's title and members")
            }
            if let first = firstByID[meeting.id.lowercased()] {
                sink.error(
                    "two meetings are dated \(meeting.date.long) with no slug to tell them apart", at: meeting.location,
                    hint: "the other is \(first.location.file); add slug: <word> (for example slug: board) to one of them")
            } else {
                firstByID[meeting.id.lowercased()] = meeting
            }
        }

        // Actions of agreed meetings, by id, with where they are.
        var actionPlaces: [String: (meeting: Int, action: Int)] = [:]
        for (meetingIndex, meeting) in meetings.enumerated() where meeting.state == .agreed {
            for (actionIndex, action) in meeting.actions.enumerated() {
                actionPlaces[action.id.lowercased()] = (meetingIndex, actionIndex)
            }
        }
        let knownIDs = actionPlaces.keys.sorted()
        for meeting in meetings {
            for followUp in meeting.followUps {
                guard let place = actionPlaces[followUp.actionID.lowercased()] else {
                    sink.error(
                        "the follow-up names \"\(followUp.actionID)\", which is not an action of any agreed meeting",
                        at: followUp.location,
                        hint: NearestName.suggest(for: followUp.actionID.lowercased(), among: knownIDs).map { "did you mean \"\($0)\"?" }
                            ?? "an action's id is its meeting's date and its number in the notes: 2025-06-03-2")
                    continue
                }
                let raisedAt = meetings[place.meeting]
                guard raisedAt.date < meeting.date else {
                    sink.error(
                        "the follow-up names \"\(followUp.actionID)\", which was raised on \(raisedAt.date.long), not before this meeting",
                        at: followUp.location, hint: "a meeting can only follow up actions of earlier meetings")
                    continue
                }
                guard meeting.state == .agreed else { continue }
                let update = StatusUpdate(
                    date: meeting.date, status: followUp.status, note: followUp.note,
                    source: "the notes of the meeting of \(meeting.date.long)", location: followUp.location)
                meetings[place.meeting].actions[place.action].item.updates.append(update)
                meetings[place.meeting].actions[place.action].item.updates.sort { $0.date < $1.date }
            }
        }
        return meetings
    }
}
