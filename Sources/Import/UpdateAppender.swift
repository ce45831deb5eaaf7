import Foundation
import Model

/// Adds a dated update to the front matter of a content file that exists, leaving every other
/// line as it was: under its `updates:` list (in the same indentation), or as a new list.
enum UpdateAppender {
    static func append(update: (date: CivilDate, status: String, note: String?), to text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---",
            let close = lines.indices.dropFirst().first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == "---" })
        else { return nil }
        let key = lines[1..<close].firstIndex { $0.hasPrefix("updates:") }
        var indent = "  "
        var insertAt = close
        if let key {
            let rest = lines[key].dropFirst("updates:".count).trimmingCharacters(in: .whitespaces)
            if rest == "[]" {
                lines[key] = "updates:"
            } else if !rest.isEmpty {
                return nil
            }
            var end = key + 1
            while end < close, lines[end].isEmpty || lines[end].hasPrefix(" ") || lines[end].hasPrefix("-") {
                if let dash = lines[end].firstIndex(of: "-"), lines[end][..<dash].allSatisfy({ $0 == " " }) {
                    indent = String(lines[end][..<dash])
                }
                end += 1
            }
            insertAt = end
        } else {
            lines.insert("updates:", at: close)
            insertAt = close + 1
        }
        var item = ["\(indent)- date: \(update.date.iso)", "\(indent)  status: \(update.status)"]
        if let note = update.note { item.append("\(indent)  note: \(YAMLText.scalar(note))") }
        lines.insert(contentsOf: item, at: insertAt)
        return lines.joined(separator: "\n")
    }
}
