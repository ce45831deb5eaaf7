import Foundation
import Model
import Testing

@testable import Publish

/// A session's builds after each change must leave exactly what a full build of the same
/// content leaves, while rendering only what the change affects.
@Suite struct BuildSessionTests {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A copy of the demo content and the theme, a session building it into Site/, and a way to
    /// build it from scratch into Full/ to compare.
    final class Workspace {
        let folder: TemporaryFolder
        let session: BuildSession

        /// `bothLanguages`: the demo in English and Welsh, as it is; else in English alone, so that
        /// the pages a change renders can be counted in one language.
        init(repository: URL, bothLanguages: Bool = false) throws {
            folder = try TemporaryFolder()
            try FileManager.default.copyItem(atPath: repository.appendingPathComponent("Content").path, toPath: folder.path + "/Content")
            try FileManager.default.copyItem(atPath: repository.appendingPathComponent("Theme").path, toPath: folder.path + "/Theme")
            if !bothLanguages { try keepOneLanguage(folder.path + "/Content") }
            session = BuildSession(Workspace.options(in: folder, output: "Site"))
        }

        static func options(in folder: TemporaryFolder, output: String) -> BuildOptions {
            BuildOptions(
                contentFolder: folder.path + "/Content", themeFolder: folder.path + "/Theme",
                outputFolder: folder.path + "/" + output, asOf: CivilDate(year: 2025, month: 7, day: 17))
        }

        func edit(_ relative: String, _ change: (String) -> String) throws {
            let path = folder.path + "/" + relative
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let changed = change(text)
            #expect(changed != text, "the edit to \(relative) changed nothing")
            try changed.write(toFile: path, atomically: false, encoding: .utf8)
        }

        /// Builds with the session and from scratch, and returns the session's report when both
        /// folders hold the same files, byte for byte.
        func buildAndCompare(changed: [String]? = nil) -> BuildReport {
            let report = session.build(write: true, changed: changed.map { $0.map { folder.path + "/" + $0 } })
            let full = Builder.run(Workspace.options(in: folder, output: "Full"), write: true)
            #expect(report.succeeded == full.succeeded, "session: \(report.diagnostics.sorted.map(\.description)) full: \(full.diagnostics.sorted.map(\.description))")
            #expect(report.diagnostics.sorted.map(\.description) == full.diagnostics.sorted.map(\.description))
            if full.succeeded {
                let ours = folder.tree("Site")
                let theirs = folder.tree("Full")
                #expect(ours.count == theirs.count)
                for (path, text) in theirs where ours[path] != text {
                    Issue.record("Site/\(path) differs from a full build")
                }
                for path in ours.keys where theirs[path] == nil { Issue.record("Site/\(path) should not be there") }
            }
            return report
        }
    }

