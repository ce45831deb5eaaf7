import Diagnostics
import Foundation
import Model
import Testing

@testable import Publish

/// Scaffolds are checked by parsing them back: each must be valid content, a draft, with the next id.
@Suite struct ScaffoldTests {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func demo() throws -> (content: Content, files: [SourceFile], paths: Set<String>) {
        let files = try FolderReader.read(repository.appendingPathComponent("Content").path, displayRoot: "Content")
        return (ContentParser.parse(files).content, files, Set(files.map(\.path)))
    }

    /// The demo content with `new` added, parsed: no errors, and `new` left out as a draft.
    func parseWith(_ new: [NewFile], files: [SourceFile]) -> ParsedContent {
        let added = new.map { SourceFile(path: $0.path, displayPath: "Content/\($0.path)", text: $0.text) }
        return ContentParser.parse(files + added)
    }

    @Test func meetingNotesListTheGroupsOpenActionsAndStayADraft() throws {
        let (content, files, paths) = try demo()
        let new = try Scaffold.meeting(on: CivilDate(year: 2025, month: 9, day: 2)!, group: nil, slug: nil, content: content, files: paths).get()
        #expect(new.path == "meetings/2025-09-02.md")
        #expect(new.text.contains("group: challenge-group\n"))
        #expect(new.text.contains("status: draft\n"))
        #expect(new.text.contains("#   - action: 2025-06-03-hmpps-consider-assure-consistency  # HMPPS to consider how"))
        let parsed = parseWith([new], files: files)
        #expect(!parsed.diagnostics.hasErrors, "\(parsed.diagnostics.errors)")
        #expect(parsed.content.draftPaths.contains(new.path))
        #expect(!parsed.content.meetings.contains { $0.id == "2025-09-02" })
        // No status is filled in for the meeting: a follow-up uncommented as written is refused,
        // never published with a status nobody gave.
        let uncommented = new.text.replacingOccurrences(of: "# follow_ups:", with: "follow_ups:")
            .split(separator: "\n", omittingEmptySubsequences: false).map { line in
                ["#   - action:", "#     status:", "#     note:"].contains(where: line.hasPrefix) ? String(line.dropFirst()) : String(line)
            }.joined(separator: "\n")
        let refused = parseWith([NewFile(path: new.path, text: uncommented, next: "")], files: files)
        #expect(refused.diagnostics.errors.contains { $0.message.hasPrefix("the field \"status\" of follow-up 1 is empty") }, "\(refused.diagnostics.errors)")
    }

    /// The example in the notes' comment once said "before the next meeting", which Tally refuses
    /// without a deadline: the notes taught a form that would not build. Written as it says, and
    /// agreed, the example builds.
    @Test func theExampleActionInTheNewNotesBuildsAsItSays() throws {
        let (content, files, paths) = try demo()
        let new = try Scaffold.meeting(on: CivilDate(year: 2025, month: 9, day: 2)!, group: nil, slug: "example", content: content, files: paths).get()
        let example = try #require(new.text.split(separator: "\n").first { $0.hasPrefix("ACTION:") })
        let agreed = new.text.replacingOccurrences(of: "status: draft", with: "status: agreed") + "\n" + example + "\n"
        // Agreed with the placeholder still in it, the notes are refused at its line.
        let placeholder = ContentParser.parse(files + [SourceFile(path: new.path, displayPath: "Content/\(new.path)", text: agreed)])
        #expect(placeholder.diagnostics.errors.map(\.message) == ["\"\(ScaffoldText.meetingNotes)\" is still the placeholder tally new wrote here"])
        let written = agreed.replacingOccurrences(of: ScaffoldText.meetingNotes, with: "The group heard the figures.")
        let parsed = ContentParser.parse(files + [SourceFile(path: new.path, displayPath: "Content/\(new.path)", text: written)])
        #expect(!parsed.diagnostics.hasErrors, "\(parsed.diagnostics.errors)")
        #expect(parsed.content.meetings.first { $0.id == "2025-09-02-example" }?.actions.map(\.text) == [String(example.dropFirst("ACTION: ".count))])
    }

