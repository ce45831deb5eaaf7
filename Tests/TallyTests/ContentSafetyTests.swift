import Foundation
import Testing

/// What Tally reads and publishes from a content folder that is not entirely trustworthy or
/// tidy: links out of it, scheduled posts, YAML that multiplies itself, names that are not
/// ASCII, a broken SOURCE_DATE_EPOCH.
@Suite struct ContentSafetyTests {
    @Test func aSymbolicLinkOutOfTheContentFolderIsAnErrorAtTheLink() throws {
        let site = try FixtureSite()
        try site.write("outside/secret.txt", "root:x:0:0")
        try site.write("outside/page.md", "---\ntitle: Outside\n---\nSecret words.\n")
        let links = FileManager.default
        try links.createDirectory(atPath: site.path + "/Content/static/files", withIntermediateDirectories: true)
        try links.createSymbolicLink(atPath: site.path + "/Content/static/files/passwd.txt", withDestinationPath: site.path + "/outside/secret.txt")
        try links.createSymbolicLink(atPath: site.path + "/Content/pages/x.md", withDestinationPath: "../../outside/page.md")
        try links.createSymbolicLink(atPath: site.path + "/Theme/assets/extra.css", withDestinationPath: "../../outside/secret.txt")
        let result = try site.tally("build")
        #expect(result.status == 1)
        for place in ["Content/static/files/passwd.txt", "Content/pages/x.md", "Theme/assets/extra.css"] {
            #expect(result.errors.contains("\(place):1:1: error: this symbolic link leads to"), "\(place): \(result.errors)")
        }
        #expect(result.errors.contains("hint: copy the file into Content/ in place of the link"))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Site/files/passwd.txt"))
        #expect(try site.tally("check").status == 1)
    }

    @Test func linksInsideTheFolderAreFollowedAndBrokenOrLoopingOnesAreErrors() throws {
        let site = try FixtureSite()
        try site.write("Content/static/files/report.txt", "the report")
        let links = FileManager.default
        try links.createSymbolicLink(atPath: site.path + "/Content/static/latest.txt", withDestinationPath: "files/report.txt")
        try links.createSymbolicLink(atPath: site.path + "/Content/static/archive", withDestinationPath: "files")
        let good = try site.tally("build")
        #expect(good.status == 0, "\(good.errors)")
        #expect(site.tree()["latest.txt"] == Data("the report".utf8))
        #expect(site.tree()["archive/report.txt"] == Data("the report".utf8), "a link to a folder inside is followed")

        try links.createSymbolicLink(atPath: site.path + "/Content/static/gone.pdf", withDestinationPath: "files/missing.pdf")
        try links.createSymbolicLink(atPath: site.path + "/Content/static/files/loop", withDestinationPath: "..")
        let bad = try site.tally("build")
        #expect(bad.status == 1)
        #expect(bad.errors.contains("Content/static/gone.pdf:1:1: error: this symbolic link leads to \"files/missing.pdf\", which does not exist"))
        #expect(bad.errors.contains("Content/static/files/loop:1:1: error: this symbolic link leads back to a folder that holds it"))
    }

