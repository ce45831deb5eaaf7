import Diagnostics
import Markup
import Model

/// Marks the first use of each glossary term on a page with `<abbr>`, and finds words that look
/// like abbreviations but are not in the glossary. Made once per build; each text is scanned
/// word by word, so the cost grows with the text, not with the size of the glossary.
struct Abbreviations: Sendable {
    let glossary: Glossary
    /// Every spelling of every term, by its first word, longest first, so that "RAG rating"
    /// wins over "RAG".
    let spellingsByFirstWord: [Substring: [(text: String, term: GlossaryTerm)]]

    init(glossary: Glossary) {
        self.glossary = glossary
        var table: [Substring: [(text: String, term: GlossaryTerm)]] = [:]
        for term in glossary.terms {
            for spelling in [term.term] + term.variants {
                guard let first = Abbreviations.words(in: spelling).first else { continue }
                table[Substring(spelling[first]), default: []].append((spelling, term))
            }
        }
        spellingsByFirstWord = table.mapValues { $0.sorted { ($0.text.count, $0.text) > ($1.text.count, $1.text) } }
    }

    /// Wraps the first use on the page of each term in this text node.
    func mark(_ node: MarkdownNode, used: inout Set<String>) {
        guard let literal = node.literal, node.ancestor(ofKind: [.link, .image]) == nil else { return }
        var matches: [(range: Range<String.Index>, term: GlossaryTerm)] = []
        var coveredUpTo = literal.startIndex
        for word in Abbreviations.words(in: literal) where word.lowerBound >= coveredUpTo {
            guard let candidates = spellingsByFirstWord[literal[word]] else { continue }
            for (text, term) in candidates where !used.contains(term.term) {
                guard literal[word.lowerBound...].hasPrefix(text) else { continue }
                let end = literal.index(word.lowerBound, offsetBy: text.count)
                guard end == literal.endIndex || !Abbreviations.isWordCharacter(literal[end]) else { continue }
                matches.append((word.lowerBound..<end, term))
                used.insert(term.term)
                coveredUpTo = end
                break
            }
        }
        guard !matches.isEmpty else { return }
        var cursor = literal.startIndex
        for match in matches {
            if cursor < match.range.lowerBound { node.insertBefore(.text(String(literal[cursor..<match.range.lowerBound]))) }
            let abbreviation = MarkdownNode.customInline(before: "<abbr title=\"\(HTMLText.escape(match.term.expansion))\">", after: "</abbr>")
            abbreviation.append(.text(String(literal[match.range])))
            node.insertBefore(abbreviation)
            cursor = match.range.upperBound
        }
        if cursor < literal.endIndex { node.insertBefore(.text(String(literal[cursor...]))) }
        node.remove()
    }

    /// Words of two or more capital letters (and digits) that the glossary does not know.
    func unknown(in literal: String) -> [String] {
        var found: [String] = []
        for range in Abbreviations.words(in: literal) {
            let word = literal[range]
            guard word.count >= 2, word.count <= 8, word.first!.isUppercase,
                word.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0.isNumber }), word.filter(\.isLetter).count >= 2
            else { continue }
            let text = String(word)
            // Tally's own keywords (ACTION in meeting notes) are not abbreviations.
            if Abbreviations.keywords.contains(text) { continue }
            if glossary.term(text) == nil, !glossary.ignored.contains(text), !found.contains(text) { found.append(text) }
        }
        return found
    }

    static let keywords: Set<String> = ["ACTION", "ACTIONS"]

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    /// The ranges of the runs of letters and digits in `text`.
    static func words(in text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            if isWordCharacter(text[index]) {
                if start == nil { start = index }
            } else if let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }
}
