import Model
import Testing

@Suite struct CivilDateTests {
    @Test func readsAndWritesISODates() {
        let date = CivilDate(iso: "2025-07-17")
        #expect(date == CivilDate(year: 2025, month: 7, day: 17))
        #expect(date?.iso == "2025-07-17")
        #expect(date?.long == "17 July 2025")
    }

    @Test(arguments: ["2025-13-01", "2025-02-29", "2025-7-17", "17/07/2025", "2025-07-17T10:00", ""])
    func rejectsTextThatIsNotARealDate(text: String) {
        #expect(CivilDate(iso: text) == nil)
    }

    @Test func acceptsLeapDays() {
        #expect(CivilDate(iso: "2024-02-29") != nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
    }

    @Test func countsDaysExactly() {
        let start = CivilDate(year: 2023, month: 12, day: 31)!
        #expect(start.adding(days: 1) == CivilDate(year: 2024, month: 1, day: 1))
        #expect(start.days(until: CivilDate(year: 2024, month: 12, day: 31)!) == 366)
        #expect(CivilDate(daysSinceEpoch: 0).iso == "1970-01-01")
        #expect(CivilDate(year: 2025, month: 3, day: 31)!.daysSinceEpoch == 20178)
        #expect(CivilDate.endOfMonth(year: 2024, month: 2).day == 29)
    }
}
