import Diagnostics
import Model
import Testing

/// A small plan with one theme, and the given action files (name -> front matter lines).
func planFiles(_ actions: [String: String], plan: String? = nil, folder: String = "p1") -> [String: String] {
    var files = [
        "plans/\(folder)/plan.md": plan
            ?? "---\ntitle: Plan One\npublished: 2023-04-26\ntheme_label: Workstream\nthemes:\n  - id: \"1\"\n    title: Operations\n    leads: [Lead A, Lead B]\n---\nOverview.\n"
    ]
    for (name, fields) in actions {
        files["plans/\(folder)/\(name).md"] = "---\n\(fields)\n---\nHow we will deliver this.\n"
    }
    return files
}

/// Plan p1 (published 26 April 2023), and plan p2, published 15 November 2024, which supersedes it.
func planWithSuccessor(_ actions: [String: String], successor: [String: String]) -> [String: String] {
    planFiles(actions).merging(
        planFiles(
            successor, plan: "---\ntitle: Plan Two\npublished: 2024-11-15\nsupersedes: p1\nthemes:\n  - id: \"1\"\n    title: Ops\n---\n",
            folder: "p2")
    ) { first, _ in first }
}

@Suite struct PlanParsingTests {
    @Test func readsAPlanAndItsActionsInNumberOrder() throws {
        let parsed = parse(planFiles([
            "a": "id: p1-1.10\nnumber: \"1.10\"\ntitle: Tenth\ntheme: \"1\"\ndeadline: End Sept 2023",
            "b": "id: p1-1.9\nnumber: \"1.9\"\ntitle: Ninth\ntheme: \"1\"\nowners: [Someone Else]",
        ]))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let plan = try #require(parsed.content.plans.first)
        #expect(plan.id == "p1")
        #expect(plan.themes.map(\.title) == ["Operations"])
        #expect(plan.actions.map(\.id) == ["p1-1.9", "p1-1.10"])
        #expect(plan.actions[1].item.owners == ["Lead A", "Lead B"], "owners default to the theme's leads")
        #expect(plan.actions[0].item.owners == ["Someone Else"])
        #expect(plan.actions[1].item.deadline?.text == "End Sept 2023")
        #expect(plan.actions[1].item.deadline?.reading.dueDate == CivilDate(iso: "2023-09-30"))
        #expect(plan.actions[1].item.opened == CivilDate(iso: "2023-04-26"))
    }

    @Test func readsMilestonesUpdatesRevisionsAndARatingWithItsReason() throws {
        let parsed = parse(planFiles([
            "a": """
                id: p1-1
                title: One
                theme: "1"
                rag: amber
                rag_reason: Funding not agreed
                milestones:
                  - text: First step
                    deadline: June 2023
                    completed: 2023-06-01
                  - text: Second step
                    deadline:
                      text: End Sept 2023
                      revised:
                        - date: 2023-08-01
                          deadline: March 2024
                          reason: Waiting for the inspection
                updates:
                  - date: 2023-08-01
                    status: done
                    note: It *happened*.
                    source: Annual report
                """
        ]))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let item = try #require(parsed.content.plans.first?.actions.first?.item)
        #expect(item.manualRAG == ManualRAG(rating: .amber, reason: "Funding not agreed", location: item.manualRAG!.location))
        #expect(item.milestones.count == 2)
        #expect(item.milestones[0].completed == CivilDate(iso: "2023-06-01"))
        #expect(item.milestones[1].deadline?.revisions.first?.text == "March 2024")
        #expect(item.updates.first?.status == .complete, "\"done\" is read as complete")
        #expect(item.updates.first?.note?.text == "It *happened*.")
    }

