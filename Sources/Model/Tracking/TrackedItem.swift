import Diagnostics

/// Something promised and followed up: an action in a plan, an ACTION agreed at a meeting, a
/// recommendation's response. Owners, deadlines, dated status updates, a manual rating and links
/// to what it continues are the same for all of them, so they live here once.
public struct TrackedItem: Sendable, Hashable {
    /// Stable once published: pages, exports and links use it.
    public var id: String { _read { yield fields.value.id } _modify { yield &fields.value.id } }
    public var title: String { _read { yield fields.value.title } _modify { yield &fields.value.title } }
    public var owners: [String] { _read { yield fields.value.owners } _modify { yield &fields.value.owners } }
    /// A single deadline; items with steps use `milestones` instead (or as well).
    public var deadline: Deadline? { _read { yield fields.value.deadline } _modify { yield &fields.value.deadline } }
    public var milestones: [Milestone] { _read { yield fields.value.milestones } _modify { yield &fields.value.milestones } }
    /// The day tracking starts: when the plan was published or the meeting held.
    public var opened: CivilDate { _read { yield fields.value.opened } _modify { yield &fields.value.opened } }
    /// The status when published, if the source gave one (dated `opened`).
    public var initialStatus: ItemStatus? { _read { yield fields.value.initialStatus } _modify { yield &fields.value.initialStatus } }
    /// Dated updates, oldest first.
    public var updates: [StatusUpdate] { _read { yield fields.value.updates } _modify { yield &fields.value.updates } }
    public var manualRAG: ManualRAG? { _read { yield fields.value.manualRAG } _modify { yield &fields.value.manualRAG } }
    /// Earlier items this one continues.
    public var carriedFrom: [CarryLink] { _read { yield fields.value.carriedFrom } _modify { yield &fields.value.carriedFrom } }
    public var location: SourceLocation { _read { yield fields.value.location } _modify { yield &fields.value.location } }

    private var fields: CopyOnWrite<Fields>

    private struct Fields: Sendable, Hashable {
        var id: String
        var title: String
        var owners: [String]
        var deadline: Deadline?
        var milestones: [Milestone]
        var opened: CivilDate
        var initialStatus: ItemStatus?
        var updates: [StatusUpdate]
        var manualRAG: ManualRAG?
        var carriedFrom: [CarryLink]
        var location: SourceLocation
    }

    public init(
        id: String, title: String, owners: [String] = [], deadline: Deadline? = nil, milestones: [Milestone] = [],
        opened: CivilDate, initialStatus: ItemStatus? = nil, updates: [StatusUpdate] = [],
        manualRAG: ManualRAG? = nil, carriedFrom: [CarryLink] = [], location: SourceLocation
    ) {
        fields = CopyOnWrite(Fields(
            id: id, title: title, owners: owners, deadline: deadline, milestones: milestones, opened: opened,
            initialStatus: initialStatus, updates: updates.sorted { $0.date < $1.date }, manualRAG: manualRAG,
            carriedFrom: carriedFrom, location: location))
    }

    /// Every deadline of the item: its own and its milestones'.
    public var allDeadlines: [Deadline] {
        (deadline.map { [$0] } ?? []) + milestones.compactMap(\.deadline)
    }

    /// The status its deadlines give it when published: complete (and ongoing) when every one of
    /// them was published as "Complete" ("Complete – ongoing"); nil otherwise.
    public var statusFromDeadlines: ItemStatus? {
        let readings = allDeadlines.map(\.reading)
        guard !readings.isEmpty, readings.allSatisfy({ if case .complete = $0 { true } else { false } }) else { return nil }
        return readings.contains(.complete(ongoing: true)) ? .completeAndOngoing : .complete
    }
}

/// One step of an item, with its own words, deadline and (for a recommendation) owner.
public struct Milestone: Sendable, Hashable {
    public var text: String?
    public var owner: String?
    public var deadline: Deadline?
    /// The day it was reported done by, if it was.
    public var completed: CivilDate?
    /// The words the source used for when it was done ("April 2024"), when not a day.
    public var completedText: String?
    /// The first day of the time those words name (1 April 2024 for "April 2024"); nil when
    /// they give only the latest day ("By April 2024"), so it may have been done any day before.
    public var completedSince: CivilDate?
    public var location: SourceLocation

    public init(
        text: String?, owner: String? = nil, deadline: Deadline?, completed: CivilDate? = nil, completedText: String? = nil,
        completedSince: CivilDate? = nil, location: SourceLocation
    ) {
        self.text = text
        self.owner = owner
        self.deadline = deadline
        self.completed = completed
        self.completedText = completedText
        self.completedSince = completedSince
        self.location = location
    }
}

/// What was reported about an item on a day.
public struct StatusUpdate: Sendable, Hashable {
    public var date: CivilDate
    public var status: ItemStatus
    /// What happened, in Markdown: the evidence.
    public var note: MarkdownText?
    /// Where it was reported ("Annual Report on the Climate Plan 2024/25").
    public var source: String?
    public var location: SourceLocation

    public init(date: CivilDate, status: ItemStatus, note: MarkdownText? = nil, source: String? = nil, location: SourceLocation) {
        self.date = date
        self.status = status
        self.note = note
        self.source = source
        self.location = location
    }
}

/// A rating set by hand, which must say why; shown beside the computed one.
public struct ManualRAG: Sendable, Hashable {
    public var rating: RAG
    public var reason: String
    public var location: SourceLocation

    public init(rating: RAG, reason: String, location: SourceLocation) {
        self.rating = rating
        self.reason = reason
        self.location = location
    }
}

/// "This item continues item `id`."
public struct CarryLink: Sendable, Hashable {
    public var id: String
    public var kind: CarryKind
    public var note: String?
    public var location: SourceLocation

    public init(id: String, kind: CarryKind, note: String? = nil, location: SourceLocation) {
        self.id = id
        self.kind = kind
        self.note = note
        self.location = location
    }
}
