import Model

/// The status an item has as at a date: one an update gave it, or one that follows from the facts.
public enum EffectiveStatus: Sendable, Hashable {
    case reported(ItemStatus)
    /// No update and no status at publication: nothing has been reported.
    case notReported
    /// A later plan's action continues this one.
    case carried(CarryKind)
    /// A recommendation that was not agreed, with no steps: closed, as nothing is to be done.
    case notAgreed

    /// Whether work is still expected, is done, has moved elsewhere, or cannot be judged.
    public enum Category: String, Sendable, Hashable {
        case open, finished, closed, unknown
    }

    public var category: Category {
        switch self {
        case .notReported: return .open
        case .carried, .notAgreed: return .closed
        case .reported(let status):
            switch status {
            case .notStarted, .inProgress, .onHold, .carriedForward: return .open
            case .complete, .completeAndOngoing: return .finished
            case .dropped, .superseded: return .closed
            case .cannotAssess: return .unknown
            }
        }
    }

    /// A stable key for exports, CSS and filters: `in-progress`, `not-reported`, `merged`.
    public var key: String {
        switch self {
        case .reported(let status): return status.rawValue
        case .notReported: return "not-reported"
        case .carried(let kind): return kind.rawValue
        case .notAgreed: return "not-agreed"
        }
    }

    /// Every status, in the order counts are shown.
    public static let displayOrder: [EffectiveStatus] =
        [.reported(.complete), .reported(.completeAndOngoing), .reported(.inProgress), .reported(.carriedForward),
         .reported(.onHold), .reported(.notStarted), .notReported, .carried(.carriedOver), .carried(.merged),
         .carried(.replaced), .reported(.superseded), .reported(.dropped), .notAgreed, .reported(.cannotAssess)]
}
