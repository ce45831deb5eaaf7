/// An item's id as the content compares it: without regard to case, so that `carried_from:
/// CAP-1.2` and a follow-up of `cap-1.2` find the action whose id is `cap-1.2`. Joins between
/// items are keyed by it, never by a string lower-cased by hand.
public struct ItemID: Hashable, Sendable, CustomStringConvertible {
    /// The id as written.
    public let written: String
    private let folded: String

    public init(_ written: String) {
        self.written = written
        folded = written.lowercased()
    }

    public static func == (lhs: ItemID, rhs: ItemID) -> Bool { lhs.folded == rhs.folded }
    public func hash(into hasher: inout Hasher) { hasher.combine(folded) }
    public var description: String { written }
}

extension TrackedItem {
    public var key: ItemID { ItemID(id) }
}

extension Plan {
    public var key: ItemID { ItemID(id) }
}

extension Response {
    public var key: ItemID { ItemID(id) }
}

extension CarryLink {
    public var key: ItemID { ItemID(id) }
}
