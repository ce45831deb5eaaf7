import Diagnostics

/// A figure in a title or summary is a fact inside words: a translation that gives other
/// figures than its source ("Ôl-osod 150 o gartrefi" for "Retrofit 500 homes", a translation
/// made before the source changed) published one number in English and another in Welsh.
enum TranslatedFigures {
    /// The numbers words give, in digits, in their order: "1,000" is 1000, "31st" 31, "2025/26" 2025 and 26.
    static func figures(in words: String) -> [String] {
        var found: [String] = []
        var current = ""
        let characters = Array(words)
        func isDigit(_ index: Int) -> Bool { index < characters.count && characters[index].isASCII && characters[index].isNumber }
        for index in characters.indices {
            if isDigit(index) {
                current.append(characters[index])
            } else if !current.isEmpty, [",", "."].contains(characters[index]), isDigit(index + 1) {
                // A thousands separator is dropped; a decimal point kept.
                if characters[index] == "." { current.append(".") }
            } else if !current.isEmpty {
                found.append(current)
                current = ""
            }
        }
        if !current.isEmpty { found.append(current) }
        return found
    }

    /// An error when `translated` gives other figures than `original`.
    static func check(
        _ translated: String?, against original: String?, field: String, at location: SourceLocation, source: String, sink: DiagnosticSink
    ) {
        guard let translated, let original else { return }
        let theirs = figures(in: original)
        let ours = figures(in: translated)
        // In any order: languages order their words differently.
        guard ours.sorted() != theirs.sorted() else { return }
        func listed(_ figures: [String]) -> String { figures.isEmpty ? "no figure" : figures.joined(separator: ", ") }
        sink.error(
            "the translation's \(field) gives \(listed(ours)), but \(source)'s gives \(listed(theirs))", at: location,
            hint: "a translation gives its source's figures, in digits: bring it up to date with \(source) (\(field): \"\(original)\")")
    }
}
