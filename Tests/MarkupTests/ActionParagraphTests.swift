import Markup
import Testing

@Suite struct ActionParagraphTests {
    @Test func findsParagraphsAndListItemsStartingWithTheMarkerUnderTheirHeadings() {
        let document = MarkdownDocument(
            """
            ## Data

            ### HMPPS

            - A point.
            - ACTION: HMPPS to publish data.

            ACTION: Parole Board to share figures.

            ## AOB

            **ACTION:** HMPPS to *explore* comms.

            Not an ACTION: this one.
            """)
        let found = document.paragraphs(startingWith: "ACTION:")
        #expect(found.map(\.text) == ["HMPPS to publish data.", "Parole Board to share figures.", "HMPPS to explore comms."])
        #expect(found.map(\.section) == [["Data", "HMPPS"], ["Data", "HMPPS"], ["AOB"]])
        #expect(found.map(\.node.startLine) == [6, 8, 12])
    }

    @Test func onlyTheFirstParagraphOfAListItemCounts() {
        let document = MarkdownDocument("- First point\n\n  ACTION: not its own item\n")
        #expect(document.paragraphs(startingWith: "ACTION:").isEmpty)
    }
}
