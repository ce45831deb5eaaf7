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

    /// `as_of: 2062-01-15` for 2026: every item due before 2062 was published as overdue.
    @Test func aSiteShownAsAtADayThatHasNotComeIsAnErrorInSiteYAMLAndAWarningAskedFor() throws {
        let folder = try TemporaryFolder()
        try makeContent(in: folder)
        let today = { @Sendable in CivilDate(iso: "2026-11-27")! }
        try folder.write("Content/site.yaml", "title: Test\nas_of: 2062-01-15\n")
        var options = options(folder)
        options.asOf = nil
        let typo = Builder.run(options, write: true, today: today)
        #expect(!typo.succeeded)
        #expect(typo.diagnostics.errors.map(\.message) == [
            "as_of is 15 January 2062, after today (27 November 2026): the site would be shown as it will be then, as if nothing more were reported, and facts dated up to then would be let through"
        ])
        #expect(typo.diagnostics.errors.first?.location?.line == 2)
        try folder.write("Content/site.yaml", "title: Test\nas_of: 2026-01-15\n")
        options.asOf = CivilDate(year: 2027, month: 6, day: 1)
        let asked = Builder.run(options, write: true, today: today)
        #expect(asked.succeeded)
        #expect(asked.diagnostics.warnings.map(\.message) == [
            "the site is shown as at 1 June 2027, after today (27 November 2026): what is due before then is shown overdue, as if nothing more were reported"
        ])
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

    /// A build with an error found before rendering keeps none of its pages (a site of 100,000
    /// notes with one error took 3.7 GB), and still reports the problems only rendering finds.
    @Test func aBuildWithAnErrorStillReportsTheLinksItRendersAndKeepsNoPage() throws {
        let folder = try TemporaryFolder()
        try makeContent(in: folder, home: "---\ntitle: Home\n---\n[x](missing.md)\n")
        try folder.write("Content/pages/about.md", "---\ntitle: About\npublished: sometime\n---\nText.\n")
        let report = Builder.run(options(folder), write: true)
        #expect(!report.succeeded)
        #expect(report.diagnostics.errors.count == 2, "\(report.diagnostics.errors.map(\.message))")
        #expect(report.diagnostics.errors.contains { $0.location?.file.hasSuffix("pages/index.md") == true }, "the link, found by rendering: \(report.diagnostics.errors.map { "\($0.location?.file ?? "") \($0.message)" })")
        #expect(report.site?.files.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/Site"))
    }
}