    /// Each was ignored with a warning: the milestone, or the action, was shown as not done.
    @Test func saidDoneInAFieldThatIsNotReadIsAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nmilestones:\n  - text: Survey\n    deadline: March 2024\n    status: complete",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\ncompleted: 2024-01-31",
            "c": "id: p1-3\ntitle: Three\ntheme: \"1\"\nmilestones:\n  - text: Survey\n    done: yes",
        ]))
        let milestone = parsed.diagnostic(containing: "\"status\" is not a field in milestone 1")
        #expect(milestone?.severity == .error)
        #expect(milestone?.message == "\"status\" is not a field in milestone 1: the field for it is \"completed\"")
        #expect(milestone?.location == SourceLocation(file: "Content/plans/p1/a.md", line: 8, column: 5))
        #expect(milestone?.hint?.contains("completed: with the day it was done") == true)
        let action = parsed.diagnostic(containing: "\"completed\" is not a field")
        #expect(action?.severity == .error)
        #expect(action?.message == "\"completed\" is not a field: the field for it is \"updates\"")
        #expect(action?.hint?.contains("status: complete") == true)
        #expect(parsed.diagnostic(containing: "\"done\" is not a field in milestone 1")?.severity == .error)
    }

    /// Both were ignored with a warning: the page showed the worked-out rating, and held the
    /// action to the deadline the update said had moved.
    @Test func aRatingOrADeadlineInAnUpdateIsAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\ndeadline: March 2024\nupdates:\n  - date: 2024-02-01\n    status: in-progress\n    rag: amber\n    revised_deadline: June 2024"
        ]))
        let rating = parsed.diagnostic(containing: "\"rag\" is not a field in update 1")
        #expect(rating?.severity == .error)
        #expect(rating?.message == "\"rag\" is not a field in update 1: a rating is not read from an update")
        #expect(rating?.location == SourceLocation(file: "Content/plans/p1/a.md", line: 9, column: 5))
        let deadline = parsed.diagnostic(containing: "\"revised_deadline\" is not a field in update 1")
        #expect(deadline?.message == "\"revised_deadline\" is not a field in update 1: a deadline is not changed by an update")
        #expect(deadline?.hint?.contains("revised: [{date: YYYY-MM-DD") == true)
    }

    /// "Head of Finance; Head of HR" was published as one owner: `tally import` reads a semicolon as between two.
    @Test func anOwnerJoinedWithASemicolonIsAnError() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"\nowners: Head of Finance; Head of HR"]))
        #expect(parsed.diagnostics.errors.map(\.message) == ["\"Head of Finance; Head of HR\" joins names with a semicolon: one owner, or 2?"])
        #expect(parsed.diagnostics.errors.first?.hint == "write each owner as an item of a list (owners: [Head of Finance, Head of HR]); one owner's name has no semicolon")
    }

    /// `carried_over_from:` was ignored with a warning, and the earlier plan's action shown as dropped.
    @Test func anotherNameForCarriedFromIsAnError() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"\ncarried_over_from: p0-1"]))
        #expect(parsed.diagnostics.errors.map(\.message) == ["\"carried_over_from\" is not a field: the field for it is \"carried_from\""])
    }

    /// "... by March 2026", due December 2025: the page said one day, the tracker another.
    @Test func aTitleAndADeadlineThatGiveTwoDaysAreAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: Open the library by March 2026\ntheme: \"1\"\ndeadline: December 2025",
            "b": "id: p1-2\ntitle: Open the café by March 2026\ntheme: \"1\"\ndeadline:\n  text: March 2026 (Board)\n  due: 2026-03-24",
            "c": "id: p1-3\ntitle: Open the shop by 31 March 2026\ntheme: \"1\"\ndeadline: March 2026",
            // The title's date is the strategy's, and due: says which day counts.
            "d": "id: p1-4\ntitle: Act on the strategy expected by June 2023\ntheme: \"1\"\ndeadline:\n  text: March 2024\n  due: 2024-03-31",
            // Words that are no deadline whole ("review" may name the day of a review), with a day in them.
            "e": "id: p1-5\ntitle: Review the lettings policy by June 2026\ntheme: \"1\"\ndeadline: March 2027",
            "f": "id: p1-6\ntitle: Review the allocations policy by 30/09/2026\ntheme: \"1\"\ndeadline: March 2027",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's title gives 31 March 2026, but its deadline is 31 December 2025",
            "the action's title gives 30 June 2026, but its deadline is 31 March 2027",
            "the action's title gives 30 September 2026, but its deadline is 31 March 2027",
        ])
        #expect(parsed.diagnostics.errors.first?.location == SourceLocation(file: "Content/plans/p1/a.md", line: 5, column: 1))
    }

    /// `draft: true` in plan.md was ignored with a warning, and the whole plan published.
    @Test func aDraftPlanIsLeftOutWithItsActionsButStillChecked() {
        let plan = "---\ntitle: Plan One\npublished: 2023-04-26\ndraft: true\nthemes:\n  - id: \"1\"\n    title: Operations\n---\nOverview.\n"
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"", "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\ndeadline: Smarch 2025"], plan: plan))
        #expect(parsed.content.plans.isEmpty)
        #expect(parsed.content.draftPaths == ["plans/p1/plan.md", "plans/p1/a.md", "plans/p1/b.md"])
        #expect(parsed.diagnostics.errors.map(\.location?.file) == ["Content/plans/p1/b.md"], "its actions' own mistakes are still errors")

        // A published plan that relies on it would link to pages the site does not have.
        var files = planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\""], plan: plan)
        files.merge(planFiles(
            ["a": "id: p2-1\ntitle: One again\ntheme: \"1\"\ncarried_from: p1-1"],
            plan: "---\ntitle: Plan Two\npublished: 2024-04-26\nsupersedes: p1\nthemes:\n  - id: \"1\"\n    title: Operations\n---\n", folder: "p2")) { one, _ in one }
        let relying = parse(files)
        #expect(relying.content.plans.map(\.id) == ["p2"])
        #expect(relying.diagnostics.errors.map(\.message).sorted() == [
            "carried_from names \"p1-1\", an action of the draft plan p1", "the plan supersedes \"p1\", which is a draft",
        ])
    }

    @Test func anActionNamingAThemeThePlanLacksIsAnError() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"2\""]))
        let problem = parsed.diagnostic(containing: "is not a theme")
        #expect(problem?.message == "the action's theme \"2\" is not a theme of the plan p1")
        #expect(problem?.location == SourceLocation(file: "Content/plans/p1/a.md", line: 4, column: 1))
        #expect(problem?.hint == "did you mean \"1\"?")
    }

    @Test func twoActionsWithTheSameIDAreAnError() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"", "b": "id: P1-1\ntitle: Two\ntheme: \"1\""]))
        let problem = parsed.diagnostic(containing: "two actions have the id")
        #expect(problem?.location?.file == "Content/plans/p1/b.md")
        #expect(problem?.hint?.contains("Content/plans/p1/a.md") == true)
    }

    /// The later plan repeats an open action word for word with no carried_from: the earlier
    /// one was shown as dropped beside the same work in the plan that "dropped" it.
    @Test func anOpenActionRepeatedByASupersedingPlanWithoutCarryIsAnError() {
        let parsed = parse(planWithSuccessor(
            [
                "a": "id: p1-1\ntitle: Publish the repairs policy\ntheme: \"1\"",
                "b": "id: p1-2\ntitle: Publish the annual report\ntheme: \"1\"\nupdates:\n  - {date: 2024-06-30, status: complete}",
                "c": "id: p1-3\ntitle: Train every housing officer\ntheme: \"1\"",
            ],
            successor: [
                "a": "id: p2-1\ntitle: Publish the Repairs Policy.\ntheme: \"1\"",
                "b": "id: p2-2\ntitle: Publish the annual report\ntheme: \"1\"",
                "c": "id: p2-3\ntitle: Train every housing officer\ntheme: \"1\"\ncarried_from: p1-3",
            ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "this action has the same words as p1-1 of p1, which this plan supersedes without continuing it, so p1-1 would be shown as dropped"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.file == "Content/plans/p2/a.md")
        #expect(parsed.diagnostics.errors.first?.hint == "if it continues that action, add carried_from: p1-1; if it is new work, say in its title how it differs")
    }

    /// Reported complete in June, then carried on by a plan of November: its page said "Carried
    /// over", the later date outranking the report that it was done.
    @Test func anActionReportedCompleteBeforeThePlanThatCarriesItOnIsAnError() {
        let parsed = parse(planWithSuccessor(
            [
                "a": "id: p1-1\ntitle: Publish the report\ntheme: \"1\"\nupdates:\n  - {date: 2024-06-30, status: complete}",
                "b": "id: p1-2\ntitle: Publish the policy\ntheme: \"1\"\nupdates:\n  - {date: 2024-11-15, status: complete}",
                "c": "id: p1-3\ntitle: Train staff\ntheme: \"1\"\nupdates:\n  - {date: 2024-06-30, status: complete-and-ongoing}",
            ],
            successor: [
                "a": "id: p2-1\ntitle: Publish the report every year\ntheme: \"1\"\ncarried_from: p1-1",
                "b": "id: p2-2\ntitle: Keep the policy up to date\ntheme: \"1\"\ncarried_from: p1-2",
                "c": "id: p2-3\ntitle: Train new staff\ntheme: \"1\"\ncarried_from: p1-3",
            ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "carried_from names \"p1-1\", reported complete on 30 June 2024, before this plan was published (15 November 2024): finished, or carried over?"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.file == "Content/plans/p2/a.md")
    }

    @Test func aCarriedFromLinkToAnUnknownActionIsAnError() {
        let parsed = parse(planWithSuccessor(["a": "id: p1-1\ntitle: One\ntheme: \"1\""], successor: ["b": "id: p2-1\ntitle: Two\ntheme: \"1\"\ncarried_from: p1-2"]))
        let problem = parsed.diagnostic(containing: "carried_from")
        #expect(problem?.message == "carried_from names \"p1-2\", which is not the id of any action")
        #expect(problem?.location == SourceLocation(file: "Content/plans/p2/b.md", line: 5, column: 15))
        #expect(problem?.hint == "did you mean \"p1-1\"?")
    }

    @Test func aCarriedFromLinkMustPointToAnEarlierPlan() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"", "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\ncarried_from: p1-1"]))
        #expect(parsed.diagnostic(containing: "not in an earlier plan") != nil)
    }

    @Test func aManualRAGWithoutAReasonIsAnError() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"\nrag: red"]))
        let problem = parsed.diagnostic(containing: "needs a reason")
        #expect(problem?.location == SourceLocation(file: "Content/plans/p1/a.md", line: 5, column: 1))
        #expect(problem?.hint?.contains("rag_reason") == true)
    }

    @Test func anUnreadableDeadlineIsAnErrorAtItsText() {
        let parsed = parse(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"\ndeadline: As soon as possible"]))
        let problem = parsed.diagnostic(containing: "cannot be read as a date")
        #expect(problem?.message == "the deadline \"As soon as possible\" cannot be read as a date")
        #expect(problem?.location == SourceLocation(file: "Content/plans/p1/a.md", line: 5, column: 11))
        #expect(problem?.hint?.contains("Q3 2024") == true)
    }

    /// A due: later than its words moved the deadline in silence: "March 2026" on the page, and
    /// not overdue until July. A due: within the words, or for words that cannot be read, is read.
    @Test func aDueLaterThanTheWordsAllowIsAnError() throws {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\ndeadline:\n  text: March 2026\n  due: 2026-06-30",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\ndeadline:\n  text: 14 March 2026\n  due: 2026-03-13",
            "c": "id: p1-3\ntitle: Three\ntheme: \"1\"\ndeadline:\n  text: March 2026 (Board)\n  due: 2026-03-24",
            "d": "id: p1-4\ntitle: Four\ntheme: \"1\"\ndeadline:\n  text: Early 2026\n  due: 2026-03-31",
            "e": "id: p1-5\ntitle: Five\ntheme: \"1\"\ndeadline:\n  text: TBC\n  due: 2026-03-31",
            "f": "id: p1-6\ntitle: Six\ntheme: \"1\"\ndeadline:\n  text: Ongoing\n  due: 2026-03-31",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the deadline \"March 2026\" is read as 31 March 2026, but due: says 30 June 2026",
            "the deadline \"14 March 2026\" is read as 14 March 2026, but due: says 13 March 2026",
            "the deadline \"TBC\" says no day is set yet, but due: gives 31 March 2026",
            "the deadline \"Ongoing\" says the work is ongoing, with no day it is due, but due: gives 31 March 2026",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 6)
        #expect(parsed.diagnostics.errors.first?.hint?.contains("revised:") == true)
        let due = parsed.content.plans.first?.actions.map { $0.item.deadline?.reading.dueDate?.iso }
        #expect(due == [nil, nil, "2026-03-24", "2026-03-31", nil, nil])
    }

    /// "Complete" as the deadline and not-started as the status: the page showed both.
    @Test func aCompleteDeadlineAndAnOpenStatusAtPublicationAreAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\ndeadline: Complete\nstatus: not-started",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\ndeadline: Complete\nstatus: complete",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the deadline says the action was complete when the plan was published, but status: says not-started"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 6)
    }

    /// "Action 1.1 is overdue", a committee says: which one? A number may repeat across themes.
    @Test func twoActionsWithOneNumberInOneThemeAreAnError() {
        let plan = "---\ntitle: Plan One\npublished: 2023-04-26\nthemes:\n  - id: \"1\"\n    title: One\n  - id: \"2\"\n    title: Two\n---\n"
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nnumber: \"1.1\"",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\nnumber: \"1.1\"",
            "c": "id: p1-3\ntitle: Three\ntheme: \"2\"\nnumber: \"1.1\"",
        ], plan: plan))
        #expect(parsed.diagnostics.errors.map(\.message) == ["two actions of the plan p1 are numbered 1.1 in the same theme (the other is p1-1)"])
        #expect(parsed.diagnostics.errors.first?.location?.file == "Content/plans/p1/b.md")
    }

    /// Each owner's list of a plan's actions is made by the owner's name: one owner written two
    /// ways, or two owners joined into one name, would leave actions off an owner's list.
    @Test func anOwnerWrittenTwoWaysOrTwoOwnersAsOneAreErrors() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nowners: [Head of Finance]",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\nowners: [Head of finance]",
            "c": "id: p1-3\ntitle: Three\ntheme: \"1\"\nowners: [Head of HR]",
            "d": "id: p1-4\ntitle: Four\ntheme: \"1\"\nowners: [Head of Finance / Head of HR]",
            "e": "id: p1-5\ntitle: Five\ntheme: \"1\"\nowners: [Head of Finance and Resources]",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the owner \"Head of finance\" is written \"Head of Finance\" in p1-1, so their actions would be listed as two owners'",
            "the owner \"Head of Finance / Head of HR\" joins \"Head of Finance\" and \"Head of HR\", each an owner of other actions of this plan, into one name, so the action would be on neither's list",
        ])
        #expect(parsed.diagnostics.errors.map(\.location?.file) == ["Content/plans/p1/b.md", "Content/plans/p1/d.md"])
    }

    /// "By March 2026" in the action's words and no deadline: it could never be overdue.
    @Test func anActionWhoseWordsGiveADateNeedsADeadline() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: Publish the housing strategy by March 2026\ntheme: \"1\"",
            "b": "id: p1-2\ntitle: Publish the housing strategy by March 2026\ntheme: \"1\"\ndeadline: March 2026",
            "c": "id: p1-3\ntitle: Review the 2025 strategy\ntheme: \"1\"",
            "d": "id: p1-4\ntitle: Adopt the repairs policy within six months\ntheme: \"1\"",
            "e": "id: p1-5\ntitle: Adopt the repairs policy within six months\ntheme: \"1\"\ndeadline: October 2026",
            "f": "id: p1-6\ntitle: Offer an assessment within 28 days of referral\ntheme: \"1\"",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words give a date (31 March 2026), but the action has no deadline, so it would never show as overdue",
            "the action's words give it a deadline (\"within six months\") but the action has no deadline, so it would never show as overdue",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 3)
    }

    /// "Open the second depot in Q4" or "... by 2026" with no deadline: the words say when, the
    /// tracker never held the action to it.
    @Test func anActionWhoseTitleNamesATimeOrAYearNeedsADeadline() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: Open the second depot in Q4\ntheme: \"1\"",
            "b": "id: p1-2\ntitle: Replace the street lights by 2026\ntheme: \"1\"",
            "c": "id: p1-3\ntitle: Open the second depot in Q4\ntheme: \"1\"\ndeadline: Q4 2025/26",
            "d": "id: p1-4\ntitle: Publish this year's accounts\ntheme: \"1\"",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words name a time (\"in Q4\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue",
            "the action's words give it a deadline (\"by 2026\") but the action has no deadline, so it would never show as overdue",
        ])
        #expect(parsed.diagnostics.errors.first?.hint?.hasPrefix("add its deadline as published (deadline: YYYY-MM-DD)") == true)
    }

    /// The status shown was whichever of the two came last in the list.
    @Test func twoUpdatesOfOneDayWithDifferentStatusesAreAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: in-progress\n  - date: 2024-01-01\n    status: complete\n  - date: 2024-02-01\n    status: complete\n  - date: 2024-02-01\n    status: complete",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "two updates on 1 January 2024 give different statuses (in-progress on line 6, complete here)"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 8)
    }

    /// "Revised on 1 June 2013" in a plan of 2023: shown as revised from the start, on a day that cannot be.
    @Test func aDeadlineRevisedBeforeThePlanWasPublishedIsAnError() {
        let revised = { (number: Int, date: String) in
            "id: p1-\(number)\ntitle: Step \(number)\ntheme: \"1\"\nmilestones:\n  - text: A step\n    deadline:\n      text: End Sept 2023\n      revised:\n        - date: \(date)\n          deadline: March 2024\n          reason: Waiting for the inspection"
        }
        let parsed = parse(planFiles(["a": revised(1, "2013-08-01"), "b": revised(2, "2023-08-01")]))
        #expect(parsed.diagnostics.errors.map(\.message) == ["the deadline is revised on 1 August 2013, before the plan was published (26 April 2023)"])
        #expect(parsed.diagnostics.errors.first?.location?.line == 10)
    }

    /// Revised on 1 November 2025 to "June 2025": overdue the day it was set, a slip of the year.
    @Test func aDeadlineRevisedToADayAlreadyPastIsAnError() {
        let revised = { (number: Int, to: String) in
            "id: p1-\(number)\ntitle: Step \(number)\ntheme: \"1\"\ndeadline:\n  text: December 2025\n  revised:\n    - date: 2025-11-01\n      deadline: \(to)\n      reason: Late data"
        }
        let parsed = parse(planFiles(["a": revised(1, "June 2025"), "b": revised(2, "November 2025"), "c": revised(3, "June 2026")]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the deadline is revised on 1 November 2025 to \"June 2025\" (30 June 2025), a day already past when it was revised"
        ])
        #expect(parsed.diagnostics.errors.first?.hint == "check the year of the revised deadline")
    }

    /// "March 2022" in a plan published in April 2023, with nothing said of how the work stood:
    /// published overdue from its first day, and most often a slip of the year.
    @Test func aDeadlinePastWhenThePlanWasPublishedWithNoStatusIsAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\ndeadline: March 2022",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\nmilestones:\n  - text: A step\n    deadline: June 2022",
            // Left alone: a status says how it stood, a step done, a deadline after publication.
            "c": "id: p1-3\ntitle: Three\ntheme: \"1\"\ndeadline: March 2022\nstatus: in-progress",
            "d": "id: p1-4\ntitle: Four\ntheme: \"1\"\nmilestones:\n  - text: A step\n    deadline: June 2022\n    completed: 2022-06-20",
            "e": "id: p1-5\ntitle: Five\ntheme: \"1\"\ndeadline: March 2024",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the deadline \"March 2022\" (31 March 2022) is before the plan was published (26 April 2023), and nothing says how the work stood then: it would be published as overdue from the start",
            "the deadline \"June 2022\" (30 June 2022) is before the plan was published (26 April 2023), and nothing says how the work stood then: it would be published as overdue from the start",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5, "at the deadline")
    }

    /// A step completed in February, then an update in June saying "not-started": the page showed
    /// "Not started" beside a step marked done.
    @Test func anUpdateSayingNotStartedAfterAStepWasCompletedIsAnError() {
        let action = { (number: Int, status: String) in
            "id: p1-\(number)\ntitle: Step \(number)\ntheme: \"1\"\nmilestones:\n  - text: Survey\n    deadline: March 2025\n    completed: 2025-02-01\nupdates:\n  - date: 2025-06-01\n    status: \(status)"
        }
        let parsed = parse(planFiles(["a": action(1, "not-started"), "b": action(2, "in-progress")]))
        #expect(parsed.diagnostics.errors.map(\.message) == ["the update of 1 June 2025 says not-started, but step 1 was completed by 1 February 2025"])
        #expect(parsed.diagnostics.errors.first?.location?.line == 10)
        // Complete on 1 January, with a step done in February: which is true?
        let early = { (number: Int, completed: String) in
            "id: p1-\(number)\ntitle: Step \(number)\ntheme: \"1\"\nmilestones:\n  - text: Survey\n    deadline: March 2025\n    completed: \(completed)\nupdates:\n  - date: 2025-01-01\n    status: complete"
        }
        let atPublication = "id: p1-4\ntitle: Step 4\ntheme: \"1\"\nstatus: complete\nmilestones:\n  - text: Survey\n    deadline: March 2025\n    completed: 2025-02-01"
        let complete = parse(planFiles(["a": early(1, "2025-02-01"), "b": early(2, "February 2025"), "c": early(3, "2024-12-01"), "d": atPublication]))
        #expect(complete.diagnostics.errors.map(\.message) == [
            "the update of 1 January 2025 says complete, but step 1 was completed later, on 1 February 2025",
            "the update of 1 January 2025 says complete, but step 1 was completed later, no earlier than 1 February 2025",
            "the status given on 26 April 2023 says complete, but step 1 was completed later, on 1 February 2025",
        ])
    }

    /// An action whose one milestone, due March 2025, was `completed:` as written.
    func actionWithStep(_ number: Int, completed: String) -> String {
        "id: p1-\(number)\ntitle: Step \(number)\ntheme: \"1\"\nmilestones:\n  - text: Survey\n    deadline: March 2025\n    completed: \(completed)"
    }

    /// `completed: June 2025 (partially)` marked the step done, all of it.
    @Test func aStepCompletedInPartIsNotDone() {
        let step = actionWithStep
        let parsed = parse(planFiles(["a": step(1, "June 2025 (partially)"), "b": step(2, "Mostly by May 2025"), "c": step(3, "June 2025")]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the field \"completed\" of milestone 1 says \"partially\": a step done in part is not done",
            "the field \"completed\" of milestone 1 says \"mostly\": a step done in part is not done",
        ])
    }

    /// `completed: Due June 2025` marked the step done, on the day it was to be done by.
    @Test func aStepWhoseCompletionIsADateToBeDoneByIsNotDone() {
        let step = actionWithStep
        let parsed = parse(planFiles(["a": step(1, "Due June 2025"), "b": step(2, "Planned June 2025"), "c": step(3, "By June 2025")]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the field \"completed\" of milestone 1 says \"due\": a date the step is to be done by, not the day it was done",
            "the field \"completed\" of milestone 1 says \"planned\": a date the step is to be done by, not the day it was done",
        ])
    }

    /// A step "Agree the rules by 30 November 2025" with `deadline: TBC`, or with none: its row
    /// showed a day, and the tracker held it to none. (A date of another event in a step's words,
    /// "the strategy, expected by June 2023", beside its own deadline, is left alone.)
    @Test func aStepWhoseWordsGiveADayNeedsADeadlineThatGivesOne() {
        let step = { (number: Int, text: String, deadline: String?) in
            "id: p1-\(number)\ntitle: Step \(number)\ntheme: \"1\"\nmilestones:\n  - text: \(text)\n" + (deadline.map { "    deadline: \($0)\n" } ?? "")
        }
        let parsed = parse(planFiles([
            "a": step(1, "Agree the rules by 30 November 2025", "TBC"),
            "b": step(2, "Agree the rules by 30 November 2025", nil),
            "c": step(3, "Agree the rules, the strategy being expected by June 2025", "March 2026"),
            "d": step(4, "Agree the rules by 30 November 2025", "30 November 2025"),
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "milestone 1's words give 30 November 2025, but its deadline, \"TBC\", gives no day, so it would never show as overdue",
            "milestone 1's words give 30 November 2025, but it has no deadline, so it would never show as overdue",
        ])
        #expect(parsed.diagnostics.errors.first?.hint == "give the date in its words as its deadline; if that date is not when the work is due, say in its words what it is the date of")
    }

    /// "Tenant Improvement Plan 2025/26" with period: 2024/25: the page gave both years.
    @Test(arguments: [
        ("Tenant Improvement Plan 2025/26", "2024/25", "the plan's title gives 2025/26, but its period: is 2024/25"),
        ("Housing Plan 2026", "2025", "the plan's title gives 2026, but its period: is 2025"),
        ("Tenant Improvement Plan 2025/26", "2025-26", nil), ("Climate Emergency Action Plan 2025", "2025/26", nil),
        ("Tenant Improvement Plan 2025/26", "April 2025 to March 2026", nil), ("Corporate Plan 2024 to 2027", "2024/25", nil),
    ] as [(String, String, String?)])
    func aPlansTitleAndPeriodMustGiveTheSameYear(title: String, period: String, problem: String?) {
        let parsed = parse(planFiles([:], plan: "---\ntitle: \(title)\npublished: 2025-06-01\nperiod: \(period)\nthemes:\n  - id: \"1\"\n    title: Repairs\n---\nPlan.\n"))
        #expect(parsed.diagnostics.errors.map(\.message) == (problem.map { [$0] } ?? []))
    }

    /// Two new deadlines set on one day: the first listed was shown, whichever was meant.
    @Test func twoRevisionsOfOneDayWithDifferentDeadlinesAreAnError() {
        let revisions = { (second: String) in
            "id: p1-1\ntitle: One\ntheme: \"1\"\ndeadline:\n  text: December 2025\n  revised:\n    - date: 2025-11-01\n      deadline: March 2026\n      reason: Late data\n    - date: 2025-11-01\n      deadline: \(second)\n      reason: Late data"
        }
        let parsed = parse(planFiles(["a": revisions("June 2026")]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "two revisions on 1 November 2025 give different deadlines (March 2026 on line 8, June 2026 here)"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 11)
        #expect(parse(planFiles(["a": revisions("31/03/2026")])).diagnostics.errors.isEmpty)
    }

    /// `owners: [N/A]` was published as an owner called "N/A": no owner, or the theme's leads?
    @Test func anOwnerThatSaysThereIsNoneIsAnError() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nowners: [N/A]",
            "b": "id: p1-2\ntitle: Two\ntheme: \"1\"\nowner: \"-\"",
            "c": "id: p1-3\ntitle: Three\ntheme: \"1\"\nowners: [TBC]",
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "\"N/A\" is given as an owner, but it says there is none", "\"-\" is given as an owner, but it says there is none",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5)
        let lead = parse(planFiles(
            ["a": "id: p1-1\ntitle: One\ntheme: \"1\""],
            plan: "---\ntitle: Plan One\npublished: 2023-04-26\nthemes:\n  - id: \"1\"\n    title: Operations\n    leads: [None]\n---\n"))
        #expect(lead.diagnostics.errors.map(\.message) == ["\"None\" is given as a lead, but it says there is none"])
    }

    /// `status: in-progress` beside `note: Complete.`: the page showed both, and a reader could
    /// not tell which was true.
    @Test func anUpdateWhoseNoteOpensWithAnotherStatusIsAnError() {
        let update = { (number: Int, status: String, note: String) in
            "id: p1-\(number)\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: \(status)\n    note: \"\(note)\""
        }
        let parsed = parse(planFiles([
            "a": update(1, "in-progress", "Complete."),
            "b": update(2, "in-progress", "This action is now complete."),
            "c": update(3, "on-hold", "Completed on 3 March 2024, with every ward covered."),
            "d": update(4, "complete", "Not started: the funding was withdrawn."),
            "e": update(5, "complete", "Closed."),
            "f": update(6, "in-progress", "Completed in March."),
            "g": update(7, "in-progress", "All done."),
            "h": update(8, "in-progress", "Action complete."),
            "i": update(9, "complete", "Not yet complete: the last ward is in June."),
            "j": update(10, "complete", "Nearly complete."),
            "k": update(11, "complete", "Still in progress."),
            "l": update(12, "complete-and-ongoing", "90% complete."),
            "m": update(13, "complete", "Due to be completed in June."),
            "n": update(14, "in-progress", "Status: complete."),
            "o": update(15, "in-progress", "Finished on 3 March."),
            "p": update(16, "in-progress", "Not started yet."),
            "q": update(17, "complete", "Delayed until spring."),
            "r": update(18, "complete", "On track to complete by March."),
            "s": update(19, "not-started", "50% complete."),
            "t": update(20, "in-progress", "100% complete."),
            "u": update(21, "in-progress", "Cancelled by the board."),
            "v": update(22, "in-progress", "Paused until the new year."),
            "w": update(23, "complete", "Update: in progress."),
            "x": update(24, "complete", "Planned for 2026."),
            "y": update(25, "in-progress", "Diweddariad: Cwblhawyd."),
            "z": update(26, "complete", "Not yet sent: the Clerk will send it next week."),
            "za": update(27, "complete", "Completed in part: the rest by December."),
            "zb": update(28, "complete", "Part complete."),
            "zc": update(29, "complete", "Will complete by April."),
            "zd": update(30, "complete", "Awaiting sign-off."),
            "ze": update(31, "complete", "Complete apart from the last ward."),
            "zf": update(32, "complete", "Draft complete; the final is due in April."),
            "zg": update(33, "in-progress", "Implemented in full."),
            "zh": update(34, "in-progress", "Completed 12 August."),
            "zi": update(35, "on-hold", "Complete 30/09/2023."),
            "zj": update(36, "in-progress", "Closed following the panel's review."),
            "zk": update(37, "in-progress", "No further action required."),
            "zl": update(38, "in-progress", "No longer needed."),
            "zm": update(39, "complete", "Superseded by action 4."),
            "zn": update(40, "in-progress", "Discharged."),
            // Left alone: a count, a story, and the statuses they fit.
            "zo": update(41, "in-progress", "Complete 3 of 5 wards."),
            "zp": update(42, "in-progress", "Delivered by the Estates team to 31 wards so far."),
            "zq": update(43, "dropped", "No further action required."),
            "zr": update(44, "complete", "Completed 12 August."),
            // Closed, and by whom; an item named as its organisation names it.
            "zs": update(45, "in-progress", "Discharged by HMICFRS at the revisit."),
            "zt": update(46, "in-progress", "Closed by HMICFRS in October 2026."),
            "zu": update(47, "in-progress", "This AFI has now been closed."),
            // Left alone: closed by a time to come.
            "zv": update(48, "in-progress", "Closed by March 2027."),
            "zw": update(49, "in-progress", "Closed by the next meeting."),
            // Done or closed in a committee's words; still open.
            "zx": update(50, "in-progress", "Actioned."),
            "zy": update(51, "in-progress", "Action discharged."),
            "zz": update(52, "in-progress", "Signed off by the Chair."),
            "zza": update(53, "in-progress", "Agreed to close."),
            "zzb": update(54, "complete", "Remains open."),
            // Left alone: a closure proposed, not yet agreed; a resolution.
            "zzc": update(55, "in-progress", "Propose to close."),
            "zzd": update(56, "in-progress", "Resolved that the panel write to the Minister."),
            // Two words that each say done; the work named before "not yet".
            "zze": update(57, "in-progress", "Completed and closed."),
            "zzf": update(58, "complete", "Letter not yet sent."),
            "zzg": update(59, "complete", "Final report has not yet been published."),
            // Left alone: what someone else has not done; a status and a rating.
            "zzh": update(60, "complete", "Minister not yet replied."),
            "zzi": update(61, "in-progress", "Started and on track."),
            // Going on as another item, or as the day's work.
            "zzj": update(62, "in-progress", "Merged with action 4."),
            "zzk": update(63, "in-progress", "Now business as usual."),
            "zzl": update(64, "in-progress", "No longer relevant."),
            "zzm": update(65, "in-progress", "On hold pending funding."),
            "zzn": update(66, "in-progress", "Rolled into the 2026/27 plan."),
            "zzo": update(67, "in-progress", "Incorporated into the new strategy."),
            "zzp": update(68, "in-progress", "Combined with action 2.1."),
            // Left alone: done but for a step still to come.
            "zzq": update(69, "in-progress", "Complete pending sign-off."),
            // Done, and how; the day moved.
            "zzr": update(70, "in-progress", "Fully delivered."),
            "zzs": update(71, "in-progress", "Completed ahead of schedule."),
            "zzt": update(72, "complete", "Slipped to Q4."),
            "zzu": update(73, "complete", "Rescheduled for 2027."),
            // Left alone: done in some places.
            "zzv": update(74, "in-progress", "Fully delivered in three wards."),
            // Going on, or not begun, in other words than a status.
            "zzw": update(75, "complete", "Progressing well."),
            "zzx": update(76, "complete", "In train."),
            "zzy": update(77, "complete", "Delivery under way."),
            "zzz": update(78, "complete", "Yet to begin."),
            // Left alone: begun and done; the part that goes on.
            "zzza": update(79, "complete", "Drafting complete."),
            "zzzb": update(80, "complete-and-ongoing", "Progressing well."),
            "zzzc": update(81, "complete", "Commenced in May."),
            // Left alone: what may follow work that is done.
            "zzzd": update(82, "complete", "Evaluation under way."),
            "zzze": update(83, "complete", "Drafting the report on the findings."),
            "zzzf": update(84, "complete", "Drafting under way."),
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the note opens \"Complete\", which says complete, but the status given with it is in-progress",
            "the note opens \"This action is now complete\", which says complete, but the status given with it is in-progress",
            "the note opens \"Completed on 3 March 2024\", which says complete, but the status given with it is on-hold",
            "the note opens \"Not started\", which says not-started, but the status given with it is complete",
            "the note opens \"Completed in March\", which says complete, but the status given with it is in-progress",
            "the note opens \"All done\", which says complete, but the status given with it is in-progress",
            "the note opens \"Action complete\", which says complete, but the status given with it is in-progress",
            "the note opens \"Not yet complete\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Nearly complete\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Still in progress\", which says in-progress, but the status given with it is complete",
            "the note opens \"90% complete\", which says not-started or in-progress or on-hold, but the status given with it is complete-and-ongoing",
            "the note opens \"Due to be completed in June\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"complete\", which says complete, but the status given with it is in-progress",
            "the note opens \"Finished on 3 March\", which says complete, but the status given with it is in-progress",
            "the note opens \"Not started yet\", which says not-started, but the status given with it is in-progress",
            "the note opens \"Delayed until spring\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"On track to complete by March\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"50% complete\", which says in-progress, but the status given with it is not-started",
            "the note opens \"100% complete\", which says complete, but the status given with it is in-progress",
            "the note opens \"Cancelled by the board\", which says dropped, but the status given with it is in-progress",
            "the note opens \"Paused until the new year\", which says on-hold, but the status given with it is in-progress",
            "the note opens \"in progress\", which says in-progress, but the status given with it is complete",
            "the note opens \"Planned for 2026\", which says not-started, but the status given with it is complete",
            "the note opens \"Cwblhawyd\", which says complete, but the status given with it is in-progress",
            "the note opens \"Not yet sent\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Completed in part\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Part complete\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Will complete by April\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Awaiting sign-off\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Complete apart from the last ward\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Draft complete\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Implemented in full\", which says complete, but the status given with it is in-progress",
            "the note opens \"Completed 12 August\", which says complete, but the status given with it is in-progress",
            "the note opens \"Complete 30/09/2023\", which says complete, but the status given with it is on-hold",
            "the note opens \"Closed following the panel's review\", which says complete or complete-and-ongoing or dropped or superseded, but the status given with it is in-progress",
            "the note opens \"No further action required\", which says complete or dropped, but the status given with it is in-progress",
            "the note opens \"No longer needed\", which says dropped or superseded, but the status given with it is in-progress",
            "the note opens \"Superseded by action 4\", which says superseded, but the status given with it is complete",
            "the note opens \"Discharged\", which says complete, but the status given with it is in-progress",
            "the note opens \"Discharged by HMICFRS at the revisit\", which says complete, but the status given with it is in-progress",
            "the note opens \"Closed by HMICFRS in October 2026\", which says complete or complete-and-ongoing or dropped or superseded, but the status given with it is in-progress",
            "the note opens \"This AFI has now been closed\", which says complete or complete-and-ongoing or dropped or superseded, but the status given with it is in-progress",
            "the note opens \"Actioned\", which says complete, but the status given with it is in-progress",
            "the note opens \"Action discharged\", which says complete, but the status given with it is in-progress",
            "the note opens \"Signed off by the Chair\", which says complete, but the status given with it is in-progress",
            "the note opens \"Agreed to close\", which says complete or dropped, but the status given with it is in-progress",
            "the note opens \"Remains open\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Completed and closed\", which says complete, but the status given with it is in-progress",
            "the note opens \"Letter not yet sent\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Final report has not yet been published\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Merged with action 4\", which says superseded, but the status given with it is in-progress",
            "the note opens \"Now business as usual\", which says complete-and-ongoing or complete, but the status given with it is in-progress",
            "the note opens \"No longer relevant\", which says dropped or superseded, but the status given with it is in-progress",
            "the note opens \"On hold pending funding\", which says on-hold, but the status given with it is in-progress",
            "the note opens \"Rolled into the 2026/27 plan\", which says superseded, but the status given with it is in-progress",
            "the note opens \"Incorporated into the new strategy\", which says superseded, but the status given with it is in-progress",
            "the note opens \"Combined with action 2\", which says superseded, but the status given with it is in-progress",
            "the note opens \"Fully delivered\", which says complete, but the status given with it is in-progress",
            "the note opens \"Completed ahead of schedule\", which says complete, but the status given with it is in-progress",
            "the note opens \"Slipped to Q4\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Rescheduled for 2027\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Progressing well\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"In train\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Delivery under way\", which says not-started or in-progress or on-hold, but the status given with it is complete",
            "the note opens \"Yet to begin\", which says not-started or in-progress or on-hold, but the status given with it is complete",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 8, "at the note")
        #expect(parsed.diagnostics.errors.first?.hint?.hasPrefix("give the status the note reports (status: complete)") == true)
        let closed = parse(planFiles(["a": update(1, "in-progress", "Closed.")]))
        #expect(closed.diagnostics.errors.first?.hint?.hasPrefix("give the status the note reports (status: complete or complete-and-ongoing or dropped or superseded)") == true, "never one chosen for it")
    }

    /// "Completed on 3 March 2024" in an update of 1 January 2024: a report of news not yet made.
    /// "summary: This action is complete." beside an update in progress: the page showed a
    /// summary and a status that disagree, and the summary stays while the status changes.
    @Test func aSummaryThatSaysAnotherStatusThanTheLatestIsAnError() {
        let action = { (number: Int, summary: String, status: String) in
            "id: p1-\(number)\ntitle: One\ntheme: \"1\"\nsummary: \(summary)\nupdates:\n  - date: 2024-01-01\n    status: in-progress\n  - date: 2024-02-01\n    status: \(status)"
        }
        let parsed = parse(planFiles([
            "a": action(1, "This action is complete.", "in-progress"),
            "b": action(2, "Not started yet.", "complete"),
            "c": action(3, "Complete.", "complete"),
            "d": action(4, "A repairs policy that tenants can read.", "in-progress"),
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the summary opens \"This action is complete\", which says complete, but the latest status is in-progress",
            "the summary opens \"Not started yet\", which says not-started, but the latest status is complete",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5, "at the summary")
    }

    @Test func aNoteThatSaysTheWorkWasDoneAfterItsDayIsAnError() {
        let update = { (number: Int, note: String) in
            "id: p1-\(number)\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: complete\n    note: \"\(note)\""
        }
        let parsed = parse(planFiles([
            "a": update(1, "Completed on 3 March 2024."), "b": update(2, "Delivered in February 2024."),
            "c": update(3, "Completed on 20 December 2023."), "d": update(4, "Completed in January 2024."),
            "e": update(5, "Completed 3 March 2024."), "f": update(6, "Completed 20 December 2023."),
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the note opens \"Completed on 3 March 2024\", a day after 1 January 2024, the day it reports on",
            "the note opens \"Delivered in February 2024\", a day after 1 January 2024, the day it reports on",
            "the note opens \"Completed 3 March 2024\", a day after 1 January 2024, the day it reports on",
        ])
    }

    /// "As at 31 December 2026, three of five wards are done" in an update of 30 September 2026:
    /// the page published, as the position on 30 September, one the work could not yet have had.
    @Test func aNoteThatGivesTheWorkAsItStoodOnALaterDayIsAnError() {
        let update = { (number: Int, note: String) in
            "id: p1-\(number)\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: in-progress\n    note: \"\(note)\""
        }
        let parsed = parse(planFiles([
            "a": update(1, "As at 31 March 2024, three of five wards are done."), "b": update(2, "Update (February 2024): three wards."),
            "c": update(3, "Q1 2024/25 update: three wards."), "d": update(4, "Position as of 2 January 2024: three wards."),
            // Left alone: the same day, an earlier one, and words that are not a date.
            "e": update(5, "As at 1 January 2024, three wards."), "f": update(6, "As at 31 December 2023, three wards."),
            "g": update(7, "As agreed at the Board, three wards."), "h": update(8, "January 2024 update: three wards."),
            // In Welsh.
            "i": update(9, "Fel ar 31 Mawrth 2024, tair ward."),
            // "At" a day, and the day a bracket gives after "update"; not a price base or a month's prices.
            "j": update(10, "At 31.03.2024 three wards were done."), "k": update(11, "Q4 update (to 31 March 2024): three wards."),
            "l": update(12, "At 2 February 2024 prices the cost is £3m."), "m": update(13, "At March 2024 prices, £3m."),
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the note opens \"As at 31 March 2024\", a later day than 1 January 2024, the day of the update",
            "the note opens \"Update (February 2024)\", a later day than 1 January 2024, the day of the update",
            "the note opens \"Q1 2024/25 update\", a later day than 1 January 2024, the day of the update",
            "the note opens \"Position as of 2 January 2024\", a later day than 1 January 2024, the day of the update",
            "the note opens \"Fel ar 31 Mawrth 2024\", a later day than 1 January 2024, the day of the update",
            "the note opens \"At 31.03.2024\", a later day than 1 January 2024, the day of the update",
            "the note opens \"Q4 update (to 31 March 2024)\", a later day than 1 January 2024, the day of the update",
        ])
    }

    /// A note that tells a story, or says what part is done, is not a status.
    @Test(arguments: [
        ("in-progress", "Phase 1 complete; phase 2 under way."), ("in-progress", "Started in May, finished the survey in July."),
        ("in-progress", "Delivered by the Estates team to 31 wards so far."), ("in-progress", "Met with the federation on 3 May 2024."),
        ("in-progress", "Complete the training of the last nine teams by March."), ("in-progress", "Ongoing."),
        ("complete", "Complete - monitoring continues."), ("complete-and-ongoing", "Completed in March 2023."),
        ("dropped", "Closed: replaced by the county scheme."), ("in-progress", "Not yet complete."),
        ("in-progress", "Nearly done: two wards left."), ("dropped", "Not complete: the funding was withdrawn."), ("complete", "100% complete."),
        ("in-progress", "Work started in May."), ("on-hold", "Completed by the Estates team in two wards, paused in the rest."),
        ("complete", "On track."), ("complete", "Status: Green. Completed."), ("complete", "Delayed, now complete."),
        ("complete", "On track and completed in March."), ("in-progress", "Paused in May, resumed in July."),
        ("in-progress", "Planned work is under way."), ("in-progress", "0% complete: the contract is signed."),
        ("complete-and-ongoing", "At risk: the funding for monitoring ends in March."),
        ("complete-and-ongoing", "Paused until the new year."), ("in-progress", "Not yet sent."),
        ("complete", "Completed in partnership with the council."), ("complete", "Sent in part to the board, in full to the panel."),
    ])
    func anUpdateWhoseNoteFitsItsStatusIsRead(status: String, note: String) {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: \(status)\n    note: \"\(note)\""
        ]))
        #expect(parsed.diagnostics.errors.isEmpty, "\(parsed.diagnostics.items)")
    }

    /// "status: Noted", as minutes record an update: it was refused as meaning "agreed, partly
    /// agreed or not agreed", words of a recommendation, not of how far the work has got.
    @Test func notedAsAStatusIsRefusedForWhatItSays() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: Noted"
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "\"Noted\" says the update was heard, not how far the work has got, so it is not read as any status"
        ])
    }

    @Test func aStatusThatIsNotDocumentedIsAnErrorListingTheAllowedOnes() {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: finished-ish"
        ]))
        let problem = parsed.diagnostic(containing: "is not a status Tally knows")
        #expect(problem?.message == "\"finished-ish\" is not a status Tally knows, for \"status\" of update 1")
        #expect(problem?.hint?.contains("not-started, in-progress, on-hold") == true)
        #expect(problem?.hint?.contains("vocabulary: {finished-ish: <status>}") == true)
        #expect(problem?.location?.line == 7)
    }

    /// The words councils and government departments write in their trackers.
    @Test(arguments: [
        ("Not yet started", ItemStatus.notStarted), ("Partially complete", .inProgress), ("Achieved", .complete),
        ("Cancelled", .dropped), ("Withdrawn", .dropped), ("Deferred", .onHold), ("Superseded", .superseded),
        ("implemented", .complete), ("Complete – ongoing", .completeAndOngoing),
        ("Wedi'i gwblhau", .complete), ("Ar y gweill", .inProgress), ("Heb ddechrau", .notStarted),
    ])
    func commonWordsForStatusesAreRead(word: String, expected: ItemStatus) {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: \(word)"
        ]))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.plans.first?.actions.first?.item.updates.first?.status == expected)
    }

    @Test(arguments: ["On track", "At risk", "Delayed"])
    func aRatingWhereAStatusIsAskedForIsAnErrorThatSaysSo(word: String) {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: \(word)"
        ]))
        let problem = parsed.diagnostic(containing: "is a rating, not a status")
        #expect(problem?.hint?.contains("rag:") == true)
    }

    @Test func ongoingAsAStatusAsksWhichIsMeantUnlessTheSiteMapsIt() {
        let files = planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"\nupdates:\n  - date: 2024-01-01\n    status: Ongoing"])
        let problem = parse(files).diagnostic(containing: "\"Ongoing\" can mean")
        #expect(problem?.message.contains("in-progress") == true && problem?.message.contains("complete-and-ongoing") == true)
        let parsed = parse(files, siteYAML: "title: T\nvocabulary:\n  Ongoing: in-progress\n  On target: green\n")
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.plans.first?.actions.first?.item.updates.first?.status == .inProgress)
    }

    /// The marks are dropped when a word is matched, so without this "Complete?" was complete.
    @Test(arguments: [("Complete?", "asks a question"), ("Complete*", "points to a note"), ("In progress?", "asks a question")])
    func aStatusWithAMarkOfDoubtIsRefused(word: String, reason: String) {
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nrag: Green?\nrag_reason: Funded\nupdates:\n  - date: 2024-01-01\n    status: \"\(word)\""
        ]))
        let problem = parsed.diagnostic(containing: reason)
        #expect(problem?.message == "\"\(word)\" \(reason == "asks a question" ? "asks a question (\"?\")" : "has a mark (\"*\") that points to a note, which may qualify it"), so it is not read as any status")
        #expect(problem?.location?.line == 9)
        #expect(problem?.hint?.contains("write the status alone") == true)
        #expect(parsed.diagnostic(containing: "\"Green?\" asks a question")?.location?.line == 5)
    }

    /// "Done: in-progress" would have published every action the source calls done as in progress.
    @Test func aVocabularyWordCannotBeMadeToMeanItsOpposite() {
        let files = planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\""])
        let parsed = parse(files, siteYAML: "title: T\nvocabulary:\n  Done: in-progress\n  Accepted: not-agreed\n  Closed: complete\n  Paused: dropped\n")
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "\"Done\" means complete in plain words; mapped to in-progress, the pages would say the opposite of the source",
            "\"Accepted\" means agreed in plain words; mapped to not-agreed, the pages would say the opposite of the source",
        ])
    }

    @Test func aVocabularyWordMustMapToOneOfTallysWords() {
        let files = planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\""])
        let problem = parse(files, siteYAML: "title: T\nvocabulary:\n  Achieved: finished\n").diagnostic(containing: "is not one of Tally's statuses")
        #expect(problem?.location == SourceLocation(file: "Content/site.yaml", line: 3, column: 13))
    }

    @Test func aPlanFolderWithoutPlanMDIsAnError() {
        let parsed = parse(["plans/orphan/a.md": "---\nid: x\ntitle: X\ntheme: \"1\"\n---\n"])
        #expect(parsed.diagnostic(containing: "has no plan.md")?.location?.file == "Content/plans/orphan/a.md")
    }

    @Test func supersedingAPlanThatDoesNotExistIsAnError() {
        let parsed = parse(planFiles([:], plan: "---\ntitle: P\npublished: 2024-01-01\nsupersedes: p0\nthemes:\n  - id: a\n    title: A\n---\n"))
        #expect(parsed.diagnostic(containing: "supersedes \"p0\"") != nil)
    }

    /// A plan "superseding" a later one dropped that plan's actions from before they were published.
    @Test func aPlanSupersedesOnlyAnEarlierPlan() {
        let plan = { (published: String, supersedes: String) in
            "---\ntitle: P\npublished: \(published)\nsupersedes: \(supersedes)\nthemes:\n  - id: a\n    title: A\n---\n"
        }
        var files = planFiles([:], plan: plan("2024-01-01", "p2"), folder: "p1")
        files.merge(planFiles([:], plan: plan("2025-01-01", "p1"), folder: "p2")) { first, _ in first }
        let parsed = parse(files)
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the plan supersedes \"p2\", published on 1 January 2025, not before it (1 January 2024)"
        ])
    }

    @Test func recommendationStepsNeedAnOwnerAndADate() {
        // The same milestone reader serves inspection responses, where each step has both.
        let parsed = parse(planFiles([
            "a": "id: p1-1\ntitle: One\ntheme: \"1\"\nmilestones:\n  - text: Step\n    deadline: June 2024"
        ]))
        #expect(parsed.diagnostics.isEmpty, "a plan's milestones need no owner")
    }
}
