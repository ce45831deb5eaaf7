import Diagnostics
import Model
import Testing

@testable import Compute

@Suite struct ReadingEaseTests {
    @Test(arguments: [
        ("cat", 1), ("table", 2), ("release", 2), ("licence", 2), ("community", 4), ("probation", 3),
        ("IPP", 3), ("HMPPS", 5), ("2025", 1), ("re-integrate", 4), ("agreed", 2), ("recalled", 2),
    ])
    func countsSyllablesByTheRuleOfThumb(word: String, syllables: Int) {
        #expect(ReadingEase.syllables(in: Substring(word)) == syllables)
    }

    @Test func countsWordsAndSentencesButNotDecimalPoints() {
        let ease = ReadingEase("The target is 97.5%. It was met! Was it? Yes")
        #expect(ease.words == 10)
        #expect(ease.sentences == 3)
    }

    @Test func theGradeAndEaseFollowTheFleschKincaidFormulas() {
        // 8 words, 2 sentences, 9 syllables ("away" has two).
        let ease = ReadingEase("The cat sat down. The dog ran away.")
        #expect(ease.words == 8)
        #expect(ease.sentences == 2)
        #expect(ease.syllables == 9)
        #expect(abs(ease.grade - (0.39 * 4 + 11.8 * 9 / 8 - 15.59)) < 0.0001)
        #expect(abs(ease.ease - (206.835 - 1.015 * 4 - 84.6 * 9 / 8)) < 0.0001)
    }

    @Test func numbersDatesAndGlossaryTermsAreNotLongWords() {
        let sentence = "214 council homes were retrofitted between April and September 2025."
        #expect(ReadingEase(sentence).grade < 9, "a date is read as a date, not as long words")
        #expect(ReadingEase.syllables(in: "September") == 1)
        #expect(ReadingEase("The NHS was there.", terms: ["NHS"]).syllables == 4)
        #expect(ReadingEase("The NHS was there.").syllables == 6, "an abbreviation the glossary does not know is read letter by letter")
    }

    @Test func itFindsTheLongestSentenceAndTheHardestWords() {
        let ease = ReadingEase("We met. Comprehensive arrangements will facilitate opportunities for everybody in the community.")
        #expect(ease.longestSentence.words == 10)
        #expect(ease.longestSentence.text.hasPrefix("Comprehensive arrangements"))
        #expect(ease.hardestWords == ["opportunities", "everybody", "Comprehensive"], "most syllables first, then in reading order")
    }

    @Test func longSentencesOfLongWordsReadAtAHigherGrade() {
        let plain = ReadingEase("Staff will help you plan your move. You can ask them for help at any time.")
        let dense = ReadingEase(
            "Comprehensive multidisciplinary arrangements will facilitate individualised progression opportunities, notwithstanding operational considerations.")
        #expect(plain.grade < 6)
        #expect(dense.grade > 20)
    }
}

@Suite struct PlainLanguageReviewTests {
    func content(maxGrade: Int, summaries: [String]) -> Content {
        var content = Content(site: SiteConfig(title: "T"))
        content.site.plainLanguage.maxGrade = maxGrade
        content.summaries = summaries.enumerated().map {
            SummaryText(text: $1, location: SourceLocation(file: "Content/pages/p\($0).md", line: 3, column: 10))
        }
        return content
    }

    @Test func warnsAtEachSummaryAboveTheLimitAndListsAllHardestFirst() {
        let review = PlainLanguageReview.review(
            content(maxGrade: 9, summaries: [
                "We will help you.",
                "Comprehensive multidisciplinary arrangements will facilitate individualised progression opportunities.",
            ]))
        #expect(review.readings.map(\.summary.location.file) == ["Content/pages/p1.md", "Content/pages/p0.md"])
        #expect(review.diagnostics.items.count == 1)
        let warning = review.diagnostics.items.first
        #expect(warning?.severity == .warning)
        #expect(warning?.location == SourceLocation(file: "Content/pages/p1.md", line: 3, column: 10))
        #expect(warning?.message.hasPrefix("this summary reads at grade ") == true)
        #expect(warning?.message.hasSuffix("above the site's limit of 9") == true)
        #expect(warning?.hint?.hasPrefix("use everyday words for \"multidisciplinary\", \"individualised\"") == true, "\(warning?.hint ?? "")")
    }

    @Test func aHigherLimitWarnsAboutNothing() {
        let review = PlainLanguageReview.review(content(maxGrade: 20, summaries: ["Staff will help you plan your move home."]))
        #expect(review.diagnostics.isEmpty)
        #expect(review.readings.count == 1)
    }

    @Test func gradesAreShownToOneDecimalPlace() {
        #expect(PlainLanguageReview.format(9.04) == "9.0")
        #expect(PlainLanguageReview.format(12.96) == "13.0")
        #expect(PlainLanguageReview.format(-0.44) == "-0.4")
    }
}
