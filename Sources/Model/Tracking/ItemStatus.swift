/// A status an author can give a tracked item in an update (`status: in-progress`).
///
/// Statuses that follow from other facts are not written by authors: "not reported" (no update
/// yet), "carried over", "merged" and "replaced" (a later plan's action says it continues this
/// one), and the flags overdue, due soon and not updated recently. See docs/tracking.md.
public enum ItemStatus: String, Sendable, Hashable, CaseIterable {
    case notStarted = "not-started"
    case inProgress = "in-progress"
    case onHold = "on-hold"
    /// A meeting action not yet done, taken on to the next meeting.
    case carriedForward = "carried-forward"
    case complete
    /// Delivered, and continuing as routine work ("Complete – ongoing").
    case completeAndOngoing = "complete-and-ongoing"
    case dropped
    /// Replaced by other work, outside the plan's own carry-overs.
    case superseded
    /// The evidence does not allow a judgement.
    case cannotAssess = "cannot-assess"

    /// Whether nothing more is expected of the item: done (and perhaps going on as routine), dropped or superseded.
    public var endsTheWork: Bool {
        switch self {
        case .complete, .completeAndOngoing, .dropped, .superseded: true
        case .notStarted, .inProgress, .onHold, .carriedForward, .cannotAssess: false
        }
    }
}

/// How a later action continues an earlier one (`carried_from: [{id: ..., how: merged}]`).
public enum CarryKind: String, Sendable, Hashable, CaseIterable {
    /// The same action continues in the later plan, perhaps reworded.
    case carriedOver = "carried-over"
    /// Several earlier actions became one.
    case merged
    /// A different action takes its place.
    case replaced

}

/// Red, amber or green: a rating of how an item is going.
public enum RAG: String, Sendable, Hashable, CaseIterable, Comparable {
    case green, amber, red

    public static func < (lhs: RAG, rhs: RAG) -> Bool {
        let order: [RAG] = [.green, .amber, .red]
        return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
    }
}
