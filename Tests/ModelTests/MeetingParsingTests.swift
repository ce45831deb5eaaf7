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
        #expect(notes.actions.map(\.id) == ["2025-06-03-1", "2025-06-03-2"])
        #expect(notes.actions.map(\.item.owners) == [["HMPPS"], ["HMPPS and the Parole Board"]])
        #expect(notes.actions.map(\.section) == [["Data"], ["Panels"]])
        #expect(notes.actions[0].item.title == "HMPPS to consider publishing data.")
        #expect(notes.actions[0].item.opened == CivilDate(iso: "2025-06-03"))
        #expect(notes.actions[1].item.location.line == 15)
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

    @Test func twoMeetingsOnTheSameDateNeedASlug() {
        let clash = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03"), "meetings/b.md": meeting("2025-06-03")])
        let problem = clash.diagnostic(containing: "two meetings are dated 3 June 2025")
        #expect(problem?.location?.file == "Content/meetings/b.md")
        #expect(problem?.hint?.contains("slug:") == true)
        let fine = parse(["groups/cg.md": group, "meetings/a.md": meeting("2025-06-03"), "meetings/b.md": meeting("2025-06-03", extra: "slug: board\n")])
        #expect(fine.diagnostics.isEmpty)
        #expect(fine.content.meetings.map(\.id) == ["2025-06-03", "2025-06-03-board"])
    }

    @Test func followUpsBecomeDatedUpdatesOfEarlierActions() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting(
                "2025-09-02", extra: "follow_ups:\n  - action: 2025-06-03-1\n    status: done\n    note: Published in *July*.\n"),
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
            "meetings/a.md": meeting("2025-06-03", extra: "follow_ups:\n  - action: 2025-09-02-1\n    status: complete\n"),
            "meetings/b.md": meeting(
                "2025-09-02", extra: "follow_ups:\n  - action: 2025-06-03-9\n    status: complete\n", body: "ACTION: HMPPS to do it.\n"),
        ])
        let later = parsed.diagnostic(containing: "not before this meeting")
        #expect(later?.location == SourceLocation(file: "Content/meetings/a.md", line: 5, column: 5))
        let missing = parsed.diagnostic(containing: "which is not an action of any agreed meeting")
        #expect(missing?.location?.file == "Content/meetings/b.md")
    }

    @Test func draftNotesAreLeftOutAndTheirFollowUpsAreNotApplied() throws {
        let parsed = parse([
            "groups/cg.md": group,
            "meetings/a.md": meeting("2025-06-03", body: "ACTION: HMPPS to publish data.\n"),
            "meetings/b.md": meeting(
                "2025-09-02", status: "draft", extra: "follow_ups:\n  - action: 2025-06-03-1\n    status: complete\n",
                body: "ACTION: HMPPS to do something secret.\n"),
            "meetings/c.md": meeting("2025-12-02", status: "withdrawn"),
        ])
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.meetings.map(\.id) == ["2025-06-03"])
        #expect(parsed.content.meetings[0].actions[0].item.updates.isEmpty)
        #expect(parsed.content.draftPaths == ["meetings/b.md", "meetings/c.md"])
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