    @Test func aSourceDateEpochThatIsNotAWholeNumberIsAnError() throws {
        let site = try FixtureSite()
        let result = try site.tally("build", environment: ["SOURCE_DATE_EPOCH": "garbage"])
        #expect(result.status == 1)
        #expect(result.errors.contains("tally: error: SOURCE_DATE_EPOCH is \"garbage\", which is not a whole number of seconds since 1970"))
        #expect(try site.tally("check", environment: ["SOURCE_DATE_EPOCH": "1.5e9"]).status == 1)
        let fine = try site.tally("build", environment: ["SOURCE_DATE_EPOCH": "1752710400"])
        #expect(fine.output.contains("as at 17 July 2025"))
        #expect(try site.tally("build", "--as-of", "2025-07-17", environment: ["SOURCE_DATE_EPOCH": "garbage"]).status == 0,
            "--as-of comes first, so the variable is not read")
    }

    @Test func pagesAndUpdatesDatedAfterTheAsAtDateAreScheduledNotPublished() throws {
        let site = try FixtureSite()
        try site.write("Content/updates/2025-08-01-launch.md", "---\ntitle: Launch day\ndate: 2025-08-01\n---\nWe launch today.\n")
        try site.write("Content/pages/launch.md", "---\ntitle: About the launch\ndate: 2025-08-01\n---\nDetails.\n")
        let build = try site.tally("build")
        #expect(build.status == 0, "\(build.errors)")
        #expect(build.errors.contains("tally: 2 pages and updates are dated after 17 July 2025, so scheduled and left out (tally check lists them)"))
        let built = site.tree()
        #expect(built["updates/2025-08-01-launch/index.html"] == nil && built["launch/index.html"] == nil)
        for (path, bytes) in built {
            #expect(!String(decoding: bytes, as: UTF8.self).contains("Launch day"), "\(path) mentions the scheduled update")
        }
        let check = try site.tally("check")
        #expect(check.errors.contains("Content/updates/2025-08-01-launch.md:1:1: note: \"Launch day\" is scheduled for 1 August 2025"))
        #expect(check.errors.contains("Content/pages/launch.md:1:1: note: \"About the launch\" is scheduled for 1 August 2025"))

        let onTheDay = try site.tally("build", "--as-of", "2025-08-01")
        #expect(onTheDay.status == 0)
        #expect(site.tree()["updates/2025-08-01-launch/index.html"] != nil)
        #expect(String(decoding: site.tree()["feed.xml"] ?? Data(), as: UTF8.self).contains("Launch day"))

        try site.write("Content/pages/about.md", "---\ntitle: About\n---\nSee [the launch](launch.md).\n")
        let linked = try site.tally("build")
        #expect(linked.status == 1)
        #expect(linked.errors.contains("the link goes to pages/launch.md, which is scheduled for 1 August 2025, after the as-at date"))
    }

    @Test func yamlAliasesThatMultiplyAreBounded() throws {
        let site = try FixtureSite()
        let big = String(repeating: "x", count: 300_000)
        try site.write("Content/pages/about.md", "---\ntitle: &big \(big)\nsummary: *big\ndescription: *big\nnav_title: *big\n---\nText\n")
        let wide = try site.tally("build")
        #expect(wide.status == 1)
        #expect(wide.errors.contains("Content/pages/about.md:5:12: error: the aliases in this YAML (here *big) repeat their values to more than 1 MB of text"))

        let laughs = (["title: &a ha"] + (1...6).map { level in
            "l\(level): &\(Character(UnicodeScalar(97 + level)!)) [" + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 9).joined(separator: ", ") + "]"
        }).joined(separator: "\n")
        try site.write("Content/pages/about.md", "---\n\(laughs)\n---\nText\n")
        let many = try site.tally("check")
        #expect(many.status == 1)
        #expect(many.errors.contains("error: aliases are used more than 100 times in this YAML"), "\(many.errors)")
    }

    @Test func aVeryLongActionIsShownInFullUnderAShortTitle() throws {
        let site = try FixtureSite()
        let words = Array(repeating: "review the evidence again", count: 400).joined(separator: " and ")
        try site.write("Content/groups/board.md", "---\ntitle: Scrutiny board\n---\n")
        try site.write("Content/meetings/2025-06-03.md", "---\ndate: 2025-06-03\nstatus: agreed\n---\nACTION: The council to \(words).\n")
        #expect(try site.tally("build").status == 0)
        let log = String(decoding: site.tree()["meetings/actions/index.html"] ?? Data(), as: UTF8.self)
        guard let heading = log.range(of: "<h3 class=\"log-entry__title\">"), let end = log[heading.upperBound...].range(of: "</h3>") else {
            Issue.record("no entry in the action log")
            return
        }
        #expect(log[heading.upperBound..<end.lowerBound].count < 400, "the heading is short")
        #expect(log.contains("<p class=\"log-entry__text\">The council to \(words).</p>"), "the whole text is kept")
    }

    @Test func fileNamesAreTransliteratedAndANameWithNothingLeftNeedsASlug() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/Ünïcödé fïle.md", "---\ntitle: Unicode\n---\nText\n")
        try site.write("Content/pages/Straße.md", "---\ntitle: Street\n---\nText\n")
        try site.write("Content/pages/日本語.md", "---\ntitle: Japanese\n---\nText\n")
        let missing = try site.tally("build")
        #expect(missing.status == 1)
        #expect(missing.errors.contains("Content/pages/日本語.md:2:1: error: the file name \"日本語.md\" has no Latin letters or digits to make the page's address from"))
        #expect(missing.errors.contains("hint: add a slug to the front matter for the address"))
        #expect(!missing.errors.contains("index.html"), "it is not mistaken for the home page")

        try site.write("Content/pages/日本語.md", "---\ntitle: Japanese\nslug: japanese\n---\nText\n")
        #expect(try site.tally("build").status == 0)
        let built = site.tree()
        #expect(built["unicode-file/index.html"] != nil && built["strasse/index.html"] != nil && built["japanese/index.html"] != nil)

        try site.write("Content/pages/unicode-file.md", "---\ntitle: Clash\n---\nText\n")
        let clash = try site.tally("build")
        #expect(clash.errors.contains("two files would be written to unicode-file/index.html: Content/pages/unicode-file.md and Content/pages/Ünïcödé fïle.md"))
        #expect(clash.errors.contains("with accents dropped"), "the hint gives the real reason, not letter case")
    }
}
