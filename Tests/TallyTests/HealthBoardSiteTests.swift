import Foundation
import Testing

/// A fourth organisation, in its own words: a health board's improvement plan, tracked as NHS
/// trackers write it (financial-year quarters, its own status words, percentages), its quality
/// committee's minutes, and its figures and targets (Tests/Fixtures/health/Content). Then its
/// mistakes: each a wording a health board writes that Tally once read as another day, status,
/// owner or figure, now refused at its own line in one run.
@Suite(.serialized) struct HealthBoardSiteTests {
    static let built = CouncilSite.built(fixture: "health")

    @Test func itsDeadlinesAndStatusesAreReadAsItMeantThem() throws {
        let board = try Self.built.get()
        let actions = try board.records("plans/actions.json", "actions")
        var due: [String: String] = [:]
        var status: [String: String] = [:]
        for action in actions {
            let id = action["id"] as? String ?? ""
            due[id] = action["final_due"] as? String
            status[id] = action["status"] as? String
        }
        #expect(due == [
            "IP-1.1": "2025-12-31",  // Qtr 3 2025/26
            "IP-1.2": "2026-09-30",  // HY1 2026/27
            "IP-2.1": "2025-12-31",  // 31/12/2025
            "IP-2.2": "2025-09-30",  // Q2 2025/26
            "IP-3.1": "2026-06-30",  // Q4 2025/26 (subject to recruitment), revised to Q1 2026/27
        ])
        #expect(status == [
            "IP-1.1": "complete",  // "Closed - delivered", in the site's vocabulary
            "IP-1.2": "not-started",  // "Not yet due"
            "IP-2.1": "in-progress", "IP-2.2": "complete", "IP-3.1": "on-hold",
        ])
        let late = try #require(actions.first { $0["id"] as? String == "IP-2.1" })
        #expect(late["overdue"] as? Bool == true)
    }

    /// "Fewer than 3,000 waiting by March": with no direction the goal was one to reach upwards,
    /// and 3,490 people waiting "met" it.
    @Test func aTargetToBringANumberDownIsOnTrackNotMet() throws {
        let board = try Self.built.get()
        let page = board.page("data/targets/index.html")
        let waits = try #require(page.range(of: "Fewer than 3,000 people waiting over 52 weeks by March 2026"))
        let after = String(page[waits.upperBound...].prefix(4000))
        #expect(after.contains("On track"), "\(after)")
        #expect(!after.contains(">Met<"))
        // December's figure is provisional (its returns are not all validated), and says so.
        #expect(board.page("index.html").contains(">3,490 (provisional)</a> people had waited more than 52 weeks"))
    }

    @Test func theCommitteesActionsHaveTheirOwnersAndDeadlines() throws {
        let board = try Self.built.get()
        let log = try board.records("meetings/actions.json", "actions")
        #expect(log.map { $0["owners"] as? [String] ?? [] } == [["Chief Operating Officer"], ["Director of Mental Health"]])
        #expect(log.map { $0["deadline_due"] as? String ?? "" } == ["", "2026-03-31"])
    }

    /// What a health board writes that could be read two ways: each refused at its own line in
    /// one run, with how to write it, and the site left as it was.
    @Test func itsMistakesAreEachRefusedAtTheirLineInOneRun() throws {
        let board = try CouncilSite(fixture: "health")
        #expect(try board.tally("build").status == 0)
        let before = board.page("plans/actions.json")
        // A quarter of one year: the calendar year's, or the financial year's?
        try board.edit("Content/plans/improvement-2025/1-1.md") { $0.replacingOccurrences(of: "deadline: Qtr 3 2025/26", with: "deadline: Q3 2025") }
        // A status with a question mark.
        try board.edit("Content/plans/improvement-2025/2-2.md") { $0.replacingOccurrences(of: "status: Complete", with: "status: Complete?") }
        // Two statuses on one day.
        try board.edit("Content/plans/improvement-2025/2-1.md") {
            $0.replacingOccurrences(of: "    note: Staff are recruited; the unit is being fitted out.\n", with: "    note: Staff are recruited; the unit is being fitted out.\n  - date: 2025-10-31\n    status: On hold\n")
        }
        // A due: later than the words allow, moving the deadline without a revision.
        try board.edit("Content/plans/improvement-2025/1-2.md") { $0.replacingOccurrences(of: "deadline: HY1 2026/27", with: "deadline:\n  text: HY1 2026/27\n  due: 2026-12-31") }
        // Minutes that name who acts after the discussion; an action with a date in its words and no deadline.
        try board.edit("Content/meetings/2025-12-09.md") {
            $0.replacingOccurrences(of: "Action: Chief Operating Officer to bring the long-wait figures for each specialty.", with: "Action: Chief Operating Officer")
                .replacingOccurrences(of: "actions:\n  - number: 2\n    deadline: 31 March 2026\n", with: "")
        }
        // A percentage in a series of people; a target that does not say which way it is met.
        try board.edit("Content/data/long-waits.csv") { $0.replacingOccurrences(of: "2025-11,3725,", with: "2025-11,12%,") }
        try board.edit("Content/targets.yaml") { $0.replacingOccurrences(of: "    direction: increase\n", with: "") }
        let result = try board.tally("build")
        #expect(result.status == 1)
        let expected = [
            "Content/plans/improvement-2025/1-1.md:6:11: error: the deadline \"Q3 2025\" names Q3 of 2025: the calendar year's quarter (July 2025 to September 2025) or the financial year 2025/26's (October 2025 to December 2025)?",
            "Content/plans/improvement-2025/2-2.md:10:13: error: \"Complete?\" asks a question (\"?\"), so it is not read as any status",
            "Content/plans/improvement-2025/2-1.md:11:5: error: two updates on 31 October 2025 give different statuses (in-progress on line 8, on-hold here)",
            "Content/plans/improvement-2025/1-2.md:8:3: error: the deadline \"HY1 2026/27\" is read as 30 September 2026, but due: says 31 December 2026",
            "Content/meetings/2025-12-09.md:11:1: error: the action names who acts (\"Chief Operating Officer\") but not what is to be done",
            "Content/meetings/2025-12-09.md:15:1: error: the action's words give a date (31 March 2026), but the action has no deadline, so it would never show as overdue",
            "Content/data/long-waits.csv:4:9: error: \"12%\" is a percentage, but what is counted is people",
            "Content/targets.yaml:10:5: error: missing required field \"direction\" of target 2",
        ]
        for line in expected {
            #expect(result.errors.contains(line), "\(line)\n\(result.errors)")
        }
        #expect(result.errors.contains("tally: \(expected.count) errors;"), "\(result.errors)")
        #expect(board.page("plans/actions.json") == before)
    }
}
