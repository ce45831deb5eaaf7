import Diagnostics
import Compute
import Model
import Testing

/// The content as it stood on a day: what is dated after it is left out, and what is dated
/// after the latest day the site's facts can have is a mistake.
@Suite struct AsItStoodTests {
    let content: Content = {
        let body = MarkdownText(text: "", sourcePath: "x", displayPath: "x", firstLine: 1)
        let early = Plan(
            id: "old", title: "Old", published: day("2023-04-26"), themes: [PlanTheme(id: "1", title: "One")], body: body,
            actions: [action("old-1", plan: "old", deadline: "Dec 2023", updates: [("2023-06-01", .inProgress), ("2024-11-14", .complete)], opened: "2023-04-26")],
            sourcePath: "plans/old/plan.md", location: here)
        let later = Plan(
            id: "new", title: "New", published: day("2024-11-15"), supersedes: "old", themes: [PlanTheme(id: "1", title: "One")], body: body,
            actions: [action("new-1", plan: "new", opened: "2024-11-15")], sourcePath: "plans/new/plan.md", location: here)
        var figures = FigureContent(series: [dataSeries("a", kind: .calendarYear, [("2023", 1), ("2024", 2), ("2025", 3)])])
        figures.targets = []
        return Content(
            site: SiteConfig(title: "T"), plans: [early, later],
            meetings: [notes("2024-03-01", on: "2024-03-01"), notes("2025-06-03", on: "2025-06-03")], figures: figures)
    }()

    @Test func anEarlierDayLeavesOutWhatCameLaterAndSaysHowMuch() throws {
        let (limited, leftOut, problems) = AsItStood.limit(content, asOf: day("2024-06-30"), latest: day("2025-07-17"))
        #expect(problems.isEmpty)
        #expect(limited.plans.map(\.id) == ["old"])
        #expect(limited.plans[0].actions[0].item.updates.map(\.date) == [day("2023-06-01")])
        #expect(limited.meetings.map(\.id) == ["2024-03-01"])
        #expect(limited.figures.series[0].points.map(\.period.key) == ["2023", "2024"])
        #expect(limited.laterPaths["plans/new/plan.md"] == day("2024-11-15"))
        #expect(leftOut.described == "1 update, 1 meeting, 1 plan, 1 data point")
    }

    /// A housing association's repair programme: a deadline moved, and a step done, after the day.
    @Test func aRevisionAndAStepDoneAfterTheDayAreLeftOutAndAnItemWithNothingLaterIsLeftAsItIs() throws {
        var due = deadline("March 2024")
        due.revisions = [
            DeadlineRevision(date: day("2024-02-01"), text: "June 2024", reading: try DeadlineReader.read("June 2024").get(), reason: "Contractor delay", location: here),
            DeadlineRevision(date: day("2024-09-01"), text: "December 2024", reading: try DeadlineReader.read("December 2024").get(), reason: "Supply costs", location: here),
        ]
        var repairs = action("repairs", plan: "old", opened: "2023-04-26")
        repairs.item.deadline = due
        repairs.item.milestones = [
            Milestone(text: "Survey every block", deadline: deadline("January 2024"), completed: day("2024-01-20"), location: here),
            Milestone(text: "Replace the boilers", deadline: deadline("May 2024"), completed: day("2024-08-15"), location: here),
        ]
        let untouched = action("untouched", plan: "old", deadline: "Dec 2023", updates: [("2023-06-01", .inProgress)], opened: "2023-04-26")
        var plan = content.plans[0]
        plan.actions = [repairs, untouched]
        var site = content
        site.plans = [plan]
        let (limited, leftOut, problems) = AsItStood.limit(site, asOf: day("2024-06-30"), latest: day("2025-07-17"))
        #expect(problems.isEmpty)
        let kept = limited.plans[0].actions[0].item
        #expect(kept.deadline?.revisions.map(\.text) == ["June 2024"])
        #expect(kept.milestones.map(\.completed) == [day("2024-01-20"), nil])
        #expect(leftOut.described == "1 meeting, 1 deadline revision, 1 milestone completion, 1 data point")
        #expect(limited.plans[0].actions[1] == untouched)
    }

    @Test func aFactAfterTheSitesOwnDateIsAnErrorAtItsLine() {
        let (_, _, problems) = AsItStood.limit(content, asOf: day("2024-06-30"), latest: day("2024-12-31"))
        let messages = problems.map(\.message)
        #expect(messages.contains("the notes of 3 June 2025 are agreed, but that is after the latest date the site's facts can have, 31 December 2024"))
        #expect(messages.contains { $0.hasPrefix("the value for 2025 is for a period that starts on 1 January 2025") })
        let plain = AsItStood.limit(content, asOf: day("2024-12-31"), latest: day("2024-12-31")).2
        #expect(plain.contains { $0.message == "the notes of 3 June 2025 are agreed, but that is after the as-at date, 31 December 2024" })
        #expect(plain.allSatisfy { $0.hint?.isEmpty == false })
    }

