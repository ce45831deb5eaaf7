import Foundation
import Testing

/// A fourth organisation, in its own words: a further education college whose year runs from
/// August, its quality improvement plan, its governors' minutes (with the "Matters arising" that
/// minutes keep) and its enrolments by year (Tests/Fixtures/college/Content).
@Suite(.serialized) struct CollegeSiteTests {
    static let built = CouncilSite.built(fixture: "college")

    /// Read as April to March, its "Q2 2025/26" was due on 30 September 2025 and its "2025/26" on
    /// 31 March 2026: months early.
    @Test func itsYearsAndQuartersAreItsOwn() throws {
        let college = try Self.built.get()
        let actions = try college.records("plans/actions.json", "actions")
        var due: [String: [String]] = [:]
        for action in actions { due[action["id"] as? String ?? ""] = action["deadlines_due"] as? [String] }
        #expect(due["QIP-1.1"] == ["2026-01-31"])  // Q2 2025/26: November to January
        #expect(due["QIP-2.1"] == ["2026-07-31", "2025-10-31", "2026-04-30"])  // 2025/26; October 2025; Q3 2025/26
        #expect(college.page("plans/qip-2025/QIP-1.1/index.html").contains(
            "the end of Q2 of the financial year 2025/26 (November 2025 to January 2026)"))
        #expect(college.page("plans/qip-2025/QIP-2.1/index.html").contains("the end of the financial year 2025/26 (1 August to 31 July)"))
        let overdue = try #require(actions.first { $0["id"] as? String == "QIP-1.1" })
        #expect(overdue["overdue"] as? Bool == true, "as at 1 February 2026")
        let log = try college.records("meetings/actions.json", "actions")
        #expect(log.first { $0["id"] as? String == "2025-10-14-a2" }?["deadline_due"] as? String == "2026-01-31")
        let learners = college.page("data/series/learners/learners.csv")
        #expect(learners.contains("2024/25"), "the gap year between its figures")
        let figures = try JSONSerialization.jsonObject(with: Data(college.page("data/figures.json").utf8)) as? [String: Any]
        let series = try #require((figures?["series"] as? [[String: Any]])?.first { $0["id"] as? String == "learners" })
        let periods = (series["values"] as? [[String: Any]] ?? series["points"] as? [[String: Any]] ?? []).map { "\($0["start"] ?? "")" }
        #expect(periods == ["2022-08-01", "2023-08-01", "2024-08-01", "2025-08-01"])
    }

    /// The same words on a site that has not said its year starts in August are April to March.
    @Test func withoutTheSettingTheYearIsAprilToMarch() throws {
        let college = try CouncilSite(fixture: "college")
        try college.edit("Content/site.yaml") { $0.replacingOccurrences(of: "tracking:\n  financial_year_starts: August\n", with: "") }
        // Read April to March, the governors' "Q2 2025/26" ended before the meeting that agreed it.
        let refused = try college.tally("build")
        #expect(refused.errors.contains(
            "Content/meetings/2025-10-14.md:10:5: error: the action's deadline, 30 September 2025, is before the meeting that agreed it (14 October 2025)"))
        try college.edit("Content/meetings/2025-10-14.md") { $0.replacingOccurrences(of: "    deadline: Q2 2025/26\n", with: "    deadline: TBC\n") }
        #expect(try college.tally("build").status == 0)
        let action = try #require(try college.records("plans/actions.json", "actions").first { $0["id"] as? String == "QIP-1.1" })
        #expect((action["deadlines_due"] as? [String])?.first == "2025-09-30")
    }

    /// Minutes that restate the last meeting's actions, or say one is done with no follow-up.
    @Test func mattersArisingAreFollowUpsNotNewActions() throws {
        let college = try CouncilSite(fixture: "college")
        try college.edit("Content/meetings/2025-12-09.md") {
            $0.replacingOccurrences(of: "A1 \u{2013} complete.", with: "ACTION [A2] (Principal): Report attendance by course. Done.")
                .replacingOccurrences(of: "follow_ups:\n  - action: 2025-10-14-a1\n    status: complete\n", with: "")
                + "\nA1 \u{2013} complete.\n"
        }
        let result = try college.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains(
            "Content/meetings/2025-12-09.md:12:1: error: this action repeats 2025-10-14-a2, raised on 14 October 2025 (\"Report attendance by course.\"), so it would be tracked twice"))
        #expect(result.errors.contains("follow_ups: [{action: 2025-10-14-a2, status: complete}]"))
        #expect(result.errors.contains(
            "Content/meetings/2025-12-09.md:20:1: error: the notes name A1 with \"complete\", but no follow-up records what became of it (2025-10-14-a1"))
    }
}
