import Diagnostics

enum GlossaryReader {
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> Glossary {
        guard let text = MarkdownFile.decode(file, sink: sink, example: "terms: [...]") else { return Glossary() }
        let root = YAMLParser.parse(text, file: file, firstLine: 1, sink: sink)
        let fields = Fields.root(root, file: file, firstLine: 1, sink: sink)
        var seen: [String: SourceLocation] = [:]
        let terms = fields.objects("terms", itemName: "term", required: true, example: "- term: KPI\n  expansion: Key performance indicator")
            .compactMap { entry -> GlossaryTerm? in
                let term = entry.string("term", required: true, example: "term: KPI")
                let expansion = entry.string("expansion", required: true, example: "expansion: Key performance indicator")
                let explanation = entry.string("explanation")
                let variants = entry.strings("also", example: "also: [KPIs]")
                entry.finish()
                guard let term, let expansion else { return nil }
                let place = entry.location(ofKey: "term")
                for spelling in [term] + variants {
                    if let first = seen[spelling] {
                        sink.error(
                            "\"\(spelling)\" is defined twice in the glossary (first on line \(first.line))", at: place,
                            hint: "keep one entry for each term; put every meaning in its explanation, and other spellings under also:")
                        return nil
                    }
                    seen[spelling] = place
                }
                return GlossaryTerm(term: term, expansion: expansion, explanation: explanation, variants: variants, location: place)
            }
        let ignored = Set(fields.strings("not_abbreviations", example: "not_abbreviations: [UNISON]"))
        fields.finish()
        return Glossary(terms: terms.sorted { $0.term.lowercased() < $1.term.lowercased() }, ignored: ignored)
    }
}
