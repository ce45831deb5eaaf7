import Diagnostics
import Model
import Testing

let group = "---\ntitle: Challenge Group\nmembers: [HMPPS, UNGRIPP]\n---\nWhat the group is.\n"

func meeting(_ date: String, status: String = "agreed", extra: String = "", body: String = "") -> String {
    "---\ndate: \(date)\nstatus: \(status)\n\(extra)---\n\(body)"
}

@Suite struct MeetingParsingTests {
    @Test func extractsEveryActionWithItsOwnerSectionAndStableID() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/2025-06-03.md": meeting(
                "2025-06-03",
                extra: "present: [HMPPS]\nnext_meeting:\n  date: 2025-09-02\n  place: MS Teams\n",
                body: "## Data\n\nACTION: HMPPS to consider publishing data.\n\n## Panels\n\n- **ACTION:** HMPPS and the Parole Board to share the framework.\n"),
        ])
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let notes = try #require(parsed.content.meetings.first)
        #expect(notes.groupID == "cg", "the only group is the default")
        #expect(notes.nextMeeting == NextMeeting(date: CivilDate(iso: "2025-09-02"), place: "MS Teams"))
        #expect(notes.actions.map(\.id) == ["2025-06-03-hmpps-consider-publishing-data", "2025-06-03-hmpps-parole-board-share"])
        #expect(notes.actions.map(\.item.owners) == [["HMPPS"], ["HMPPS and the Parole Board"]])
        #expect(notes.actions.map(\.section) == [["Data"], ["Panels"]])
        #expect(notes.actions[0].item.title == "HMPPS to consider publishing data.")
        #expect(notes.actions[0].item.opened == CivilDate(iso: "2025-06-03"))
        #expect(notes.actions[1].item.location.line == 15)
    }

    /// `published: false` was ignored with a warning, and the agreed notes published.
    @Test func notesHeldBackAsAnotherToolDoesIsAnError() {
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", extra: "published: false\n", body: "Notes.\n")])
        #expect(parsed.diagnostics.errors.map(\.message) == ["\"published\" is not a field: Tally does not read it, so it cannot keep these notes off the site"])
        #expect(parsed.diagnostics.errors.first?.hint == "notes are published once status: agreed; write status: draft to leave them out until then")
    }

    /// It was ignored with a warning, and the action log showed the action open.
    @Test func anActionSaidDoneInTheNotesThatRaisedItIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03", extra: "actions:\n  - id: A1\n    status: complete\n",
                body: "ACTION [A1]: The Clerk to circulate the terms of reference.\n"),
        ])
        let problem = parsed.diagnostic(containing: "\"status\" is not a field in action 1")
        #expect(problem?.severity == .error)
        #expect(problem?.message == "\"status\" is not a field in action 1: how an action stands is recorded by the meetings that follow it up")
        #expect(problem?.hint?.contains("follow_ups: [{action: 2025-06-03-A1, status: complete}]") == true, "\(problem?.hint ?? "")")
    }

    /// Fields a follow-up does not read, each ignored with a warning before: a new deadline (the
    /// log held the action to the one it was raised with), and a day of its own (the work was
    /// shown as done on the day of the meeting that heard it).
    @Test(arguments: [
        ("revised_deadline: December 2025", "a meeting action's deadline is not changed by a follow-up", "revise it in the notes that raised it: actions: [{id: ..., deadline: {text: ..., revised: [{date: 2025-09-02, deadline: ..."),
        ("date: 2025-08-01", "a follow-up gives how the action stood at this meeting, and is dated with it", "give the day the work was done in the note"),
        ("completed_on: 2025-08-01", "a follow-up gives how the action stood at this meeting, and is dated with it", "give the day the work was done in the note"),
    ])
    func aFieldAFollowUpDoesNotReadIsAnError(field: String, reason: String, hint: String) {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION [A1]: The Clerk to circulate the terms of reference.\n"),
            "meetings/b.md": meeting("2025-09-02", extra: "follow_ups:\n  - action: 2025-06-03-A1\n    status: complete\n    \(field)\n"),
        ])
        let name = String(field.prefix { $0 != ":" })
        let problem = parsed.diagnostic(containing: "\"\(name)\" is not a field in follow-up 1")
        #expect(problem?.severity == .error)
        #expect(problem?.message == "\"\(name)\" is not a field in follow-up 1: \(reason)")
        #expect(problem?.hint?.hasPrefix(hint) == true, "\(problem?.hint ?? "")")
        #expect(problem?.location?.line == 7)
    }

    @Test func anActionWithNoOwnerIsAWarningAndAnOwnerCanBeGiven() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03", extra: "actions:\n  - number: 2\n    owners: [Parole Board]\n",
                body: "ACTION: Consider the data.\n\nACTION: The board will look again.\n"),
        ])
        let warning = parsed.diagnostic(containing: "names no owner")
        #expect(warning?.severity == .warning)
        #expect(warning?.location == SourceLocation(file: "Content/meetings/a.md", line: 8, column: 1))
        #expect(parsed.content.meetings.first?.actions.map(\.item.owners) == [[], ["Parole Board"]])
    }

    /// Which day was the meeting, the file's name or its date? Built without an error, the notes
    /// were published under the date, and a next meeting before the meeting was shown as to come.
    @Test func notesWhoseDatesDisagreeAreAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/2025-06-03.md": meeting("2025-06-04", extra: "next_meeting:\n  date: 2024-09-02\n"),
            "meetings/2025-09-02-board.md": meeting("2025-09-02", extra: "slug: board\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes are dated 2025-06-04, but the file is named for 2025-06-03",
            "the next meeting is dated 2024-09-02, before this meeting (2025-06-04)",
        ])
        #expect(parsed.diagnostics.errors.map { $0.location?.line } == [2, 5])
        #expect(parsed.diagnostic(containing: "file is named")?.hint?.contains("meetings/2025-06-04.md") == true)
    }

    @Test func twoMeetingsOnTheSameDateNeedASlug() {
        let clash = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03"), "meetings/b.md": meeting("2025-06-03")])
        let problem = clash.diagnostic(containing: "two meetings are dated 3 June 2025")
        #expect(problem?.location?.file == "Content/meetings/b.md")
        #expect(problem?.hint?.contains("slug:") == true)
        let fine = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03"), "meetings/b.md": meeting("2025-06-03", extra: "slug: board\n")])
        #expect(fine.diagnostics.isEmpty)
        #expect(fine.content.meetings.map(\.id) == ["2025-06-03", "2025-06-03-board"])
    }

    /// Two meetings of one day reporting an action differently: the status shown was whichever was read last.
    @Test func twoStatusesForAnActionOnOneDayAreAnError() {
        let followUp = { (status: String) in "follow_ups:\n  - action: 2025-06-03-hmpps-publish-data\n    status: \(status)\n" }
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting("2025-09-02", extra: followUp("in-progress")),
            "meetings/c.md": meeting("2025-09-02", extra: "slug: board\n" + followUp("complete")),
            "meetings/d.md": meeting("2025-09-03", extra: followUp("complete")),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "two meetings on 2 September 2025 give \"2025-06-03-hmpps-publish-data\" different statuses (in-progress in Content/meetings/b.md, complete here)"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.file == "Content/meetings/c.md")
        let twice = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting(
                "2025-09-02",
                extra: "follow_ups:\n  - action: 2025-06-03-hmpps-publish-data\n    status: complete\n  - action: 2025-06-03-hmpps-publish-data\n    status: in-progress\n"),
        ])
        #expect(twice.diagnostics.errors.map(\.message) == [
            "the follow-ups give \"2025-06-03-hmpps-publish-data\" two statuses (complete on line 5, in-progress here)"
        ])
    }

    /// "ACTION (N/A): ..." was logged with an owner called "N/A".
    @Test func anActionWhoseOwnerSaysThereIsNoneIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03", extra: "actions:\n  - {number: 3, owners: [None]}\n",
                body: "ACTION (N/A): Write to the Minister.\n\nACTION: Nobody to chase the report.\n\nACTION: Publish the data.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "\"None\" is given as an owner, but it says there is none",
            "\"N/A\" is given as the action's owner, but it says there is none",
            "\"Nobody\" is given as the action's owner, but it says there is none",
        ])
    }

    /// "DRAFT minutes, subject to approval" published as agreed notes, their follow-ups counted.
    @Test func notesThatSayTheyAreADraftButAreAgreedAreAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "# DRAFT minutes of the panel, subject to approval\n\nThe panel met.\n"),
            "meetings/b.md": meeting("2025-07-03", extra: "title: Unconfirmed notes of the July meeting\n"),
            "meetings/c.md": meeting("2025-08-03", body: "## Draft minutes of 3 July\n\nThe draft minutes were agreed.\n"),
            "meetings/e.md": meeting("2025-10-03", body: "# Draft minutes of the last meeting\n\nAgreed.\n\nACTION (Clerk): Circulate the draft minutes.\n"),
            "meetings/d.md": meeting("2025-09-03", status: "draft", body: "# Draft minutes\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes say \"draft\", but their status: is agreed", "the notes say \"unconfirmed\", but their status: is agreed",
        ])
    }

    /// Agreed on 4 November 2025 and due 31 March 2025: overdue the day it was raised.
    @Test func anActionDueBeforeTheMeetingThatAgreedItIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-11-04", extra: "actions:\n  - number: 1\n    deadline: 31 March 2025\n  - number: 2\n    deadline: 4 November 2025\n",
                body: "ACTION: The Clerk to write to the Minister.\n\nACTION: The Chair to sign the letter.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == ["the action's deadline, 31 March 2025, is before the meeting that agreed it (4 November 2025)"])
        #expect(parsed.diagnostics.errors.first?.location?.line == 6)
    }

    /// "Date of next meeting: 14 November 2025" in notes whose next_meeting: is 12 November: the
    /// page gave both, and deadlines "to the next meeting" were held to the field's day.
    @Test func wordsThatGiveTheNextMeetingAnotherDayThanItsFieldAreAnError() {
        let next = "next_meeting:\n  date: 2025-11-12\n"
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-09-02", extra: next,
                body: "The panel met.\n\nDate of next meeting: 14 November 2025.\n\n## Next meeting\n\nThursday 19 November, 6pm.\n"),
            "meetings/b.md": meeting(
                "2025-09-09", extra: next,
                body: "The next meeting will be held on Wednesday 12 November.\n\nItems for the next meeting should reach the Clerk by 30 October.\n\nThe report on the 3 March incident will go to the next meeting.\n"),
            "meetings/c.md": meeting(
                "2025-09-16", extra: next,
                body: "Y cyfarfod nesaf fydd ar ddydd Iau 20 Tachwedd.\n\nDyddiad y cyfarfod nesaf: 12 Tachwedd 2025.\n"),
            // A committee's own wordings, and another body's next meeting left alone.
            "meetings/d.md": meeting(
                "2025-09-23", extra: next,
                body: "The Committee noted that its next meeting would be held on 21 November 2025.\n\nNext meeting 22/11/2025\n\nThe next meeting of the Committee is scheduled for 23 November 2025.\n\nDONM: 24 November 2025\n\nThe next meeting of the Audit Committee is scheduled for 3 March 2026.\n\nThe next meeting of the working group on 3 March was cancelled.\n"),
            // The field's day, on another day of the week: 12 November 2025 is a Wednesday.
            "meetings/e.md": meeting("2025-09-30", extra: next, body: "The next meeting will be held on Thursday 12 November.\n"),
            // A day of the week alone; not a day named for something else.
            "meetings/f.md": meeting(
                "2025-10-07", extra: next,
                body: "The next meeting will be held on Thursday at 7pm.\n\nThe next meeting will consider Thursday's report.\n\nThe next meeting will be on Wednesday at 6pm.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes say the next meeting is on 14 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on 19 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on 20 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on 21 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on 22 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on 23 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on 24 November 2025, but their next_meeting: date is 12 November 2025",
            "the notes say the next meeting is on a Thursday, but 12 November 2025, their next_meeting: date, is a Wednesday",
            "the notes say the next meeting is on a Thursday, but 12 November 2025, their next_meeting: date, is a Wednesday",
        ])
    }

    /// "Apologies: Cllr R. Ahmed" in notes whose present: lists Cllr R. Ahmed (Chair): the page's
    /// attendance said one thing and the notes another.
    @Test func attendanceInTheWordsThatDisagreesWithTheFrontMatterIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-09-02", extra: "present: [Cllr R. Ahmed (Chair), Ms J. Okafor]\napologies: [Mr P. Lewis]\n",
                body: "Apologies: Cllr R. Ahmed.\n\n## Present\n\n- Ms J. Okafor\n- Mr P. Lewis\n\nCllr R. Ahmed apologised for the late papers.\n"),
            "meetings/b.md": meeting(
                "2025-09-09", extra: "present: [Ms J. Okafor]\napologies: [Mr P. Lewis]\n", body: "Apologies were received from Mr P. Lewis.\n"),
            // A committee's other wordings: the name first, "In attendance", "Members present".
            "meetings/c.md": meeting(
                "2025-09-16", extra: "present: [Cllr T. Hughes, Cllr A. Patel]\napologies: [Cllr D. Reid]\n",
                body: "Cllr T. Hughes has sent his apologies.\n\nIn attendance: Cllr D. Reid.\n\nCllr A. Patel sent the papers.\n"),
            // Absent, and present as "Attendees"; a word that only starts as a label is not one.
            "meetings/d.md": meeting(
                "2025-09-23", extra: "present: [Cllr T. Hughes, Cllr A. Patel]\napologies: [Cllr D. Reid]\n",
                body: "Absent: Cllr T. Hughes.\n\nAttendees: Cllr A. Patel, Cllr D. Reid.\n\nAbsenteeism was raised by Cllr A. Patel.\n\n## Presentation\n\n- Cllr D. Reid\n\nCllr D. Reid joined the meeting at 6.40pm.\n\nCllr D. Reid joined the cabinet in 2024.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes record apologies from Cllr R. Ahmed (Chair), but the front matter lists them as present",
            "the notes list Mr P. Lewis as present, but the front matter lists them as sending apologies",
            "the notes record apologies from Cllr T. Hughes, but the front matter lists them as present",
            "the notes list Cllr D. Reid as present, but the front matter lists them as sending apologies",
            "the notes record Cllr T. Hughes as absent, but the front matter lists them as present",
            "the notes list Cllr D. Reid as present, but the front matter lists them as sending apologies",
            "the notes record Cllr D. Reid joining or leaving the meeting, but the front matter lists them as sending apologies",
        ])
    }

    /// "Officers present:", "Cllr T. Hughes was unable to attend", in Welsh "Hefyd yn bresennol:"
    /// and "Cyflwynodd ... ymddiheuriadau": each was published beside front matter that said the
    /// opposite. Away for a part of the meeting, or from another event, is left alone.
    @Test func attendanceInAnOrganisationsOwnLabelsAndSentencesThatDisagreesIsAnError() {
        let attendance = "present: [Cllr T. Hughes, Cllr A. Patel]\napologies: [Cllr D. Reid]\n"
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-09-02", extra: attendance,
                body: "Officers present: Cllr D. Reid.\n\nCllr T. Hughes was unable to attend due to illness.\n\nCllr A. Patel apologised for her absence.\n"),
            "meetings/b.md": meeting(
                "2025-09-09", extra: attendance,
                body: "Hefyd yn bresennol: Cllr D. Reid.\n\nCyflwynodd Cllr T. Hughes ymddiheuriadau.\n\nDdim yn bresennol: Cllr A. Patel.\n"),
            "meetings/c.md": meeting(
                "2025-09-16", extra: attendance,
                body: "Cllr T. Hughes was absent from the vote on item 6.\n\nCllr A. Patel did not attend the site visit.\n\nCllr A. Patel apologised for the late papers.\n\nAttendance: Cllr D. Reid (apologies).\n\nNot present: Cllr D. Reid.\n\nItems presented: Cllr D. Reid's report.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes list Cllr D. Reid as present, but the front matter lists them as sending apologies",
            "the notes record Cllr T. Hughes as absent, but the front matter lists them as present",
            "the notes record apologies from Cllr A. Patel, but the front matter lists them as present",
            "the notes list Cllr D. Reid as present, but the front matter lists them as sending apologies",
            "the notes record apologies from Cllr T. Hughes, but the front matter lists them as present",
            "the notes record Cllr A. Patel as absent, but the front matter lists them as present",
        ])
    }

    /// "# Minutes of the Audit Committee" filed under the challenge group: the page and the
    /// action log gave the meeting, and its actions, to the wrong group.
    @Test func notesThatNameAnotherGroupThanTheirOwnAreAnError() {
        let audit = "---\ntitle: Audit Committee\n---\nThe committee.\n"
        let parsed = parse([
            "groups/cg.md": group, "groups/audit.md": audit,
            "meetings/a.md": meeting("2025-09-02", extra: "group: cg\n", body: "# Minutes of the Audit Committee, 2 September 2025\n\nText.\n"),
            "meetings/b.md": meeting("2025-09-09", extra: "group: cg\n", body: "# Challenge Group\n\n## Matters arising from the Audit Committee\n\nText.\n"),
            "meetings/c.md": meeting("2025-09-16", extra: "group: cg\n", body: "# Joint meeting of the Audit Committee and the Challenge Group\n\nText.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes name Audit Committee, but they are filed under the group Challenge Group"
        ])
    }

    /// `deadline: Done` under actions: published the action as finished the day it was raised.
    @Test func anActionWhoseDeadlineSaysItWasDoneIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-11-04", extra: "actions:\n  - number: 1\n    deadline: Done\n  - number: 2\n    deadline: TBC\n",
                body: "ACTION: The Clerk to write to the Minister.\n\nACTION: The Chair to sign the letter.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's deadline, \"Done\", says it was finished, but an action agreed at a meeting starts open"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 6)
    }

    /// The page listed a member as present and as sending apologies: were they there?
    @Test func someoneBothPresentAndSendingApologiesIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03", extra: "present: [Councillor R. Ahmed (Chair), Ms P. Osei]\napologies: [Councillor R. Ahmed, Councillor T. Hart]\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == ["Councillor R. Ahmed is listed both as present and as sending apologies"])
        #expect(parsed.diagnostics.errors.first?.location?.line == 5)
    }

    /// A follow-up's note that says the action is done while its status says it is not.
    @Test func aFollowUpWhoseNoteOpensWithAnotherStatusIsAnError() {
        let followUp = { (status: String, note: String) in
            "follow_ups:\n  - action: 2025-06-03-hmpps-publish-data\n    status: \(status)\n    note: \(note)\n"
        }
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting("2025-09-02", extra: followUp("carried-forward", "Not started; the data team is recruiting.")),
            "meetings/c.md": meeting("2025-12-02", extra: followUp("in-progress", "Done.")),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the note opens \"Done\", which says complete, but the status given with it is in-progress"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.file == "Content/meetings/c.md")
    }

    /// Minutes often name who acts after the discussion ("Action: Clerk"), or say there is none:
    /// tracked, each was an open action called "Clerk" or "None" that could never be done.
    @Test func anActionWhoseWordsNameNoWorkIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03",
                body: "The board agreed to write to the Minister.\n\nAction: Clerk\n\nAction: Chair and Clerk\n\nAction: None\n\nAction: Circulate minutes\n\nACTION (Finance): Cost the grants.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action names who acts (\"Clerk\") but not what is to be done",
            "the action names who acts (\"Chair and Clerk\") but not what is to be done",
            "the action says there is no action",
        ])
        #expect(parsed.diagnostics.errors.map { $0.location?.line } == [7, 9, 11])
        #expect(parsed.diagnostics.errors.first?.hint?.contains("ACTION (Clerk): Write to the Minister") == true)
    }

    /// "By 31 March 2026" in the words and no deadline: the log showed it open and never overdue.
    @Test func anActionWhoseWordsGiveADateNeedsADeadline() throws {
        let body = "ACTION: The Clerk to write to the Minister by 31 March 2026.\n\nACTION: Finance to review the 2025 strategy.\n"
        let missing = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(missing.diagnostics.errors.map(\.message) == [
            "the action's words give a date (31 March 2026), but the action has no deadline, so it would never show as overdue"
        ])
        #expect(missing.diagnostics.errors.first?.hint == "give its deadline in the front matter: actions: [{number: 1, deadline: 31 March 2026}] (or Ongoing, or TBC)")
        let given = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", extra: "actions: [{number: 1, deadline: 31 March 2026}]\n", body: body),
        ])
        #expect(given.diagnostics.errors.isEmpty, "\(given.diagnostics.items)")
        #expect(try #require(given.content.meetings.first).actions.first?.item.deadline?.reading.dueDate == CivilDate(iso: "2026-03-31"))
    }

    /// "By Friday", "within two weeks", "before the next meeting": a deadline counted from the
    /// meeting, which Tally does not read; with no deadline given the action was never overdue.
    @Test func anActionWhoseWordsGiveADeadlineFromTheMeetingNeedsADeadline() throws {
        let body = """
            ACTION: The Clerk to circulate the minutes by Friday.

            ACTION: The Treasurer to report back within two weeks.

            ACTION: The Chair to write to the Minister before the next meeting.

            ACTION: Estates to report by the end of the month.

            ACTION: The Clerk to confirm the date of the next meeting.

            ACTION: The Clerk to book rooms for Friday events.

            ACTION: Estates to reply within 10 days of the meeting.

            ACTION: Housing to offer visits within 28 days of a request.

            """
        let missing = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", extra: "next_meeting:\n  date: 2025-09-02\n", body: body),
        ])
        #expect(missing.diagnostics.errors.map(\.message) == [
            "the action's words give it a deadline (\"by Friday\") but the action has no deadline, so it would never show as overdue",
            "the action's words give it a deadline (\"within two weeks\") but the action has no deadline, so it would never show as overdue",
            "the action's words give it a deadline (\"before the next meeting\") but the action has no deadline, so it would never show as overdue",
            "the action's words give it a deadline (\"by the end of the month\") but the action has no deadline, so it would never show as overdue",
            "the action's words give it a deadline (\"within 10 days\") but the action has no deadline, so it would never show as overdue",
        ])
        #expect(missing.diagnostics.errors[2].hint == "give its deadline in the front matter: actions: [{number: 3, deadline: 2 September 2025}] (or Ongoing, or TBC)")
        #expect(missing.diagnostics.errors[0].hint == "give its deadline in the front matter: actions: [{number: 1, deadline: YYYY-MM-DD}] (or Ongoing, or TBC)")
        let given = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03",
                extra: "actions:\n  - {number: 1, deadline: 6 June 2025}\n  - {number: 2, deadline: 17 June 2025}\n  - {number: 3, deadline: 2 September 2025}\n  - {number: 4, deadline: 30 June 2025}\n  - {number: 7, deadline: 13 June 2025}\n",
                body: body),
        ])
        #expect(given.diagnostics.errors.isEmpty, "\(given.diagnostics.items)")
    }

    /// "Within six weeks of the report" counts from the report as "within 10 days of the meeting"
    /// does from the meeting; "of a request" is a standard, not a deadline.
    @Test func anActionCountedFromAReportNeedsADeadline() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03", body: "ACTION: Estates to reply within six weeks of the report.\n\nACTION: Housing to reply within 28 days of a request.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words give it a deadline (\"within six weeks\") but the action has no deadline, so it would never show as overdue"
        ])
    }

    /// A date without its year ("by 31/03", "by mid-December", "by Christmas"), a meeting named
    /// by its month or its body ("to the January meeting", "at the next panel"), and spans said
    /// other ways ("in 2 weeks", "within the next 2 weeks", "by close of play Friday"): each
    /// action was logged open and never overdue.
    @Test func anActionWhoseWordsGiveADateWithoutItsYearOrAnotherCountedDeadlineNeedsADeadline() {
        let refused = [
            "by 31/03", "by mid-December", "by the 15th", "by the end of Q3", "by end of year", "by Christmas",
            "in the new year", "to the January meeting", "by the March 2026 meeting", "at the next panel", "in 2 weeks",
            "within the next 2 weeks", "by close of play Friday", "before the start of term", "by w/c 12 Jan", "by early 2026",
            "on the 16th", "by EOM", "by close of business", "by the AGM", "by week commencing 12 January", "to the next Council",
            // "Before", said other ways; the next meeting, too
            "prior to 1 October 2026", "ahead of October", "in advance of the meeting", "in time for Christmas", "for next time",
            "for the next agenda", "by the following meeting", "to the next-but-one meeting", "to December\u{2019}s meeting",
            "for the autumn meeting", "by the end of the financial year",
            // A meeting named by its kind or its body's name, a shorthand, "this side of"
            "by COP", "by the next ordinary meeting", "by the extraordinary meeting", "by the next CCG meeting",
            "to the panel\u{2019}s next meeting", "this side of Christmas",
            // A span's end, the weekend, the new year, the next event of its own, the meeting after next
            "by month end", "before quarter end", "by the weekend", "until the new year", "by the new financial year",
            "by the start of the financial year", "by the following week", "by the next budget round", "before the next newsletter",
            "by the meeting after next", "no later than the AGM",
            // The end of a year of its kind, or said another way
            "by the end of the calendar year", "by the end of the current year", "by the end of the municipal year",
            "by the end of the academic year", "by the close of the year", "by calendar year end", "by the year\u{2019}s end",
            "before the year is out", "by the end of the season",
            // A university's or a college's year and its events
            "by the start of the academic year", "by the end of semester 1", "before the next academic year", "before Freshers\u{2019} week",
            "by reading week", "in time for Clearing", "before results day", "before enrolment", "ahead of graduation",
            // A month of the financial year by its number, a half, the next report of its own
            "by month 6", "by M6", "by the close of Q3", "by the end of H1", "in the next IPR", "in the next board papers",
            // A body named in several words
            "to the next Joint Audit Committee", "by the next Police and Crime Panel", "for the next Chief Officer Group",
            "to the next Fire Authority", "to the December Authority",
            // The next report or review of its own, "at", "to" or "for" it as "in" it; within the month; bonfire night
            "at the next quarterly review", "in the next quarterly performance report", "to the next newsletter",
            "for the next budget cycle", "within the month", "before bonfire night", "by Halloween",
            // A school's governors, data and terms
            "to the next FGB", "by the next census", "by the next data drop", "by the next INSET day", "by the end of Trinity",
            "by Michaelmas", "before mocks", "in the new academic year", "within 20 working days", "within four school weeks",
            // Any time of year a deadline may name, the same list: "before purdah", "by the festive period"
            "before purdah", "by the festive period",
            // Hours, a foundation trust's council of governors, a quarterly performance review
            "within 48 hours", "to the next CoG", "at the next QPR",
            // A committee by its initials joined with "&"
            "to the next O&S", "to the March F&A", "by the next A&G",
        ]
        let body = refused.map { "ACTION (Clerk): Report \($0).\n\n" }.joined()
            + """
            ACTION (Clerk): Review the 2025 data by 31 March 2026.

            ACTION (Clerk): Arrange the by-election.

            ACTION (Clerk): Cut waits by 10 days.

            ACTION (Clerk): Cut stops by 12 per cent.

            ACTION (Clerk): Report on the March figures.

            ACTION (Clerk): Train staff in 2 days of workshops.

            ACTION (Clerk): Send the report to be reviewed by the board.

            ACTION (Clerk): Report on Friday's incident.

            ACTION (Clerk): Report on the 2nd floor refurbishment.

            ACTION (Clerk): Publish the figures prior to publication of the plan.

            ACTION (Clerk): Report whether the work is ahead of schedule.

            ACTION (Clerk): Send the papers in advance of the consultation.

            ACTION (Clerk): Refer the motion to the full council.

            ACTION (Clerk): Write to the panel's members.

            ACTION (Clerk): Ask for a report by the next available officer.

            ACTION (Clerk): Book the weekend team.

            ACTION (Clerk): Split the figures by enrolment.

            ACTION (Clerk): Present the M6 position.

            ACTION (Clerk): Check the M25 junction works.

            ACTION (Clerk): Include the figures in the next phase.

            ACTION (Clerk): Compare the figures within the month of March.

            ACTION (Clerk): Send the figures to the next level of review.

            ACTION (Clerk): Answer complaints within 20 working days of a complaint.

            ACTION (Clerk): Split the results by SATs.

            ACTION (Clerk): Report to the R&D team on the M&E budget.

            """
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        // Two years in the words: the reading of deadlines refuses them whole, and the phrase
        // "by 31 March 2026" alone gives the day.
        #expect(parsed.diagnostics.errors.map(\.message) == refused.map {
            "the action's words give it a deadline (\"\($0)\") but the action has no deadline, so it would never show as overdue"
        } + ["the action's words give a date (31 March 2026), but the action has no deadline, so it would never show as overdue"])
    }

    /// "In January", "next month", "mid-January", "by 2026", "at next meeting": the action was
    /// logged open and never overdue, beside words that say when. A time named may also be when
    /// something else happened ("the flooding in January"), so the message says "may", and the
    /// action's deadline (or TBC) settles it.
    @Test func anActionWhoseWordsNameATimeOrAYearNeedsADeadline() {
        let named = [
            "in January", "during March", "next month", "this quarter", "mid-January", "end of May", "in Q4", "in Q4 2025/26",
            "over the summer", "in 2026", "for 31 March", "end of the year", "end of the municipal year",
            "close of the month",
        ]
        let counted = ["by 2026", "by 2025/26", "by the end of 2026", "at next meeting", "Deadline: end of November", "Target date 30 Nov"]
        let body = named.map { "ACTION (Clerk): Report \($0).\n\n" }.joined() + counted.map { "ACTION (Clerk): Send the figures \($0).\n\n" }.joined()
            + """
            ACTION (Clerk): Publish this year's accounts.

            ACTION (Clerk): Send the end of year accounts to the auditors.

            ACTION (Clerk): Say that at the end of the day the choice is the panel's.

            ACTION (Clerk): Report on the March figures.

            ACTION (Clerk): Train staff in 2 days of workshops.

            CAM GWEITHREDU (Y Clerc): Adrodd ym mis Ionawr.

            CAM GWEITHREDU (Y Clerc): Adrodd y mis nesaf.

            """
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == named.map {
            "the action's words name a time (\"\($0)\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue"
        } + counted.map {
            "the action's words give it a deadline (\"\($0)\") but the action has no deadline, so it would never show as overdue"
        } + ["ym mis Ionawr", "mis nesaf"].map {
            "the action's words name a time (\"\($0)\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue"
        })
        let given = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", extra: "actions:\n  - {number: 1, deadline: TBC}\n", body: "ACTION (Clerk): Write to the residents flooded in January.\n"),
        ])
        #expect(given.diagnostics.errors.isEmpty, "\(given.diagnostics.items)")
    }

    /// Minutes restate earlier actions under "Matters arising" with how they stand: each became
    /// a second action, open for ever, and the first was never reported on.
    @Test func anActionRestatingAnEarlierOneOrSayingHowItStandsIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION [A1]: The Clerk to write to the Minister.\n\nACTION (Treasurer): Cost the grants.\n"),
            "meetings/b.md": meeting(
                "2025-09-02",
                body: """
                    ## Matters arising

                    ACTION [A1]: The Clerk to write to the Minister. Complete.

                    ACTION (Treasurer): Cost the grants \u{2013} carried forward.

                    ACTION (Chair): Visit the depot (done).

                    ACTION (Clerk): Publish the report once the review is complete.

                    ACTION (Treasurer): Monitor the budget - ongoing.

                    CAM GWEITHREDU (Y Clerc): Ysgrifennu at y Gweinidog \u{2013} wedi\u{2019}i gwblhau.

                    ACTION (Chair): Meet the new auditors \u{2013} c/f.

                    ACTION (Chair): Meet the old auditors \u{2013} c/f from October.

                    ACTION (Clerk): Book the hall (done 3 March).

                    ACTION (Clerk): Finish the audit \u{2013} complete the return as agreed.

                    """),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "this action repeats 2025-06-03-a1, raised on 3 June 2025 (\"The Clerk to write to the Minister.\"), so it would be tracked twice",
            "this action repeats 2025-06-03-cost-grants, raised on 3 June 2025 (\"Cost the grants.\"), so it would be tracked twice",
            "the action's words end with how it stands (\"done\"), but an action raised at a meeting starts open",
            "the action's words end with how it stands (\"wedi i gwblhau\"), but an action raised at a meeting starts open",
            "the action's words end with how it stands (\"c/f\"), but an action raised at a meeting starts open",
            "the action's words end with how it stands (\"c/f\"), but an action raised at a meeting starts open",
            "the action's words end with how it stands (\"done\"), but an action raised at a meeting starts open",
        ])
        #expect(parsed.diagnostics.errors.map { $0.location?.line } == [7, 9, 11, 17, 19, 21, 23])
        #expect(parsed.diagnostics.errors[1].hint == "say what became of it in the front matter, follow_ups: [{action: 2025-06-03-cost-grants, status: carried-forward}], and take ACTION off this paragraph")
        let draft = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", status: "draft", body: "## Matters arising\n\nACTION: The Clerk to write to the Minister.\n"),
            "meetings/b.md": meeting("2025-09-02", body: "## Matters arising\n\nACTION: The Clerk to write to the Minister.\n"),
        ])
        #expect(draft.diagnostics.errors.isEmpty, "a draft's actions are not published: \(draft.diagnostics.items)")
        // Raised again at each meeting, as minutes do, is a new action each time; under "Matters
        // arising", with nothing said of how it stands, it restates the last.
        let again = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION (Clerk): Circulate the draft minutes.\n\nACTION [A2]: The Chair to visit the depot.\n"),
            "meetings/b.md": meeting("2025-09-02", body: "ACTION (Clerk): Circulate the draft minutes.\n\n## Actions from the last meeting\n\nACTION [A2]: The Chair to visit the depot.\n"),
        ])
        #expect(again.diagnostics.errors.map(\.message) == [
            "this action repeats 2025-06-03-a2, raised on 3 June 2025 (\"The Chair to visit the depot.\"), so it would be tracked twice"
        ])
    }

    /// "A1 – complete." under "Matters arising", with no follow-up: the notes said done, and the
    /// action log went on showing the action open, then overdue.
    @Test func notesThatSayAnEarlierActionIsFinishedNeedAFollowUp() throws {
        let first = meeting("2025-06-03", body: "ACTION [A1]: The Clerk to write to the Minister.\n\nACTION [A2]: The Chair to visit the depot.\n")
        let later = """
            ## Matters arising

            A1 \u{2013} complete.

            Action 2025-06-03-a2: closed.

            Q3 figures complete.

            ACTION [A3] (3 June): Complete.

            """
        let missing = parse(["groups/cg.md": group, "meetings/a.md": first, "meetings/b.md": meeting("2025-09-02", body: later)])
        #expect(missing.diagnostics.errors.map(\.message) == [
            "the action's words say only how it stands (\"complete\"), not what is to be done",
            "the notes name A1 with \"complete\", but no follow-up records what became of it (2025-06-03-a1, \"The Clerk to write to the Minister.\"), so the action log would still show it open",
            "the notes name 2025-06-03-a2 with \"closed\", but no follow-up records what became of it (2025-06-03-a2, \"The Chair to visit the depot.\"), so the action log would still show it open",
        ])
        // "Closed" is done or stopped: the hint does not choose.
        #expect(missing.diagnostics.errors[2].hint == "add to the front matter follow_ups: [{action: 2025-06-03-a2, status: complete (or dropped)}] (or the status it has)")
        #expect(missing.diagnostics.errors.map { $0.location?.line } == [13, 7, 9])
        let recorded = parse([
            "groups/cg.md": group, "meetings/a.md": first,
            "meetings/b.md": meeting(
                "2025-09-02", extra: "follow_ups:\n  - {action: 2025-06-03-a1, status: complete}\n  - {action: 2025-06-03-a2, status: complete}\n",
                body: "A1 \u{2013} complete.\n\nAction 2025-06-03-a2: done.\n"),
        ])
        #expect(recorded.diagnostics.errors.isEmpty, "\(recorded.diagnostics.items)")
        #expect(try #require(recorded.content.meetings.first).actions.map { $0.item.updates.last?.status } == [.complete, .complete])
    }

    /// "All actions from the previous meeting were completed", with one not followed up: the
    /// meeting's page said all were done, and the action log went on showing it open.
    @Test func notesThatSayAllEarlierActionsAreFinishedNeedEachFollowedUp() throws {
        let first = meeting("2025-06-03", body: "ACTION [A1]: The Clerk to write to the Minister.\n\nACTION [A2]: The Chair to visit the depot.\n")
        let said = """
            All actions from the previous meeting were completed.

            The actions from the last meeting were noted as complete.

            All actions are complete apart from A3.

            The panel agreed that all actions should be completed by March.

            """
        let one = "follow_ups:\n  - {action: 2025-06-03-a1, status: complete}\n"
        let missing = parse(["groups/cg.md": group, "meetings/a.md": first, "meetings/b.md": meeting("2025-09-02", extra: one, body: said)])
        #expect(missing.diagnostics.errors.map(\.message) == [
            "the notes say all the last meeting's actions are completed, but one is not recorded as finished in follow_ups (2025-06-03-a2, \"The Chair to visit the depot.\"), so the action log would still show it open",
            "the notes say all the last meeting's actions are complete, but one is not recorded as finished in follow_ups (2025-06-03-a2, \"The Chair to visit the depot.\"), so the action log would still show it open",
        ])
        #expect(missing.diagnostics.errors.first?.hint == "add each to the front matter, follow_ups: [{action: 2025-06-03-a2, status: complete}], or say which actions are done")
        let both = one + "  - {action: 2025-06-03-a2, status: dropped}\n"
        let recorded = parse(["groups/cg.md": group, "meetings/a.md": first, "meetings/b.md": meeting("2025-09-02", extra: both, body: said)])
        #expect(recorded.diagnostics.errors.isEmpty, "\(recorded.diagnostics.items)")
    }

    /// "The pool cars have all been replaced, so the action is complete" with no follow-up: the
    /// notes said one action was done, and the action log went on showing every one open. It
    /// was read as saying *all* the actions were complete.
    @Test func notesThatSayAnActionIsFinishedWithoutNamingItNeedAFollowUp() throws {
        let first = meeting("2025-06-03", body: "ACTION [A1]: The Clerk to write to the Minister.\n\nACTION [A2]: The Chair to visit the depot.\n")
        let said = """
            The letters have all been sent, so the action is complete.

            Action closed.

            The action plan is complete.

            The action will be complete once the Minister replies.

            The action is not complete.

            The Chair's action is complete.

            The panel noted that action had been completed on the auditors' recommendations.

            The action is complete for the first two depots; the rest follow in March.

            """
        let missing = parse(["groups/cg.md": group, "meetings/a.md": first, "meetings/b.md": meeting("2025-09-02", body: said)])
        #expect(missing.diagnostics.errors.map(\.message) == [
            "the notes say an action is complete without saying which, and no follow-up records one as finished, so the action log would still show it open",
            "the notes say an action is closed without saying which, and no follow-up records one as finished, so the action log would still show it open",
        ])
        #expect(missing.diagnostics.errors.first?.hint
            == "add the action meant to the front matter, follow_ups: [{action: <its id>, status: complete}] (one of the 2 still open: 2025-06-03-a1, \"The Clerk to write to the Minister.\")")
        let recorded = parse([
            "groups/cg.md": group, "meetings/a.md": first,
            "meetings/b.md": meeting("2025-09-02", extra: "follow_ups:\n  - {action: 2025-06-03-a1, status: complete}\n", body: said),
        ])
        #expect(recorded.diagnostics.errors.isEmpty, "\(recorded.diagnostics.items)")
    }

    /// "ACTION (31 March 2026): ..." published "31 March 2026" as the owner, and the action had no deadline.
    @Test func aDeadlineInTheBracketsWhereTheOwnerGoesIsAnError() throws {
        let refused = ["31 March 2026", "by March", "Clerk, by 31 March 2026", "Clerk - March 2026", "Ongoing", "TBC"]
        let owners = ["All", "March Town Council", "Theresa May", "Team 2", "Head of Q3 Programme"]
        let body = (refused + owners).enumerated().map { "ACTION [A\($0.offset + 1)] (\($0.element)): Publish the report.\n\n" }.joined()
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == refused.map {
            "the words in brackets after ACTION (\"\($0)\") give a deadline, where an action's owner is written"
        })
        #expect(try #require(parsed.content.meetings.first).actions.map(\.item.owners) == owners.map { [$0] })
    }

    /// "ACTION (A9): ..." published "A9" as the owner; "ACTION [Clerk]: ..." made "Clerk" the
    /// action's id and published no owner.
    @Test func aNumberWhereTheOwnerGoesOrAnOwnerWhereTheNumberGoesIsAnError() throws {
        let numbers = ["A9", "7", "AP3", "3.2", "12a"]
        let body = numbers.enumerated().map { "ACTION [X\($0.offset + 1)] (\($0.element)): Publish the report.\n\n" }.joined()
            + "ACTION [Clerk]: Publish the report.\n\nACTION [B] (Team 2): Publish the report.\n\nACTION [Review]: The Clerk to publish the report.\n"
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == numbers.map {
            "the words in brackets after ACTION (\"\($0)\") look like the action's number, where its owner is written"
        } + ["the words in square brackets after ACTION (\"Clerk\") are read as the action's short id, and the action names no owner"])
        #expect(parsed.diagnostics.errors.first?.hint == "write a number in square brackets and the owner in round ones: ACTION [A9] (Clerk): ...")
        // "ACTION – Clerk: circulate ...": the owner before a colon is not read, and the hint says how to write it.
        let colon = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: "ACTION \u{2013} Head of Estates: Circulate the plan.\n")])
        #expect(colon.diagnostics.warnings.first?.hint == "if Head of Estates is its owner, write it in brackets: ACTION (Head of Estates): Circulate the plan.")
        #expect(try #require(parsed.content.meetings.first).actions.map(\.item.owners) == [["Team 2"], ["The Clerk"]])
    }

    /// "Clerk to circulate the figures. Due: 30/04/26.", "... [30 April 2026]", "... — April":
    /// a time the words give that no reading of a deadline found. Each was logged open and never
    /// overdue.
    @Test func aLabelledDueDateADateNotReadAsADeadlineOrAMonthAfterADashNeedsADeadline() {
        let body = [
            "Clerk to circulate the figures. Due: 30/04/26.", "Clerk to circulate the figures [30 April 2026].",
            "Clerk to circulate the figures \u{2014} April.", "Clerk to circulate the figures. When: next meeting.",
            "Clerk to circulate the figures. Timescale: ASAP.", "Clerk to confirm the date: Tuesday or Wednesday.",
            "Clerk to circulate the figures (30 April).", "Clerk to report on the 30 April incident.",
        ].enumerated().map { "ACTION [A\($0.offset + 1)]: \($0.element)\n\n" }.joined()
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words give it a deadline (\"Due: 30/04/26\") but the action has no deadline, so it would never show as overdue",
            "the action's words name a time (\"30 April 2026\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue",
            "the action's words name a time (\"April\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue",
            "the action's words give it a deadline (\"When: next meeting\") but the action has no deadline, so it would never show as overdue",
            "the action's words give it a deadline (\"Timescale: ASAP\") but the action has no deadline, so it would never show as overdue",
            "the action's words name a time (\"30 April\") that may be when it is due, but the action has no deadline: if it is due then, it would never show as overdue",
        ])
    }

    /// "Provide the figures. Owner: Chief Constable." published no owner; "Chief Constable to provide
    /// the figures. Owner: Clerk." published one of the two; "CC to provide the figures; Clerk to
    /// circulate them." held CC to account for the Clerk's work.
    @Test func anOwnerTheWordsLabelIsReadAndTwoOwnersInOneActionAreAnError() throws {
        let body = "ACTION [A1]: Provide the figures. Owner: Chief Constable.\n\n"
            + "ACTION [A2]: Chief Constable to provide the figures. Owner: Clerk.\n\n"
            + "ACTION [A3]: CC to provide the figures; Clerk to circulate them.\n\n"
            + "ACTION [A4]: Chief Constable not to publish the figures until checked.\n\n"
            + "ACTION [A5]: Finance to cost the options, with the Chair to sign them off.\n\n"
            + "ACTION [A6]: Finance to cost the options, with support from the Clerk.\n\n"
            + "ACTION [A7]: Clerk to send the papers, Cllr Jones to present them.\n\n"
            // A list after the owner's verb, not a second owner.
            + "ACTION [A8]: Clerk to invite the Chief Executive, Director of Finance to attend.\n\n"
            + "ACTION [A9]: Clerk to write to the Regulator, the Ombudsman and the Auditor to ask for data.\n\n"
            + "ACTION [A10]: Clerk to write the letter, Chair to sign it.\n"
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words give its owner as Clerk (\"Owner: Clerk\"), but it is read as Chief Constable",
            "the action gives work to Clerk as well as to its owner, CC, but an action is tracked with one owner",
            "the action gives work to the Chair as well as to its owner, Finance, but an action is tracked with one owner",
            "the action gives work to Cllr Jones as well as to its owner, Clerk, but an action is tracked with one owner",
            "the action gives work to Chair as well as to its owner, Clerk, but an action is tracked with one owner",
        ])
        #expect(parsed.diagnostics.errors[1].hint == "write one action for each: ACTION: CC to ...; then ACTION: Clerk to ...")
        #expect(try #require(parsed.content.meetings.first).actions.map(\.item.owners) == [["Chief Constable"], ["Chief Constable"], ["CC"], ["Chief Constable"], ["Finance"], ["Finance"], ["Clerk"], ["Clerk"], ["Clerk"], ["Clerk"]])
    }

    /// "> ACTION: ..." quoted from earlier notes was tracked as raised again; "ACTION: ~~The
    /// Clerk~~ The Chair to ..." published "~~The Clerk~~ The Chair" as the owner.
    @Test func anActionInAQuotationOrWithStruckWordsIsAnError() throws {
        let body = "> ACTION [A1] (Clerk): Write to the Minister.\n\nACTION [A2]: ~~The Clerk~~ The Chair to write.\n\nACTION [A3] (~~Clerk~~ Chair): Circulate it.\n\nACTION [A4] (Clerk): Book the room.\n"
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "this action is in a quotation, so it may be one the meeting quoted rather than agreed",
            "this action has words struck through (~~...~~), which would be published as written, owner and all",
            "this action has words struck through (~~...~~), which would be published as written, owner and all",
        ])
        #expect(try #require(parsed.content.meetings.first).actions.map(\.item.owners) == [["Clerk"]])
    }

    /// A follow-up heard at a meeting of 2 September that says the work was done on 1 October.
    @Test func aFollowUpThatSaysTheWorkWasDoneAfterTheMeetingIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION [A1] (Clerk): Write to the Minister.\n"),
            "meetings/b.md": meeting(
                "2025-09-02", extra: "follow_ups:\n  - action: 2025-06-03-a1\n    status: complete\n    note: Completed on 1 October 2025.\n",
                body: "Text.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the note opens \"Completed on 1 October 2025\", a day after 2 September 2025, the day it reports on"
        ])
    }

    /// "Minutes of the meeting held on 5 November 2025" over notes dated 4 November: the page
    /// said both days.
    @Test func notesThatSayTheyAreOfAnotherDayAreAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-11-04", extra: "title: Panel meeting of 4 November 2025\n", body: "# Minutes of the meeting held on 5 November 2025\n\nText.\n"),
            "meetings/b.md": meeting("2025-12-02", extra: "title: Panel meeting, 9 December 2025\n", body: "Notes of the meeting held on Tuesday 2 December 2025.\n\nThe panel read the report of 12 October 2025.\n"),
            "meetings/c.md": meeting("2026-01-13", body: "The panel read the report of 12 October 2025.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes say the meeting was on 5 November 2025, but their date: is 4 November 2025",
            "the notes say the meeting was on 9 December 2025, but their date: is 2 December 2025",
        ])
        #expect(parsed.diagnostics.errors.map { $0.location?.file } == ["Content/meetings/a.md", "Content/meetings/b.md"])
    }

    /// "Held on Wednesday 5 November" over notes dated Tuesday 4 November 2025, and "Wednesday 4
    /// November 2025": with no year, or a day of the week the date is not, the page said both.
    /// The last meeting's minutes agreed, and another day of the year, are left alone.
    @Test func notesThatGiveAnotherDayWithoutItsYearOrAnotherDayOfTheWeekAreAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-11-04", body: "# Minutes of the meeting held on Wednesday 5 November\n\nText.\n"),
            "meetings/b.md": meeting("2025-11-11", body: "# Minutes of the meeting held on the 12th of November\n\nText.\n"),
            "meetings/c.md": meeting("2025-11-18", body: "# Minutes of the meeting held on Wednesday 18 November 2025\n\nText.\n"),
            "meetings/d.md": meeting("2025-11-25", body: "# Cofnodion y cyfarfod a gynhaliwyd ar ddydd Mercher 26 Tachwedd\n\nText.\n"),
            "meetings/e.md": meeting("2025-12-02", body: "The minutes of the meeting held on 18 November 2025 were agreed as a correct record.\n"),
            "meetings/f.md": meeting("2025-12-09", body: "# Minutes of the meeting to agree the 31 March budget\n\nText.\n"),
            "meetings/g.md": meeting("2025-12-16", body: "The meeting reviewed progress since 31 March.\n"),
            "meetings/h.md": meeting("2025-12-23", body: "# Minutes of the meeting held on Tuesday, December 23rd\n\nText.\n"),
            // A day of the week alone, after "held"; not a day's report.
            "meetings/i.md": meeting("2025-12-30", body: "# Minutes of the meeting held on Wednesday at 6pm\n\nText.\n"),
            "meetings/j.md": meeting("2026-01-06", body: "# Minutes of the meeting to discuss Wednesday's report\n\nText.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the notes say the meeting was on 5 November, but their date: is 4 November 2025",
            "the notes say the meeting was on 12 November, but their date: is 11 November 2025",
            "the notes say the meeting was on a Wednesday, but 18 November 2025, their date:, is a Tuesday",
            "the notes say the meeting was on 26 November, but their date: is 25 November 2025",
            "the notes say the meeting was on a Wednesday, but 30 December 2025, their date:, is a Tuesday",
        ])
    }

    /// The same in notes written in Welsh.
    @Test func anActionWhoseWelshWordsGiveADeadlineFromTheMeetingNeedsADeadline() {
        let body = """
            CAM GWEITHREDU: Y Clerc i anfon y cofnodion erbyn dydd Gwener.

            CAM GWEITHREDU: Y Trysorydd i adrodd yn ôl o fewn pythefnos.

            CAM GWEITHREDU: Y Cadeirydd i ysgrifennu at y Gweinidog cyn y cyfarfod nesaf.

            CAM GWEITHREDU: Y Clerc i gadarnhau dyddiad y cyfarfod nesaf.

            CAM GWEITHREDU: Swyddog y wasg i anfon yr adroddiad erbyn 31 Mawrth.

            CAM GWEITHREDU: Pennaeth cyllid i adrodd erbyn diwedd Medi.

            CAM GWEITHREDU: Y Cadeirydd i ymweld erbyn y 15fed.

            CAM GWEITHREDU: Y Clerc i gyhoeddi'r cynllun cyn y Nadolig.

            CAM GWEITHREDU: Y Trysorydd i gau'r cyfrifon cyn diwedd y flwyddyn.

            CAM GWEITHREDU: Y Clerc i drefnu'r ymweliad erbyn dydd Mawrth.

            """
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", extra: "next_meeting:\n  date: 2025-09-02\n", body: body)])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "erbyn dydd Gwener", "o fewn pythefnos", "cyn y cyfarfod nesaf", "erbyn 31 Mawrth", "erbyn diwedd Medi", "erbyn y 15fed",
            "cyn y Nadolig", "cyn diwedd y flwyddyn", "erbyn dydd Mawrth",
        ].map { "the action's words give it a deadline (\"\($0)\") but the action has no deadline, so it would never show as overdue" })
        #expect(parsed.diagnostics.errors[2].hint?.contains("deadline: 2 September 2025") == true, "the next meeting's date, as for the English")
    }

    /// The words and the front matter each said something of the action, and the front matter won in silence.
    @Test func anActionWhoseWordsAndFrontMatterDisagreeIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03",
                extra: "actions:\n  - number: 1\n    deadline: 30 June 2026\n  - number: 2\n    owners: [Head of Finance]\n  - number: 3\n    deadline: 20 March 2026\n  - number: 4\n    deadline: December 2025\n  - number: 5\n    deadline: {text: June 2026, due: 2026-06-30}\n",
                body: "ACTION: The Clerk to write to the Minister by 31 March 2026.\n\nACTION (Treasurer): Cost the grants.\n\nACTION: The Clerk to book a room by March 2026.\n\nACTION: The Clerk to book a hall by March 2026.\n\nACTION: The Clerk to answer the review expected by March 2026.\n"),
        ])
        // A day in the month the words name is theirs (a board's day in March); a day months before
        // is not. A due: says which day counts where the words' date is another event's.
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words give 31 March 2026, but its deadline under actions: is 30 June 2026",
            "the action names its owner as Treasurer, but actions: gives Head of Finance",
            "the action's words give 31 March 2026, but its deadline under actions: is 31 December 2025",
        ])
    }

    /// "By the next PCC accountability meeting" names another body's meeting, not the panel's
    /// own next one: its deadline may fall after the panel's next meeting.
    @Test func anotherBodysNextMeetingIsNotTheGroupsOwn() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03",
                extra: "next_meeting:\n  date: 2025-07-01\nactions:\n  - number: 1\n    deadline: 30 September 2025\n  - number: 2\n    deadline: 30 September 2025\n",
                body: "ACTION: The Clerk to report by the next PCC accountability meeting.\n\nACTION: The Clerk to report to the next meeting.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the action's words say \"to the next meeting\", the meeting of 1 July 2025, but its deadline under actions: is 30 September 2025"
        ])
    }

    /// Minutes written in Welsh mark actions in Welsh; they were passed over, and the action log
    /// said the meeting agreed none.
    @Test func actionsMarkedInWelshAreRead() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03",
                body: "CAM GWEITHREDU (Y Clerc): Ysgrifennu at y Gweinidog.\n\nGweithred (Cyfarwyddwr Cyllid): Costio'r grantiau.\n\nGweithredwyd y cynllun.\n\n## Camau gweithredu\n\n- (Y Cadeirydd) Trefnu cyfarfod.\n"),
        ])
        let actions = try #require(parsed.content.meetings.first).actions
        #expect(actions.map(\.text) == ["Ysgrifennu at y Gweinidog.", "Costio\u{2019}r grantiau.", "(Y Cadeirydd) Trefnu cyfarfod."])
        #expect(actions.prefix(2).map(\.item.owners) == [["Y Clerc"], ["Cyfarwyddwr Cyllid"]])
    }

    /// "ACTION—Chair to ..." (an em dash, no spaces) and an action written as a heading were both passed over.
    @Test func anActionAfterAnEmDashIsReadAndOneInAHeadingIsAnError() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03", body: "ACTION\u{2014}Chair to call the Minister.\n\nAction-oriented plans were discussed.\n\n## ACTION: Write to the Minister\n\nText.\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the heading \"ACTION: Write to the Minister\" is written as an action, but a heading is not tracked"
        ])
        #expect(try #require(parsed.content.meetings.first).actions.map(\.text) == ["Chair to call the Minister."])
    }

    /// CommonMark has no tables: a table of actions was a paragraph of bars, and no action was tracked.
    /// Only the header says so: a table of figures with a row named "Actions" is not one.
    @Test func aTableOfActionsIsAnErrorAtItsLine() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting(
                "2025-06-03",
                body: "## Action log\n\n| No. | Action | Owner |\n|---|---|---|\n| 1 | Write to the Minister | Chair |\n\n## Costs\n\n| Item | Cost |\n|---|---|\n| Actions | 10 |\n| Cars | 10 |\n"),
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "this looks like a table of actions, which Tally does not read: each must be an ACTION paragraph or an item of a list"
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 7)
    }

    @Test func followUpsBecomeDatedUpdatesOfEarlierActions() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting(
                "2025-09-02", extra: "follow_ups:\n  - action: 2025-06-03-hmpps-publish-data\n    status: done\n    note: Published in *July*.\n"),
        ])
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let update = try #require(parsed.content.meetings.first?.actions.first?.item.updates.first)
        #expect(update.date == CivilDate(iso: "2025-09-02"))
        #expect(update.status == .complete)
        #expect(update.note?.text == "Published in *July*.")
        #expect(update.source == "the notes of the meeting of 2 September 2025")
    }

    @Test func aFollowUpOfAnActionThatDoesNotExistOrIsNotEarlierIsAnError() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", extra: "follow_ups:\n  - action: 2025-09-02-hmpps-do\n    status: complete\n"),
            "meetings/b.md": meeting(
                "2025-09-02", extra: "follow_ups:\n  - action: 2025-06-03-9\n    status: complete\n", body: "ACTION: HMPPS to do it.\n"),
        ])
        let later = parsed.diagnostic(containing: "not before this meeting")
        #expect(later?.location == SourceLocation(file: "Content/meetings/a.md", line: 5, column: 5))
        let missing = parsed.diagnostic(containing: "which is not an action of any agreed meeting")
        #expect(missing?.location?.file == "Content/meetings/b.md")
    }

    /// "action: A1": each meeting's notes may have an A1, so the hint names them, latest first.
    @Test func aFollowUpNamingAShortIDAloneIsToldTheWholeIDs() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION [A1]: The Clerk to write to the Minister.\n"),
            "meetings/b.md": meeting("2025-09-02", body: "ACTION [A1]: The Chair to visit the depot.\n"),
            "meetings/c.md": meeting("2025-12-02", extra: "follow_ups:\n  - action: A1\n    status: complete\n"),
        ])
        let missing = parsed.diagnostic(containing: "which is not an action of any agreed meeting")
        #expect(missing?.hint?.hasPrefix(
            "a short id names an action only with its meeting's date: did you mean \"2025-09-02-a1\" (\"The Chair to visit the depot.\") or \"2025-06-03-a1\" (\"The Clerk to write to the Minister.\")?") == true,
            "\(missing?.hint ?? "")")
    }

    @Test func draftNotesAreLeftOutAndTheirFollowUpsAreNotApplied() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting(
                "2025-09-02", status: "draft", extra: "follow_ups:\n  - action: 2025-06-03-hmpps-publish-data\n    status: complete\n",
                body: "ACTION: HMPPS to do something secret.\n"),
            "meetings/c.md": meeting("2025-12-02", status: "withdrawn"),
        ])
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.meetings.map(\.id) == ["2025-06-03"])
        #expect(parsed.content.meetings[0].actions[0].item.updates.isEmpty)
        #expect(parsed.content.draftPaths == ["meetings/b.md", "meetings/c.md"])
    }

    /// How secretariats write actions: every one of these is read, with its owner.
    @Test func actionsAreFoundHoweverTheyAreWritten() throws {
        let body = """
            ## Housing

            Action: Housing team to review the retrofit list.

            **Action:** Finance to cost the heat pump grants.

            ACTION - Comms to publish the summary.

            ACTION (Fleet Manager): Replace the diesel vans.

            ACTION [A7]: Planning to map the solar sites.

            Action 8: Legal to check the leases.

            ## Actions agreed

            - Parks to plant 500 trees.
            - Highways to pilot LED lights.

            Actions:

            1. Schools to audit their boilers.

            Action for Children said the plan was welcome.
            """
        let parsed = parse(["groups/cg.md": group, "meetings/2025-03-12.md": meeting("2025-03-12", body: body)])
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let actions = try #require(parsed.content.meetings.first?.actions)
        #expect(actions.map(\.text) == [
            "Housing team to review the retrofit list.", "Finance to cost the heat pump grants.", "Comms to publish the summary.",
            "Replace the diesel vans.", "Planning to map the solar sites.", "Legal to check the leases.", "Parks to plant 500 trees.",
            "Highways to pilot LED lights.", "Schools to audit their boilers.",
        ])
        #expect(actions.map(\.item.owners) == [
            ["Housing team"], ["Finance"], ["Comms"], ["Fleet Manager"], ["Planning"], ["Legal"], ["Parks"], ["Highways"], ["Schools"],
        ])
        #expect(actions[4].id == "2025-03-12-a7")
        #expect(actions[5].id == "2025-03-12-8")
        #expect(actions[3].id == "2025-03-12-replace-diesel-vans")
    }

    @Test func whatLooksLikeAnActionButCannotBeReadIsAnErrorAtItsLine() {
        let body = "ACTION HMPPS to review the data.\n\nAction point: Finance to cost it.\n\nACTION:\n\n## Actions\n\nWe ran out of time.\n"
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-03-12", body: body)])
        let colon = parsed.diagnostic(containing: "the word ACTION is not followed by a colon")
        #expect(colon?.location == SourceLocation(file: "Content/meetings/a.md", line: 5, column: 1))
        #expect(colon?.hint == "write it as ACTION: <owner> to <do something>")
        #expect(parsed.diagnostic(containing: "\"Action point: Finance to cost it.\" looks like an action")?.location?.line == 7)
        #expect(parsed.diagnostic(containing: "this ACTION has no words after it")?.location?.line == 9)
        #expect(parsed.diagnostic(containing: "the heading \"Actions\" has no list of actions under it")?.location?.line == 11)
        // A slip of the marker: each was read as prose, and the action was missing from the log.
        let slips = ["Action; Clerk to circulate it.", "Action= Clerk to circulate it.", "ACTION> Clerk to circulate it.",
                     "Action (Clerk) Circulate it.", "Action no. 3: Clerk to circulate it."]
        let slipped = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-03-12", body: slips.joined(separator: "\n\n") + "\n\nAction for Children spoke.\n")])
        #expect(slipped.diagnostics.errors.count == slips.count, "\(slipped.diagnostics.errors.map(\.message))")
        #expect(slipped.diagnostics.errors.allSatisfy { $0.message.contains("looks like an action, but is not written as one Tally reads") })
    }

    /// "Action by the Head of Estates:" names its owner in words before the colon: it was read as
    /// prose, and the action was missing from the log with no word said.
    @Test func anActionWhoseOwnerIsNamedBeforeTheColonIsAnErrorNotProse() {
        let body = """
            Action by the Head of Estates and Facilities: survey the roofs of the three depots.

            Action owner: Head of Legal Services.

            Action on climate was discussed at length: the board asked for a paper.

            Action for Children asked: when will the survey be published?

            Actions by the two councils were compared: both had met their targets.

            ACTION (Head of Estates and Facilities): survey the roofs.
            """
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-03-12", body: body + "\n")])
        let misses = parsed.diagnostics.items.filter { $0.message.contains("looks like an action") }
        #expect(misses.compactMap(\.location?.line) == [5, 7])
        #expect(misses.first?.hint == "write it as ACTION: <owner> to <do something>")
        #expect(parsed.content.meetings.first?.actions.map(\.item.owners) == [["Head of Estates and Facilities"]])
    }

    /// "Clerk to circulate the terms. ACTION", "... (Action)", "Actions arising: ...": the mark at
    /// the end, or a label the reader did not know, and the action missing from the log.
    @Test func anActionMarkedAtTheEndOrUnderAnotherLabelIsAnErrorNotProse() {
        let body = """
            Clerk to circulate the revised terms of reference. ACTION

            Clerk to circulate the revised terms of reference. (Action)

            The terms were discussed. Action: Clerk

            Actions arising: the Clerk to update the forward plan.

            The panel took no action.

            The report set out the Council's plan of action.

            Members asked about the CAP ACTION scheme.
            """
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-03-12", body: body + "\n")])
        let misses = parsed.diagnostics.errors
        #expect(misses.compactMap(\.location?.line) == [5, 7, 9, 11], "\(misses.map(\.message))")
        #expect(misses.first?.message == "\"Clerk to circulate the revised terms of…\" ends with \"ACTION\", which marks an action, but Tally reads an action only from a paragraph that starts with ACTION:")
        #expect(misses.first?.hint == "write it as ACTION: <owner> to <do something>")
    }

    /// The same in Welsh: "Cam gweithredu gan y Clerc:" ("action by the Clerk") was prose.
    @Test func aWelshActionWhoseOwnerIsNamedBeforeTheColonIsAnErrorNotProse() {
        let body = """
            Cam gweithredu gan y Clerc: anfon y cofnodion at yr aelodau.

            Perchennog y cam gweithredu: Pennaeth Cyllid.

            Cam gweithredu gan y cyngor oedd testun y drafodaeth, a chytunwyd i aros.

            CAM GWEITHREDU (Y Clerc): anfon y cofnodion.
            """
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-03-12", body: body + "\n")])
        let misses = parsed.diagnostics.items.filter { $0.message.contains("looks like an action") }
        #expect(misses.compactMap(\.location?.line) == [5, 7])
        #expect(parsed.content.meetings.first?.actions.map(\.item.owners) == [["Y Clerc"]])
    }

    @Test func anActionKeepsItsIDWhenOthersAreAddedRemovedOrCorrectedBeforeIt() throws {
        func ids(_ body: String) -> [String] {
            parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-03-12", body: body)]).content.meetings.first?.actions.map(\.id) ?? []
        }
        let before = ids("ACTION: Finance to cost grants.\n\nACTION: Parks to plant trees.\n")
        let after = ids("ACTION: Legal to check leases.\n\nACTION: Finance to cost the grants properly.\n\nACTION: Parks to plant trees.\n")
        #expect(before[1] == "2025-03-12-parks-plant-trees")
        #expect(after[2] == before[1], "Parks keeps its id when an action is added and another corrected before it")
    }

    @Test func twoActionsThatWouldShareAnIDAreAnErrorAskingForAShortID() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-03-12", body: "ACTION: Finance to cost the heat pump grants.\n\nACTION: Finance to cost the heat pump grants again.\n"),
        ])
        let problem = parsed.diagnostic(containing: "begins with the same words as the one on line 5")
        #expect(problem?.hint?.contains("ACTION [") == true)
    }

    @Test func aFollowUpNamingAnIDThatNoLongerExistsNamesTheActionItProbablyMeantByItsWords() {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-03-12", body: "ACTION: Legal to check leases.\n\nACTION: Finance to cost the heat pump grants.\n"),
            "meetings/b.md": meeting("2025-06-18", extra: "follow_ups:\n  - action: 2025-03-12-finance-cost-grants\n    status: complete\n"),
        ])
        let problem = parsed.diagnostic(containing: "the follow-up names \"2025-03-12-finance-cost-grants\"")
        #expect(problem?.hint?.hasPrefix("did you mean \"2025-03-12-finance-cost-heat-pump\"") == true, "\(problem?.hint ?? "")")
    }

    @Test func notesInAnUnknownStateAreAnError() {
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", status: "published")])
        let problem = parsed.diagnostic(containing: "is not a valid value")
        #expect(problem?.message == "\"published\" is not a valid value for \"status\"")
        #expect(problem?.hint == "use one of: draft, agreed, withdrawn")
    }

    @Test func aMeetingOfAGroupThatIsNotDescribedIsAnError() {
        let parsed = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03", extra: "group: board\n")])
        #expect(parsed.diagnostic(containing: "the group \"board\" is not described")?.hint?.contains("groups/board.md") == true)
    }
}
