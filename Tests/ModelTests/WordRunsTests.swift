import Model
import Testing

/// Words split and normalised by their bytes where the text is ASCII must be the words the
/// characters' own meanings give: a reading of an action's words depends on them.
@Suite struct WordRunsTests {
    static let texts = [
        "", "   ", "ACTION [A1]: The Clerk to write, by 31/03/2026; the Chair's reply.", "Cllr O'Neill (Chair) - done",
        "Q3 2026/27\r\nnext line", "a", "9th", "--x--", "Done.\tClosed", "Café naïve e\u{301}", "Ŵyn y Ddôl 3ydd",
    ]

    @Test(arguments: texts)
    func wordRunsAreTheCharactersOwnSplit(text: String) {
        #expect(text.wordRuns() == text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
        #expect(text.wordRuns(figures: false) == text.split(whereSeparator: { !$0.isLetter }))
        let part = text.dropFirst(min(2, text.count))
        #expect(part.wordRuns() == part.split(whereSeparator: { !$0.isLetter && !$0.isNumber }))
    }

    @Test(arguments: texts + ["a\u{A0}b\u{3000}c d", " \u{0B}x\u{0C}y\u{0D}\n"])
    func splitAtWhitespaceIsTheCharactersOwnSplit(text: String) {
        #expect(text.splitAtWhitespace() == text.split(whereSeparator: \.isWhitespace))
        let part = text.dropFirst(min(2, text.count))
        #expect(part.splitAtWhitespace() == part.split(whereSeparator: \.isWhitespace))
    }

    /// The normal form as the characters give it, one by one: letters and figures kept, an
    /// apostrophe dropped, anything else between two words one hyphen.
    static func normalByCharacters(_ word: String) -> String {
        var result = ""
        var pendingHyphen = false
        for character in word.lowercased() {
            if character.isLetter || character.isNumber {
                if pendingHyphen, !result.isEmpty { result += "-" }
                result.append(character)
                pendingHyphen = false
            } else if character != "'" && character != "\u{2019}" {
                pendingHyphen = true
            }
        }
        return result
    }

    @Test(arguments: texts + ["Wedi\u{2019}i gwblhau", "  '  x '' y  ", "Complete – ongoing", "ÉCOLE d’été"])
    func aTextIsNormalisedAsItsCharactersSay(text: String) {
        #expect(Vocabulary.normal(text) == Self.normalByCharacters(text))
    }

    @Test func aWordIsNormalisedAsItsCharactersSay() {
        #expect(Vocabulary.normal("Not yet started") == "not-yet-started")
        #expect(Vocabulary.normal("  Complete – ongoing ") == "complete-ongoing")
        #expect(Vocabulary.normal("Complete - ongoing") == "complete-ongoing")
        #expect(Vocabulary.normal("Wedi'i gwblhau") == "wedii-gwblhau")
        #expect(Vocabulary.normal("On_Track!") == "on-track")
        #expect(Vocabulary.normal("Cllr O'Neill (Chair)") == "cllr-oneill-chair")
        #expect(Vocabulary.normal("Q3 2026/27") == "q3-2026-27")
    }
}
