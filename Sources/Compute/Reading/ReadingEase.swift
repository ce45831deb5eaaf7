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

    public init(_ text: String) {
        let wordList = ReadingEase.words(in: text)
        words = wordList.count
        syllables = wordList.reduce(0) { $0 + ReadingEase.syllables(in: $1) }
        sentences = max(1, ReadingEase.sentenceCount(in: text))
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
    static func words(in text: String) -> [Substring] {
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
        let characters = Array(text)
        var count = 0
        var index = 0
        while index < characters.count {
            if ".!?".contains(characters[index]) {
                var end = index
                while end + 1 < characters.count, ".!?".contains(characters[end + 1]) { end += 1 }
                if end + 1 == characters.count || characters[end + 1].isWhitespace { count += 1 }
                index = end + 1
            } else {
                index += 1
            }
        }
        return count
    }

    /// Syllables by the usual rule of thumb: groups of vowels, less a silent final e. An
    /// abbreviation in capitals (IPP) is read letter by letter; a number counts as one.
    static func syllables(in word: Substring) -> Int {
        if word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) { return 1 }
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
