import Diagnostics

/// Where the readers of one file put what they find wrong. Used on one thread at a time.
final class DiagnosticSink {
    var list = DiagnosticList()

    func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        list.error(message, at: location, hint: hint)
    }

    func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        list.warning(message, at: location, hint: hint)
    }

    func append(_ diagnostic: Diagnostic) {
        list.append(diagnostic)
    }
}
