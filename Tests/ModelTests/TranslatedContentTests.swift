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
