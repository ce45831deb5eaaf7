import Model
import Testing

@testable import Render

@Suite struct StringsTests {
    @Test func placeholdersAreFilledOnceLeftToRight() {
        #expect(Strings.fill("{a} then {b}", ["a": "Report {b}", "b": "2025"]) == "Report {b} then 2025")
        #expect(Strings.fill("{unknown} and {a}", ["a": "x"]) == "{unknown} and x")
        #expect(Strings.fill("no braces", ["a": "x"]) == "no braces")
    }

    @Test func pluralFormsFollowTheLanguagesRules() {
        let english = Strings(language: "en", values: ["n": .plural([.one: "{count} day", .other: "{count} days"])])
        #expect(english.plural("n", count: 1) == "1 day")
        #expect(english.plural("n", count: 0) == "0 days")
        let welsh = Strings(language: "cy", values: ["n": .plural([
            .zero: "{count} zero", .one: "{count} one", .two: "{count} two", .few: "{count} few", .many: "{count} many", .other: "{count} other",
        ])])
        #expect([0, 1, 2, 3, 6, 7].map { welsh.plural("n", count: $0) } == ["0 zero", "1 one", "2 two", "3 few", "6 many", "7 other"])
    }

    @Test func aDateIsWrittenWithTheSitesMonthsAndOrder() {
        let site = Strings(language: "en", values: ["date.long": .text("{month} {day}, {year}"), "months.july": .text("Gorffennaf")])
        #expect(site.longDate(CivilDate(iso: "2025-07-17")!) == "Gorffennaf 17, 2025")
        #expect(site.longDate(CivilDate(iso: "2025-03-01")!) == "March 1, 2025", "a month the strings do not give keeps Tally's name")
    }

    @Test func aDeadlinesReadingIsWordedByTheStrings() {
        let day = { (iso: String) in CivilDate(iso: iso)! }
        #expect(englishStrings.rule(.endOfSeason(name: "summer", year: "2025", from: 6, to: 8), date: day("2025-08-31"))
            == "the end of summer 2025 (June to August)")
        #expect(englishStrings.rule(.endOfFinancialYear("2024/25"), date: day("2025-03-31"))
            == "the end of the financial year 2024/25 (1 April to 31 March)")
        #expect(englishStrings.rule(.endOfPart(label: "Q3", year: 2024, from: 7, to: 9), date: day("2024-09-30"))
            == "the end of Q3 2024 (July to September)")
        #expect(englishStrings.rule(.endOfFinancialPart(label: "Q3", financialYear: "2025/26", from: 10, to: 12, year: 2025), date: day("2025-12-31"))
            == "the end of Q3 of the financial year 2025/26 (October to December 2025)")
        // Over the new year, both years; a year that starts in August, its own months.
        #expect(englishStrings.rule(.endOfFinancialPart(label: "H2", financialYear: "2025/26", from: 10, to: 3, year: 2026), date: day("2026-03-31"))
            == "the end of H2 of the financial year 2025/26 (October 2025 to March 2026)")
        #expect(englishStrings.rule(.endOfFinancialYear("2025/26"), date: day("2026-07-31"))
            == "the end of the financial year 2025/26 (1 August to 31 July)")
        #expect(englishStrings.rule(.dateGivenDayFirst, date: day("2025-01-31")) == "the date given, 31 January 2025 (written day first)")
        let welsh = Strings(language: "cy", values: [
            "deadline-rule.end-of-month": .text("diwedd {month} {year}"), "months.september": .text("Medi"),
        ])
        #expect(welsh.rule(.endOfMonth, date: day("2023-09-30")) == "diwedd Medi 2023")
    }

    @Test func aSentenceWithALinkIsEscapedAndLinked() {
        let strings = Strings(language: "en", values: [
            "s": .text("See [the <index>]({a-z}) for {title} & more."),
            "n": .plural([.one: "[{count} page]({list})", .other: "[{count} pages]({list})"]),
        ])
        #expect(strings.html("s", ["title": "Fish & <Chips>"], links: ["a-z": "../a-z/index.html"])
            == "See <a href=\"../a-z/index.html\">the &lt;index&gt;</a> for Fish &amp; &lt;Chips&gt; &amp; more.")
        #expect(strings.html("n", links: ["list": "p.html"], count: 1) == "<a href=\"p.html\">1 page</a>")
        #expect(strings.html("n", html: ["count": "<b>2</b>"], links: ["list": "p.html"], count: 2) == "<a href=\"p.html\"><b>2</b> pages</a>")
    }

    /// Tally's Welsh strings, as a site with `language: cy` resolves them.
    static let welsh: Strings = {
        let welsh = StringsReader.read(repositoryThemeFiles.first { $0.path == "strings/cy.yaml" }!).0
        return Strings.resolve(defaults: welsh, theme: nil, site: StringTable(), language: "cy").0
    }()

    @Test func tallysWelshHasEveryEnglishStringWithItsFormsAndPlaceholders() throws {
        let english = StringsReader.read(repositoryThemeFiles.first { $0.path == "strings/en.yaml" }!).0
        let (welsh, problems) = StringsReader.read(repositoryThemeFiles.first { $0.path == "strings/cy.yaml" }!)
        #expect(problems.isEmpty)
        #expect(Set(welsh.entries.keys) == Set(english.entries.keys), "strings/cy.yaml and strings/en.yaml name the same strings")
        for (key, entry) in english.entries {
            guard let other = welsh.entries[key]?.value else { continue }
            switch (entry.value, other) {
            case (.plural, .plural(let forms)):
                #expect(Set(forms.keys) == Set(PluralCategory.needed(in: "cy")), "\(key) has a form for each of Welsh's six categories")
            case (.text, .text): break
            default: Issue.record("\(key) is a text in one language and plural forms in the other")
            }
            #expect(Strings.placeholders(in: other) == Strings.placeholders(in: entry.value), "\(key) fills in the same placeholders")
        }
    }

    @Test func welshCountsTakeTheirSixFormsAndDatesTheirMonths() {
        #expect([0, 1, 2, 3, 6, 7].map { Self.welsh.plural("counts.actions", count: $0) } == [
            "0 cam gweithredu", "1 cam gweithredu", "2 gam gweithredu", "3 cham gweithredu", "6 cham gweithredu", "7 cam gweithredu",
        ])
        #expect(Self.welsh.longDate(CivilDate(iso: "2025-07-17")!) == "17 Gorffennaf 2025")
        #expect(Self.welsh.rule(.endOfMonth, date: CivilDate(iso: "2023-09-30")!) == "diwedd Medi 2023")
    }
}
