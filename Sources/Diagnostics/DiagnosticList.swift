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

    /// Sorted by place, with exact repeats removed.
    public var sorted: [Diagnostic] {
        var seen = Set<Diagnostic>()
        return items.sorted().filter { seen.insert($0).inserted }
    }

    /// What the user is shown: root causes first, and each problem that only follows from a
    /// file's own error folded under that error as a count.
    public var presented: [(diagnostic: Diagnostic, following: Int)] {
        let all = sorted
        let failedFiles = Set(all.filter { $0.severity == .error }.compactMap(\.location?.file))
        var followers: [String: Int] = [:]
        var shown: [Diagnostic] = []
        for diagnostic in all {
            if let cause = diagnostic.cause, failedFiles.contains(cause), diagnostic.location?.file != cause {
                followers[cause, default: 0] += 1
            } else {
                shown.append(diagnostic)
            }
        }
        // A file that others' problems follow from is reported first.
        let roots = shown.filter { $0.location.map { followers[$0.file] != nil } ?? false }
        let rest = shown.filter { !($0.location.map { followers[$0.file] != nil } ?? false) }
        var firstErrorSeen = Set<String>()
        return (roots + rest).map { diagnostic in
            guard diagnostic.severity == .error, let file = diagnostic.location?.file, let count = followers[file],
                firstErrorSeen.insert(file).inserted
            else { return (diagnostic, 0) }
            return (diagnostic, count)
        }
    }

    /// How many problems `presented` folds under others.
    public var foldedCount: Int {
        sorted.count - presented.count
    }
}
