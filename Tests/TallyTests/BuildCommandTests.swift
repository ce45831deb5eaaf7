import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheFixtureSite() throws {
        let site = try FixtureSite()
        let result = try site.tally("build")
        #expect(result.status == 0)
        #expect(result.output.contains("Built 6 pages"))
        #expect(result.output.contains("as at 17 July 2025"))
        #expect(Set(site.tree().keys) == [
            "index.html", "about/index.html", "updates/index.html", "updates/2025-07-17-news/index.html",
            "a-z/index.html", "search/index.html", "search/search-index.js", "search/words-1.js", "search/pages-0.js",
            "assets/style.css", "assets/search.js", "assets/favicon.svg", "feed.xml",
            ".tally-site",  // Tally's stamp: the folder is Tally's to replace
        ])
    }

    @Test func theAsOfOptionAndSourceDateEpochSetTheDateOnEveryPage() throws {
        let site = try FixtureSite()
        #expect(try site.tally("build", "--as-of", "2024-03-31").status == 0)
        let home = String(decoding: site.tree()["index.html"] ?? Data(), as: UTF8.self)
        #expect(home.contains("Status as at <time datetime=\"2024-03-31\">31 March 2024</time>"))
        #expect(try site.tally("build", environment: ["SOURCE_DATE_EPOCH": "1704067200"]).status == 0)
        let again = String(decoding: site.tree()["about/index.html"] ?? Data(), as: UTF8.self)
        #expect(again.contains("1 January 2024"))
    }

    @Test func timingsListEachStageOnlyWhenAskedFor() throws {
        let site = try FixtureSite()
        let plain = try site.tally("build")
        #expect(!plain.errors.contains("Timings:"))
        let timed = try site.tally("build", "--timings")
        #expect(timed.status == 0)
        let lines = timed.errors.split(separator: "\n").map(String.init)
        let stages = lines.drop { $0 != "Timings:" }.dropFirst().compactMap { $0.split(separator: ":").first }
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(Array(stages.prefix(5)) == ["read", "parse", "compute", "render and write", "total"])
    }

    @Test func twoBuildsGiveByteIdenticalSites() throws {
        let site = try FixtureSite()
        #expect(try site.tally("build").status == 0)
        let first = site.tree()
        #expect(try site.tally("build").status == 0)
        #expect(site.tree() == first)
    }

    @Test func theSiteHasNoAbsoluteLinksToItself() throws {
        let site = try FixtureSite()
        #expect(try site.tally("build").status == 0)
        for (path, bytes) in site.tree() where path.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("href=\"/"), "\(path) has a root-relative link")
            #expect(!html.contains("src=\"/"), "\(path) has a root-relative source")
            #expect(!html.contains(site.path), "\(path) contains the build folder's path")
        }
    }

    @Test func helpExitsZeroAndAUsageMistakeExitsTwo() throws {
        let site = try FixtureSite()
        let help = try site.tally("build", "--help")
        #expect(help.status == 0)
        #expect(help.output.contains("--as-of"))
        let badDate = try site.tally("build", "--as-of", "17/07/2025")
        #expect(badDate.status == 2)
        #expect(badDate.errors.contains("--as-of"))
        #expect(try site.tally("build", "--colour").status == 2)
        #expect(try site.tally("publish").status == 2)
    }
}

@Suite struct CheckCommandTests {
    @Test func checkPassesAValidSiteAndWritesNothing() throws {
        let site = try FixtureSite()
        let result = try site.tally("check")
        #expect(result.status == 0)
        #expect(result.output.contains("No errors"))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Site"))
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/about.md", "---\ntitle: About\ncolour: blue\n---\n")
        #expect(try site.tally("check").status == 0)
        #expect(try site.tally("check", "--strict").status == 1)
    }
}