    @Test func editingProseRendersOnlyThePagesThatShowIt() throws {
        let space = try Workspace(repository: repository)
        let first = space.buildAndCompare()
        #expect(first.pagesReused == 0)
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "Lord Timpson sent his apologies", with: "Lord Timpson sent his apologies and his thanks")
        }
        let second = space.buildAndCompare()
        #expect(second.pagesRendered == 1, "only the meeting's own page shows its prose")
        #expect(second.pagesReused == first.pagesRendered - 1)
        // The meeting's page, and the part of the search index holding the new word.
        #expect(Set(second.writtenPaths ?? []) == ["meetings/2025-06-03/index.html", "search/words-1.js"])
    }

    @Test func inTwoLanguagesAnEditRendersThePagesThatShowItInEachAndMatchesAFullBuild() throws {
        let space = try Workspace(repository: repository, bothLanguages: true)
        let first = space.buildAndCompare()
        // Prose of a page not translated: its page in both languages.
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "Lord Timpson sent his apologies", with: "Lord Timpson sent his apologies and his thanks")
        }
        let prose = space.buildAndCompare()
        #expect(prose.pagesRendered == 2, "the meeting's page in English and in Welsh")
        #expect(prose.pagesReused == first.pagesRendered - 2)
        #expect(Set((prose.writtenPaths ?? []).filter { !$0.contains("search/") }) == ["meetings/2025-06-03/index.html", "cy/meetings/2025-06-03/index.html"])
        // Prose of a page translated: only the English page shows it.
        try space.edit("Content/pages/about.md") { $0.replacingOccurrences(of: "are indeterminate sentences", with: "are sentences with no end date") }
        let translated = space.buildAndCompare()
        #expect(translated.pagesRendered == 1)
        // A translation's words, a field of a source and the site's Welsh title: each matches a full build.
        try space.edit("Content/pages/about.cy.md") { $0.replacingOccurrences(of: "Dedfrydau amhenodol", with: "Dedfrydau heb ddiwedd") }
        _ = space.buildAndCompare()
        try space.edit("Content/plans/2025-26/release-1-sentence-plan-engagement.md") { $0.replacingOccurrences(of: "Increase focus", with: "Greater focus") }
        let field = space.buildAndCompare()
        #expect(field.pagesReused > field.pagesRendered, "a field shown on a few pages reuses the rest, in both languages")
        try space.edit("Content/site.cy.yaml") { $0.replacingOccurrences(of: "a'r cynnydd arnynt", with: "a'u cynnydd") }
        _ = space.buildAndCompare()
    }

    @Test func editingAnActionInTheNotesIsAChangeToWhatTheSiteTracks() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "consistency in the RAG rating", with: "consistency in every RAG rating")
        }
        let report = space.buildAndCompare()
        #expect((report.writtenPaths ?? []).contains("meetings/actions/index.html"))
        #expect((report.writtenPaths ?? []).contains("meetings/actions.csv"))
    }

    /// An export is written again only when a record in it would change: a line added to a
    /// meeting's notes moves its actions (where they are read from), not what is exported of them.
    @Test func aLineAddedAboveTheActionsLeavesTheExportsAsTheyWere() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "status: agreed\n", with: "status: agreed\ntitle: Challenge group, June\n")
        }
        let moved = space.buildAndCompare()
        let written = Set(moved.writtenPaths ?? [])
        #expect(written.contains("meetings/2025-06-03/index.html"))
        #expect(written.isDisjoint(with: ["meetings/actions.csv", "meetings/actions.json", "plans/actions.csv", "plans/actions.json"]))
        // The same file's action then edited: its record, and so both files, are written again.
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "consistency in the RAG rating", with: "consistency in every RAG rating")
        }
        let edited = Set(space.buildAndCompare().writtenPaths ?? [])
        #expect(edited.isSuperset(of: ["meetings/actions.csv", "meetings/actions.json"]))
        #expect(edited.isDisjoint(with: ["plans/actions.csv", "plans/actions.json"]))
        // An action added: the records after it move up one place, and are each still what a full build writes.
        try space.edit("Content/meetings/2025-06-03.md") { $0 + "\nACTION: HMPPS to share the panel's terms of reference.\n" }
        #expect(Set(space.buildAndCompare().writtenPaths ?? []).isSuperset(of: ["meetings/actions.csv", "meetings/actions.json"]))
    }

    @Test func editingFieldsRendersWhatShowsThem() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/plans/2025-26/recall-2-recall-decisions.md") {
            $0.replacingOccurrences(of: "title: Improve recall decisions", with: "title: Improve decisions to recall")
        }
        let report = space.buildAndCompare()
        #expect((report.writtenPaths ?? []).contains("plans/2025-26/2025-26-recall-2/index.html"))
        #expect((report.writtenPaths ?? []).contains("plans/2025-26/index.html"))
        #expect((report.writtenPaths ?? []).contains("a-z/index.html"))
        #expect(report.pagesRendered < report.pageCount / 4, "pages that do not show the title are taken as they were")
        #expect(report.pagesRendered + report.pagesReused == report.pageCount)
    }

    /// A meeting's page is taken from the last build by what it looked up: the page of a later
    /// meeting shows the words of the actions it follows up, which are another file's.
    @Test func aMeetingsPageShowsTheActionsItFollowsUpAsTheyNowRead() throws {
        let space = try Workspace(repository: repository)
        try space.folder.write(
            "Content/meetings/2025-07-01.md",
            "---\ndate: 2025-07-01\ngroup: challenge-group\nstatus: agreed\nfollow_ups:\n"
                + "  - action: 2025-06-03-hmpps-consider-publish-data\n    status: in-progress\n---\n## Data\n\nThe group heard an update.\n")
        _ = space.buildAndCompare()
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "publish data on natural cause deaths", with: "publish data on deaths from natural causes")
        }
        let edited = space.buildAndCompare()
        #expect((edited.writtenPaths ?? []).contains("meetings/2025-07-01/index.html"), "the follow-up gives the action's words")
        #expect(edited.pagesRendered < edited.pageCount / 2, "pages that show neither meeting are taken as they were")

        try space.edit("Content/meetings/2025-07-01.md") { $0.replacingOccurrences(of: "status: in-progress", with: "status: complete") }
        let followedUp = space.buildAndCompare()
        #expect((followedUp.writtenPaths ?? []).contains("meetings/2025-06-03/index.html"), "the action's tag in the notes that raised it")
    }

    /// An action's page names the actions it was carried from by their titles, which it looks up.
    @Test func anEditToAnActionRedrawsThePagesOfActionsThatNameIt() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/plans/2024-25/9-2-newly-recalled.md") {
            $0.replacingOccurrences(of: "Improve the processes for newly recalled", with: "Improve the processes for recently recalled")
        }
        let report = space.buildAndCompare()
        #expect((report.writtenPaths ?? []).contains("plans/2025-26/2025-26-recall-1/index.html"), "it was carried from the edited action")
        #expect(report.pagesRendered < report.pageCount / 2)
    }

    /// A recommendation's page is drawn from its response, which names the next one: an edit to
    /// one recommendation's step redraws its page, and the others are taken as they were.
    @Test func anEditToARecommendationRedrawsItsPageAndLeavesTheOthers() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/responses/hmip-ipp-recall-2023/02-re-release-without-oral-hearing.md") {
            $0.replacingOccurrences(of: "deadline: March 2024", with: "deadline: June 2024")
        }
        let report = space.buildAndCompare()
        let written = report.writtenPaths ?? []
        #expect(written.contains("responses/hmip-ipp-recall-2023/recommendation-2/index.html"))
        #expect(report.pagesRendered < report.pageCount / 2)
    }

    /// A session takes a page's Markdown as the last build rendered it when the same text is on
    /// the same page; these edits change what the text renders to without changing the text.
    @Test func markdownTakenFromTheLastBuildFollowsTheGlossaryAndTheFigures() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/glossary.yaml") { $0.replacingOccurrences(of: "expansion: Red, Amber, Green", with: "expansion: Red, Amber or Green") }
        let glossary = space.buildAndCompare()
        #expect((glossary.writtenPaths ?? []).contains("meetings/2025-06-03/index.html"), "the notes mark RAG with its new expansion")
        try space.edit("Content/data/unreleased.csv") { $0.replacingOccurrences(of: "2025-03-31,1012,", with: "2025-03-31,1013,") }
        let figures = space.buildAndCompare()
        #expect((figures.writtenPaths ?? []).contains { $0.hasPrefix("data/annual-report-2024-25") }, "the prose cites the new figure")
    }

    @Test func aFieldEveryPageShowsRendersEveryPage() throws {
        let space = try Workspace(repository: repository)
        let first = space.buildAndCompare()
        try space.edit("Content/site.yaml") { $0.replacingOccurrences(of: "title: ", with: "title: The ") }
        let report = space.buildAndCompare()
        #expect(report.pagesRendered == first.pagesRendered, "the site's title is in every page's header")
    }

    /// The A to Z split by letter: a page of one letter is taken from the last build by the
    /// entries it shows and the letters' addresses, so a title that moves to another letter
    /// redraws that letter's pages and the pages of the letter it left, and no others.
    @Test func aTitleThatMovesToAnotherLetterRedrawsBothLettersPagesOfTheAToZ() throws {
        let space = try Workspace(repository: repository)
        try space.edit("Content/site.yaml") { $0 + "paginate:\n  a_to_z: 10\n" }
        _ = space.buildAndCompare()
        try space.edit("Content/plans/2025-26/recall-2-recall-decisions.md") {
            $0.replacingOccurrences(of: "title: Improve recall decisions", with: "title: Make recall decisions better")
        }
        let moved = space.buildAndCompare()
        let letterPages = (moved.writtenPaths ?? []).filter { $0.hasPrefix("a-z/") && $0 != "a-z/index.html" }
        #expect(letterPages.contains { $0.hasPrefix("a-z/i/") }, "the letter it left")
        #expect(letterPages.contains { $0.hasPrefix("a-z/m/") }, "the letter it joined")
        #expect(letterPages.allSatisfy { $0.hasPrefix("a-z/i/") || $0.hasPrefix("a-z/m/") }, "other letters' pages are as they were: \(letterPages)")
        // A letter no entry had before: every letter's page lists it, so every one is redrawn.
        try space.edit("Content/plans/2025-26/recall-2-recall-decisions.md") {
            $0.replacingOccurrences(of: "title: Make recall decisions better", with: "title: Zero delay in recall decisions")
        }
        let newLetter = space.buildAndCompare()
        #expect((newLetter.writtenPaths ?? []).contains("a-z/s/index.html"), "a letter's page gains the link to Z")
    }

    /// The A to Z takes the entries of the meetings from the last build where they would be the
    /// same: after each edit to what they show (an action's words, the group's name, an action
    /// moving to another page of the log) and each edit to what they do not, the site is a full build's.
    @Test func theAToZTakesTheMeetingsEntriesFromTheLastBuildOnlyWhereTheyWouldBeTheSame() throws {
        let space = try Workspace(repository: repository)
        try space.edit("Content/site.yaml") { $0 + "paginate:\n  action_log: 2\n" }
        let later = "Content/meetings/2025-07-01.md"
        try space.folder.write(
            later,
            "---\ndate: 2025-07-01\ngroup: challenge-group\nstatus: agreed\nfollow_ups:\n  - action: 2025-06-03-hmpps-consider-publish-data\n    status: in-progress\n    note: Under way.\n---\nThe group met.\n")
        _ = space.buildAndCompare()
        try space.edit("Content/meetings/2025-06-03.md") { $0.replacingOccurrences(of: "summary: >-", with: "summary: >-\n  A field the A to Z does not show.") }
        _ = space.buildAndCompare()
        try space.edit("Content/meetings/2025-06-03.md") {
            $0.replacingOccurrences(of: "ACTION: HMPPS to consider whether it can publish", with: "ACTION: HMPPS to consider whether to publish")
        }
        let reworded = space.buildAndCompare()
        #expect(reworded.succeeded)
        #expect((reworded.writtenPaths ?? []).contains("a-z/index.html"))
        try space.edit("Content/groups/challenge-group.md") { $0.replacingOccurrences(of: "title: IPP External", with: "title: The IPP External") }
        _ = space.buildAndCompare()
        // Done: the action leaves the open actions at the head of the log for the closed at its end.
        try space.edit(later) {
            $0.replacingOccurrences(of: "status: in-progress\n    note: Under way.", with: "status: complete\n    note: The data was published.")
        }
        let moved = space.buildAndCompare()
        #expect(moved.succeeded)
        #expect(try String(contentsOfFile: space.folder.path + "/Site/a-z/index.html", encoding: .utf8).contains(
            "meetings/actions/page-3/index.html#action-2025-06-03-hmpps-consider-publish-data"))
        // A meeting added: the pages', plans' and groups' entries are taken, the meetings' made again.
        try space.folder.write("Content/meetings/2025-07-08.md", "---\ndate: 2025-07-08\ngroup: challenge-group\nstatus: agreed\n---\nThe group met again.\n")
        let added = space.buildAndCompare()
        #expect(added.succeeded)
        #expect((added.writtenPaths ?? []).contains("a-z/index.html"))
    }

    @Test func aPageEditedThenPutBackWithAFieldChangeIsRenderedAgain() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        let meeting = "Content/meetings/2025-06-03.md"
        let original = try String(contentsOfFile: space.folder.path + "/" + meeting, encoding: .utf8)
        try space.edit(meeting) { $0.replacingOccurrences(of: "sent his apologies", with: "sent his regrets") }
        _ = space.buildAndCompare()
        // The meeting's page is now given what it was given at first: it must not be taken
        // from the first render, nor left as the edit made it.
        try original.write(toFile: space.folder.path + "/" + meeting, atomically: false, encoding: .utf8)
        try space.edit("Content/pages/about.md") { $0.replacingOccurrences(of: "title: About", with: "title: About us") }
        let report = space.buildAndCompare()
        #expect((report.writtenPaths ?? []).contains("meetings/2025-06-03/index.html"))
    }

    @Test func addingRemovingAndBreakingFilesMatchesAFullBuild() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.folder.write(
            "Content/updates/2025-07-17-news.md", "---\ntitle: News\ndate: 2025-07-17\n---\n## New\n\nSee [about](../pages/about.md).\n")
        let added = space.buildAndCompare()
        #expect((added.writtenPaths ?? []).contains("updates/2025-07-17-news/index.html"))

        // A heading another page links to changes: the link becomes an error, and nothing is written.
        try space.edit("Content/updates/2025-07-17-news.md") { $0 + "\nSee [the section](#new).\n" }
        _ = space.buildAndCompare()
        try space.edit("Content/updates/2025-07-17-news.md") { $0.replacingOccurrences(of: "## New", with: "## Newer") }
        let before = space.folder.tree("Site")
        let broken = space.buildAndCompare()
        #expect(!broken.succeeded)
        #expect(broken.diagnostics.errors.contains { $0.message.contains("\"#new\"") })
        #expect(space.folder.tree("Site") == before, "the last good site is kept")

        try space.edit("Content/updates/2025-07-17-news.md") { $0.replacingOccurrences(of: "(#new)", with: "(#newer)") }
        _ = space.buildAndCompare()
        try FileManager.default.removeItem(atPath: space.folder.path + "/Content/updates/2025-07-17-news.md")
        let removed = space.buildAndCompare()
        #expect((removed.removedPaths ?? []).contains("updates/2025-07-17-news/index.html"))
    }

    @Test func aProblemOnAPageTakenAsItWasIsReportedWhereItNowIs() throws {
        let space = try Workspace(repository: repository)
        try space.folder.write("Content/updates/2025-07-17-news.md", "---\ntitle: News\ndate: 2025-07-17\n---\nSee [the part](#nowhere).\n")
        let broken = space.buildAndCompare()
        #expect(broken.diagnostics.errors.map(\.location?.line) == [5])
        // A line added to the front matter moves the link down; the page's HTML is the same.
        try space.edit("Content/updates/2025-07-17-news.md") { $0.replacingOccurrences(of: "title: News", with: "# A note\ntitle: News") }
        let moved = space.buildAndCompare()
        #expect(moved.pagesRendered < moved.pageCount)
        #expect(moved.diagnostics.errors.map(\.location?.line) == [6])
    }

    /// Prose edits that break a link and mend it, on the page that has it and on the page it
    /// points at (which the linking page is not rendered again for), are reported as a full
    /// build reports them, and no longer once mended.
    @Test func linksBrokenAndMendedByProseEditsAreReportedAsAFullBuildReportsThem() throws {
        let space = try Workspace(repository: repository)
        try space.folder.write("Content/pages/budget.md", "---\ntitle: Budget\n---\n## Spending\n\nThe spending plan.\n")
        try space.folder.write(
            "Content/pages/notes.md", "---\ntitle: Notes\n---\nSee [spending](budget.md#spending) and [below](#later).\n\n## Later\n\nMore.\n")
        #expect(space.buildAndCompare().diagnostics.errors.isEmpty)

        try space.edit("Content/pages/budget.md") { $0.replacingOccurrences(of: "## Spending", with: "## Costs") }
        let target = space.buildAndCompare()
        #expect(target.pagesRendered < target.pageCount)
        #expect(target.diagnostics.errors.map(\.location?.file) == [space.folder.path + "/Content/pages/notes.md"])

        try space.edit("Content/pages/notes.md") { $0.replacingOccurrences(of: "## Later", with: "## After") }
        #expect(space.buildAndCompare().diagnostics.errors.count == 2)

        try space.edit("Content/pages/budget.md") { $0.replacingOccurrences(of: "## Costs", with: "## Spending") }
        try space.edit("Content/pages/notes.md") { $0.replacingOccurrences(of: "## After", with: "## Later") }
        let mended = space.buildAndCompare()
        #expect(mended.pagesRendered < mended.pageCount)
        #expect(mended.diagnostics.errors.isEmpty)
    }

    @Test func buildsToldWhichFilesChangedMatchAFullBuild() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/pages/about.md") { $0 + "\nOne more sentence.\n" }
        let prose = space.buildAndCompare(changed: ["Content/pages/about.md"])
        #expect(prose.pagesRendered == 1)
        try space.edit("Content/pages/about.md") { $0.replacingOccurrences(of: "title: About", with: "title: About us") }
        let field = space.buildAndCompare(changed: ["Content/pages/about.md"])
        #expect(field.pagesRendered < 5, "the about page and the pages that list it")
        try space.folder.write("Content/pages/new.md", "---\ntitle: New\n---\nNew page.\n")
        _ = space.buildAndCompare(changed: ["Content/pages/new.md"])
        try FileManager.default.removeItem(atPath: space.folder.path + "/Content/pages/new.md")
        _ = space.buildAndCompare(changed: ["Content/pages/new.md"])
        try space.edit("Theme/assets/style.css") { $0 + "\n.extra { color: #000; }\n" }
        let styled = space.buildAndCompare(changed: ["Theme/assets/style.css"])
        #expect(styled.writtenPaths == ["assets/style.css"])
    }

    @Test func changingTheThemeRendersEverythingAgain() throws {
        let space = try Workspace(repository: repository)
        let first = space.buildAndCompare()
        try space.edit("Theme/templates/layout.mustache") { $0.replacingOccurrences(of: "<a class=\"skip-link\"", with: "<a class=\"skip-link skip\"") }
        let second = space.buildAndCompare()
        #expect(second.pagesRendered == first.pagesRendered)
    }
}


extension BuildSessionTests {
    /// The site's words are read with the content: a change to them shows on every page that
    /// uses them, as in a full build.
    @Test func changingTheSitesStringsRendersThePagesThatShowThem() throws {
        let space = try Workspace(repository: repository)
        _ = space.buildAndCompare()
        try space.edit("Content/strings.yaml") { $0 + "layout:\n  skip-link: Skip to the content\n" }
        let second = space.buildAndCompare()
        #expect(second.succeeded)
        #expect(second.pagesRendered > 100, "every page has the skip link")
    }
}

/// The demo content in English alone, so that the pages a change renders or rewrites are counted
/// in one language (in both, each is there twice).
func keepOneLanguage(_ content: String) throws {
    let site = content + "/site.yaml"
    let text = try String(contentsOfFile: site, encoding: .utf8)
    try text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("languages:") }
        .joined(separator: "\n").write(toFile: site, atomically: true, encoding: .utf8)
    for file in FileManager.default.enumerator(atPath: content)?.compactMap({ $0 as? String }) ?? [] where file.contains(".cy.") {
        try FileManager.default.removeItem(atPath: content + "/" + file)
    }
}
