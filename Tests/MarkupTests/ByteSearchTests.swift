import Testing

@testable import Markup

@Suite struct ByteSearchTests {
    @Test func findsTextAnywhereInTheBytes() {
        #expect("Recall <!-- a note -->".containsBytes("<!--"))
        #expect("ends with {{".containsBytes("{{"))
        #expect("{{ plan.2025-26.open }}".containsBytes("{{"))
        #expect("Café — naïve".containsBytes("naïve"))
        #expect("anything".containsBytes(""))
    }

    @Test func doesNotFindWhatIsNotThere() {
        #expect(!"Recall < !-- not a comment".containsBytes("<!--"))
        #expect(!"{ {".containsBytes("{{"))
        #expect(!"".containsBytes("{{"))
        #expect(!"{".containsBytes("{{"))
        #expect(!"Cafe".containsBytes("Café"))
    }

    @Test func searchesOnlyASubstringsOwnBytes() {
        let text = "<!-- before --> middle {{ after"
        let middle = text.dropFirst(15).prefix(8)
        #expect(middle == " middle ")
        #expect(!middle.containsBytes("<!--"))
        #expect(!middle.containsBytes("{{"))
        #expect(text.dropFirst(15).containsBytes("{{"))
    }
}
