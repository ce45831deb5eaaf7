import Foundation

/// Values written into the YAML front matter of the files an import makes: quoted whenever
/// YAML could read the words as something else (a number, a date, a list, a comment).
enum YAMLText {
    static func scalar(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        let needsQuotes = line.isEmpty || line.contains(": ") || line.contains(" #") || line.hasSuffix(":")
            || "-?:,[]{}#&*!|>'\"%@`".contains(line.first!) || line.first!.isNumber
            || ["yes", "no", "true", "false", "null", "on", "off", "~"].contains(line.lowercased())
            || line != line.trimmingCharacters(in: .whitespaces)
        guard needsQuotes else { return line }
        return "\"" + line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Always in double quotes: for values inside `[...]` and `{...}`, where a comma would split them.
    static func quoted(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "\"" + line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func list(_ items: [String]) -> String {
        "[" + items.map(quoted).joined(separator: ", ") + "]"
    }
}

