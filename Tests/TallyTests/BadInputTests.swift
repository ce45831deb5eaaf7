import Foundation
import Testing

/// Each bad input from the pipeline issue: the message, the exit code, and an untouched Site/.
@Suite struct BadInputTests {
    /// Builds the fixture once, breaks it with `change`, builds again and checks the failure.
    func expectFailure(
        _ change: (FixtureSite) throws -> Void, reports expected: String, at place: String? = nil,
        hint: String? = nil, command: String = "build"
    ) throws {
        let site = try FixtureSite()
        #expect(try site.tally("build").status == 0)
        let before = site.tree()
        try change(site)
        let result = try site.tally(command)
        #expect(result.status == 1, "exit status for: \(expected)")
        #expect(result.errors.contains(expected), "stderr was:\n\(result.errors)")
        if let place { #expect(result.errors.contains("\(place): error: \(expected)"), "stderr was:\n\(result.errors)") }
        if let hint { #expect(result.errors.contains("hint: \(hint)"), "stderr was:\n\(result.errors)") }
        #expect(!result.errors.contains("Fatal error"))
        #expect(site.tree() == before, "Site/ changed after a failed \(command)")
        if command == "build" { #expect(result.errors.contains("Site/ was not changed")) }
    }

    @Test func unclosedFrontMatter() throws {
        try expectFailure(
            { try $0.write("Content/pages/about.md", "---\ntitle: About\n\nText\n") },
            reports: "the front matter that starts on line 1 is never closed", at: "Content/pages/about.md:1:1",
            hint: "add a line with only --- after the last field, before the text of the page")
    }

    @Test func invalidYAML() throws {
        try expectFailure(
            { try $0.write("Content/pages/about.md", "---\ntitle: About\nsummary: Plan: 2025/26\n---\n") },
            reports: "invalid YAML: mapping values are not allowed in this context", at: "Content/pages/about.md:3:14")
    }

    @Test func missingRequiredField() throws {
        try expectFailure(
            { try $0.write("Content/updates/2025-07-17-news.md", "---\ntitle: News\n---\nText.\n") },
            reports: "missing required field \"date\"", at: "Content/updates/2025-07-17-news.md:2:1",
            hint: "add a line such as date: 2025-07-17")
    }

    @Test func fieldOfTheWrongType() throws {
        try expectFailure(
            { try $0.write("Content/pages/about.md", "---\ntitle:\n  - About\n  - Us\n---\n") },
            reports: "the field \"title\" should be text, not a list", at: "Content/pages/about.md:3:3")
    }

    @Test func dateThatIsNotADate() throws {
        try expectFailure(
            { try $0.write("Content/updates/2025-07-17-news.md", "---\ntitle: News\ndate: 2025-02-30\n---\n") },
            reports: "the field \"date\" is not a date: \"2025-02-30\"", at: "Content/updates/2025-07-17-news.md:3:7",
            hint: "write dates as YYYY-MM-DD, for example 2025-07-17")
    }

    @Test func twoFilesWritingTheSamePath() throws {
        try expectFailure(
            { try $0.write("Content/pages/About.md", "---\ntitle: About us\n---\n") },
            reports: "two files would be written to about/index.html")
    }

    @Test func fileThatIsNotUTF8() throws {
        try expectFailure(
            { try $0.write("Content/pages/about.md", bytes: Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)) },
            reports: "the file is not UTF-8 text", at: "Content/pages/about.md:2:11")
    }

    @Test func emptyFile() throws {
        try expectFailure(
            { try $0.write("Content/pages/about.md", "") }, reports: "the file is empty", at: "Content/pages/about.md:1:1")
    }

    @Test func linkToAPageThatDoesNotExistFailsBuildAndCheck() throws {
        for command in ["build", "check"] {
            try expectFailure(
                { try $0.write("Content/pages/index.md", "---\ntitle: Home\n---\nRead [about](abuot.md).\n") },
                reports: "the link \"abuot.md\" goes to pages/abuot.md, which does not exist", at: "Content/pages/index.md:4:6",
                hint: "did you mean \"about.md\"?", command: command)
        }
    }

    @Test func missingThemeTemplate() throws {
        try expectFailure(
            { try $0.remove("Theme/templates/update.mustache") },
            reports: "the theme has no \"update\" template (one update)", at: "Theme/templates/update.mustache:1:1")
    }

    /// A theme's template that looks up a name no page is given would show nothing there.
    @Test func aMistypedNameInAThemesTemplate() throws {
        try expectFailure(
            { site in
                let text = try String(contentsOfFile: site.path + "/Theme/templates/update.mustache", encoding: .utf8)
                try site.write("Theme/templates/update.mustache", "<p>{{page.sumary}}</p>\n" + text)
            },
            reports: "the template uses \"page.sumary\", but no page is given \"sumary\", so it would show nothing",
            at: "Theme/templates/update.mustache:1:4", hint: "did you mean \"summary\"?")
    }

    @Test func contentFolderThatDoesNotExist() throws {
        let site = try FixtureSite()
        let result = try site.tally("build", "--content", "Contnet")
        #expect(result.status == 1)
        #expect(result.errors.contains("tally: error: the folder \"Contnet\" does not exist"))
        #expect(result.errors.contains("hint: did you mean \"Content\"?"))
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Site"))
    }

    @Test func aMistypedFieldIsAnErrorAndAnUnrelatedOneAWarning() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/about.md", "---\ntitle: About\nsumary: In short\n---\n")
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/pages/about.md:3:1: error: unknown field \"sumary\""))
        #expect(result.errors.contains("hint: did you mean \"summary\"?"))
        try site.write("Content/pages/about.md", "---\ntitle: About\nreviewed_by: Jo\n---\n")
        let fine = try site.tally("build")
        #expect(fine.status == 0)
        #expect(fine.errors.contains("Content/pages/about.md:3:1: warning: unknown field \"reviewed_by\" is ignored"))
        #expect(fine.output.contains("(1 warning)"))
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        let site = try FixtureSite()
        try site.write("Content/pages/about.md", "")
        try site.write("Content/updates/2025-07-17-news.md", "---\ntitle: News\ndate: soon\n---\n[y](nowhere.md)\n")
        try site.write("Content/pages/index.md", "---\ntitel: Home\n---\n[x](missing.md)\n")
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("tally: 5 errors;"), "stderr was:\n\(result.errors)")
        #expect(!result.errors.contains("missing required field \"title\""), "the slip titel is the one problem with the title")
        #expect(result.errors.contains("Content/pages/index.md:4:1: error: the link \"missing.md\""))
        #expect(result.errors.contains("Content/updates/2025-07-17-news.md:5:1: error: the link \"nowhere.md\""))
    }
}
