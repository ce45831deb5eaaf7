import Foundation
import Testing

/// The editions, the bundle and the reading-ease report, run as a user runs them.
@Suite struct EditionCommandTests {
    @Test func theOfflineEditionHasNoLinkToTheInternet() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/about.md", "---\ntitle: About\n---\nSee [GOV.UK](https://www.gov.uk/).\n")
        let result = try site.tally("build", "--edition", "offline")
        #expect(result.status == 0, "stderr was:\n\(result.errors)")
        #expect(result.output.contains("offline edition"))
        let about = String(decoding: site.tree()["about/index.html"] ?? Data(), as: UTF8.self)
        #expect(about.contains("(https://www.gov.uk/, which needs the internet)"))
        #expect(!site.tree().values.contains { String(decoding: $0, as: UTF8.self).contains("href=\"http") })
    }

    @Test func thePrintEditionIsOneDocument() throws {
        let site = try FixtureSite()
        let result = try site.tally("build", "--edition", "print", "--output", "Print")
        #expect(result.status == 0, "stderr was:\n\(result.errors)")
        #expect(result.output.contains("Built 1 page (3 files) into Print/"))
        #expect(Set(site.tree("Print").keys) == ["index.html", "assets/style.css", "assets/favicon.svg", ".tally-site"])
        let document = String(decoding: site.tree("Print")["index.html"] ?? Data(), as: UTF8.self)
        #expect(document.contains("<h2 id=\"contents\">Contents</h2>"))
        #expect(document.components(separatedBy: "class=\"print-part\"").count - 1 == 3)
        #expect(!document.contains("<script"))
    }

    @Test func aBundleIsTheSameZipEveryTimeAndVerifies() throws {
        let site = try FixtureSite()
        let first = try site.tally("bundle", "--output", "one.zip")
        #expect(first.status == 0, "stderr was:\n\(first.errors)")
        #expect(first.output.contains("Bundled the offline edition as at 17 July 2025 into one.zip"))
        #expect(first.output.contains("in the folder fixture-site-2025-07-17/"))
        #expect(try site.tally("bundle", "--output", "two.zip").status == 0)
        let one = FileManager.default.contents(atPath: site.path + "/one.zip")
        #expect(one != nil && one == FileManager.default.contents(atPath: site.path + "/two.zip"))
        let verified = try site.tally("bundle", "--verify", "one.zip")
        #expect(verified.status == 0)
        #expect(verified.output.contains("one.zip: all 14 files match MANIFEST.sha256"))
    }

    @Test func aBundleWithAChangedFileFailsVerificationNamingTheFile() throws {
        let site = try FixtureSite()
        #expect(try site.tally("bundle", "--output", "b.zip").status == 0)
        var zip = try #require(FileManager.default.contents(atPath: site.path + "/b.zip"))
        // The about page is stored compressed; flip a byte of its data in place.
        let name = Data("fixture-site-2025-07-17/about/index.html".utf8)
        let header = try #require(zip.range(of: name))
        let dataStart = header.upperBound
        zip[dataStart + 20] ^= 0xFF
        try site.write("b.zip", bytes: Array(zip))
        let result = try site.tally("bundle", "--verify", "b.zip")
        #expect(result.status == 1)
        #expect(
            result.errors.contains("b.zip/fixture-site-2025-07-17/MANIFEST.sha256:3:1: error: about/index.html "),
            "stderr was:\n\(result.errors)")
        #expect(result.errors.contains("tally: 1 error."))
        #expect(!result.errors.contains("Fatal error"))
    }

    @Test func aBundleVerifiedAgainstAnotherManifestChecksumFails() throws {
        let site = try FixtureSite()
        #expect(try site.tally("bundle", "--output", "b.zip").status == 0)
        let result = try site.tally("bundle", "--verify", "b.zip", "--expect", String(repeating: "a", count: 64))
        #expect(result.status == 1)
        #expect(result.errors.contains("MANIFEST.sha256 is not the one you were given"))
    }

    @Test func aBundleIsNotWrittenWhenTheContentHasErrors() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/about.md", "---\ntitle: About\n---\n[x](missing.md)\n")
        let result = try site.tally("bundle", "--output", "b.zip")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/pages/about.md:4:1: error: the link \"missing.md\""))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/b.zip"))
    }

    @Test func checkReportsTheReadingEaseOfEverySummary() throws {
        let site = try FixtureSite()
        try site.write("Content/site.yaml", "title: Fixture site\nas_of: 2025-07-17\nplain_language:\n  max_grade: 8\n")
        try site.write(
            "Content/pages/about.md",
            "---\ntitle: About\nsummary: >-\n  Notwithstanding comprehensive multidisciplinary considerations, organisational accountability necessitates transparency.\n---\nText.\n")
        try site.write("Content/updates/2025-07-17-news.md", "---\ntitle: News\ndate: 2025-07-17\nsummary: We have a new plan. Read it here.\n---\nText.\n")
        let result = try site.tally("check", "--reading-ease")
        #expect(result.status == 0)
        #expect(result.errors.contains("Content/pages/about.md:3:10: warning: this summary reads at grade "))
        #expect(result.errors.contains("above the site's limit of 8"))
        #expect(!result.errors.contains("2025-07-17-news.md:4"))
        #expect(result.output.contains("Reading ease of 2 summaries (Flesch–Kincaid grade; the site's limit is 8):"))
        #expect(result.output.contains("Content/updates/2025-07-17-news.md:4:10"))
        #expect(try site.tally("check", "--strict").status == 1)
        #expect(try site.tally("build").errors.isEmpty, "a build does not report reading ease")
    }
}

@Suite struct EditionBadInputTests {
    @Test func aPageLimitedToAnEditionThatDoesNotExist() throws {
        let site = try FixtureSite()
        #expect(try site.tally("build").status == 0)
        let before = site.tree()
        try site.write("Content/pages/about.md", "---\ntitle: About\neditions: [web, prison]\n---\nText.\n")
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/pages/about.md:3:1: error: \"prison\" is not a valid value for \"editions\""))
        #expect(result.errors.contains("hint: use one of: web, offline, print"))
        #expect(site.tree() == before)
    }

    @Test func aGlossaryEntryDefinedTwice() throws {
        let site = try FixtureSite()
        try site.write(
            "Content/glossary.yaml",
            "terms:\n  - term: IPP\n    expansion: Imprisonment for Public Protection\n  - term: IPP\n    expansion: Something else\n")
        let result = try site.tally("check")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/glossary.yaml:4:5: error: \"IPP\" is defined twice in the glossary (first on line 2)"))
        #expect(result.errors.contains("hint: keep one entry for each term"))
    }

    @Test func aTermUsedButNotInTheGlossaryIsAWarning() throws {
        let site = try FixtureSite()
        try site.write("Content/glossary.yaml", "terms:\n  - term: IPP\n    expansion: Imprisonment for Public Protection\n")
        try site.write("Content/pages/about.md", "---\ntitle: About\n---\nThe IPP and the PPCS.\n")
        let result = try site.tally("check")
        #expect(result.status == 0)
        #expect(result.errors.contains("Content/pages/about.md:4:1: warning: \"PPCS\" looks like an abbreviation that the glossary does not explain"))
    }
}
