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

/// Notes that say earlier actions are finished: read so that a follow-up can be asked for.
@Suite struct StatusMentionTests {
    @Test func namesTheActionsAParagraphSaysAreFinished() {
        let scan = MarkdownDocument(
            """
            A1 – complete.

            A2 and AP3: done.

            Action 2025-11-04-a1: done.

            Action 4 is complete.

            Q3 figures complete.

            The review is complete.

            A5 is still open.

            ACTION (Clerk): Complete the A6 form.

            A7: cwblhawyd.

            Item A3: the review is complete. The A6 form is done. Appendix B2 is closed.
            """
        ).meetingActions()
        #expect(scan.statusMentions.map(\.references) == [["A1"], ["A2", "AP3"], ["2025-11-04-a1"], ["4"], ["Q3"], ["A7"]])
        #expect(scan.statusMentions.map(\.word) == ["complete", "done", "done", "complete", "complete", "cwblhawyd"])
        #expect(scan.statusMentions.map(\.node.startLine) == [1, 3, 5, 7, 9, 17])
        #expect(scan.actions.map(\.text) == ["Complete the A6 form."])
    }
}
