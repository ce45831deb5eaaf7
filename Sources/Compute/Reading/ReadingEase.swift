/// How easy a piece of English is to read, by the Flesch–Kincaid formulas (see
/// docs/content-format.md, "Plain-language summaries"):
///
///     grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59
///     ease  = 206.835 − 1.015 × words per sentence − 84.6 × syllables per word
///
/// A lower grade (a higher ease) is easier: grade 9 is about what a 14-year-old reads.
public struct ReadingEase: Sendable, Hashable {
    public var words: Int
    public var sentences: Int
    public var syllables: Int
    /// The longest sentence, by words, and how many it has: what to split first.
    public var longestSentence: (text: String, words: Int)
    /// The words of three syllables or more, longest first (at most three): what to replace first.
    public var hardestWords: [String]

    /// `terms` are the glossary's terms and spellings: a reader knows them as one word, so each
    /// counts as one syllable, however it is spelt. So does a number and a month's name, which
    /// a reader reads as part of a date, not as a long word.
    public init(_ text: String, terms: Set<String> = []) {
        let wordList = ReadingEase.words(in: text)
        words = wordList.count
        let counted = wordList.map { ($0, terms.contains(String($0)) ? 1 : ReadingEase.syllables(in: $0)) }
        syllables = counted.reduce(0) { $0 + $1.1 }
        let sentenceList = ReadingEase.sentences(in: text)
        sentences = max(1, sentenceList.filter { $0.last.map { ".!?".contains($0) } ?? false }.count)
        longestSentence = sentenceList.map { (String($0), ReadingEase.words(in: $0).count) }
            .reduce(("", 0)) { $1.1 > $0.1 ? $1 : $0 }
        var seen: Set<String> = []
        hardestWords = counted.enumerated().filter { $0.element.1 >= 3 }
            .sorted { ($0.element.1, $1.offset) > ($1.element.1, $0.offset) }
            .map { String($0.element.0) }
            .filter { seen.insert($0.lowercased()).inserted }
            .prefix(3).map { $0 }
    }

    public static func == (lhs: ReadingEase, rhs: ReadingEase) -> Bool {
        (lhs.words, lhs.sentences, lhs.syllables) == (rhs.words, rhs.sentences, rhs.syllables)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words)
        hasher.combine(sentences)
        hasher.combine(syllables)
    }

    public var grade: Double {
        guard words > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    public var ease: Double {
        guard words > 0 else { return 100 }
        return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
    }

    /// Runs of letters, digits and inner apostrophes or hyphens, with a number's point or comma
    /// kept inside it: "don't", "re-integrate", "97.5", "1,204".
    static func words<Text: StringProtocol>(in text: Text) -> [Substring] where Text.SubSequence == Substring {
        let characters = Array(text)
        let isInNumber = { (index: Int) -> Bool in
            index > 0 && index + 1 < characters.count && characters[index - 1].isNumber && characters[index + 1].isNumber
        }
        var words: [Substring] = []
        var start: String.Index?
        var index = text.startIndex
        for position in characters.indices {
            let character = characters[position]
            let inWord = character.isLetter || character.isNumber || "'’-".contains(character)
                || (".,".contains(character) && isInNumber(position))
            if inWord, start == nil { start = index }
            if !inWord, let begun = start {
                words.append(text[begun..<index])
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { words.append(text[begun...]) }
        return words.map { $0.trimmingEdges { "'’-".contains($0) } }.filter { !$0.isEmpty }
    }

    /// Full stops, question marks and exclamation marks that end a sentence: followed by a space
    /// or the end of the text, and not inside a number such as 1.5.
    static func sentenceCount(in text: String) -> Int {
        sentences(in: text).filter { sentence in sentence.last.map { ".!?".contains($0) } ?? false }.count
    }

    /// The sentences of the text, each with its closing mark; words after the last mark are one more.
    static func sentences(in text: String) -> [Substring] {
        var found: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            guard ".!?".contains(text[index]) else {
                index = text.index(after: index)
                continue
            }
            var end = text.index(after: index)
            while end < text.endIndex, ".!?".contains(text[end]) { end = text.index(after: end) }
            if end == text.endIndex || text[end].isWhitespace {
                let sentence = text[start..<end].trimmingEdges(\.isWhitespace)
                if !sentence.isEmpty { found.append(sentence) }
                start = end
            }
            index = end
        }
        let rest = text[start...].trimmingEdges(\.isWhitespace)
        if !ReadingEase.words(in: rest).isEmpty { found.append(rest) }
        return found
    }

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Syllables by the usual rule of thumb: groups of vowels, less a silent final e. An
    /// abbreviation in capitals (NHS) is read letter by letter; a number counts as one.
    static func syllables(in word: Substring) -> Int {
        if word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return 1 }
        if monthNames.contains(word.lowercased()) { return 1 }
        let letters = word.filter(\.isLetter)
        if letters.count > 1, letters.count <= 6, letters.allSatisfy(\.isUppercase) { return letters.count }
        return word.split(separator: "-").reduce(0) { $0 + syllablesInPart(String($1).lowercased()) }
    }

    static func syllablesInPart(_ word: String) -> Int {
        let letters = Array(word.filter(\.isLetter))
        guard letters.count > 3 else { return 1 }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]
        var groups = 0
        var previousWasVowel = false
        for (index, letter) in letters.enumerated() {
            let isVowel = vowels.contains(letter) && !(letter == "y" && index == 0)
            if isVowel, !previousWasVowel { groups += 1 }
            previousWasVowel = isVowel
        }
        let last = letters[letters.count - 1]
        let beforeLast = letters[letters.count - 2]
        if last == "e", !(beforeLast == "l" && !vowels.contains(letters[letters.count - 3])), !vowels.contains(beforeLast) {
            groups -= 1
        } else if word.hasSuffix("ed"), !["t", "d"].contains(letters[letters.count - 3]), !vowels.contains(letters[letters.count - 3]) {
            groups -= 1
        }
        return max(1, groups)
    }
}

extension Substring {
    func trimmingEdges(_ predicate: (Character) -> Bool) -> Substring {
        var result = self
        while let first = result.first, predicate(first) { result.removeFirst() }
        while let last = result.last, predicate(last) { result.removeLast() }
        return result
    }
}
