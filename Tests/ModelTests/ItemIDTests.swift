import Testing

@testable import Model

@Suite struct ItemIDTests {
    @Test func idsCompareAsTheContentDoesWithoutRegardToCase() {
        #expect(ItemID("IPP-1.2") == ItemID("ipp-1.2"))
        #expect(ItemID("IPP-1.2") != ItemID("ipp-1.3"))
        #expect(Set([ItemID("A1"), ItemID("a1")]).count == 1)
        #expect(ItemID("IPP-1.2").written == "IPP-1.2", "kept as written, for messages")
        let places = [ItemID("ceap25-H1"): 1]
        #expect(places[ItemID("CEAP25-h1")] == 1)
    }

    @Test func anActionIsFoundByItsIdHoweverItIsWritten() {
        let parsed = parse([
            "plans/p/plan.md": "---\ntitle: Plan\npublished: 2025-01-01\nthemes:\n  - id: t\n    title: T\n---\n",
            "plans/p/a.md": "---\nid: P-1\ntitle: Do it\ntheme: t\n---\n",
        ])
        let index = ContentIndex(parsed.content)
        #expect(index.action("p-1")?.id == "P-1")
        #expect(index.action("P-2") == nil)
    }
}
