import Diagnostics

/// Where the readers of one file put what they find wrong. Used on one thread at a time.
final class DiagnosticSink {
    var list = DiagnosticList()
    /// Every summary read, for the reading-ease report: gathered here because every reader
    /// already has the sink, and a summary's place in its file is known only while reading.
    var summaries: [SummaryText] = []

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
