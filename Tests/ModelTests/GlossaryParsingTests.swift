import Diagnostics
import Model
import Testing

@Suite struct GlossaryParsingTests {
    @Test func readsTermsExpansionsExplanationsAndOtherSpellings() {
        let parsed = parse([
            "glossary.yaml": """
                terms:
                  - term: MoJ
                    expansion: Ministry of Justice
                    also: [MOJ]
                  - term: IPP
                    expansion: Imprisonment for Public Protection
                    explanation: A sentence with no fixed end.
                not_abbreviations: [UNGRIPP]
                """
        ])
        #expect(parsed.diagnostics.isEmpty)
        let glossary = parsed.content.glossary
        #expect(glossary.terms.map(\.term) == ["IPP", "MoJ"])
        #expect(glossary.term("MOJ")?.expansion == "Ministry of Justice")
        #expect(glossary.term("IPP")?.explanation == "A sentence with no fixed end.")
        #expect(glossary.ignored == ["UNGRIPP"])
    }

    @Test func aTermDefinedTwiceIsAnErrorAtTheSecond() {
        let parsed = parse([
            "glossary.yaml": """
                terms:
                  - term: IPP
                    expansion: Imprisonment for Public Protection
                  - term: DPP
                    expansion: Detention for Public Protection
                  - term: IPP
                    expansion: Indeterminate Prison Plan
                """
        ])
        let problem = parsed.diagnostic(containing: "defined twice")
        #expect(problem?.message == "\"IPP\" is defined twice in the glossary (first on line 2)")
        #expect(problem?.location == SourceLocation(file: "Content/glossary.yaml", line: 6, column: 5))
        #expect(problem?.severity == .error)
        #expect(parsed.content.glossary.terms.map(\.expansion) == ["Detention for Public Protection", "Imprisonment for Public Protection"])
    }

    @Test func anOtherSpellingThatIsAlreadyATermIsDefinedTwice() {
        let parsed = parse([
            "glossary.yaml": """
                terms:
                  - term: MOJ
                    expansion: Ministry of Justice
                  - term: MoJ
                    expansion: Ministry of Justice
                    also: [MOJ]
                """
        ])
        #expect(parsed.diagnostic(containing: "\"MOJ\" is defined twice")?.location?.line == 4)
    }
}

@Suite struct EditionLimitTests {
    @Test func pagesUpdatesAndTopicsCanBeLimitedToEditions() {
        let parsed = parse([
            "pages/alerts.md": "---\ntitle: Email alerts\neditions: [web]\n---\nSign up.\n",
            "updates/2025-07-17-news.md": "---\ntitle: News\ndate: 2025-07-17\neditions: [web, print]\n---\nText.\n",
            "pages/about.md": "---\ntitle: About\n---\nText.\n",
        ])
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.content.pages.first { $0.slug == "alerts" }?.editions == [.web])
        #expect(parsed.content.pages.first { $0.slug == "about" }?.editions == nil)
        #expect(parsed.content.updates.first?.editions == [.web, .print])
    }

    @Test func anEditionThatDoesNotExistIsAnErrorWithTheNearestName() {
        let parsed = parse(["pages/alerts.md": "---\ntitle: Email alerts\neditions: [web, ofline]\n---\nSign up.\n"])
        let problem = parsed.diagnostic(containing: "ofline")
        #expect(problem?.severity == .error)
        #expect(problem?.message == "\"ofline\" is not a valid value for \"editions\"")
        #expect(problem?.location == SourceLocation(file: "Content/pages/alerts.md", line: 3, column: 1))
        #expect(problem?.hint?.contains("did you mean \"offline\"?") == true)
    }
}

@Suite struct SummaryParsingTests {
    @Test func everySummaryIsKeptWithWhereItWasWritten() {
        let parsed = parse([
            "pages/about.md": "---\ntitle: About\nsummary: What we do.\n---\nText.\n",
            "updates/2025-07-17-news.md": "---\ntitle: News\ndate: 2025-07-17\nsummary: >-\n  A new plan.\n---\n",
        ])
        #expect(parsed.content.summaries == [
            SummaryText(text: "What we do.", location: SourceLocation(file: "Content/pages/about.md", line: 3, column: 10)),
            SummaryText(text: "A new plan.", location: SourceLocation(file: "Content/updates/2025-07-17-news.md", line: 4, column: 10)),
        ])
    }

    @Test func theReadingGradeLimitIsReadFromSiteYAML() {
        #expect(parse([:], siteYAML: "title: T\nplain_language:\n  max_grade: 7\n").content.site.plainLanguage.maxGrade == 7)
        #expect(parse([:]).content.site.plainLanguage.maxGrade == 9)
        let parsed = parse([:], siteYAML: "title: T\nplain_language:\n  max_grade: 40\n")
        #expect(parsed.diagnostic(containing: "max_grade")?.severity == .error)
    }
}
