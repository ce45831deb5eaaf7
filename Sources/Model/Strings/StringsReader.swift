import Diagnostics
import Yams

/// Reads a strings file: nested mappings whose leaves are texts, or mappings of plural
/// categories to texts. Keys are joined with dots: `sections: {plans: Plans}` is `sections.plans`.
public enum StringsReader {
    public static func read(_ file: SourceFile) -> (StringTable, DiagnosticList) {
        let sink = DiagnosticSink()
        var table = StringTable(location: file.location())
        guard case .success(let text) = file.text() else {
            if case .failure(let problem) = file.text() { sink.append(problem) }
            return (table, sink.list)
        }
        guard let root = YAMLParser.parse(text, file: file, firstLine: 1, sink: sink) else { return (table, sink.list) }
        guard let mapping = root.mapping else {
            sink.error(
                "a strings file is names and their words, written as name: words", at: Fields.locate(root, file: file, firstLine: 1),
                hint: "for example:\nsections:\n  plans: Our plans")
            return (table, sink.list)
        }
        collect(mapping, prefix: "", file: file, sink: sink, into: &table)
        return (table, sink.list)
    }

    private static func collect(_ mapping: Node.Mapping, prefix: String, file: SourceFile, sink: DiagnosticSink, into table: inout StringTable) {
        for (keyNode, value) in mapping {
            let location = Fields.locate(keyNode, file: file, firstLine: 1)
            guard let name = keyNode.scalar?.string, !name.isEmpty else {
                sink.error("a name in a strings file is a word", at: location)
                continue
            }
            let key = prefix.isEmpty ? name : prefix + "." + name
            if let text = value.scalar?.string {
                table.entries[key] = StringTable.Entry(value: .text(text), location: location)
            } else if let nested = value.mapping {
                let names = nested.compactMap { $0.key.scalar?.string }
                if !names.isEmpty, names.allSatisfy({ PluralCategory(rawValue: $0) != nil }) {
                    var forms: [PluralCategory: String] = [:]
                    for (category, text) in nested {
                        guard let form = category.scalar.flatMap({ PluralCategory(rawValue: $0.string) }), let words = text.scalar?.string else {
                            sink.error("each plural form of \(key) is one line of words", at: Fields.locate(category, file: file, firstLine: 1))
                            continue
                        }
                        forms[form] = words
                    }
                    table.entries[key] = StringTable.Entry(value: .plural(forms), location: location)
                } else {
                    collect(nested, prefix: key, file: file, sink: sink, into: &table)
                }
            } else {
                sink.error(
                    "\(key) should be words, or words for each plural form (one:, other:)", at: location,
                    hint: "write it as \(name): your words")
            }
        }
    }
}
