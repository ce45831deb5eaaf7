import Foundation
import Testing

/// A fifth organisation, in its own words: a water company's commitments for its five-year
/// regulatory period, and the notes of its customer challenge group
/// (Tests/Fixtures/water/Content). Its deadlines, steps and figures are written as the sector
/// writes them, and each wording that had published a wrong date, status or figure is refused.
@Suite(.serialized) struct WaterCompanySiteTests {
    static let built = CouncilSite.built(fixture: "water")

    @Test func itsDeadlinesAreReadAsItMeantThem() throws {
        let water = try Self.built.get()
        var due: [String: String] = [:]
        for action in try water.records("plans/actions.json", "actions") {
            due[action["id"] as? String ?? ""] = (action["deadlines_due"] as? [String])?.first
        }
        #expect(due == [
            "CC-1.1": "2026-03-31",  // Regulatory year 2025-26
            "CC-1.2": "2026-09-30",  // Q2 2026/27
            "CC-2.1": "2030-03-31",  // By March 2030 (end of AMP8)
            "CC-2.2": "2026-05-15",
            "CC-3.1": "2027-03-31",  // Gateway 2 by 31 March 2027
            "CC-3.2": "2026-03-31",  // Q4 2025/26
        ])
        let log = try water.records("meetings/actions.json", "actions")
        let shared = try #require(log.first { $0["id"] as? String == "2026-03-10-a2" })
        #expect(shared["overdue"] as? Bool == true, "due 30 April 2026, and not yet shared at the May meeting")
    }

    /// Each was read as a date the work is due: the survey's year's end, the date put forward,
    /// a date moved by a month (to it or from it?), a consultation's opening, the second gateway's day.
    @Test(arguments: [
        ("Customer survey 2026", "the date names the survey"),
        ("Price review 2024", "the date names the review"),
        ("March 2027 (proposed)", "says \"proposed\""),
        ("Q2 2026/27 (+1 month)", "says \"+1 month\""),
        ("Consultation opens March 2027", "says \"opens\""),
        ("Gateway 2 March 2027", "is 2 the gateway's number or the day?"),
        ("By the 2026 bathing season", "a season of its own"),
    ])
    func aDeadlineThatCouldMeanAnotherDayIsRefusedAtItsLine(deadline: String, reason: String) throws {
        let water = try CouncilSite(fixture: "water")
        try water.edit("Content/plans/pr24-commitments/1-2.md") {
            $0.replacingOccurrences(of: "deadline: Q2 2026/27", with: "deadline: \(deadline)")
        }
        let result = try water.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/plans/pr24-commitments/1-2.md:7:11: error: the deadline \"\(deadline)\""), "\(result.errors)")
        #expect(result.errors.contains(reason), "\(result.errors)")
    }

    /// Its one milestone agreed, "Double the number of customers on the social tariff" by 2027 was
    /// published as complete: every step of it was done, though the steps were only the first part.
    @Test func anActionWhoseStepsEndBeforeItsOwnDeadlineIsNotCompleteFromThem() throws {
        let water = try CouncilSite(fixture: "water")
        try water.edit("Content/plans/pr24-commitments/3-1.md") { text in
            String(text[..<text.range(of: "updates:")!.lowerBound]) + "---\n"
        }
        let result = try water.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "Content/plans/pr24-commitments/3-1.md:7:11: error: every milestone of CC-3.1 is reported done, the last on 2 December 2025, but its own deadline, 31 March 2027, is later than its last milestone's (31 December 2025): is the action complete, or is there more to do?"))
        // Work that goes on after its steps: done, or done and going on?
        try water.edit("Content/plans/pr24-commitments/3-1.md") { $0.replacingOccurrences(of: "deadline: Gateway 2 by 31 March 2027", with: "deadline: Ongoing") }
        #expect(try water.tally("build").errors.contains(
            "error: every milestone of CC-3.1 is reported done, the last on 2 December 2025, but its deadline, \"Ongoing\", says the work goes on: is it complete, or complete and ongoing?"))
    }

    /// A step "completed: Due June 2026" was published as done; a follow-up "complete" with the
    /// note "Not yet shared" beside it.
    @Test func aStepOrFollowUpThatSaysTheWorkIsStillToDoIsRefused() throws {
        let water = try CouncilSite(fixture: "water")
        try water.edit("Content/plans/pr24-commitments/3-1.md") { $0.replacingOccurrences(of: "completed: 2025-12-02", with: "completed: Due December 2025") }
        try water.edit("Content/meetings/2026-05-12.md") { $0.replacingOccurrences(of: "status: in-progress", with: "status: complete") }
        let result = try water.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("error: the field \"completed\" of milestone 1 says \"due\""), "\(result.errors)")
        #expect(result.errors.contains("error: the note opens \"Not yet shared\""), "\(result.errors)")
    }

    /// "Bring the figures to the next CCG meeting", due 30 June: the next meeting was on 12 May,
    /// and there the action was not yet due, though the words said it was.
    @Test func anActionForTheNextMeetingIsNotDueAfterIt() throws {
        let water = try CouncilSite(fixture: "water")
        try water.edit("Content/meetings/2026-03-10.md") { $0.replacingOccurrences(of: "deadline: 12 May 2026", with: "deadline: 30 June 2026") }
        let result = try water.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "Content/meetings/2026-03-10.md:10:5: error: the action's words say \"to the next CCG meeting\", the meeting of 12 May 2026, but its deadline under actions: is 30 June 2026"))
    }

    /// "Share the take-up by area by 30 April 2026", with `deadline: TBC`: the log showed no
    /// deadline set, and the action was never overdue. So did a plan action's title.
    @Test func wordsThatGiveADayBesideADeadlineWithNoneAreRefused() throws {
        let water = try CouncilSite(fixture: "water")
        try water.edit("Content/meetings/2026-03-10.md") {
            $0.replacingOccurrences(of: "  - id: A2\n    deadline: 30 April 2026", with: "  - id: A2\n    deadline: TBC")
                .replacingOccurrences(of: "social tariff by area.", with: "social tariff by area by 30 April 2026.")
        }
        try water.edit("Content/plans/pr24-commitments/1-2.md") {
            $0.replacingOccurrences(of: "every district metered area", with: "every district metered area by September 2026")
                .replacingOccurrences(of: "deadline: Q2 2026/27", with: "deadline: TBC")
        }
        let result = try water.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "error: the action's words give 30 April 2026, but its deadline, \"TBC\", gives no day, so it would never show as overdue"))
        #expect(result.errors.contains(
            "Content/plans/pr24-commitments/1-2.md:7:1: error: the action's title gives 30 September 2026, but its deadline, \"TBC\", gives no day, so it would never show as overdue"))
    }

    /// The words beside the figures were true when written; once the year's figure rose, "lower
    /// than the year before" and "(2024/25)" would have published the opposite.
    @Test func wordsBesideItsFiguresMustStayTrueOfThem() throws {
        let water = try Self.built.get()
        let home = water.page("index.html").replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(home.contains("Leakage was 174.1 megalitres a day in 2025/26, against 172.9 the year before: it rose by 1.2."))
        let wrong = try CouncilSite(fixture: "water")
        try wrong.edit("Content/pages/index.md") {
            $0 + "\nLeakage fell to {{ leakage }} (2024/25), lower than {{ leakage.previous }}.\n"
        }
        let result = try wrong.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("error: the words say \"(2024/25)\", but {{ leakage }} is the value for 2025/26"), "\(result.errors)")
        #expect(result.errors.contains("error: the words say {{ leakage }} is \"lower than\" {{ leakage.previous }}, but it is 174.1 against 172.9"), "\(result.errors)")
    }
}
