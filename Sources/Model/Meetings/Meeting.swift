import Markup
import Diagnostics

/// A group that meets and publishes notes: `groups/<id>.md`.
public struct MeetingGroup: Sendable, Hashable {
    public var id: String
    public var title: String
    public var summary: String?
    public var chair: String?
    /// How often it meets, as written ("Every quarter").
    public var meets: String?
    public var members: [String]
    /// What the group is, in Markdown.
    public var body: MarkdownText
    public var sourcePath: String
    public var location: SourceLocation

    public init(
        id: String, title: String, summary: String? = nil, chair: String? = nil, meets: String? = nil,
        members: [String] = [], body: MarkdownText, sourcePath: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.chair = chair
        self.meets = meets
        self.members = members
        self.body = body
        self.sourcePath = sourcePath
        self.location = location
    }
}

/// Where notes are in their life: only agreed notes are published.
public enum NotesState: String, Sendable, CaseIterable {
    case draft, agreed, withdrawn
}

/// The notes of one meeting: `meetings/<date>-<slug>.md`.
public struct Meeting: Sendable, Hashable {
    /// The date, with `-slug` when two meetings share a date: `2025-06-03`.
    public var id: String { _read { yield fields.value.id } _modify { yield &fields.value.id } }
    public var date: CivilDate { _read { yield fields.value.date } _modify { yield &fields.value.date } }
    public var groupID: String { _read { yield fields.value.groupID } _modify { yield &fields.value.groupID } }
    public var title: String? { _read { yield fields.value.title } _modify { yield &fields.value.title } }
    public var state: NotesState { _read { yield fields.value.state } _modify { yield &fields.value.state } }
    public var present: [String] { _read { yield fields.value.present } _modify { yield &fields.value.present } }
    public var apologies: [String] { _read { yield fields.value.apologies } _modify { yield &fields.value.apologies } }
    public var nextMeeting: NextMeeting? { _read { yield fields.value.nextMeeting } _modify { yield &fields.value.nextMeeting } }
    public var summary: String? { _read { yield fields.value.summary } _modify { yield &fields.value.summary } }
    /// The notes as the secretariat wrote them.
    public var body: MarkdownText { _read { yield fields.value.body } _modify { yield &fields.value.body } }
    /// The ACTION paragraphs of the notes, in order.
    public var actions: [MeetingAction] { _read { yield fields.value.actions } _modify { yield &fields.value.actions } }
    /// What this meeting recorded about earlier actions.
    public var followUps: [FollowUp] { _read { yield fields.value.followUps } _modify { yield &fields.value.followUps } }
    /// Paragraphs of the notes that say actions are finished ("A1: complete"), which only a
    /// follow-up records: checked against `followUps` once every meeting is read.
    public var statusMentions: [ActionStatusMention] {
        _read { yield fields.value.statusMentions }
        _modify { yield &fields.value.statusMentions }
    }
    public var sourcePath: String { _read { yield fields.value.sourcePath } _modify { yield &fields.value.sourcePath } }
    public var location: SourceLocation { _read { yield fields.value.location } _modify { yield &fields.value.location } }

    private var fields: CopyOnWrite<Fields>

    private struct Fields: Sendable, Hashable {
        var id: String
        var date: CivilDate
        var groupID: String
        var title: String?
        var state: NotesState
        var present: [String]
        var apologies: [String]
        var nextMeeting: NextMeeting?
        var summary: String?
        var body: MarkdownText
        var actions: [MeetingAction]
        var followUps: [FollowUp]
        var statusMentions: [ActionStatusMention] = []
        var sourcePath: String
        var location: SourceLocation
    }

