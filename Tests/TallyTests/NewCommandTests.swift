import Foundation
import Testing

@Suite struct NewCommandTests {
    @Test func makesAFileThatChecksAndNeverReplacesOne() throws {
        let site = try FixtureSite()
        let made = try site.tally("new", "update", "--date", "2025-07-18", "--title", "Board met")
        #expect(made.status == 0, "stderr was:\n\(made.errors)")
        #expect(made.output.contains("Created Content/updates/2025-07-18-board-met.md"))
        #expect(try site.tally("check").status == 0)
        let path = site.path + "/Content/updates/2025-07-18-board-met.md"
        try "---\ntitle: Mine\ndate: 2025-07-18\n---\nMy words.\n".write(toFile: path, atomically: true, encoding: .utf8)
        let again = try site.tally("new", "update", "--date", "2025-07-18", "--title", "Board met")
        #expect(again.status == 1)
        #expect(again.errors.contains("tally: error: Content/updates/2025-07-18-board-met.md already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("My words."), "the file is untouched")
    }
}
