import Diagnostics
import Testing

@Suite struct DiagnosticTests {
    @Test func printsFileLineColumnSeverityMessageAndHint() {
        let diagnostic = Diagnostic.error(
            "unknown field", at: SourceLocation(file: "Content/pages/about.md", line: 3, column: 7), hint: "did you mean \"title\"?")
        #expect(diagnostic.description == "Content/pages/about.md:3:7: error: unknown field\n    hint: did you mean \"title\"?")
    }

    @Test func aProblemWithNoFileIsNamedAfterTally() {
        #expect(Diagnostic.warning("no pages", at: nil).description == "tally: warning: no pages")
    }

    @Test func sortsByFileThenPositionAndDropsRepeats() {
        var list = DiagnosticList()
        list.error("b", at: SourceLocation(file: "b.md", line: 1))
        list.error("late", at: SourceLocation(file: "a.md", line: 9))
        list.warning("early", at: SourceLocation(file: "a.md", line: 2))
        list.error("late", at: SourceLocation(file: "a.md", line: 9))
        #expect(list.sorted.map(\.message) == ["early", "late", "b"])
        #expect(list.hasErrors)
        #expect(list.warnings.count == 1)
    }
}

@Suite struct NearestNameTests {
    @Test(arguments: [
        ("titel", "title"), ("sumary", "summary"), ("Date", "date"), ("navigaton", "navigation"),
    ])
    func suggestsTheKnownNameATypoMeant(typo: String, meant: String) {
        #expect(NearestName.suggest(for: typo, among: ["title", "summary", "date", "navigation"]) == meant)
    }

    @Test func suggestsNothingForAnUnrelatedName() {
        #expect(NearestName.suggest(for: "colour", among: ["title", "date"]) == nil)
        #expect(NearestName.hint(for: "colour", among: ["title", "date"]) == "expected one of: \"date\", \"title\"")
    }
}
