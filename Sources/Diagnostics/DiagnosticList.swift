/// The problems found by one stage, in the order found.
public struct DiagnosticList: Sendable, Hashable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) {
        self.items = items
    }

    public var hasErrors: Bool { items.contains { $0.severity == .error } }
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var isEmpty: Bool { items.isEmpty }

    public mutating func append(_ diagnostic: Diagnostic) {
        items.append(diagnostic)
    }

    public mutating func append(contentsOf other: DiagnosticList) {
        items.append(contentsOf: other.items)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        items.append(contentsOf: other)
    }

    /// Takes back problems already found, when a later finding explains them better.
    public mutating func removeAll(where shouldRemove: (Diagnostic) -> Bool) {
        items.removeAll(where: shouldRemove)
    }

    public mutating func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        items.append(.error(message, at: location, hint: hint))
    }

    public mutating func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        items.append(.warning(message, at: location, hint: hint))
    }

    /// Sorted by place, with exact repeats removed: what the user is shown.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }
}
