import Diagnostics
@testable import Compute
import Model
import Testing

func action(_ id: String, plan: String, theme: String = "1", deadline due: String? = nil, updates: [(String, ItemStatus)] = [], from: [CarryLink] = [], opened: String) -> PlanAction {
    var tracked = item(deadline: due, opened: opened, updates: updates)
    tracked.id = id
    tracked.carriedFrom = from
    return PlanAction(item: tracked, planID: plan, themeID: theme, body: MarkdownText(text: "", sourcePath: "x", displayPath: "x", firstLine: 1), sourcePath: "x")
}

func link(_ id: String, _ kind: CarryKind = .carriedOver) -> CarryLink {
    CarryLink(id: id, kind: kind, location: here)
}

@Suite struct PlanMetricsTests {
    let content: Content = {
        let body = MarkdownText(text: "", sourcePath: "x", displayPath: "x", firstLine: 1)
        let early = Plan(
            id: "old", title: "Old", published: day("2023-04-26"), themes: [PlanTheme(id: "1", title: "One"), PlanTheme(id: "2", title: "Two")],
            body: body,
            actions: [
                action("old-1", plan: "old", deadline: "June 2023", updates: [("2023-06-01", .complete)], opened: "2023-04-26"),
                action("old-2", plan: "old", deadline: "Dec 2023", opened: "2023-04-26"),
                action("old-3", plan: "old", theme: "2", deadline: "Dec 2023", opened: "2023-04-26"),
                action("old-4", plan: "old", theme: "2", deadline: "Dec 2023", opened: "2023-04-26"),
                action("old-5", plan: "old", theme: "2", deadline: "Dec 2023", opened: "2023-04-26"),
            ],
            sourcePath: "plans/old/plan.md", location: here)
        let later = Plan(
            id: "new", title: "New", published: day("2024-11-15"), supersedes: "old", themes: [PlanTheme(id: "1", title: "One")],
            body: body,
            actions: [
                action("new-1", plan: "new", from: [link("old-2")], opened: "2024-11-15"),
                action("new-2", plan: "new", from: [link("old-3"), link("old-4")], opened: "2024-11-15"),
                action("new-3", plan: "new", opened: "2024-11-15"),
            ],
            sourcePath: "plans/new/plan.md", location: here)
        return Content(site: SiteConfig(title: "T"), plans: [early, later])
    }()

    @Test func countsEachPlanAndThemeAsAtTheDate() throws {
        let assessments = MetricsEngine.assess(content, asOf: day("2025-07-17"))
        let old = try #require(assessments.plans[ItemID("old")])
        #expect(assessments.summary(of: content.plans[0])?.counts.total == 5, "a page asks by the plan itself")
        #expect(assessments.assessment(of: content.plans[0].actions[4])?.status == .reported(.dropped))
        #expect(assessments.actions[ItemID("OLD-5")]?.status == .reported(.dropped), "ids compare as the content does")
        #expect(old.counts.total == 5)
        #expect(old.counts.finished == 1)
        #expect(old.counts.byStatus[.carried(.carriedOver)] == 3)
        #expect(old.counts.notReported == 0)
        #expect(old.counts.byStatus[.reported(.dropped)] == 1, "old-5: neither done nor carried, so dropped by the new plan")
        #expect(old.counts.overdue == 0, "a dropped action is closed, not overdue")
        #expect(assessments.actions[ItemID("old-5")]?.derivedFrom == .leftOutOfPlan(planID: "new", date: day("2024-11-15")))
        #expect(old.byTheme["2"]?.total == 3)
        #expect(old.supersededBy?.id == "new")
        #expect(assessments.actions[ItemID("old-2")]?.carriedInto.map(\.id) == ["new-1"])
    }

    @Test func beforeTheLaterPlanTheEarlierActionsAreStillOpen() {
        let assessments = MetricsEngine.assess(content, asOf: day("2024-06-30"))
        #expect(assessments.plans[ItemID("old")]?.counts.overdue == 4)
        #expect(assessments.plans[ItemID("old")]?.supersededBy == nil)
    }

    @Test func comparesAPlanWithThePlanItSupersedes() throws {
        let changes = try #require(MetricsEngine.assess(content, asOf: day("2025-07-17")).planChanges[ItemID("new")])
        #expect(changes.earlierPlanID == "old")
        #expect(changes.carried.map(\.to) == ["new-1", "new-2"])
        #expect(changes.carried.map(\.kind) == [.carriedOver, .merged], "two sources make a merge")
        #expect(changes.new == ["new-3"])
        #expect(changes.finishedBefore == ["old-1"])
        #expect(changes.dropped == ["old-5"])
    }

    @Test func aFutureUpdateIsReportedBeforeTheEngineSeesIt() {
        var future = content
        future.plans[1].actions[2].item.updates = [StatusUpdate(date: day("2026-01-01"), status: .complete, location: here)]
        let (limited, _, problems) = AsItStood.limit(future, asOf: day("2025-07-17"), latest: day("2025-07-17"))
        #expect(problems.count == 1)
        #expect(MetricsEngine.assess(limited, asOf: day("2025-07-17")).actions[ItemID("new-3")]?.status == .notReported)
    }
}
