import Diagnostics
import Model
import Publish
import Testing

@Suite struct AsAtDateTests {
    let option = CivilDate(year: 2025, month: 1, day: 1)!
    let site = CivilDate(year: 2024, month: 6, day: 30)!
    let today = { CivilDate(year: 2026, month: 11, day: 22)! }

    @Test func theOptionComesFirst() throws {
        let (date, source) = try AsAtDate.resolve(
            option: option, environment: ["SOURCE_DATE_EPOCH": "garbage"], siteConfig: site, today: today)
        #expect(date == option)
        #expect(source == .option)
    }

    @Test func thenSourceDateEpochReadAsAUTCDate() throws {
        let (date, source) = try AsAtDate.resolve(
            option: nil, environment: ["SOURCE_DATE_EPOCH": "1752710400"], siteConfig: site, today: today)
        #expect(date.iso == "2025-07-17")
        #expect(source == .environment)
        let (late, _) = try AsAtDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": "1752796799"], siteConfig: nil, today: today)
        #expect(late.iso == "2025-07-17")
    }

    @Test func thenSiteYAMLThenToday() throws {
        #expect(try AsAtDate.resolve(option: nil, environment: [:], siteConfig: site, today: today).0 == site)
        let (date, source) = try AsAtDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": ""], siteConfig: nil, today: today)
        #expect(date.iso == "2026-11-22")
        #expect(source == .today)
    }

    @Test(arguments: ["soon", "1.5e9", " 1752710400", "0x10", "+5", "99999999999999999999", "1752710400s"])
    func aSourceDateEpochThatIsNotAWholeNumberIsAnError(value: String) {
        #expect(throws: Diagnostic.self) {
            try AsAtDate.resolve(option: nil, environment: ["SOURCE_DATE_EPOCH": value], siteConfig: site, today: today)
        }
    }
}
