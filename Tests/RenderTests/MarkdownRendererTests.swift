import Diagnostics
import Model
import Testing

@testable import Render

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer(
        links: LinkTable(
            sitePathBySource: ["pages/about.md": "about/index.html"], sitePaths: ["about/index.html", "index.html"],
            sourcePaths: ["pages/about.md", "pages/index.md"]),
        edition: .web)

    func render(_ text: String, firstLine: Int = 4) -> RenderedMarkdown {
        var ids: Set<String> = ["main-content"]
        let markdown = MarkdownText(
            text: text, sourcePath: "pages/index.md", displayPath: "Content/pages/index.md", firstLine: firstLine)
        return renderer.render(markdown, on: "index.html", ids: &ids)
    }

    @Test func headingsGetUniqueIDs() {
        let result = render("## Data\n\n## Data\n\n### Main content\n")
        #expect(result.html == "<h2 id=\"data\">Data</h2>\n<h2 id=\"data-2\">Data</h2>\n<h3 id=\"main-content-2\">Main content</h3>\n")
        #expect(result.headings.map(\.id) == ["data", "data-2", "main-content-2"])
    }

    @Test func aLevelOneHeadingMovesEveryHeadingDownSoThePageKeepsOneH1() {
        let result = render("# Part\n\n## Detail\n")
        #expect(result.html == "<h2 id=\"part\">Part</h2>\n<h3 id=\"detail\">Detail</h3>\n")
    }

    @Test func linksToContentFilesAreRewrittenRelativeToThePage() {
        let result = render("See [about](about.md#team).\n")
        #expect(result.html == "<p>See <a href=\"about/index.html#team\">about</a>.</p>\n")
        #expect(result.anchorLinks.map(\.fragment) == ["team"])
    }

    @Test func aBrokenLinkIsAnErrorAtItsLineAndColumnInTheFile() {
        let result = render("Intro.\n\nRead [this](abuot.md) now.\n")
        let problem = result.diagnostics.first
        #expect(problem?.severity == .error)
        #expect(problem?.location == SourceLocation(file: "Content/pages/index.md", line: 6, column: 6))
        #expect(problem?.hint == "did you mean \"about.md\"?")
    }

    @Test func javascriptLinksAreDroppedKeepingTheirText() {
        let result = render("[Click](javascript:alert(1)) and [more](JAVASCRIPT:x)\n")
        #expect(result.html == "<p>Click and more</p>\n")
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func rawHTMLIsLeftOutWithAWarningButCommentsSilently() {
        let result = render("<div>block</div>\n\nText <b>bold</b>\n\n<!-- note to self -->\n")
        #expect(result.html == "<p>Text bold</p>\n")
        #expect(result.diagnostics.count == 3)
        #expect(result.diagnostics.allSatisfy { $0.message == "raw HTML is not shown on the site" })
    }

    @Test func externalLinksAreKeptAndExternalImagesRefused() {
        let result = render("[GOV.UK](https://www.gov.uk) ![chart](https://example.org/c.png)\n")
        #expect(result.html.contains("<a href=\"https://www.gov.uk\">GOV.UK</a>"))
        #expect(!result.html.contains("<img"))
        #expect(result.diagnostics.first?.message.contains("another website") == true)
    }
}
