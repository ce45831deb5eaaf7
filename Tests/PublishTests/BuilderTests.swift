import Foundation
import Model
import Publish
import Testing

/// The repository's own theme, which every real build uses.
let repositoryTheme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Theme").path

@Suite struct BuilderTests {
    func makeContent(in folder: TemporaryFolder, home: String = "---\ntitle: Home\n---\nHello\n") throws {
        try folder.write("Content/site.yaml", "title: Test\n")
        try folder.write("Content/pages/index.md", home)
    }

    func options(_ folder: TemporaryFolder) -> BuildOptions {
        BuildOptions(
            contentFolder: folder.path + "/Content", themeFolder: repositoryTheme, outputFolder: folder.path + "/Site",
            asOf: CivilDate(year: 2025, month: 7, day: 17))
    }

    @Test func buildsAndWritesTheSite() throws {
        let folder = try TemporaryFolder()
        try makeContent(in: folder)
        let report = Builder.run(options(folder), write: true)
        #expect(report.succeeded)
        #expect(report.wrote)
        #expect(folder.read("Site/index.html")?.contains("Status as at <time datetime=\"2025-07-17\">17 July 2025</time>") == true)
    }

    @Test func aCheckWritesNothing() throws {
        let folder = try TemporaryFolder()
        try makeContent(in: folder)
        let report = Builder.run(options(folder), write: false)
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Site"))
    }

    @Test func anErrorLeavesThePreviousSiteUntouched() throws {
        let folder = try TemporaryFolder()
        try makeContent(in: folder)
        #expect(Builder.run(options(folder), write: true).succeeded)
        let before = folder.tree("Site")
        try folder.write("Content/pages/index.md", "---\ntitle: Home\n---\n[x](missing.md)\n")
        let report = Builder.run(options(folder), write: true)
        #expect(!report.succeeded)
        #expect(!report.wrote)
        #expect(folder.tree("Site") == before)
    }
}
