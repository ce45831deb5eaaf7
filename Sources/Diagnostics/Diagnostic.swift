public enum Severity: String, Sendable, Hashable, Comparable {
    case warning
    case error

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .warning && rhs == .error
    }
}

/// One problem found in the input, with where it is and, when a fix is likely, how to fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    /// Where the problem is; `nil` when it concerns no file (a missing folder, say).
    public var location: SourceLocation?
    public var message: String
    public var hint: String?
    /// The file (as shown, `Content/data/x.yaml`) whose own error this follows from: when that
    /// file has an error, this one is folded under it rather than shown, since fixing the file
    /// fixes both, and this one's hint could point the wrong way.
    public var cause: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?, hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = location
        self.hint = hint
    }

    public static func error(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, hint: hint)
    }

    public static func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, hint: hint)
    }

    /// This problem, marked as following from `file`'s own error (if `file` is given).
    public func following(_ file: String?) -> Diagnostic {
        var copy = self
        copy.cause = file
        return copy
    }

    /// `file:line:column: error: message`, then the hint on its own indented line; a hint of
    /// several lines keeps them under its first, so an example in it reads as written.
    public var description: String {
        let place = location.map { "\($0): " } ?? "tally: "
        var text = "\(place)\(severity.rawValue): \(message)"
        if let hint { text += Self.hintLines(hint) }
        return text
    }

    /// The hint under its problem: `    hint: ...`, any further lines indented to match.
    public static func hintLines(_ hint: String) -> String {
        let lead = "    hint: "
        let continuation = "\n" + String(repeating: " ", count: lead.count)
        return "\n" + lead + hint.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: continuation)
    }
}

extension Diagnostic: Comparable {
    /// Files in path order, then by position, so that output is the same on every run.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (l?, r?) where l != r: return l < r
        default: return (lhs.severity, lhs.message) > (rhs.severity, rhs.message)
        }
    }
}

/// A diagnostic can be thrown or returned as the failure of a `Result`.
extension Diagnostic: Error {}