    /// Emissions for 2026/27 given on 1 November 2026: seven months' worth, or a forecast,
    /// beside whole years. "Fell from 38,100 to 21,000" compared a part with a whole.
    @Test func aValueForAPeriodStillRunningIsAnErrorUnlessMarkedProvisional() {
        var content = self.content
        content.figures.series = [dataSeries("a", kind: .calendarYear, [("2023", 1), ("2024", 2)])]
        let values = { (asOf: String) in AsItStood.limit(content, asOf: day(asOf), latest: day(asOf)).2.filter { $0.message.hasPrefix("the value") } }
        let running = values("2024-06-30")
        #expect(running.map(\.message) == [
            "the value for 2024 is for a period that runs to 31 December 2024, after the as-at date, 30 June 2024, so it is for part of the period or a forecast, and would be read as the whole period's"
        ])
        #expect(running.first?.hint?.hasPrefix("mark it provisional") == true)
        content.figures.series[0].points[1].status = .provisional
        #expect(values("2024-06-30").isEmpty)
        content.figures.series[0].points[1].status = nil
        #expect(values("2024-12-31").isEmpty, "a period that ends on the day is over")
    }

    /// "completed: April 2024", built as at 15 April 2024: was the step done by then? The
    /// message says the month was read as its last day, and how to give the day.
    @Test func aCompletionWrittenAsAMonthThatHasNotEndedIsAnErrorThatSaysHowItWasRead() {
        var content = self.content
        content.plans[0].actions[0].item.milestones = [
            Milestone(text: "Step", deadline: nil, completed: day("2024-04-30"), completedText: "April 2024", location: here)
        ]
        let (_, _, problems) = AsItStood.limit(content, asOf: day("2024-04-15"), latest: day("2024-04-15"))
        let problem = problems.first { $0.message.hasPrefix("the milestone") }
        #expect(problem?.message == "the milestone's completed: April 2024 is read as its last day, 30 April 2024, which is after the as-at date, 15 April 2024")
        #expect(problem?.hint == "give the day it was completed (completed: YYYY-MM-DD), or build as at a later day with --as-of")
    }

    /// "completed: 2024" shown as at 1 December 2024 was left out without a word, and the step
    /// shown overdue: it may have been done in March.
    @Test func aCompletionWrittenAsATimeTheEarlierDayFallsInIsAnErrorAndOneAfterItIsLeftOut() {
        func problems(_ words: String, completed: String, since: String?, asOf: String) -> [String] {
            var content = self.content
            content.plans[0].actions[0].item.milestones = [
                Milestone(text: "Step", deadline: nil, completed: day(completed), completedText: words, completedSince: since.map(day), location: here)
            ]
            return AsItStood.limit(content, asOf: day(asOf), latest: day("2025-07-17")).2.map(\.message).filter { $0.hasPrefix("the milestone") }
        }
        #expect(problems("2024", completed: "2024-12-31", since: "2024-01-01", asOf: "2024-12-01") == [
            "the milestone's completed: 2024 names a time from 1 January 2024 to 31 December 2024, and the site is shown as at 1 December 2024: whether the step was done by then cannot be told"
        ])
        #expect(problems("By April 2024", completed: "2024-04-30", since: nil, asOf: "2024-03-15") == [
            "the milestone's completed: By April 2024 says only that it was done by 30 April 2024, and the site is shown as at 15 March 2024: whether the step was done by then cannot be told"
        ])
        #expect(problems("April 2024", completed: "2024-04-30", since: "2024-04-01", asOf: "2024-03-15").isEmpty, "not done yet on 15 March")
        #expect(problems("April 2024", completed: "2024-04-30", since: "2024-04-01", asOf: "2024-05-01").isEmpty, "done by 1 May")
    }

    /// A target's baseline dated after the day was kept: the line its status is judged against
    /// started from a figure not yet known.
    @Test func aTargetsBaselineAfterTheDayIsLeftOutOrAnErrorAfterTheLatest() {
        var content = self.content
        content.figures.targets = [Target(
            id: "t", title: "T", unit: ValueUnit(name: "percent"), direction: .increase, steps: [TargetStep(value: 75, deadline: nil)],
            baseline: TargetReading(date: day("2024-09-30"), value: 60, location: here), location: here)]
        let (limited, leftOut, problems) = AsItStood.limit(content, asOf: day("2024-06-30"), latest: day("2025-07-17"))
        #expect(problems.isEmpty)
        #expect(limited.figures.targets[0].baseline == nil)
        #expect(leftOut.described.hasSuffix("1 target reading"))
        let (_, _, own) = AsItStood.limit(content, asOf: day("2024-06-30"), latest: day("2024-06-30"))
        #expect(own.map(\.message).contains("the baseline of 30 September 2024 is after the as-at date, 30 June 2024"))
    }

    @Test func anUpdateAfterTheAsAtDateIsAnErrorWhenThatIsTheSitesOwnDate() {
        let (_, _, problems) = AsItStood.limit(content, asOf: day("2024-06-30"), latest: day("2024-06-30"))
        #expect(problems.contains { $0.message == "the update of 14 November 2024 is after the as-at date, 30 June 2024" && $0.hint?.contains("--as-of") == true })
    }
}
