import Diagnostics
import Markup
import Model

/// Marks the first use of each glossary term on a page with `<abbr>`, and finds words that look
/// like abbreviations but are not in the glossary.
struct Abbreviations {
    let glossary: Glossary
    /// Every spelling of every term with its entry, longest first, so that "RAG rating" wins over "RAG".
    let spellings: [(text: String, term: GlossaryTerm)]

    init(glossary: Glossary) {
        self.glossary = glossary
        spellings = glossary.terms.flatMap { term in ([term.term] + term.variants).map { ($0, term) } }
            .sorted { ($0.text.count, $0.text) > ($1.text.count, $1.text) }
    }

    /// Wraps the first use on the page of each term in this text node.
    func mark(_ node: MarkdownNode, used: inout Set<String>) {
        guard let literal = node.literal, node.ancestor(ofKind: [.link, .image]) == nil else { return }
        var matches: [(range: Range<String.Index>, term: GlossaryTerm)] = []
        for (text, term) in spellings where !used.contains(term.term) {
            guard let range = Self.wholeWord(text, in: literal),
                !matches.contains(where: { $0.range.overlaps(range) })
            else { continue }
            matches.append((range, term))
            used.insert(term.term)
        }
        guard !matches.isEmpty else { return }
        var cursor = literal.startIndex
        for match in matches.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
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
        for word in literal.split(whereSeparator: { !($0.isLetter || $0.isNumber) }) {
            let text = String(word)
            guard text.count >= 2, text.count <= 8, text.first!.isUppercase,
                text.allSatisfy({ ($0.isUppercase && $0.isASCII) || $0.isNumber }), text.filter(\.isLetter).count >= 2
            else { continue }
            if glossary.term(text) == nil, !glossary.ignored.contains(text), !found.contains(text) { found.append(text) }
        }
        return found
    }

    /// The first place `word` stands in `text` as a whole word.
    static func wholeWord(_ word: String, in text: String) -> Range<String.Index>? {
        var start = text.startIndex
        while let range = text.range(of: word, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            let isBoundary = { (character: Character?) in character.map { !($0.isLetter || $0.isNumber) } ?? true }
            if isBoundary(before), isBoundary(after) { return range }
            start = range.upperBound
        }
        return nil
    }
}

import Foundation
