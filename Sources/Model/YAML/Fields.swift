import Diagnostics
import Foundation
import Yams

/// Reads the fields of one YAML mapping into typed values, reporting every problem at its place
/// in the file: a missing required field, a value of the wrong type, and (when `finish()` is
/// called) any field it does not know, with the nearest known name.
final class Fields {
    let mapping: Node.Mapping
    let file: SourceFile
    /// The file line of the YAML's first line.
    let firstLine: Int
    let sink: DiagnosticSink
    /// Where this mapping is, for "missing field" errors.
    let location: SourceLocation
    /// How to name this mapping in a message: "" for the top level, "milestone 2" inside a list.
    let context: String
    private(set) var knownKeys: [String] = []
    /// Each value by its key's text. Yams's own lookup compares keys as nodes, which resolves
    /// every key's YAML type with regular expressions at every lookup.
    private let valuesByKey: [String: Node]

    init(mapping: Node.Mapping, file: SourceFile, firstLine: Int, sink: DiagnosticSink, location: SourceLocation, context: String = "") {
        self.mapping = mapping
        var values = [String: Node](minimumCapacity: mapping.count)
        for (key, value) in mapping {
            if case .scalar(let scalar) = key { values[scalar.string] = value }
        }
        valuesByKey = values
        self.file = file
        self.firstLine = firstLine
        self.sink = sink
        self.location = location
        self.context = context
    }

    /// Fields for a YAML document's root, which must be a mapping (or empty).
    static func root(_ node: Node?, file: SourceFile, firstLine: Int, sink: DiagnosticSink) -> Fields {
        let start = file.location(line: firstLine, column: 1)
        guard let node else {
            return Fields(mapping: Node.Mapping([]), file: file, firstLine: firstLine, sink: sink, location: start)
        }
        guard let mapping = node.mapping else {
            sink.error(
                "expected fields written as name: value, found \(describe(node))",
                at: locate(node, file: file, firstLine: firstLine),
                hint: "each line of the front matter is a field, for example title: About this site")
            return Fields(mapping: Node.Mapping([]), file: file, firstLine: firstLine, sink: sink, location: start)
        }
        return Fields(
            mapping: mapping, file: file, firstLine: firstLine, sink: sink,
            location: locate(node, file: file, firstLine: firstLine))
    }

    // MARK: Locations and names

    static func locate(_ node: Node, file: SourceFile, firstLine: Int) -> SourceLocation {
        guard let mark = node.mark else { return file.location(line: firstLine) }
        return file.location(line: mark.line + firstLine - 1, column: mark.column)
    }

    func location(of node: Node) -> SourceLocation {
        Fields.locate(node, file: file, firstLine: firstLine)
    }

    /// The value given for `key`, if any, without marking the key as known.
    func given(_ key: String) -> Node? { valuesByKey[key] }

    func location(ofKey key: String) -> SourceLocation {
        for (name, _) in mapping where name.scalar?.string == key {
            return location(of: name)
        }
        return location
    }

