import Diagnostics
import Model
import Testing

func responseFiles(_ recommendations: [String: String], response: String? = nil) -> [String: String] {
    var files = [
        "responses/r1/response.md": response
            ?? "---\ntitle: Response to the inspection\nsubmitted: 2024-01-03\nreport:\n  title: An inspection\n  publisher: HM Inspectorate of Probation\n  published: 2023-12-14\n---\nIntroduction.\n"
    ]
    for (name, fields) in recommendations {
        files["responses/r1/\(name).md"] = "---\n\(fields)\n---\nThe response.\n"
    }
    return files
}

let agreedOne = "number: 1\naddressed_to: HMPPS\nrecommendation: Do the thing.\nagreement: agreed\nsteps:\n  - owner: Director\n    deadline: April 2024"

@Suite struct ResponseParsingTests {
    @Test func readsAResponseAndItsRecommendationsInNumberOrder() throws {
        let parsed = parse(responseFiles([
            "b": "number: 2\nrecommendation: Second.\nagreement: Partly agreed\nreason: Not affordable in full.\nsteps:\n  - owner: A\n    deadline: Ongoing\n  - owner: B\n    deadline: Complete - ongoing",
            "a": agreedOne,
        ]))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let response = try #require(parsed.content.responses.first)
        #expect(response.report.title == "An inspection")
        #expect(response.publisher == "HM Inspectorate of Probation")
        #expect(response.recommendations.map(\.number) == ["1", "2"])
        #expect(response.recommendations[0].id == "r1-1")
        #expect(response.recommendations[0].addressedTo == "HMPPS")
        #expect(response.recommendations[1].agreement == .partlyAgreed)
        #expect(response.recommendations[1].item.owners == ["A", "B"])
        #expect(response.recommendations[1].item.milestones.map { $0.deadline?.text } == ["Ongoing", "Complete - ongoing"])
        #expect(response.recommendations[0].item.opened == CivilDate(iso: "2024-01-03"))
    }

    @Test(arguments: ["partly-agreed", "not agreed"])
    func partlyOrNotAgreedWithoutAReasonIsAnError(agreement: String) {
        let parsed = parse(responseFiles(["a": "number: 1\nrecommendation: R.\nagreement: \(agreement)"]))
        let problem = parsed.diagnostic(containing: "needs a reason")
        #expect(problem?.location == SourceLocation(file: "Content/responses/r1/a.md", line: 4, column: 1))
        #expect(problem?.hint?.contains("reason:") == true)
    }

    /// "Agreed", with a reason saying what is not ("Only for projects over £1m"): in full, or in part?
    @Test func agreedWithAReasonIsAnError() {
        let parsed = parse(responseFiles(["a": "number: 1\nrecommendation: R.\nagreement: agreed\nreason: Only for projects over £1m."]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the recommendation is agreed, but a reason is given, which says why a recommendation is not agreed in full"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5)
    }

    /// "summary: Implemented." beside an update in progress: the page showed both.
    @Test func aSummaryThatSaysAnotherStatusThanTheLatestIsAnError() {
        let parsed = parse(responseFiles([
            "a": "number: 1\nrecommendation: R.\nagreement: agreed\nsummary: Implemented.\nupdates:\n  - date: 2024-02-01\n    status: in-progress"
        ]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the summary opens \"Implemented\", which says complete, but the latest status is in-progress"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5)
    }

    /// `response: Partially accepted` beside `agreement: agreed` was ignored with a warning: the
    /// page said agreed, whatever the other field said.
    @Test func anotherFieldForTheAgreementIsAnError() {
        let parsed = parse(responseFiles(["a": "number: 1\nrecommendation: R.\nagreement: agreed\nresponse: Partially accepted"]))
        #expect(parsed.diagnostics.errors.map(\.message) == ["\"response\" is not a field: the field for it is \"agreement\""])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5)
    }

    @Test func twoRecommendationsWithTheSameNumberAreAnError() {
        let parsed = parse(responseFiles(["a": agreedOne, "b": agreedOne]))
        let problem = parsed.diagnostic(containing: "two recommendations are numbered 1")
        #expect(problem?.location?.file == "Content/responses/r1/b.md")
    }

    @Test func aStepNeedsBothAnOwnerAndATargetDate() {
        let parsed = parse(responseFiles([
            "a": "number: 1\nrecommendation: R.\nagreement: agreed\nsteps:\n  - owner: Director\n  - deadline: May 2024"
        ]))
        #expect(parsed.diagnostic(containing: "step 1 has an owner but no target date")?.location?.line == 6)
        #expect(parsed.diagnostic(containing: "step 2 has a target date but no owner")?.location?.line == 7)
        // A step whose words give a day, with an owner and no target date: one problem, not two.
        let dated = parse(responseFiles([
            "a": "number: 1\nrecommendation: R.\nagreement: agreed\nsteps:\n  - text: Agree the rules by 30 November 2025\n    owner: Director"
        ]))
        #expect(dated.diagnostics.errors.map(\.message) == ["step 1 has an owner but no target date"])
    }

    @Test func anAgreementThatIsNotKnownIsAnErrorListingTheThreeAndTheWayToAddIt() {
        let parsed = parse(responseFiles(["a": "number: 1\nrecommendation: R.\nagreement: endorsed"]))
        let problem = parsed.diagnostic(containing: "is not a agreement Tally knows")
            ?? parsed.diagnostic(containing: "is not an agreement Tally knows")
        #expect(problem?.message == "\"endorsed\" is not an agreement Tally knows, for \"agreement\"")
        #expect(problem?.hint == "use one of: agreed, partly-agreed, not-agreed; or, if it is your organisation's word, map it to one of them in site.yaml: vocabulary: {endorsed: <agreement>}")
    }

    /// "Noted" as an agreement can mean any of the three; as a status it says something else
    /// (PlanParsingTests), and each is refused for what it says there.
    @Test func notedAsAnAgreementCanMeanAnyOfTheThree() {
        let parsed = parse(responseFiles(["a": "number: 1\nrecommendation: R.\nagreement: Noted"]))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "\"Noted\" can mean agreed, partly agreed or not agreed, so it is not read as any agreement"
        ])
    }

    @Test(arguments: [("Accepted", Agreement.agreed), ("Partially accepted", .partlyAgreed), ("Rejected", .notAgreed), ("Agreed in principle", .partlyAgreed)])
    func governmentWordsForAgreementAreRead(word: String, expected: Agreement) throws {
        let reason = expected == .agreed ? "" : "\nreason: Part of it costs too much."
        let parsed = parse(responseFiles(["a": "number: R1\nrecommendation: R.\nagreement: \(word)\(reason)"]))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.responses.first?.recommendations.first?.agreement == expected)
    }

