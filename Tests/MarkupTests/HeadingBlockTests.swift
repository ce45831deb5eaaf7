import Markup
import Testing

@Suite struct HeadingBlockTests {
    @Test func replacedHeadingsSitOnTheirOwnLinesAmongOtherBlocks() {
        let document = MarkdownDocument("Intro\n\n## One\n\nText\n\n## Two\n")
        for heading in document.allNodes() where heading.kind == .heading {
            heading.replaceBlock(before: "<h2>", after: "</h2>")
        }
        #expect(document.renderHTML() == "<p>Intro</p>\n<h2>One</h2>\n<p>Text</p>\n<h2>Two</h2>\n")
    }
}
