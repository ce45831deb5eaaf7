import Foundation
import Testing

/// A third organisation, in its own words: a police and crime commissioner's plan whose
/// deadlines are written as police trackers write them, and its panel's notes
/// (Tests/Fixtures/police/Content).
@Suite(.serialized) struct PoliceSiteTests {
    static let built = CouncilSite.built(fixture: "police")

    @Test func itsDeadlinesAreReadAsItMeantThem() throws {
        let police = try Self.built.get()
        let actions = try police.records("plans/actions.json", "actions")
        var due: [String: String] = [:]
        for action in actions {
            due[action["id"] as? String ?? ""] = (action["deadlines_due"] as? [String])?.first
        }
        #expect(due == [
            "PCP-1.1": "2025-12-31",  // Quarter 3 2025/26: the financial year's third quarter, October to December
            "PCP-1.2": "2025-12-31",  // 3rd quarter 2025/26
            "PCP-1.3": "2026-06-30",  // 1Q 2026/27
            "PCP-2.1": "2025-12-31",  // Q3 FY25/26
            "PCP-2.2": "2026-03-31",  // To be delivered by March 2026
            "PCP-2.3": "2026-09-30",  // The first half of 2026/27
            "PCP-3.1": "2026-03-31",  // FY2025/26
            "PCP-3.2": "2026-03-06",  // Week ending 6 March 2026
        ])
        // Read as the end of the whole financial year, "Quarter 3 2025/26" was not yet due in
        // January 2026: the page would have said an action three months late was on time.
        let late = try #require(actions.first { $0["id"] as? String == "PCP-1.1" })
        #expect(late["overdue"] as? Bool == true)
        #expect(firstTag(after: "Put a dedicated neighbourhood team in every ward", in: police.page("plans/pcp-2025/index.html")) == "In progress")
        #expect(police.page("plans/pcp-2025/PCP-1.1/index.html").contains("Overdue"))
    }

    @Test func aMeetingActionsDeadlineIsReadTheSameWay() throws {
        let police = try Self.built.get()
        let log = try police.records("meetings/actions.json", "actions")
        let raised = try #require(log.first { $0["id"] as? String == "2025-11-04-a1" })
        #expect(raised["deadline_due"] as? String == "2026-03-31")  // Quarter 4 2025/26
    }

    @Test func aSiteInAmericanEnglishRefusesANumberDateThatCouldBeEitherDay() throws {
        let police = try CouncilSite(fixture: "police")
        try police.edit("Content/site.yaml") { $0 + "language: en-US\n" }
        try police.edit("Content/plans/pcp-2025/3-2.md") { $0.replacingOccurrences(of: "deadline: Week ending 6 March 2026", with: "deadline: 04/05/2026") }
        let result = try police.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "Content/plans/pcp-2025/3-2.md:7:11: error: the deadline \"04/05/2026\" could be 4 May 2026 (day first, as Tally reads numbers) or 5 April 2026 (month first, as the site's language also writes them)"))
        // The same words on a British site are 4 May, as docs/tracking.md says, and the page says it read them day first.
        let british = try CouncilSite(fixture: "police")
        try british.edit("Content/plans/pcp-2025/3-2.md") { $0.replacingOccurrences(of: "deadline: Week ending 6 March 2026", with: "deadline: 04/05/2026") }
        #expect(try british.tally("build").status == 0)
        #expect(british.page("plans/pcp-2025/PCP-3.2/index.html").contains("4 May 2026 (written day first)"))
    }

    /// The same plan in Australian English: its "Quarter 3 2025/26" is a quarter of a year from
    /// July, not April, so until the site says so it is refused, where it had been published as
    /// due at the end of December 2025 (Australia's Q2).
    @Test func aSiteOutsideTheUnitedKingdomSaysWhoseFinancialYearItsDeadlinesName() throws {
        let australian = try CouncilSite(fixture: "police")
        try australian.edit("Content/site.yaml") { $0 + "language: en-AU\n" }
        let refused = try australian.tally("build")
        #expect(refused.status == 1)
        #expect(refused.errors.contains(
            "Content/plans/pcp-2025/1-1.md:6:11: error: the deadline \"Quarter 3 2025/26\" names the financial year 2025/26, and the site has not said when its financial year starts"))
        #expect(refused.errors.contains("financial_year_starts: July"))
        try australian.edit("Content/site.yaml") { $0 + "tracking:\n  financial_year_starts: July\n" }
        #expect(try australian.tally("build").status == 0)
        #expect(australian.page("plans/pcp-2025/PCP-1.1/index.html").contains("31 March 2026"))
    }

    /// A force whose quarters are the calendar year's says so once, and its "Q3 2025" is read.
    @Test func aSiteWhoseQuartersAreTheCalendarYearsSaysSo() throws {
        let police = try CouncilSite(fixture: "police")
        try police.edit("Content/plans/pcp-2025/3-2.md") { $0.replacingOccurrences(of: "deadline: Week ending 6 March 2026", with: "deadline: Q3 2025") }
        let refused = try police.tally("build")
        #expect(refused.errors.contains("Content/plans/pcp-2025/3-2.md:7:11: error: the deadline \"Q3 2025\" names Q3 of 2025"))
        #expect(refused.errors.contains("tracking: {quarters: calendar}"))
        try police.edit("Content/site.yaml") { $0 + "tracking:\n  quarters: calendar\n" }
        #expect(try police.tally("build").status == 0)
        let action = try #require(try police.records("plans/actions.json", "actions").first { $0["id"] as? String == "PCP-3.2" })
        #expect((action["deadlines_due"] as? [String])?.first == "2025-09-30")
    }

    /// Every wording a police tracker might use that names some other day than the end of a
    /// period, or none: each refused at its own line in one run, and the site left as it was.
    @Test func wordingsThatCanBeReadTwoWaysAreEachRefusedAtTheirLine() throws {
        let police = try CouncilSite(fixture: "police")
        #expect(try police.tally("build").status == 0)
        let before = police.page("plans/actions.json")
        let wordings = [
            "Easter 2026": "names \"easter\"", "Half year 2025/26": "names a half year", "M6 2025/26": "names M6, a numbered month",
            "w/c 2 March 2026": "names the week a day starts", "April 2026 onwards": "names the start of a period",
            "Complete (March 2025)": "says \"complete\" and gives a date", "In the 2026/27 budget": "the date names the budget",
            "Q1-Q2 2026": "joins two periods", "FY Q1 2026": "names Q1 of a financial year by one year",
            "Q3 2025": "names Q3 of 2025: the calendar year's quarter (July 2025 to September 2025) or the financial year 2025/26's (October 2025 to December 2025)?",
        ]
        for (number, wording) in wordings.keys.sorted().enumerated() {
            try police.write(
                "Content/plans/pcp-2025/extra-\(number).md",
                "---\nid: PCP-9.\(number)\ntitle: Extra action \(number)\ntheme: \"3\"\ndeadline: \(wording)\n---\n")
        }
        let result = try police.tally("build")
        #expect(result.status == 1)
        for (number, wording) in wordings.keys.sorted().enumerated() {
            let line = "Content/plans/pcp-2025/extra-\(number).md:5:11: error: the deadline \"\(wording)\" "
            #expect(result.errors.contains(line), "\(wording): \(result.errors)")
            let message = result.errors.components(separatedBy: line).dropFirst().first?.prefix { $0 != "\n" } ?? ""
            #expect(message.contains(wordings[wording]!), "\(wording): \(message)")
        }
        #expect(result.errors.contains("hint: keep the words and say which day counts: deadline: {text: \"Easter 2026\", due: YYYY-MM-DD}"))
        #expect(police.page("plans/actions.json") == before)
    }
}