    @Test func numbersMayBeTextAndAreSortedNaturally() throws {
        let parsed = parse(responseFiles([
            "a": "number: R10\nrecommendation: Ten.\nagreement: agreed", "b": "number: R2\nrecommendation: Two.\nagreement: agreed",
            "c": "number: 1a\nrecommendation: One a.\nagreement: agreed", "d": "number: 1b\nrecommendation: One b.\nagreement: agreed",
        ]))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.responses.first?.recommendations.map(\.number) == ["1a", "1b", "R2", "R10"])
    }

    @Test func aPrintedSummaryThatDisagreesWithTheRecommendationsIsAWarning() {
        let parsed = parse(responseFiles(
            ["a": agreedOne],
            response: "---\ntitle: R\nsubmitted: 2024-01-03\nreport:\n  title: I\nstated_summary:\n  agreed: 2\n---\n"))
        let problem = parsed.diagnostic(containing: "printed summary")
        #expect(problem?.severity == .warning)
        #expect(problem?.message == "the response's printed summary says 2 agreed, but 1 recommendation is")
    }

    /// A printed total the recommendations do not reach: one of them may be missing, and the
    /// computed counts would leave it out without a word.
    @Test func aPrintedTotalThatDisagreesWithTheRecommendationsIsAWarning() {
        let parsed = parse(responseFiles(
            ["a": agreedOne],
            response: "---\ntitle: R\nsubmitted: 2024-01-03\nreport:\n  title: I\nstated_summary:\n  agreed: 1\n  total: 2\n---\n"))
        let problem = parsed.diagnostic(containing: "printed summary")
        #expect(problem?.severity == .warning)
        #expect(problem?.message == "the response's printed summary says there are 2 recommendations, but 1 is given")
        let agreeing = parse(responseFiles(
            ["a": agreedOne],
            response: "---\ntitle: R\nsubmitted: 2024-01-03\nreport:\n  title: I\nstated_summary:\n  agreed: 1\n  total: 1\n---\n"))
        #expect(agreeing.diagnostic(containing: "printed summary") == nil)
    }

    @Test func aStepCanBeMarkedDoneInTheWordsTheSourceUsed() throws {
        let parsed = parse(responseFiles([
            "a": "number: 1\nrecommendation: R.\nagreement: agreed\nsteps:\n  - owner: O\n    deadline: May 2024\n    completed: April 2024"
        ]))
        let step = try #require(parsed.content.responses.first?.recommendations.first?.item.milestones.first)
        #expect(step.completed == CivilDate(iso: "2024-04-30"))
        #expect(step.completedText == "April 2024")
    }

    /// "By 31 March 2026, the service should..." agreed in full, with a step due in June: from
    /// April to June the recommendation showed on track, though the day it was agreed to be met by had passed.
    @Test func anOpenStepDueAfterTheDayTheRecommendationSetsIsAnErrorUnlessAgreedInPart() {
        let recommendation = "number: 1\nrecommendation: By 31 March 2026, the service should review its cover.\nagreement: agreed\nsteps:"
        let parsed = parse(responseFiles([
            "a": recommendation + "\n  - owner: O\n    deadline: March 2026\n  - owner: P\n    deadline: June 2026"
        ]))
        let problem = parsed.diagnostic(containing: "after the day the recommendation is to be met by")
        #expect(problem?.message.hasPrefix("the step is due \"June 2026\", after the day the recommendation is to be met by (31 March 2026)") == true)
        #expect(problem?.location?.line == 9)
        #expect(problem?.hint?.contains("partly-agreed") == true)
        #expect(parsed.diagnostics.errors.count == 1)

        let done = parse(responseFiles(["a": recommendation + "\n  - owner: P\n    deadline: June 2026\n    completed: 2026-06-20"]))
        #expect(done.diagnostics.errors.isEmpty, "a step done late is history, not a plan")
        let partly = parse(responseFiles([
            "a": "number: 1\nrecommendation: By 31 March 2026, the service should review its cover.\nagreement: partly-agreed\nreason: The review needs until June 2026.\nsteps:\n  - owner: P\n    deadline: June 2026"
        ]))
        #expect(partly.diagnostics.errors.isEmpty)
        let otherDate = parse(responseFiles([
            "a": "number: 1\nrecommendation: The 31 March 2026 report should be published.\nagreement: agreed\nsteps:\n  - owner: P\n    deadline: June 2026"
        ]))
        #expect(otherDate.diagnostics.errors.isEmpty)
    }

    /// The same recommendation with no step due on a day showed "In progress" after its day, and never overdue.
    @Test func aDayInTheRecommendationsWordsWithNoStepDueOnADayIsAnErrorUntilItIsReportedDone() {
        let words = "number: 1\nrecommendation: By 31 March 2026, the service should review its cover.\nagreement: agreed"
        let update = "\nupdates:\n  - date: 2026-04-10\n    status: "
        for fields in [words, words + "\nsteps:\n  - owner: O\n    deadline: Ongoing", words + update + "in-progress"] {
            let parsed = parse(responseFiles(["a": fields]))
            let problem = parsed.diagnostic(containing: "none of its steps is due on a day")
            #expect(problem?.message == "the recommendation is to be met by 31 March 2026, but none of its steps is due on a day, so it would never show as overdue")
            #expect(problem?.location?.line == 3)
        }
        #expect(parse(responseFiles(["a": words + update + "complete"])).diagnostics.errors.isEmpty)
        #expect(parse(responseFiles(["a": words + "\nstatus: complete"])).diagnostics.errors.isEmpty)
        #expect(parse(responseFiles(["a": words + "\nsteps:\n  - owner: O\n    deadline: March 2026"])).diagnostics.errors.isEmpty)
    }

    /// "Within six months of this report, the force should...": the day is counted, and
    /// `due:` gives it; the steps are then held to it as to a day the words give.
    @Test func wordsThatCountTheRecommendationsDayNeedDueAndItsStepsAreHeldToIt() {
        let words = "number: 1\nrecommendation: Within six months of this report, the force should review its policy.\nagreement: agreed"
        let step = "\nsteps:\n  - owner: O\n    deadline: June 2026"
        let counted = parse(responseFiles(["a": words + step]))
        #expect(counted.diagnostics.errors.map(\.message) == [
            "the recommendation's words count its day (\"Within six months\"), which Tally does not work out, so its steps cannot be held to it"
        ])
        #expect(counted.diagnostics.errors.first?.hint?.contains("due:") == true)
        let late = parse(responseFiles(["a": words + "\ndue: 2026-02-20" + step]))
        #expect(late.diagnostic(containing: "after the day the recommendation is to be met by (20 February 2026)")?.location?.line == 8)
        #expect(parse(responseFiles(["a": words + "\ndue: 2026-07-20" + step])).diagnostics.errors.isEmpty)
        // A date in the words of something else: due: says which day counts, as for a plan action's title.
        let anotherEvent = "number: 1\nrecommendation: Since the review of 31 March 2025, the force should act.\nagreement: agreed"
        #expect(parse(responseFiles(["a": anotherEvent + step])).diagnostic(containing: "after the day")?.hint?.contains("due:") == true)
        #expect(parse(responseFiles(["a": anotherEvent + "\ndue: 2026-09-30" + step])).diagnostics.errors.isEmpty)
        #expect(parse(responseFiles(["a": "number: 1\nrecommendation: Within existing resources, the board should act.\nagreement: agreed" + step])).diagnostics.errors.isEmpty)
    }
}
