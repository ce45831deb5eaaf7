import Foundation
import Compute
import Model
import Testing

@testable import Render

/// The repository's own theme files, as a build reads them.
let repositoryThemeFiles: [SourceFile] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Theme")
    let paths = FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? []
    return paths.sorted().compactMap { path in
        guard let data = FileManager.default.contents(atPath: root.path + "/" + path), !path.hasPrefix(".") else { return nil }
        var isFolder: ObjCBool = false
        FileManager.default.fileExists(atPath: root.path + "/" + path, isDirectory: &isFolder)
        return isFolder.boolValue ? nil : SourceFile(path: path, displayPath: "Theme/" + path, bytes: [UInt8](data))
    }
}()

@Suite struct PlanPagesTests {
    let files: [String: String] = [
        "plans/old/plan.md": "---\ntitle: Old plan\npublished: 2023-04-26\ntheme_label: Workstream\nthemes:\n  - id: \"1\"\n    title: Operations\n    leads: [Lead A]\n---\nOld overview.\n",
        "plans/old/a.md": "---\nid: old-1\nnumber: \"1.1\"\ntitle: Write the framework\ntheme: \"1\"\ndeadline: End Sept 2023\n---\nSteps.\n",
        "plans/old/b.md": "---\nid: old-2\nnumber: \"1.2\"\ntitle: Hold the event\ntheme: \"1\"\ndeadline: June 23\nupdates:\n  - date: 2023-06-20\n    status: complete\n    note: Held on **20 June**.\n---\n",
        "plans/new/plan.md": "---\ntitle: New plan\npublished: 2024-11-15\nsupersedes: old\nthemes:\n  - id: ops\n    title: Operations\n---\nNew.\n",
        "plans/new/a.md": "---\nid: new-1\ntitle: Publish the framework\ntheme: ops\nowners: [Director]\ncarried_from: old-1\n---\n",
        "plans/new/b.md": "---\nid: new-2\ntitle: Something new\ntheme: ops\nowners: [Director]\ndeadline: Q3 2024\n---\n",
    ]

