import Markup
import Testing

@Suite struct MarkdownDocumentTests {
    @Test func rendersCommonMarkWithSmartPunctuation() {
        let html = renderMarkdown("It's \"quoted\" -- and *emphasised*...")
        #expect(html == "<p>It’s “quoted” – and <em>emphasised</em>…</p>\n")
    }

    @Test func leavesOutRawHTMLByDefault() {
        let html = renderMarkdown("Hello <script>alert(1)</script>\n\n<div onclick=\"x()\">block</div>\n")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<div"))
        #expect(html.contains("Hello"))
    }

    @Test func walksTheTreeWithSourcePositions() {
        let document = MarkdownDocument("# Title\n\nSome text with [a link](about.md).\n\n- item\n")
        let nodes = document.allNodes()
        let heading = nodes.first { $0.kind == .heading }
        #expect(heading?.headingLevel == 1)
        #expect(heading?.plainText == "Title")
        let link = nodes.first { $0.kind == .link }
        #expect(link?.url == "about.md")
        #expect(link?.startLine == 3)
        #expect(link?.startColumn == 16)
        #expect(nodes.contains { $0.kind == .item })
    }

    @Test func customNodesAreWrittenAsGivenAroundEscapedText() {
        let document = MarkdownDocument("See the plan.\n")
        let text = document.allNodes().first { $0.kind == .text }!
        let abbreviation = MarkdownNode.customInline(before: "<abbr title=\"x\">", after: "</abbr>")
        abbreviation.append(.text("IPP & <co>"))
        text.insertAfter(abbreviation)
        #expect(document.renderHTML() == "<p>See the plan.<abbr title=\"x\">IPP &amp; &lt;co&gt;</abbr></p>\n")
    }

    @Test func unwrapKeepsALinksTextAndDropsTheLink() {
        let document = MarkdownDocument("Click [here](javascript:alert(1)) now\n")
        document.allNodes().first { $0.kind == .link }!.unwrap()
        #expect(document.renderHTML() == "<p>Click here now</p>\n")
    }

    @Test func headingCanBeReplacedByABlockWithAnID() {
        let document = MarkdownDocument("## Next steps\n")
        let heading = document.allNodes().first { $0.kind == .heading }!
        heading.replaceBlock(before: "<h2 id=\"next-steps\">", after: "</h2>")
        #expect(document.renderHTML() == "<h2 id=\"next-steps\">Next steps</h2>\n")
    }
}

@Suite struct LinkDestinationTests {
    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:x", "java\tscript:x", "vbscript:x", "data:text/html,x", "file:///etc/passwd", "//evil.example/x"])
    func unsafeSchemesAreRecognised(destination: String) {
        guard case .unsafe = LinkDestination(destination) else {
            Issue.record("\(destination) was not seen as unsafe")
            return
        }
    }

    @Test func classifiesEveryForm() {
        #expect(LinkDestination("https://www.gov.uk") == .external("https://www.gov.uk"))
        #expect(LinkDestination("mailto:team@example.org") == .external("mailto:team@example.org"))
        #expect(LinkDestination("#data") == .fragment("data"))
        #expect(LinkDestination("about.md#team") == .path("about.md", fragment: "team"))
        #expect(LinkDestination("/updates/?x=1") == .path("/updates/", fragment: nil))
        #expect(LinkDestination("My%20File.pdf") == .path("My File.pdf", fragment: nil))
        #expect(LinkDestination("  ") == .empty)
    }
}

@Suite struct TextTests {
    @Test func slugsAreLowerCaseWordsJoinedByHyphens() {
        #expect(Slug.make("End Sept 2023!") == "end-sept-2023")
        #expect(Slug.make("Women's Estate") == "womens-estate")
        #expect(Slug.make("  --  ") == "")
    }

    @Test func uniqueSlugsGetANumber() {
        var taken: Set<String> = ["data"]
        #expect(Slug.unique("data", in: &taken) == "data-2")
        #expect(Slug.unique("data", in: &taken) == "data-3")
        #expect(Slug.unique("", in: &taken) == "section")
    }

    @Test func escapesTextForHTML() {
        #expect(HTMLText.escape("<a href=\"x\">Tom & Jerry's</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        #expect(HTMLText.escape("plain") == "plain")
    }
}

@Suite struct NodeLifetimeTests {
    static func firstParagraph(of markdown: String) -> MarkdownNode {
        MarkdownDocument(markdown).allNodes().first { $0.kind == .paragraph }!
    }

    @Test func aNodeKeepsItsDocumentAlive() {
        // The document made inside firstParagraph is gone from the caller's view; the node must
        // still point into a live tree.
        let paragraph = Self.firstParagraph(of: "Hello *world*, from [a link](x.md).\n")
        #expect(paragraph.plainText == "Hello world, from a link.")
        #expect(paragraph.children.count == 5)
        #expect(MarkdownDocument("Plain *text*\n").plainText == "Plain text")
    }
}
