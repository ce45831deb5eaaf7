import Diagnostics
import Compute
import Model
import Testing

let here = SourceLocation(file: "Content/plans/p/a.md")

func day(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

func deadline(_ text: String) -> Deadline {
    Deadline(text: text, reading: try! DeadlineReader.read(text).get(), location: here)
}

func item(
    deadline due: String? = nil, milestones: [Milestone] = [], opened: String = "2023-04-26",
    updates: [(String, ItemStatus)] = [], rag: RAG? = nil
) -> TrackedItem {
    TrackedItem(
        id: "a", title: "A", owners: ["Owner"], deadline: due.map(deadline), milestones: milestones, opened: day(opened),
        updates: updates.map { StatusUpdate(date: day($0.0), status: $0.1, location: here) },
        manualRAG: rag.map { ManualRAG(rating: $0, reason: "Because", location: here) }, location: here)
}

/// 120 days without an update is stale; due within 30 days is due soon.
func assess(_ item: TrackedItem, on date: String, carriedInto: [Continuation] = []) -> ItemAssessment {
    ItemAssessor(asOf: day(date), rules: TrackingRules(staleAfterDays: 120, dueSoonDays: 30)).assess(item, carriedInto: carriedInto)
}

@Suite struct ItemAssessorTests {
    @Test func withNothingReportedTheStatusSaysSo() {
        let result = assess(item(deadline: "September 2023"), on: "2023-05-01")
        #expect(result.status == .notReported)
        #expect(!result.isOverdue)
        #expect(result.computedRAG == nil, "no rating without facts: never a green that says all is well")
        #expect(result.nextDue == day("2023-09-30"))
    }

    /// A plan published on 15 November with `status: in-progress`, and an update of 14 November
    /// saying complete: the plan came later. Read in list order, the older update won.
    @Test func theStatusAnItemWasPublishedWithComesAfterAnEarlierUpdate() {
        var published = item(opened: "2024-11-15", updates: [("2024-11-14", .complete), ("2025-03-01", .complete)])
        published.initialStatus = .inProgress
        #expect(assess(published, on: "2025-01-01").status == .reported(.inProgress))
        #expect(assess(published, on: "2025-01-01").statusDate == day("2024-11-15"))
        #expect(assess(published, on: "2025-03-01").status == .reported(.complete), "a later update still counts")
        let unsaid = item(opened: "2024-11-15", updates: [("2024-11-14", .complete)])
        #expect(assess(unsaid, on: "2025-01-01").status == .reported(.complete), "with no status at publication, the work done before it")
    }

    @Test func overdueFromTheDayAfterTheDueDate() {
        #expect(!assess(item(deadline: "September 2023"), on: "2023-09-30").isOverdue)
        let late = assess(item(deadline: "September 2023", updates: [("2023-06-01", .inProgress)]), on: "2023-10-01")
        #expect(late.isOverdue)
        #expect(late.computedRAG == .red)
        #expect(assess(item(deadline: "September 2023"), on: "2023-10-01").isOverdue, "overdue with nothing reported too")
    }

    @Test func dueSoonWithinThirtyDays() {
        #expect(assess(item(deadline: "September 2023"), on: "2023-08-31").isDueSoon)
        #expect(!assess(item(deadline: "September 2023"), on: "2023-08-30").isDueSoon)
        #expect(assess(item(deadline: "September 2023", updates: [("2023-06-01", .inProgress)]), on: "2023-08-31").computedRAG == .amber)
    }

    @Test func notUpdatedRecentlyAfterTheStaleDays() {
        let open = item(deadline: "Ongoing", opened: "2025-01-01", updates: [("2025-03-01", .inProgress)])
        #expect(!assess(open, on: "2025-06-29").isStale)
        let stale = assess(open, on: "2025-06-30")
        #expect(stale.isStale)
        #expect(stale.daysSinceActivity == 121)
        #expect(stale.computedRAG == .amber)
        #expect(stale.nextDue == nil, "Ongoing has no due date")
    }

    @Test func aCompleteItemIsNeverOverdueAndIsGreen() {
        let done = assess(item(deadline: "May 2023", updates: [("2023-06-10", .complete)]), on: "2025-07-17")
        #expect(done.status == .reported(.complete))
        #expect(!done.isOverdue && !done.isStale)
        #expect(done.computedRAG == .green)
        #expect(done.deadlinePassedBeforeStatus == PassedDeadline(date: day("2023-05-31"), step: nil))
    }

    @Test func onlyUpdatesUpToTheDateCount() {
        let history = item(deadline: "Dec 2023", updates: [("2023-06-01", .inProgress), ("2024-01-15", .complete)])
        #expect(assess(history, on: "2023-12-01").status == .reported(.inProgress))
        #expect(assess(history, on: "2024-01-10").isOverdue)
        #expect(assess(history, on: "2024-01-15").status == .reported(.complete))
    }

    @Test func onHoldIsAmber() {
        #expect(assess(item(updates: [("2025-01-01", .onHold)]), on: "2025-02-01").computedRAG == .amber)
    }

    @Test func aManualRatingIsShownBesideTheComputedOneAndDisagreementIsFlagged() {
        let result = assess(item(deadline: "September 2023", updates: [("2023-06-01", .inProgress)], rag: .green), on: "2024-01-01")
        #expect(result.computedRAG == .red)
        #expect(result.manualRAG?.rating == .green)
        #expect(result.ragDisagrees)
    }

    @Test func milestonesGiveProgressAndTheEarliestOpenDueDate() {
        let steps = [
            Milestone(text: "One", deadline: deadline("June 2023"), completed: day("2023-06-20"), location: here),
            Milestone(text: "Two", deadline: deadline("September 2023"), location: here),
            Milestone(text: "Three", deadline: deadline("March 2024"), location: here),
        ]
        let result = assess(item(milestones: steps), on: "2023-10-05")
        #expect(result.progress?.done == 1)
        #expect(result.progress?.total == 3)
        #expect(result.nextDue == day("2023-09-30"))
        #expect(result.isOverdue)
        #expect(result.milestones.map(\.isOverdue) == [false, true, false])
        #expect(result.finalDue == day("2024-03-31"))
        #expect(result.nextDueIsAStep)
        #expect(!assess(item(deadline: "August 2023", milestones: steps), on: "2023-10-05").nextDueIsAStep, "its own deadline is the earliest")
    }

    /// A page said "10 April 2025 is after its deadline of 31 December 2024" of an action due on
    /// 31 March 2025: the date was a step's. Its own deadline is named when it had passed, else the step.
    @Test func theDeadlinePassedBeforeAnItemWasFinishedIsItsOwnOrNamesItsStep() {
        let steps = [Milestone(text: "Survey homes", deadline: deadline("December 2024"), location: here)]
        let early = assess(item(deadline: "March 2025", milestones: steps, updates: [("2025-02-10", .complete)]), on: "2025-06-01")
        #expect(early.deadlinePassedBeforeStatus == PassedDeadline(date: day("2024-12-31"), step: "Survey homes"))
        let late = assess(item(deadline: "March 2025", milestones: steps, updates: [("2025-04-10", .complete)]), on: "2025-06-01")
        #expect(late.deadlinePassedBeforeStatus == PassedDeadline(date: day("2025-03-31"), step: nil))
        let stepDone = [Milestone(text: "Survey homes", deadline: deadline("December 2024"), completed: day("2024-12-20"), location: here)]
        #expect(assess(item(deadline: "March 2025", milestones: stepDone, updates: [("2025-02-10", .complete)]), on: "2025-06-01").deadlinePassedBeforeStatus == nil)
    }

    @Test func aRevisedDeadlineCountsFromTheDayItWasRevised() {
        let revised = Deadline(
            text: "September 2023", reading: .due(day("2023-09-30"), rule: .endOfMonth),
            revisions: [DeadlineRevision(date: day("2023-09-01"), text: "March 2024", reading: .due(day("2024-03-31"), rule: .endOfMonth), reason: "x", location: here)],
            location: here)
        let action = TrackedItem(id: "a", title: "A", deadline: revised, opened: day("2023-04-26"), location: here)
        #expect(assess(action, on: "2023-10-01").nextDue == day("2024-03-31"))
        #expect(!assess(action, on: "2023-10-01").isOverdue)
    }

    @Test func aDeadlinePublishedAsCompleteMeansDoneWhenPublished() {
        let result = assess(item(deadline: "Complete - ongoing"), on: "2025-01-01")
        #expect(result.status == .reported(.completeAndOngoing))
        #expect(result.statusDate == day("2023-04-26"))
    }

    @Test func carryingIntoALaterPlanClosesTheItemFromThatDay() {
        let continuation = Continuation(id: "b", kind: .carriedOver, date: day("2024-11-15"))
        let before = assess(item(deadline: "December 2023"), on: "2024-11-14", carriedInto: [continuation])
        #expect(before.status == .notReported)
        #expect(before.isOverdue)
        let after = assess(item(deadline: "December 2023"), on: "2024-11-15", carriedInto: [continuation])
        #expect(after.status == .carried(.carriedOver))
        #expect(!after.isOverdue)
        #expect(after.computedRAG == nil)
        #expect(after.deadlinePassedBeforeStatus == PassedDeadline(date: day("2023-12-31"), step: nil))
    }

    @Test func aLaterUpdateOutranksACarry() {
        let continuation = Continuation(id: "b", kind: .merged, date: day("2024-11-15"))
        let result = assess(item(updates: [("2025-07-17", .complete)]), on: "2025-07-17", carriedInto: [continuation])
        #expect(result.status == .reported(.complete))
    }
}
