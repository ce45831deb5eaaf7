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
}