    public init(
        id: String, date: CivilDate, groupID: String, title: String? = nil, state: NotesState, present: [String] = [],
        apologies: [String] = [], nextMeeting: NextMeeting? = nil, summary: String? = nil, body: MarkdownText,
        actions: [MeetingAction] = [], followUps: [FollowUp] = [], sourcePath: String, location: SourceLocation
    ) {
        fields = CopyOnWrite(Fields(
            id: id, date: date, groupID: groupID, title: title, state: state, present: present, apologies: apologies,
            nextMeeting: nextMeeting, summary: summary, body: body, actions: actions, followUps: followUps,
            sourcePath: sourcePath, location: location))
    }
}

/// When and where the group meets next, as the notes say.
public struct NextMeeting: Sendable, Hashable {
    public var date: CivilDate?
    public var place: String?

    public init(date: CivilDate?, place: String?) {
        self.date = date
        self.place = place
    }
}

/// An action agreed at a meeting: an `ACTION:` paragraph of its notes.
public struct MeetingAction: Sendable, Hashable {
    public var item: TrackedItem { _read { yield fields.value.item } _modify { yield &fields.value.item } }
    public var meetingID: String { _read { yield fields.value.meetingID } _modify { yield &fields.value.meetingID } }
    /// Its place among the meeting's actions, from 1.
    public var number: Int { _read { yield fields.value.number } _modify { yield &fields.value.number } }
    /// The headings it was raised under: ["Data", "Housing"].
    public var section: [String] { _read { yield fields.value.section } _modify { yield &fields.value.section } }
    /// The words after `ACTION:`.
    public var text: String {
        _read { yield fields.value.text }
        set {
            fields.value.text = newValue
            fields.value.wording = RepeatedActions.wordsAndRemark(newValue)
        }
    }
    /// Its words, lower-cased, apart from a remark on how it stands: worked out as it is read,
    /// not again for every action of every meeting at each build (`RepeatedActions`).
    var wording: ActionWording { fields.value.wording }
    /// The line of the notes' body on which it starts, to find it again when the notes are shown.
    public var bodyLine: Int { _read { yield fields.value.bodyLine } _modify { yield &fields.value.bodyLine } }

    private var fields: CopyOnWrite<Fields>

    private struct Fields: Sendable, Hashable {
        var item: TrackedItem
        var meetingID: String
        var number: Int
        var section: [String]
        var text: String
        var wording: ActionWording
        var bodyLine: Int
    }

    public init(item: TrackedItem, meetingID: String, number: Int, section: [String], text: String, bodyLine: Int = 0) {
        fields = CopyOnWrite(Fields(
            item: item, meetingID: meetingID, number: number, section: section, text: text,
            wording: RepeatedActions.wordsAndRemark(text), bodyLine: bodyLine))
    }

    public var id: String { item.id }
}

/// A later meeting's record of an earlier action: its status then, and what was said.
public struct FollowUp: Sendable, Hashable {
    public var actionID: String
    public var status: ItemStatus
    public var note: MarkdownText?
    public var location: SourceLocation

    public init(actionID: String, status: ItemStatus, note: MarkdownText?, location: SourceLocation) {
        self.actionID = actionID
        self.status = status
        self.note = note
        self.location = location
    }
}

/// A paragraph of notes that names actions and says they are finished: "Action A1: complete."
public struct ActionStatusMention: Sendable, Hashable {
    /// As written: `A1`, `3`, or a whole id.
    public var references: [String]
    public var word: String
    public var location: SourceLocation
    /// Set when the words say all the earlier actions are finished, naming none.
    public var all: AllActions? = nil
    /// Set when the words say one earlier action is finished, naming none: "The action is complete".
    public var unnamed = false
}

extension Array where Element == Meeting {
    /// Meetings sorted by date, in runs of one day each: meetings of one day are not earlier than
    /// each other, so what one says of another's actions cannot follow it.
    func byDay() -> [ArraySlice<Meeting>] {
        var runs: [ArraySlice<Meeting>] = []
        var start = startIndex
        while start < endIndex {
            let end = self[start...].firstIndex { $0.date != self[start].date } ?? endIndex
            runs.append(self[start..<end])
            start = end
        }
        return runs
    }
}
