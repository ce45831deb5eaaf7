import Model
import Testing

@Suite struct ActionOwnerTests {
    @Test(arguments: [
        ("HMPPS to consider how it can assure consistency.", "HMPPS"),
        ("HMPPS and the Parole Board to share the framework.", "HMPPS and the Parole Board"),
        ("The Chair to write to the Lord Chancellor.", "The Chair"),
    ])
    func theOwnerIsTheNameBeforeTo(text: String, owner: String) {
        #expect(ActionOwner.infer(from: text) == owner)
    }

    @Test(arguments: ["Consider the data.", "We will look again at what the figures say and decide how to respond to them later."])
    func noOwnerWhenTheWordsNameNone(text: String) {
        #expect(ActionOwner.infer(from: text) == nil)
    }

    /// Each of these was read as an owner ("Write", "Update", "It was agreed"): a page that
    /// names the wrong person is worse than one that names none, which warns.
    @Test(arguments: [
        "Write to the Minister about the delays.", "Report to the board in March on the backlog.",
        "Circulate the slides to members.", "Update to be given at the next meeting.",
        "Housing strategy to be brought to the March meeting.", "It was agreed to write to the Minister.",
        "The Chair agreed to write to the Chief Executive.", "Members asked officers to bring the figures.",
        "Following discussion, HMPPS to consider the data.", "Agreed to hold an extra meeting.",
        "Work to begin on the new depot in April.", "Consultation with residents to take place in May.",
    ])
    func noOwnerWhenTheWordsBeforeToAreNotAName(text: String) {
        #expect(ActionOwner.infer(from: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("Housing team to publish the list of homes.", "Housing team"), ("Head of Finance to cost the grants.", "Head of Finance"),
        ("All members to send comments to the clerk.", "All members"), ("Chair to write to the Minister.", "Chair"),
    ])
    func ownersWrittenAsCouncilsWriteThemAreStillRead(text: String, owner: String) {
        #expect(ActionOwner.infer(from: text) == owner)
    }
}
