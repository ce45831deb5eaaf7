import Foundation
import Testing

/// A sixth organisation, in its own words: a housing association's plan to improve how it
/// handles residents' complaints, its response to the Housing Ombudsman's special report, and
/// the notes of its Residents' Scrutiny Panel (Tests/Fixtures/housing/Content).
@Suite(.serialized) struct HousingAssociationSiteTests {
    static let built = CouncilSite.built(fixture: "housing")

    @Test func itsDeadlinesAndStatusesAreReadAsItMeantThem() throws {
        let housing = try Self.built.get()
        var due: [String: String] = [:]
        for action in try housing.records("plans/actions.json", "actions") {
            due[action["id"] as? String ?? ""] = (action["deadlines_due"] as? [String])?.first
        }
        #expect(due == [
            "ha-1.1": "",  // Ongoing: a standard to keep
            "ha-1.2": "2026-12-31",  // End of Q3 2026/27
            "ha-2.1": "",  // Quarterly
            "ha-2.2": "2026-06-30",  // 30/06/2026
        ])
        let log = try housing.records("meetings/actions.json", "actions")
        let shared = try #require(log.first { $0["id"] as? String == "2026-09-08-head-customer-experience-share" })
        #expect(shared["overdue"] as? Bool == true, "due 31 October 2026, and only a draft shared at the November meeting")
        let letter = try #require(log.first { $0["id"] as? String == "2026-11-10-write-board-setting-out" })
        #expect(letter["deadline_due"] as? String == "2026-12-31")
    }

    /// "By the end of the calendar year" (and the municipal or academic year's, or "before the
    /// year is out") was read as no deadline at all: the action was logged open and never overdue.
    @Test(arguments: ["by the end of the calendar year", "before the year is out", "at the end of the year"])
    func anActionDueAtTheEndOfAYearOfItsKindAsksForItsDeadline(words: String) throws {
        let housing = try CouncilSite(fixture: "housing")
        try housing.edit("Content/meetings/2026-11-10.md") {
            $0.replacingOccurrences(of: "  - number: 2\n    deadline: 31 December 2026\n", with: "")
                .replacingOccurrences(of: "by the end of the calendar year", with: words)
        }
        let result = try housing.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/meetings/2026-11-10.md:21:1: error: the action's words"), "\(result.errors)")
        #expect(result.errors.contains("but the action has no deadline"), "\(result.errors)")
    }
}
