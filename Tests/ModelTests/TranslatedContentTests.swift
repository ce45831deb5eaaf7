import Testing

@testable import Model

/// The content in another language: the same facts, in the words its translations give.
@Suite struct TranslatedContentTests {
    let files: [String: String] = [
        "data/homes.csv": "period,value\n2025-06,95\n",
        "data/homes.yaml": "title: Homes retrofitted\nunit: homes\nperiod: month\nnotes: Counted by the housing team.\n",
        "metrics.yaml": "metrics:\n  - id: both\n    title: Homes, twice\n    unit: homes\n    sum: [homes, homes]\n",
        "targets.yaml": "targets:\n  - id: t\n    title: Retrofit 500 homes\n    direction: increase\n    series: homes\n    steps:\n      - value: 500\n",
        "glossary.yaml": "terms:\n  - term: EV\n    expansion: Electric vehicle\n",
        "site.cy.yaml": "units:\n  homes: cartrefi\n",
        "metrics.cy.yaml": "metrics:\n  - id: both\n    title: Cartrefi, ddwywaith\n",
        "glossary.cy.yaml": "terms:\n  - term: EV\n    expansion: Cerbyd trydan\n",
    ]

    func welsh() throws -> Content {
        let parsed = parse(files, siteYAML: "title: Test site\nlanguages: [en, cy]\n")
        #expect(parsed.diagnostics.errors.isEmpty, "\(parsed.diagnostics.items)")
        return parsed.content.translated(to: "cy")
    }

    @Test func everySeriesMetricAndTargetCountedInAUnitTakesItsWord() throws {
        let figures = try welsh().figures
        #expect(figures.series.map(\.unit.name) == ["cartrefi"])
        #expect(figures.metrics.map(\.unit.name) == ["cartrefi"])
        #expect(figures.targets.map(\.unit.name) == ["cartrefi"], "a target reading a series counts in its series' unit, in Welsh too")
    }

    @Test func entriesAreTranslatedByNameAndWhatIsNotKeepsItsWordsMarked() throws {
        let content = try welsh()
        #expect(content.figures.metrics.first?.title == "Cartrefi, ddwywaith")
        #expect(content.figures.targets.first?.title == "Retrofit 500 homes", "no targets.cy.yaml: the source's words")
        #expect(content.glossary.terms.first?.expansion == "Cerbyd trydan")
        let notes = try #require(content.figures.series.first?.notes)
        #expect(content.untranslatedLanguage(of: notes) == "en", "an untranslated series' notes are marked English")
    }
}

/// "Ôl-osod 150 o gartrefi" for "Retrofit 500 homes": a translation made before the source
/// changed published one figure in English and another in Welsh.
@Suite struct TranslatedFiguresTests {
    @Test func aTranslationThatGivesOtherFiguresThanItsSourceIsAnError() {
        let parsed = parse(
            planFiles([
                "a": "id: p1-1\ntitle: Retrofit 500 homes by 2026\ntheme: \"1\"\nsummary: Warmer homes for 1,200 tenants.\nmilestones:\n  - text: Survey 40 blocks\n    deadline: March 2026",
                "b": "id: p1-2\ntitle: Publish the 2025/26 report\ntheme: \"1\"",
            ]).merging([
                "plans/p1/a.cy.md": "---\ntitle: Ôl-osod 150 o gartrefi erbyn 2026\nsummary: Cartrefi cynhesach i 1200 o denantiaid.\nmilestones: [Arolygu 40 bloc]\n---\n",
                "plans/p1/b.cy.md": "---\ntitle: Cyhoeddi adroddiad 2025/26\n---\n",
            ]) { first, _ in first },
            siteYAML: "title: Test site\nlanguages: [en, cy]\n")
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the translation's title gives 150, 2026, but plans/p1/a.md's gives 500, 2026"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.file == "Content/plans/p1/a.cy.md")
        #expect(parsed.diagnostics.errors.first?.hint == "a translation gives its source's figures, in digits: bring it up to date with plans/p1/a.md (title: \"Retrofit 500 homes by 2026\")")
    }

    @Test func aTargetsGoalInAnotherLanguageGivesTheSameFigures() {
        let parsed = parse(
            [
                "data/homes.csv": "period,value\n2025-06,95\n", "data/homes.yaml": "title: Homes retrofitted\nunit: homes\nperiod: month\n",
                "targets.yaml": "targets:\n  - id: t\n    title: Retrofit 500 homes\n    goal: 500 homes by March 2027\n    direction: increase\n    series: homes\n    steps:\n      - value: 500\n        by: March 2027\n",
                "targets.cy.yaml": "targets:\n  - id: t\n    title: Ôl-osod 500 o gartrefi\n    goal: 400 o gartrefi erbyn Mawrth 2027\n",
            ], siteYAML: "title: Test site\nlanguages: [en, cy]\n")
        #expect(parsed.diagnostics.errors.map(\.message) == ["the translation's goal of t gives 400, 2027, but targets.yaml's gives 500, 2027"])
    }

    @Test func aTranslatedActionGivesTheSameFiguresAsItsSource() {
        let parsed = parse(
            [
                "groups/cg.md": group,
                "meetings/2025-06-03.md": meeting("2025-06-03", body: "ACTION: The Clerk to write to 3 councils.\n\nACTION: The Chair to publish the notes.\n"),
                "meetings/2025-06-03.cy.md": "---\n---\nACTION: Y Clerc i ysgrifennu at 4 cyngor.\n\nACTION: Y Cadeirydd i gyhoeddi'r nodiadau.\n",
            ], siteYAML: "title: Test site\nlanguages: [en, cy]\n")
        #expect(parsed.diagnostics.errors.map(\.message) == ["the translation's action 1 gives 4, but meetings/2025-06-03.md's gives 3"])
        #expect(parsed.diagnostics.errors.first?.location?.line == 3)
    }

    @Test func figuresAreReadAsDigitsWhateverTheirSeparators() {
        #expect(TranslatedFigures.figures(in: "1,200 tenants on the 31st, 45.5% by 2025/26") == ["1200", "31", "45.5", "2025", "26"])
    }
}