    func site(asOf: String = "2024-06-30") -> RenderedSite {
        let (theme, themeProblems) = Theme.load(repositoryThemeFiles)
        precondition(!themeProblems.hasErrors, "\(themeProblems.items)")
        let model = content(files)
        return SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: asOf)!), theme: theme)
    }

    @Test func everyPlanPageExists() {
        let paths = Set(site().files.map(\.sitePath))
        for path in [
            "plans/index.html", "plans/old/index.html", "plans/old/old-1/index.html", "plans/old/overdue/index.html",
            "plans/old/complete/index.html", "plans/old/owners/index.html", "plans/new/changes/index.html",
            "plans/actions.csv", "plans/actions.json",
        ] {
            #expect(paths.contains(path), "\(path) is missing")
        }
        #expect(!paths.contains("plans/old/changes/index.html"), "a plan that supersedes nothing has no changes page")
        #expect(site().diagnostics.errors.isEmpty, "\(site().diagnostics.errors)")
    }

    @Test func thePlanTableShowsEachActionWithItsOwnerDeadlineAndStatusAsWords() {
        let html = site().text(of: "plans/old/index.html") ?? ""
        #expect(html.contains("<h2 id=\"theme-1\">Workstream 1: Operations</h2>"))
        #expect(html.contains("<span class=\"action-number\">1.1</span> Write the framework</a>"))
        #expect(html.contains("<td data-label=\"Owner\">Lead A</td>"))
        #expect(html.contains("<span class=\"due-text\">End Sept 2023</span>"))
        #expect(html.contains("<strong class=\"tag tag--grey\">Not reported</strong> <strong class=\"tag tag--red\">Overdue</strong>"))
        #expect(html.contains("<strong class=\"tag tag--green\">Complete</strong>"))
    }

    @Test func theActionPageKeepsThePublishedWordsBesideTheDateTheyWereReadAs() {
        let html = site().text(of: "plans/old/old-1/index.html") ?? ""
        #expect(html.contains("“End Sept 2023”"))
        #expect(html.contains("read as 30 September 2023: the end of September 2023"))
        #expect(html.contains("It was due by 30 September 2023 and has not been reported finished, so it is overdue."))
        #expect(html.contains("No update on this action has been published."))
    }

    /// The page said "10 April 2025 is after its deadline of 31 December 2024" of an action due
    /// on 31 March 2025, and "It was due by" a step's date of an action due later: the dates were
    /// its steps'.
    @Test func anActionLateByAStepsDeadlineSaysItWasAStepsNotItsOwn() {
        var files = files
        files["plans/old/c.md"] = "---\nid: old-3\ntitle: Retrofit homes\ntheme: \"1\"\ndeadline: March 2024\nmilestones:\n  - text: Survey homes\n    deadline: December 2023\nupdates:\n  - date: 2024-02-10\n    status: complete\n---\n"
        files["plans/old/d.md"] = "---\nid: old-4\ntitle: Insulate homes\ntheme: \"1\"\ndeadline: March 2024\nmilestones:\n  - text: Survey homes\n    deadline: December 2023\nupdates:\n  - date: 2024-04-10\n    status: complete\n---\n"
        files["plans/old/e.md"] = "---\nid: old-5\ntitle: Heat homes\ntheme: \"1\"\ndeadline: March 2025\nmilestones:\n  - text: Survey homes\n    deadline: December 2023\n---\n"
        let (theme, _) = Theme.load(repositoryThemeFiles)
        let model = content(files)
        let site = SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2024-06-30")!), theme: theme)
        let stepLate = site.text(of: "plans/old/old-3/index.html") ?? ""
        #expect(stepLate.contains("10 February 2024 is after the deadline of one of its steps, 31 December 2023."))
        #expect(!stepLate.contains("after its deadline"))
        #expect(site.text(of: "plans/old/old-4/index.html")?.contains("10 April 2024 is after its deadline of 31 March 2024.") == true)
        // Open, and overdue by its step: "It was due by 31 December 2023" said the action was.
        let stepOverdue = site.text(of: "plans/old/old-5/index.html") ?? ""
        #expect(stepOverdue.contains("One of its steps was due by 31 December 2023 and has not been reported done, so it is overdue."))
        #expect(!stepOverdue.contains("It was due by"))
    }

    @Test func updatesAreShownNewestFirstWithTheirNotes() {
        let html = site().text(of: "plans/old/old-2/index.html") ?? ""
        #expect(html.contains("<time datetime=\"2023-06-20\">20 June 2023</time>"))
        #expect(html.contains("Held on <strong>20 June</strong>."))
    }

    @Test func carriedActionsLinkBothWays() {
        let rendered = site(asOf: "2025-07-17")
        let old = rendered.text(of: "plans/old/old-1/index.html") ?? ""
        #expect(old.contains("Carried over into <a href=\"../../new/new-1/index.html\">Publish the framework</a>"))
        let new = rendered.text(of: "plans/new/new-1/index.html") ?? ""
        #expect(new.contains("Carried over from <a href=\"../../old/old-1/index.html\">1.1 Write the framework</a>"))
        let changes = rendered.text(of: "plans/new/changes/index.html") ?? ""
        #expect(changes.contains("Something new"))
    }

    @Test func theOverdueViewListsOnlyOverdueActions() {
        let html = site().text(of: "plans/old/overdue/index.html") ?? ""
        #expect(html.contains("Write the framework"))
        #expect(!html.contains("Hold the event"))
    }

    @Test func theExportsSayWhatThePagesSay() throws {
        let rendered = site()
        let json = try #require(rendered.files.first { $0.sitePath == "plans/actions.json" })
        let document = try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any]
        let actions = try #require(document?["actions"] as? [[String: Any]])
        let first = try #require(actions.first { $0["id"] as? String == "old-1" })
        #expect(first["status"] as? String == "not-reported")
        #expect(first["overdue"] as? Bool == true)
        #expect(first["next_due"] as? String == "2023-09-30")
        #expect(first["deadlines_as_published"] as? [String] == ["End Sept 2023"])
        #expect(document?["as_of"] as? String == "2024-06-30")

        let csv = String(decoding: try #require(rendered.files.first { $0.sitePath == "plans/actions.csv" }).bytes, as: UTF8.self)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 1 + actions.count)
        #expect(lines[0].hasPrefix("plan,plan_title,plan_published,plan_supersedes,id,number,theme"))
        #expect(lines.contains { $0.hasPrefix("old,Old plan,2023-04-26,,old-1,1.1,1,Operations,Write the framework,Lead A,End Sept 2023,2023-09-30,,,,not-reported,Not reported,,yes,") })
        #expect(lines.contains { $0.hasPrefix("new,New plan,2024-11-15,old,") }, "a plan's place in the series is exported, so the export imports back")
    }
}
