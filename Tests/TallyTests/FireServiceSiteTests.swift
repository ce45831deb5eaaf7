import Foundation
import Testing

/// A seventh organisation, in its own words: a fire and rescue service's plan for the areas for
/// improvement in its HMICFRS inspection, its response to the inspectorate's cause of concern,
/// and the notes of its Fire Authority's Performance and Scrutiny Committee
/// (Tests/Fixtures/fire/Content).
@Suite(.serialized) struct FireServiceSiteTests {
    static let built = CouncilSite.built(fixture: "fire")

    @Test func itsAreasForImprovementAreAssessedAsItMeantThem() throws {
        let fire = try Self.built.get()
        var assessed: [String: String] = [:]
        for action in try fire.records("plans/actions.json", "actions") {
            assessed[action["id"] as? String ?? ""] = "\(action["status"] ?? "") \((action["deadlines_due"] as? [String])?.first ?? "")"
        }
        #expect(assessed == [
            "AFI-1": "complete 2026-03-31",
            "AFI-2": "in-progress 2026-09-30",  // End of Q2 2026/27
            "AFI-3": "in-progress ",  // Ongoing
            "AFI-4": "in-progress 2026-09-30",  // 30/09/2026
        ])
        let home = fire.page("index.html").replacing(/<[^>]+>/, with: "")
        #expect(home.contains("the number complete is 1 and the number overdue is 2"), "AFI-2 and AFI-4 are past their deadlines")
    }

    /// "HMICFRS revisit 2027" and "Bonfire night 2026" were read as 31 December: the work due
    /// before the inspectors return, or before 5 November, showed as on track until the year's end.
    @Test(arguments: [("HMICFRS revisit 2027", "the date names the revisit"), ("Bonfire night 2026", "names \"bonfire\"")])
    func aDeadlineNamedByAnEventOfTheYearIsRefusedAtItsLine(deadline: String, reason: String) throws {
        let fire = try CouncilSite(fixture: "fire")
        try fire.edit("Content/plans/hmicfrs-2025/afi-2.md") { $0.replacingOccurrences(of: "End of Q2 2026/27", with: deadline) }
        let result = try fire.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/plans/hmicfrs-2025/afi-2.md:6:11: error: the deadline \"\(deadline)\""), "\(result.errors)")
        #expect(result.errors.contains(reason), "\(result.errors)")
    }

    /// "Take the model to the next Fire Authority", with no deadline under `actions:`, was logged
    /// open and never overdue.
    @Test func anActionForTheNextFireAuthorityAsksForItsDeadline() throws {
        let fire = try CouncilSite(fixture: "fire")
        try fire.edit("Content/meetings/2026-09-16.md") { $0.replacingOccurrences(of: "  - number: 3\n    deadline: 2026-10-14\n", with: "") }
        let result = try fire.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("error: the action's words give it a deadline (\"to the next Fire Authority\")"), "\(result.errors)")
    }

    /// "Both AFIs are complete" beside a count of one.
    @Test func aClaimInItsOwnWordsBesideACountMustBeTrue() throws {
        let fire = try CouncilSite(fixture: "fire")
        try fire.edit("Content/pages/index.md") { $0 + "\nBoth AFIs are complete ({{ plan.hmicfrs-2025.finished }}).\n" }
        let result = try fire.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("the words say \"both afis ... complete\", but {{ plan.hmicfrs-2025.finished }} is 1"), "\(result.errors)")
    }
}
