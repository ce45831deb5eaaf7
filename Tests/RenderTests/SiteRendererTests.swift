import Diagnostics
import Compute
import Model
import Testing

@testable import Render

func content(_ files: [String: String]) -> Content {
    var sources = files.map { SourceFile(path: $0.key, displayPath: "Content/\($0.key)", text: $0.value) }
    if files["site.yaml"] == nil {
        sources.append(SourceFile(path: "site.yaml", displayPath: "Content/site.yaml", text: "title: Test site\n"))
    }
    return ContentParser.parse(sources).content
}

func renderSite(_ files: [String: String], theme: [SourceFile] = minimalTheme(), edition: Edition = .web) -> RenderedSite {
    let (loaded, _) = Theme.load(theme)
    let model = content(files)
    let assessments = MetricsEngine.assess(model, asOf: CivilDate(year: 2025, month: 7, day: 17)!)
    return SiteRenderer.render(content: model, assessments: assessments, theme: loaded, edition: edition)
}

extension RenderedSite {
    func text(of sitePath: String) -> String? {
        files.first { $0.sitePath == sitePath }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }
}

@Suite struct SiteRendererTests {
    let files = [
        "pages/index.md": "---\ntitle: Home\n---\nSee [about](about.md) and [news](/updates/).\n",
        "pages/about.md": "---\ntitle: About\n---\n## Team\n",
        "updates/2025-07-17-report.md": "---\ntitle: Report\ndate: 2025-07-17\n---\nBack [home](../pages/index.md).\n",
        "static/files/plan.pdf": "%PDF",
    ]

    @Test func rendersEveryPageAndFileWithRelativeLinks() {
        let site = renderSite(files)
        #expect(site.diagnostics.isEmpty)
        #expect(
            site.files.map(\.sitePath) == [
                "a-z/index.html", "about/index.html", "assets/s.css", "feed.xml", "files/plan.pdf", "index.html",
                "search/index.html", "search/pages-0.js", "search/search-index.js", "search/words-1.js",
                "updates/2025-07-17-report/index.html", "updates/index.html",
            ])
        let home = site.text(of: "index.html") ?? ""
        #expect(home.contains("<a href=\"about/index.html\">about</a>"))
        #expect(home.contains("<a href=\"updates/index.html\">news</a>"))
        let update = site.text(of: "updates/2025-07-17-report/index.html") ?? ""
        #expect(update.contains("<a href=\"../../index.html\">home</a>"))
        #expect(update.contains("href=\"../../assets/s.css\""))
        #expect(update.contains("Status as at 17 July 2025"))
    }

    @Test func twoFilesWritingOnePathAreAnError() {
        var clashing = files
        clashing["pages/updates.md"] = "---\ntitle: Updates page\n---\n"
        clashing["pages/About.md"] = "---\ntitle: About again\n---\n"
        let site = renderSite(clashing)
        let messages = site.diagnostics.errors.map(\.message)
        #expect(messages.contains { $0.contains("two files would be written to updates/index.html") })
        #expect(messages.contains { $0.contains("two files would be written to about/index.html") })
    }

    @Test func aLinkToAMissingPartOfAPageIsReportedWhereItWasWritten() {
        var broken = files
        broken["pages/index.md"] = "---\ntitle: Home\n---\nSee [team](about.md#staff).\n"
        let problem = renderSite(broken).diagnostics.errors.first
        #expect(problem?.message == "the link goes to \"#staff\", which is not on about/index.html")
        #expect(problem?.location == SourceLocation(file: "Content/pages/index.md", line: 4, column: 5))
    }

    @Test func aThemeLinkToAMissingFileIsReportedAtTheTemplate() {
        let theme = minimalTheme(overrides: ["page": "{{<layout}}{{$main}}<a href=\"{{root}}missing.html\">x</a><a href=\"/abs.html\">y</a>{{/main}}{{/layout}}"])
        let errors = renderSite(files, theme: theme).diagnostics.errors
        #expect(errors.contains { $0.message.contains("goes to missing.html, which is not in the site") && $0.location?.file == "Theme/templates/page.mustache" })
        #expect(errors.contains { $0.message.contains("starts with /") })
    }

    @Test func theSameInputGivesTheSameBytes() {
        #expect(renderSite(files).files == renderSite(files).files)
    }

    @Test func templateValuesAreEscaped() {
        let site = renderSite(["pages/about.md": "---\ntitle: \"<script>alert(1)</script>\"\n---\n"])
        let about = site.text(of: "about/index.html") ?? ""
        #expect(!about.contains("<script>"))
        #expect(about.contains("&lt;script&gt;"))
    }
}

@Suite struct DuplicateIDTests {
    @Test func anIDUsedTwiceOnAPageIsAnError() {
        let theme = minimalTheme(overrides: ["page": "{{<layout}}{{$main}}<h2 id=\"team\">A</h2>{{{content}}}<p id=\"x\"></p><p id=\"x\"></p>{{/main}}{{/layout}}"])
        let errors = renderSite(["pages/about.md": "---\ntitle: About\n---\n## Team\n"], theme: theme).diagnostics.errors
        #expect(errors.map(\.message) == ["on about/index.html, the id \"x\" is used more than once"])
    }
}
