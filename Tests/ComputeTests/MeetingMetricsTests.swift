import Diagnostics
@testable import Compute
import Model
import Testing

func meetingAction(_ id: String, meeting: String, on date: String, updates: [(String, ItemStatus)] = []) -> MeetingAction {
    var tracked = item(opened: date, updates: updates)
    tracked.id = id
    return MeetingAction(item: tracked, meetingID: meeting, number: 1, section: [], text: "HMPPS to act.")
}

func notes(_ id: String, on date: String, actions: [MeetingAction] = []) -> Meeting {
    Meeting(
        id: id, date: day(date), groupID: "cg", state: .agreed,
        body: MarkdownText(text: "", sourcePath: "meetings/\(id).md", displayPath: "Content/meetings/\(id).md", firstLine: 1),
        actions: actions, sourcePath: "meetings/\(id).md", location: SourceLocation(file: "Content/meetings/\(id).md", line: 2))
}

@Suite struct MeetingMetricsTests {
    let content = Content(
        site: SiteConfig(title: "T"),
        meetings: [
            notes("2025-03-04", on: "2025-03-04", actions: [
                meetingAction("2025-03-04-1", meeting: "2025-03-04", on: "2025-03-04", updates: [("2025-06-03", .complete)]),
                meetingAction("2025-03-04-2", meeting: "2025-03-04", on: "2025-03-04"),
            ]),
            notes("2025-06-03", on: "2025-06-03", actions: [meetingAction("2025-06-03-1", meeting: "2025-06-03", on: "2025-06-03")]),
        ])

    @Test func theLogKnowsWhichLaterMeetingsReportedOnEachAction() throws {
        let records = MetricsEngine.assess(content, asOf: day("2025-07-17")).meetingActions
        let reported = try #require(records[ItemID("2025-03-04-1")])
        #expect(reported.assessment.status == .reported(.complete))
        #expect(reported.meetingsSince == 1)
        #expect(reported.reportedAt == ["2025-06-03"])
        #expect(!reported.notReportedSinceRaised)
        let forgotten = try #require(records[ItemID("2025-03-04-2")])
        #expect(forgotten.status == .notReported)
        #expect(forgotten.notReportedSinceRaised, "a later meeting was held and said nothing about it")
        let latest = try #require(records[ItemID("2025-06-03-1")])
        #expect(latest.meetingsSince == 0)
        #expect(!latest.notReportedSinceRaised, "no later meeting yet")
    }

    @Test func changesAreComparedSinceTheLastMeetingAndBetweenTheLastTwo() throws {
        let assessments = MetricsEngine.assess(content, asOf: day("2025-07-17"))
        let between = try #require(assessments.betweenLastMeetings)
        #expect(between.from == day("2025-03-04"))
        #expect(between.to == day("2025-06-03"))
        #expect(between.changed.map(\.id) == ["2025-03-04-1"])
        #expect(between.changed.first?.before?.status == .notReported)
        #expect(between.changed.first?.after.status == .reported(.complete))
        #expect(between.added.map(\.id) == ["2025-06-03-1"])
        let since = try #require(assessments.sinceLastMeeting)
        #expect(since.from == day("2025-06-03"))
        #expect(since.changed.isEmpty)
    }

    /// The report up to the as-at date takes each item's assessment as every page shows it
    /// (not worked out again): it must say what working them out again would.
    @Test func theChangesUpToTheAsAtDateSayWhatAssessingAgainWould() throws {
        let asOf = day("2025-07-17")
        let content = Content(
            site: SiteConfig(title: "T"),
            meetings: [
                notes("2025-03-04", on: "2025-03-04", actions: [
                    meetingAction("2025-03-04-1", meeting: "2025-03-04", on: "2025-03-04", updates: [("2025-06-10", .complete)]),
                    meetingAction("2025-03-04-2", meeting: "2025-03-04", on: "2025-03-04"),
                ]),
                notes("2025-06-03", on: "2025-06-03"),
            ])
        let assessments = MetricsEngine.assess(content, asOf: asOf)
        let since = try #require(assessments.sinceLastMeeting)
        #expect(since.changed.map(\.id) == ["2025-03-04-1"], "reported done after the last meeting")
        let anew = ChangeReport.between(
            since.from, asOf, entries: MetricsEngine.trackedEntries(content, continuations: [:], endings: [:]), rules: content.site.tracking)
        #expect(since.changed.map(\.id) == anew.changed.map(\.id))
        #expect(since.added.map(\.id) == anew.added.map(\.id))
        #expect(since.added.map(\.after.status) == anew.added.map(\.after.status))
        for change in since.changed + since.added {
            #expect(assessments.meetingActions[ItemID(change.id)]?.assessment.status == change.after.status)
        }
    }
}

extension MeetingActionRecord {
    var status: EffectiveStatus { assessment.status }
}