    @Test func aSecondMeetingOnTheSameDayNeedsASlug() throws {
        let (content, _, paths) = try demo()
        let clash = Scaffold.meeting(on: CivilDate(year: 2025, month: 6, day: 3)!, group: nil, slug: nil, content: content, files: paths)
        #expect(clash == .failure(Scaffold.Failure(
            message: "Content/meetings/2025-06-03.md already exists",
            hint: "a second meeting on the same day needs a word to tell it apart: tally new meeting --date 2025-06-03 --slug board")))
        let board = try Scaffold.meeting(on: CivilDate(year: 2025, month: 6, day: 3)!, group: nil, slug: "board", content: content, files: paths).get()
        #expect(board.path == "meetings/2025-06-03-board.md")
        #expect(!ContentParser.parse(try demo().files + [SourceFile(path: board.path, text: board.text)]).diagnostics.hasErrors)
    }

    @Test func anActionTakesTheNextIdOfItsTheme() throws {
        let (content, files, paths) = try demo()
        let worded = try Scaffold.action(in: "2025-26", theme: "recall", title: "Review recall", on: CivilDate(year: 2025, month: 11, day: 22)!, content: content, files: paths).get()
        #expect(worded.path == "plans/2025-26/recall-3-review-recall.md")
        #expect(worded.text.hasPrefix("---\nid: 2025-26-recall-3\ntitle: Review recall\ntheme: recall\n"))
        let numbered = try Scaffold.action(in: "2023", theme: "1", title: nil, on: CivilDate(year: 2025, month: 11, day: 22)!, content: content, files: paths).get()
        #expect(numbered.text.hasPrefix("---\nid: 2023-1.9\nnumber: \"1.9\"\n"))
        let parsed = parseWith([worded, numbered], files: files)
        #expect(!parsed.diagnostics.hasErrors, "\(parsed.diagnostics.errors)")
        #expect(parsed.content.draftPaths.isSuperset(of: [worded.path, numbered.path]))
    }

    @Test func anActionContinuesTheIdSchemeThePlanAlreadyUses() throws {
        let files = try FolderReader.read(repository.appendingPathComponent("Tests/Fixtures/council/Content").path, displayRoot: "Content")
        let content = ContentParser.parse(files).content
        let paths = Set(files.map(\.path))
        let homes = try Scaffold.action(in: "ceap-2025", theme: "homes", title: "Fit solar panels", on: CivilDate(year: 2025, month: 11, day: 22)!, content: content, files: paths).get()
        #expect(homes.text.hasPrefix("---\nid: ceap25-H2\ntitle: Fit solar panels\n"), "\(homes.text)")
        #expect(homes.text.contains("such as: [Director of Housing]"), "an owner as this plan writes them")
        #expect(homes.text.contains("such as: 2026-03"), "a deadline as this plan writes them")
        #expect(!ContentParser.parse(files + [SourceFile(path: homes.path, displayPath: "Content/" + homes.path, text: homes.text)]).diagnostics.hasErrors)
    }

    @Test func aRecommendationContinuesTheResponsesNumbering() throws {
        let files = try FolderReader.read(repository.appendingPathComponent("Tests/Fixtures/council/Content").path, displayRoot: "Content")
        let content = ContentParser.parse(files).content
        let next = try Scaffold.recommendation(in: "audit-2024", on: CivilDate(year: 2025, month: 11, day: 22)!, content: content, files: Set(files.map(\.path))).get()
        #expect(next.text.contains("\nnumber: R3\n"), "\(next.text)")
    }

    @Test(arguments: [
        (["ceap25-H1", "ceap25-H2"], "ceap25-H3"), (["2023-1.8", "2023-1.9"], "2023-1.10"), (["R01", "R02", "R09"], "R10"),
        (["A-1-x", "A-2-x"], "A-3-x"),
    ])
    func idSchemesContinue(ids: [String], next: String) throws {
        let scheme = try #require(IDScheme(learningFrom: ids))
        #expect(scheme.next(after: ids, avoiding: []) == next)
    }

    @Test func aThemeWithNoActionsTakesTheSchemeOfTheOthersWithItsOwnCode() {
        let lettered = IDScheme.forNewTheme("energy", otherThemes: [("homes", ["ceap25-H1", "ceap25-H2"]), ("transport", ["ceap25-T1"])])
        #expect(lettered?.id(1) == "ceap25-E1")
        let worded = IDScheme.forNewTheme("housing", otherThemes: [("recall", ["2025-26-recall-1"]), ("data", ["2025-26-data-1", "2025-26-data-2"])])
        #expect(worded?.id(1) == "2025-26-housing-1")
        #expect(IDScheme.forNewTheme("x", otherThemes: [("a", ["one-1"]), ("b", ["two-1"])]) == nil, "no shared scheme: no guess")
    }

    @Test func anActionNeedsAPlanAndATheme() throws {
        let (content, _, paths) = try demo()
        let noPlan = Scaffold.action(in: "2030", theme: nil, title: nil, on: CivilDate(year: 2025, month: 11, day: 22)!, content: content, files: paths)
        #expect(noPlan == .failure(Scaffold.Failure(message: "there is no plan \"2030\"", hint: "the plans are: 2023, 2024-25, 2025-26")))
        guard case .failure(let noTheme) = Scaffold.action(in: "2025-26", theme: nil, title: nil, on: CivilDate(year: 2025, month: 11, day: 22)!, content: content, files: paths) else {
            Issue.record("a plan of several themes needs --theme")
            return
        }
        #expect(noTheme.message == "plan 2025-26 has 6 themes: say which")
    }

    @Test func updatesResponsesAndRecommendationsAreValidDrafts() throws {
        let (content, files, paths) = try demo()
        let day = CivilDate(year: 2025, month: 11, day: 22)!
        let update = try Scaffold.update(on: day, title: "The group met: notes \"agreed\"", files: paths).get()
        #expect(update.path == "updates/2025-11-22-the-group-met-notes-agreed.md")
        let response = try Scaffold.response(id: "hmip-recall-2025", title: "A report: part 2", on: day, content: content, files: paths).get()
        #expect(response.map(\.path) == ["responses/hmip-recall-2025/response.md", "responses/hmip-recall-2025/01-recommendation.md"])
        let next = try Scaffold.recommendation(in: "hmip-ipp-recall-2023", on: day, files: paths).get()
        #expect(next.path == "responses/hmip-ipp-recall-2023/12-recommendation.md")
        let parsed = parseWith([update, next] + response, files: files)
        #expect(!parsed.diagnostics.hasErrors, "\(parsed.diagnostics.errors)")
        #expect(parsed.content.draftPaths.isSuperset(of: [update.path, next.path] + response.map(\.path)))
        #expect(!parsed.content.responses.contains { $0.id == "hmip-recall-2025" })
        // Published as they are, each is refused: the placeholders, and a recommendation whose
        // agreement nobody gave (it was filled in as "agreed").
        let published = ([update, next] + response).map { file in
            NewFile(path: file.path, text: file.text.replacingOccurrences(of: "draft: true", with: "draft: false"), next: "")
        }
        let refused = parseWith(published, files: files).diagnostics.errors.map(\.message)
        #expect(refused.contains("\"\(ScaffoldText.updateBody)\" is still the placeholder tally new wrote here"))
        #expect(refused.contains("\"\(ScaffoldText.respondent)\" is still the placeholder tally new wrote here"))
        #expect(refused.contains("\"\(ScaffoldText.recommendation)\" is still the placeholder tally new wrote here"))
        #expect(refused.contains { $0.hasPrefix("missing required field \"agreement\"") }, "\(refused)")
    }

    /// The example deadline, filled in as it is, is after the day the file is started: an
    /// example already past was refused as a deadline before the response was submitted.
    @Test func anExampleDeadlineIsAfterTheDayTheFileIsStarted() throws {
        #expect(Scaffold.deadlineExample(after: CivilDate(year: 2026, month: 11, day: 29)!) == "March 2027")
        #expect(Scaffold.deadlineExample(after: CivilDate(year: 2027, month: 2, day: 1)!) == "March 2027")
        let (content, files, paths) = try demo()
        let day = CivilDate(year: 2026, month: 11, day: 29)!
        let response = try Scaffold.response(id: "cqc-2026", title: "An inspection", on: day, content: content, files: paths).get()
        let filled = response.map { file in
            NewFile(
                path: file.path,
                text: file.text.replacingOccurrences(of: "# agreement: ", with: "agreement: agreed")
                    .replacingOccurrences(of: "# steps:\n#   - text: What will be done\n#     owner: Who does it\n#     deadline:", with: "steps:\n  - text: What will be done\n    owner: Who does it\n    deadline:"),
                next: "")
        }
        #expect(filled[1].text.contains("    deadline: March 2027\n"))
        let parsed = parseWith(filled, files: files)
        #expect(!parsed.diagnostics.errors.contains { $0.message.contains("before") }, "\(parsed.diagnostics.errors)")
    }
}