    func label(_ key: String) -> String {
        context.isEmpty ? "\"\(key)\"" : "\"\(key)\" of \(context)"
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar) where isNull(scalar): return "nothing"
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .sequence: return "a list"
        case .mapping: return "a group of fields"
        case .alias: return "an alias"
        }
    }

    static func isNull(_ scalar: Node.Scalar) -> Bool {
        scalar.style == .plain && (scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null")
    }

    // MARK: Reading

    /// The value of `key`, or `nil` if it is absent or empty. Marks the key as known.
    func node(_ key: String, required: Bool = false, example: String? = nil) -> Node? {
        if !knownKeys.contains(key) { knownKeys.append(key) }
        let value = valuesByKey[key]
        if let value, case .scalar(let scalar) = value, Fields.isNull(scalar) {
            if required {
                sink.error(
                    "the field \(label(key)) is empty", at: location(of: value),
                    hint: example.map { "give it a value, for example \($0)" })
            }
            return nil
        }
        if value == nil, required {
            sink.error(
                "missing required field \(label(key))", at: location,
                hint: example.map { "add a line such as \($0)" } ?? "add the field \"\(key)\"")
        }
        return value
    }

    func scalar(_ key: String, required: Bool, example: String?, expected: String) -> (String, Node)? {
        guard let value = node(key, required: required, example: example) else { return nil }
        guard case .scalar(let scalar) = value else {
            sink.error(
                "the field \(label(key)) should be \(expected), not \(Fields.describe(value))", at: location(of: value),
                hint: example.map { "write it as \($0)" })
            return nil
        }
        return (scalar.string, value)
    }

    func string(_ key: String, required: Bool = false, example: String? = nil) -> String? {
        guard let (text, _) = scalar(key, required: required, example: example, expected: "text") else { return nil }
        let trimmed = text.trimming(" \t\n")
        if trimmed.isEmpty, required {
            sink.error("the field \(label(key)) is empty", at: location(ofKey: key), hint: example.map { "give it a value, for example \($0)" })
            return nil
        }
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The plain-language `summary` field, noted for the reading-ease report.
    func summary(example: String? = nil) -> String? {
        guard let text = string("summary", example: example), let value = node("summary") else { return nil }
        sink.summaries.append(SummaryText(text: text, location: location(of: value)))
        return text
    }

    /// Markdown written in a YAML value, with its position in the file.
    func markdown(_ key: String, required: Bool = false, example: String? = nil) -> MarkdownText? {
        guard let (text, value) = scalar(key, required: required, example: example, expected: "text") else {
            return nil
        }
        let place = location(of: value)
        var firstLine = place.line
        var columnOffset = place.column - 1
        if case .scalar(let scalar) = value, scalar.style == .literal || scalar.style == .folded {
            firstLine += 1
            columnOffset = 0
        } else if case .scalar(let scalar) = value, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
            columnOffset += 1
        }
        return MarkdownText(
            text: text, sourcePath: file.path, displayPath: file.displayPath, firstLine: firstLine,
            firstColumnOffset: columnOffset)
    }

    func int(_ key: String, required: Bool = false, example: String? = nil, range: ClosedRange<Int>? = nil) -> Int? {
        guard let (text, value) = scalar(key, required: required, example: example, expected: "a whole number") else {
            return nil
        }
        guard let number = Int(text.replacingOccurrences(of: "_", with: "")) else {
            sink.error(
                "the field \(label(key)) should be a whole number, not \"\(text)\"", at: location(of: value),
                hint: example.map { "write it as \($0)" })
            return nil
        }
        if let range, !range.contains(number) {
            sink.error(
                "the field \(label(key)) should be between \(range.lowerBound) and \(range.upperBound), not \(number)",
                at: location(of: value))
            return nil
        }
        return number
    }

    func bool(_ key: String, example: String? = nil) -> Bool? {
        guard let (text, value) = scalar(key, required: false, example: example, expected: "true or false") else {
            return nil
        }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            sink.error(
                "the field \(label(key)) should be true or false, not \"\(text)\"", at: location(of: value),
                hint: "write \(key): true or \(key): false")
            return nil
        }
    }

    func date(_ key: String, required: Bool = false, example: String? = nil) -> CivilDate? {
        guard let (text, value) = scalar(key, required: required, example: example ?? "\(key): 2025-07-17", expected: "a date")
        else { return nil }
        return Fields.parseDate(text, field: label(key), required: required, at: location(of: value), sink: sink)
    }

    static func parseDate(_ text: String, field: String, required: Bool, at location: SourceLocation, sink: DiagnosticSink) -> CivilDate? {
        if let date = CivilDate(iso: text) { return date }
        // The hint names the day the words give, or says to leave the field out when they give none.
        let hint: String = switch sink.deadlines.read(text) {
        case .success(.due(let day, rule: .dateGiven)), .success(.due(let day, rule: .dateGivenDayFirst)):
            "write dates as YYYY-MM-DD: \(day.iso)"
        case .success(.toBeConfirmed) where !required:
            "leave the field out until the day is known"
        default:
            "write dates as YYYY-MM-DD, for example 2025-07-17"
        }
        sink.error("the field \(field) is not a date: \"\(text)\"", at: location, hint: hint)
        return nil
    }

    /// One text or a list of texts: `owner: Finance` and `owner: [Finance, Legal]` both work.
    func strings(_ key: String, required: Bool = false, example: String? = nil) -> [String] {
        guard let value = node(key, required: required, example: example) else { return [] }
        switch value {
        case .scalar(let scalar):
            return [scalar.string.trimming(" \t\n")].filter { !$0.isEmpty }
        case .sequence(let sequence):
            var result: [String] = []
            for item in sequence {
                if case .scalar(let scalar) = item, !Fields.isNull(scalar) {
                    result.append(scalar.string.trimming(" \t\n"))
                } else {
                    sink.error(
                        "each item of \(label(key)) should be text, not \(Fields.describe(item))", at: location(of: item),
                        hint: example.map { "write it as \($0)" })
                }
            }
            return result
        default:
            sink.error(
                "the field \(label(key)) should be text or a list of texts, not \(Fields.describe(value))",
                at: location(of: value), hint: example.map { "write it as \($0)" })
            return []
        }
    }

    /// A group of fields under `key`.
    func object(_ key: String, required: Bool = false, example: String? = nil) -> Fields? {
        guard let value = node(key, required: required, example: example) else { return nil }
        guard case .mapping(let nested) = value else {
            sink.error(
                "the field \(label(key)) should be a group of fields, not \(Fields.describe(value))",
                at: location(of: value), hint: example.map { "write it as \($0)" })
            return nil
        }
        return Fields(
            mapping: nested, file: file, firstLine: firstLine, sink: sink, location: location(of: value),
            context: context.isEmpty ? "\"\(key)\"" : "\"\(key)\" of \(context)")
    }

    /// A list of groups of fields under `key`; `itemName` names each in messages ("milestone 2").
    func objects(_ key: String, itemName: String, required: Bool = false, example: String? = nil) -> [Fields] {
        guard let value = node(key, required: required, example: example) else { return [] }
        guard case .sequence(let sequence) = value else {
            sink.error(
                "the field \(label(key)) should be a list, not \(Fields.describe(value))", at: location(of: value),
                hint: example.map { "write it as \($0)" } ?? "start each item on its own line with \"- \"")
            return []
        }
        var result: [Fields] = []
        for (index, item) in sequence.enumerated() {
            guard case .mapping(let nested) = item else {
                sink.error(
                    "\(itemName) \(index + 1) in \(label(key)) should be a group of fields, not \(Fields.describe(item))",
                    at: location(of: item), hint: example.map { "write it as \($0)" })
                continue
            }
            let name = context.isEmpty ? "\(itemName) \(index + 1)" : "\(itemName) \(index + 1) of \(context)"
            result.append(
                Fields(mapping: nested, file: file, firstLine: firstLine, sink: sink, location: location(of: item), context: name))
        }
        return result
    }

    /// A value from a fixed list, matched without regard to case, spaces or underscores.
    func choice<Value: RawRepresentable & CaseIterable>(
        _ key: String, of type: Value.Type, required: Bool = false, example: String? = nil
    ) -> Value? where Value.RawValue == String {
        guard let (text, value) = scalar(key, required: required, example: example, expected: "one of the allowed values")
        else { return nil }
        return Fields.match(text, as: type, field: label(key), at: location(of: value), sink: sink)
    }

    static func match<Value: RawRepresentable & CaseIterable>(
        _ text: String, as type: Value.Type, field: String, at location: SourceLocation, sink: DiagnosticSink
    ) -> Value? where Value.RawValue == String {
        let normalised = normalise(text)
        if let value = Value.allCases.first(where: { normalise($0.rawValue) == normalised }) {
            return value
        }
        let allowed = Value.allCases.map(\.rawValue)
        var hint = "use one of: " + allowed.joined(separator: ", ")
        if let near = NearestName.suggest(for: normalised, among: allowed) {
            hint = "did you mean \"\(near)\"? The allowed values are: " + allowed.joined(separator: ", ")
        }
        sink.error("\"\(text)\" is not a valid value for \(field)", at: location, hint: hint)
        return nil
    }

    static func normalise(_ text: String) -> String {
        text.lowercased().trimming(" \t").replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-")
    }

    /// `draft: true`, which leaves the item out of every output once it is checked. Where an item
    /// takes it, `finish()` refuses the fields other tools read for the same (`published: false`).
    /// Whether the file is a draft; one that is not is checked for words `tally new` left in it.
    func draft() -> Bool {
        let isDraft = bool("draft", example: "draft: true") ?? false
        if !isDraft { ScaffoldText.check(file, sink: sink) }
        return isDraft
    }

    /// Reports each field named in `names` (in any case) as an error with `reason` and `hint`: a
    /// field someone would write here, for something written elsewhere. Called before `finish()`,
    /// which then passes over them.
    func refuse(_ names: Set<String>, _ reason: String, hint: String) {
        for (key, _) in mapping {
            guard case .scalar(let scalar) = key, names.contains(scalar.string.lowercased()), !knownKeys.contains(scalar.string) else { continue }
            let where_ = context.isEmpty ? "" : " in \(context)"
            sink.error("\"\(scalar.string)\" is not a field\(where_): \(reason)", at: location(of: key), hint: hint)
            knownKeys.append(scalar.string)
        }
    }

    /// Reports every field that no read asked for. A slip of a known name (`titel`) or another
    /// name for a known field (`lead` for `owners`, `due` for `deadline`) is an error: the value
    /// would otherwise be lost in silence, and a page would show something the author did not
    /// write. Anything else is a warning, with the nearest known name.
    func finish() {
        for (key, _) in mapping {
            guard case .scalar(let scalar) = key else {
                sink.error("a field name must be text, not \(Fields.describe(key))", at: location(of: key))
                continue
            }
            let name = scalar.string
            guard !knownKeys.contains(name) else { continue }
            let where_ = context.isEmpty ? "" : " in \(context)"
            if knownKeys.contains("draft"), Fields.withholdingNames.contains(name.lowercased()) {
                sink.error(
                    "\"\(name)\" is not a field\(where_): Tally does not read it, so it cannot keep this off the site",
                    at: location(of: key),
                    hint: "to leave it out of every output, write draft: true (an update dated after the as-at date is held back until that day); otherwise take the field out")
            } else if let meant = Fields.synonyms[name.lowercased()]?.first(where: knownKeys.contains) {
                sink.error(
                    "\"\(name)\" is not a field\(where_): the field for it is \"\(meant)\"", at: location(of: key),
                    hint: Fields.synonymHint(name, meant: meant))
            } else if let meant = NearestName.slip(for: name, among: knownKeys) {
                // "missing required field title" follows from the slip alone: one problem, one fix.
                let missing = "missing required field \(label(meant))"
                sink.list.removeAll { $0.message == missing && $0.location == location }
                sink.error("unknown field \"\(name)\"\(where_)", at: location(of: key), hint: "did you mean \"\(meant)\"?")
            } else {
                sink.warning(
                    "unknown field \"\(name)\"\(where_) is ignored", at: location(of: key),
                    hint: NearestName.hint(for: name, among: knownKeys))
            }
        }
    }
}

extension String {
    func trimming(_ set: String) -> String {
        let characters = Set(set)
        guard let start = firstIndex(where: { !characters.contains($0) }) else { return "" }
        let end = lastIndex(where: { !characters.contains($0) })!
        return String(self[start...end])
    }
}
