import Diagnostics
import Foundation
import Publish

/// How results are shown in the terminal: problems on standard error, one summary line.
enum Terminal {
    static func printDiagnostics(_ diagnostics: DiagnosticList) {
        let text = diagnostics.sorted.map(\.description).joined(separator: "\n")
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func printFailure(_ diagnostics: DiagnosticList, unchanged output: String?) {
        let errors = diagnostics.sorted.filter { $0.severity == .error }.count
        let warnings = diagnostics.sorted.count - errors
        var line = "tally: \(count(errors, "error"))"
        if warnings > 0 { line += ", \(count(warnings, "warning"))" }
        if let output { line += "; \(output)/ was not changed" }
        FileHandle.standardError.write(Data((line + ".\n").utf8))
    }

    static func warningSuffix(_ diagnostics: DiagnosticList) -> String {
        let warnings = diagnostics.sorted.filter { $0.severity == .warning }.count
        return warnings == 0 ? "" : " (\(count(warnings, "warning")))"
    }

    static func printTimings(_ timings: StageTimings) {
        let lines = timings.stages.map { "  \($0.name): \(Int(($0.seconds * 1000).rounded())) ms" }
        let text = (["Timings:"] + lines + ["  total: \(Int((timings.total * 1000).rounded())) ms"]).joined(separator: "\n")
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// A line on standard output, written at once (a long-running preview must not buffer it).
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
