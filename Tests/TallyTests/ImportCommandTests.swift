import Foundation
import Testing

/// `tally import` from the tables a team already has, through the command line.
@Suite struct ImportCommandTests {
    /// Tally's own `plans/actions.csv`, imported into an empty site and built, gives the same export.
    @Test func importingTheActionsExportIntoAnEmptySiteGivesTheSameActions() throws {
        let folder = try EmptyFolder()
        try FileManager.default.copyItem(
            atPath: repositoryRoot.appendingPathComponent("Tests/Fixtures/council/Content").path, toPath: folder.path + "/Content")
        let built = try folder.tally("build")
        #expect(built.status == 0, "\(built.errors)")
        let export = try #require(folder.text("Site/plans/actions.csv"))

        try FileManager.default.createDirectory(atPath: folder.path + "/again/Content", withIntermediateDirectories: true)
        try "title: Again\nas_of: 2025-10-01\n".write(toFile: folder.path + "/again/Content/site.yaml", atomically: true, encoding: .utf8)
        for plan in ["ceap-2024", "ceap-2025"] {
            let imported = try folder.tally("import", "actions", "../Site/plans/actions.csv", "--plan", plan, in: "again")
            #expect(imported.status == 0, "\(imported.errors)")
        }
        let rebuilt = try folder.tally("build", in: "again")
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
        #expect(folder.text("again/Site/plans/actions.csv") == export, "same actions, statuses, deadlines, carry-overs and last reports")
    }

    @Test func aTrackerImportsThenItsLaterVersionAddsDatedUpdates() throws {
        let folder = try EmptyFolder()
        #expect(try folder.tally("init", "site", "--date", "2026-01-15").status == 0)
        let june = """
            Ref,Action,Lead officer,By when,Progress,Latest position
            R1,"Open two warm spaces in each ward","Head of Communities","March 2027","In progress","Six of twenty open"
            R2,Publish the damp and mould policy,Head of Housing,"Q4 2026/27",Not started,
            """
        try june.write(toFile: folder.path + "/tracker-june.csv", atomically: true, encoding: .utf8)
        let preview = try folder.tally("import", "actions", "../tracker-june.csv", "--plan", "resilience", "--plan-title", "Resilience plan", "--date", "2026-06-30", "--dry-run", in: "site")
        #expect(preview.status == 0, "\(preview.errors)")
        #expect(preview.output.contains("Would create Content/plans/resilience/plan.md"))
        #expect(!folder.exists("site/Content/plans/resilience"), "a dry run writes nothing")

        let imported = try folder.tally("import", "actions", "../tracker-june.csv", "--plan", "resilience", "--plan-title", "Resilience plan", "--date", "2026-06-30", in: "site")
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(try folder.tally("check", "--strict", in: "site").status == 0)

        let september = june.replacingOccurrences(of: "\"In progress\",\"Six of twenty open\"", with: "Complete,All twenty open")
        try september.write(toFile: folder.path + "/tracker-september.csv", atomically: true, encoding: .utf8)
        let later = try folder.tally("import", "actions", "../tracker-september.csv", "--plan", "resilience", "--date", "2026-09-30", in: "site")
        #expect(later.status == 0, "\(later.errors)")
        #expect(later.output.contains("R1: complete from 2026-09-30 (was in-progress)"))
        #expect(!later.output.contains("R2:"), "an action whose row did not change gets no update")
        let r1 = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/site/Content/plans/resilience").first { $0.contains("warm-spaces") })
        let text = try #require(folder.text("site/Content/plans/resilience/" + r1))
        #expect(text.contains("  - date: 2026-06-30\n    status: in-progress"))
        #expect(text.contains("  - date: 2026-09-30\n    status: complete\n    note: All twenty open"))
        #expect(try folder.tally("check", "--strict", in: "site").status == 0)
    }

    @Test func aBadTrackerIsRefusedAtEachCellAndWritesNothing() throws {
        let folder = try EmptyFolder()
        #expect(try folder.tally("init", "site", "--date", "2026-01-15").status == 0)
        try """
            Ref,Action,Owner,Lead,Deadline
            R1,Open warm spaces,Communities,Housing,Spring
            """.write(toFile: folder.path + "/two-owners.csv", atomically: true, encoding: .utf8)
        let twoOwners = try folder.tally("import", "actions", "../two-owners.csv", "--plan", "p", "--date", "2026-06-30", in: "site")
        #expect(twoOwners.status == 1)
        #expect(twoOwners.errors.contains("../two-owners.csv: row 1: error: two columns could be the owners: \"Owner\" (column C) and \"Lead\" (column D)"))

        try """
            Ref,Action,Owner,Deadline
            R1,Open warm spaces,Communities,Spring
            R2,Publish the policy,Housing,Whenever possible
            """.write(toFile: folder.path + "/deadlines.csv", atomically: true, encoding: .utf8)
        let deadlines = try folder.tally("import", "actions", "../deadlines.csv", "--plan", "p", "--date", "2026-06-30", in: "site")
        #expect(deadlines.status == 1)
        #expect(deadlines.errors.contains("../deadlines.csv: row 2, column \"Deadline\": error:"))
        #expect(deadlines.errors.contains("../deadlines.csv: row 3, column \"Deadline\": error:"))
        #expect(deadlines.errors.contains("2 problems; nothing was written."))
        #expect(!folder.exists("site/Content/plans/p"))
    }
}
