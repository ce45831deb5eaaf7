import Foundation
import Testing

/// A team with no Swift and no site yet: `tally init`, the theme inside the binary, and
/// `tally check --format` for its CI.
@Suite struct InitCommandTests {
    @Test func aNewSiteBuildsAtOnceWithTheThemeInsideTallyAndNoWarnings() throws {
        let folder = try EmptyFolder()
        let started = try folder.tally("init", "harbour", "--title", "Harbour Board plan", "--organisation", "Harbour Health Board", "--date", "2026-01-15")
        #expect(started.status == 0, "\(started.errors)")
        #expect(started.output.contains("tally serve"))
        #expect(!folder.exists("harbour/Theme"), "the theme stays inside tally")
        #expect(folder.text("harbour/Content/site.yaml")?.contains("organisation: Harbour Health Board") == true)
        #expect(folder.text("harbour/README.md")?.contains("tally check") == true)

        let built = try folder.tally("build", in: "harbour")
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.isEmpty, "a new site builds with no warnings:\n\(built.errors)")
        let home = try #require(folder.text("harbour/Site/index.html"))
        #expect(home.contains("Harbour Board plan"))
        let plans = try #require(folder.text("harbour/Site/plans/index.html"))
        #expect(plans.contains("2 actions"), "the starter plan's two actions are counted")
        #expect(try folder.tally("check", "--strict", in: "harbour").status == 0)

        let again = try folder.tally("init", "harbour")
        #expect(again.status == 1)
        #expect(again.errors.contains("harbour/ is not empty"))
    }

    @Test func theCopiedThemeIsTheOneInsideTallyAndBuildsTheSameSite() throws {
        let folder = try EmptyFolder()
        #expect(try folder.tally("init", "site", "--date", "2026-01-15").status == 0)
        #expect(try folder.tally("build", in: "site").status == 0)
        let withInside = folder.tree("site/Site")

        let copied = try folder.tally("theme", "copy", in: "site")
        #expect(copied.status == 0, "\(copied.errors)")
        let repositoryTheme = repositoryRoot.appendingPathComponent("Theme").path
        var expected: [String: Data] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: repositoryTheme)?.allObjects ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: repositoryTheme + "/" + file, isDirectory: &isFolder)
            if !isFolder.boolValue { expected[file] = FileManager.default.contents(atPath: repositoryTheme + "/" + file) }
        }
        #expect(folder.tree("site/Theme") == expected, "the binary's theme is Theme/ as committed (run scripts/embed-theme)")

        #expect(try folder.tally("build", in: "site").status == 0)
        #expect(folder.tree("site/Site") == withInside)
        let twice = try folder.tally("theme", "copy", in: "site")
        #expect(twice.status == 1, "a theme a team has changed is never overwritten")
    }

    /// A theme's author can see what each page's template may use, and a name one kind of
    /// page is not given is a warning in a build that still succeeds.
    @Test func themeNamesListsWhatEachPagesTemplateIsGiven() throws {
        let folder = try EmptyFolder()
        let meeting = try folder.tally("theme", "names", "meeting")
        #expect(meeting.status == 0)
        let names = Set(meeting.output.split(separator: "\n").map(String.init))
        #expect(names.isSuperset(of: ["actions", "followUps", "present", "apologies", "summary"]))
        #expect(!names.contains("themes") && !names.contains("principles"))
        let all = try folder.tally("theme", "names")
        #expect(all.output.contains("\nplan: "))
        let mistyped = try folder.tally("theme", "names", "meetng")
        #expect(mistyped.status == 1)
        #expect(mistyped.errors.contains("there is no page template \"meetng\""))
        #expect(mistyped.errors.contains("did you mean \"meeting\"?"))

        #expect(try folder.tally("init", "site", "--date", "2026-01-15").status == 0)
        #expect(try folder.tally("theme", "copy", in: "site").status == 0)
        let path = folder.path + "/site/Theme/templates/meeting.mustache"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "{{$main}}\n", with: "{{$main}}\n<p>{{#themes}}{{title}}{{/themes}}</p>\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let built = try folder.tally("build", in: "site")
        #expect(built.status == 0, "\(built.errors)")
        #expect(built.errors.contains("Theme/templates/meeting.mustache:3:4: warning: the template uses \"themes\", but no page drawn with it is given \"themes\""))
    }

    @Test func checkWritesProblemsAsGitHubAnnotationsOrJSON() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/about.md", "---\ntitle: About\nowner: nobody\n---\nText.\n")
        let github = try site.tally("check", "--strict", "--format", "github")
        #expect(github.status == 1, "--strict fails on a warning")
        #expect(github.output.contains("::warning file=Content/pages/about.md,line=3,col=1,title=Tally::unknown field \"owner\" is ignored%0Ahint: "), "\(github.output)")
        let json = try site.tally("check", "--strict", "--format", "json")
        #expect(json.status == 1)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let problems = try #require(decoded?["problems"] as? [[String: Any]])
        #expect(problems.first?["file"] as? String == "Content/pages/about.md")
        #expect(problems.first?["line"] as? Int == 3)
        #expect(problems.first?["severity"] as? String == "warning")
    }
}
