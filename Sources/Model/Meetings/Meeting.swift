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
    public var id: String
    public var date: CivilDate
    public var groupID: String
    public var title: String?
    public var state: NotesState
    public var present: [String]
    public var apologies: [String]
    public var nextMeeting: NextMeeting?
    public var summary: String?
    /// The notes as the secretariat wrote them.
    public var body: MarkdownText
    /// The ACTION paragraphs of the notes, in order.
    public var actions: [MeetingAction]
    /// What this meeting recorded about earlier actions.
    public var followUps: [FollowUp]
    /// Paragraphs of the notes that say actions are finished ("A1: complete"), which only a
    /// follow-up records: checked against `followUps` once every meeting is read.
    public var statusMentions: [ActionStatusMention] = []
    public var sourcePath: String
    public var location: SourceLocation

    public init(
        id: String, date: CivilDate, groupID: String, title: String? = nil, state: NotesState, present: [String] = [],
        apologies: [String] = [], nextMeeting: NextMeeting? = nil, summary: String? = nil, body: MarkdownText,
        actions: [MeetingAction] = [], followUps: [FollowUp] = [], sourcePath: String, location: SourceLocation
    ) {
        self.id = id
        self.date = date
        self.groupID = groupID
        self.title = title
        self.state = state
        self.present = present
        self.apologies = apologies
        self.nextMeeting = nextMeeting
        self.summary = summary
        self.body = body
        self.actions = actions
        self.followUps = followUps
        self.sourcePath = sourcePath
        self.location = location
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
    public var item: TrackedItem
    public var meetingID: String
    /// Its place among the meeting's actions, from 1.
    public var number: Int
    /// The headings it was raised under: ["Data", "HMPPS"].
    public var section: [String]
    /// The words after `ACTION:`.
    public var text: String { didSet { wording = RepeatedActions.wordsAndRemark(text) } }
    /// Its words, lower-cased, apart from a remark on how it stands: worked out as it is read,
    /// not again for every action of every meeting at each build (`RepeatedActions`).
    var wording: ActionWording
    /// The line of the notes' body on which it starts, to find it again when the notes are shown.
    public var bodyLine: Int

    public init(item: TrackedItem, meetingID: String, number: Int, section: [String], text: String, bodyLine: Int = 0) {
        self.item = item
        self.meetingID = meetingID
        self.number = number
        self.section = section
        self.text = text
        self.bodyLine = bodyLine
        wording = RepeatedActions.wordsAndRemark(text)
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
