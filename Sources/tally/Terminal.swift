import ArgumentParser
import Diagnostics
import Foundation
import Compute
import Model
import Publish

/// How results are shown in the terminal: problems on standard error, one summary line.
enum Terminal {
    /// How problems are written: for people and editors (gcc's form), as GitHub Actions
    /// annotations on the lines of a pull request, or as JSON for other tools.
    enum Format: String, CaseIterable, ExpressibleByArgument {
        case gcc, github, json
    }

    static func printDiagnostics(_ diagnostics: DiagnosticList, format: Format) {
        switch format {
        case .gcc:
            printDiagnostics(diagnostics)
        case .github:
            let lines = diagnostics.presented.map { entry -> String in
                let diagnostic = entry.diagnostic
                var place: [String] = []
                if let location = diagnostic.location {
                    place = ["file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)"]
                }
                let kind = diagnostic.severity == .error ? "error" : "warning"
                var message = diagnostic.message
                if let hint = diagnostic.hint { message += "\nhint: " + hint }
                if entry.following > 0 { message += "\n(\(count(entry.following, "further problem")) follow from this one)" }
                return "::\(kind) \((place + ["title=Tally"]).joined(separator: ","))::\(escapeData(message))"
            }
            guard !lines.isEmpty else { return }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        case .json:
            let items = diagnostics.presented.map { entry -> [String: Any] in
                var item: [String: Any] = ["severity": entry.diagnostic.severity.rawValue, "message": entry.diagnostic.message]
                if let location = entry.diagnostic.location {
                    item["file"] = location.file
                    item["line"] = location.line
                    item["column"] = location.column
                }
                if let hint = entry.diagnostic.hint { item["hint"] = hint }
                if entry.following > 0 { item["following"] = entry.following }
                return item
            }
            let data = (try? JSONSerialization.data(withJSONObject: ["problems": items], options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }

    /// GitHub's workflow commands: `%`, CR and LF escaped in the message; `:` and `,` too in properties.
    static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }

    static func printDiagnostics(_ diagnostics: DiagnosticList) {
        let text = diagnostics.presented.map { entry in
            entry.following == 0
                ? entry.diagnostic.description
                : entry.diagnostic.description + "\n    (\(count(entry.following, "further problem")) follow\(entry.following == 1 ? "s" : "") from this one: fix it first)"
        }.joined(separator: "\n")
        guard !text.isEmpty else { return }
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Lines that are not problems: what was replaced or removed, what is left for later.
    static func printNotes(_ notes: [String]) {
        guard !notes.isEmpty else { return }
        FileHandle.standardError.write(Data((notes.joined(separator: "\n") + "\n").utf8))
    }

    /// What is dated after the as-at date: one line for a build, every item for a check.
    static func printScheduled(_ items: [ScheduledItem], asOf: CivilDate?, inFull: Bool) {
        guard !items.isEmpty, let asOf else { return }
        var lines: [String]
        if inFull {
            lines = items.map { "\($0.location): note: \"\($0.title)\" is scheduled for \($0.date.long), after the as-at date, and is left out" }
        } else {
            let noun = items.count == 1 ? "page or update is" : "pages and updates are"
            lines = ["tally: \(items.count) \(noun) dated after \(asOf.long), so scheduled and left out (tally check lists them)"]
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }

    static func printFailure(_ diagnostics: DiagnosticList, unchanged output: String?) {
        let shown = diagnostics.presented.map(\.diagnostic)
        let errors = shown.filter { $0.severity == .error }.count
        let warnings = shown.count - errors
        var line = "tally: \(count(errors, "error"))"
        if warnings > 0 { line += ", \(count(warnings, "warning"))" }
        if diagnostics.foldedCount > 0 { line += " (and \(diagnostics.foldedCount) that follow from \(errors == 1 ? "it" : "them"))" }
        if let given = output {
            let output = Builder.displayName(given)
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: output, isDirectory: &isFolder)
            let slash = (exists && !isFolder.boolValue) || output.hasSuffix("/") ? "" : "/"
            line += "; \(output)\(slash) was not changed"
        }
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
