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
        "Work to begin on the new depot in April.", "Consultation with residents to take place in May.", "The review to start in April.",
        "Building work to commence shortly.", "To write to the Minister (Clerk).", "Clerk - Finance to cost the plan.",
    ])
    func noOwnerWhenTheWordsBeforeToAreNotAName(text: String) {
        #expect(ActionOwner.infer(from: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("Housing team to publish the list of homes.", "Housing team"), ("Head of Finance to cost the grants.", "Head of Finance"),
        ("All members to send comments to the clerk.", "All members"), ("Chair to write to the Minister.", "Chair"),
        // "to start" or "to take" with something to do: the owner's work, not a happening
        ("Chief Fire Officer to start the station review in April.", "Chief Fire Officer"),
        ("Head of Estates to begin work on the new depot.", "Head of Estates"), ("Director of Finance to take forward the savings plan.", "Director of Finance"),
        // A dash or a colon between the owner and the work: "Clerk –" and "Clerk - write" were published as owners
        ("Clerk \u{2013} to write to the Minister.", "Clerk"), ("Clerk: to write to the Minister.", "Clerk"),
        ("Clerk - write to the Minister.", "Clerk"), ("J. Smith to review the policy.", "J. Smith"),
    ])
    func ownersWrittenAsCouncilsWriteThemAreStillRead(text: String, owner: String) {
        #expect(ActionOwner.infer(from: text) == owner)
    }

    /// "The Clerk not to publish ..." published "The Clerk not" as the owner.
    @Test func aNegativeInstructionIsOwnedByWhoeverItNames() {
        #expect(ActionOwner.infer(from: "Chief Constable not to publish the figures until checked.") == "Chief Constable")
    }

    @Test(arguments: [
        ("Provide the figures. Owner: Chief Constable.", "Chief Constable"), ("Provide the figures (Lead: Head of Finance)", "Head of Finance"),
        ("Provide the figures \u{2013} responsible officer: Clerk", "Clerk"), ("Provide the figures. By whom: OPCC", "OPCC"),
    ])
    func anOwnerLabelledInTheWordsIsRead(text: String, owner: String) {
        #expect(ActionOwner.labelled(in: text)?.name == owner)
    }

    @Test(arguments: ["Lead the review of the figures.", "Agree the owner: the board asked for one", "Provide the figures. Lead: to be confirmed"])
    func wordsThatOnlyMentionAnOwnerAreNotRead(text: String) {
        #expect(ActionOwner.labelled(in: text) == nil, "\(text)")
    }

    /// "J. Smith to review the policy" was refused as giving work to "Smith" as well as to "J. Smith".
    @Test func anInitialDoesNotEndASentence() {
        #expect(ActionOwner.another(in: "J. Smith to review the policy.", besides: ["J. Smith"]) == nil)
    }

    @Test func workGivenToSomeoneElseInTheSameActionIsFound() {
        #expect(ActionOwner.another(in: "CC to provide the figures; Clerk to circulate them.", besides: ["CC"]) == "Clerk")
        #expect(ActionOwner.another(in: "Clerk to circulate the figures, and Chief Constable to present them.", besides: ["Clerk"]) == "Chief Constable")
        #expect(ActionOwner.another(in: "Dr. Smith to visit the control room.", besides: ["Dr. Smith"]) == nil)
        #expect(ActionOwner.another(in: "Clerk to ask the Rt. Hon. Member to reply.", besides: ["Clerk"]) == nil)
        #expect(ActionOwner.another(in: "Clerk to write. Chair to sign.", besides: ["Clerk"]) == "Chair")
        #expect(ActionOwner.another(in: "Clerk to write to the Home Office; copy to members.", besides: ["Clerk"]) == nil)
        #expect(ActionOwner.another(in: "Chief Constable to liaise with the Commissioner to provide the figures.", besides: ["Chief Constable"]) == nil)
    }
}
