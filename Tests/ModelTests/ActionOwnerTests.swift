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
}
