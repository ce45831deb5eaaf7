import Testing

@testable import Render

/// The table a session keeps of the pages' look-ups: each once, each page naming its own by place.
@Suite struct LookupTableTests {
    @Test func aLookUpMadeByManyPagesIsKeptOnceAndEachPageNamesItsOwn() {
        var table = LookupTable()
        let first = table.places(of: [.plan("a"): .text("A"), .plan("b"): .text("B")])
        let second = table.places(of: [.plan("b"): .text("B"), .plan("c"): .text("C")])
        #expect(table.reads.count == 3, "plan b once, though two pages looked it up")
        #expect(Set(first.map { table.reads[Int($0)] }) == [.plan("a"), .plan("b")])
        #expect(Set(second.map { table.reads[Int($0)] }) == [.plan("b"), .plan("c")])
        #expect(zip(table.reads, table.answers).allSatisfy { read, answer in
            [PageRead.plan("a"): PageAnswer.text("A"), .plan("b"): .text("B"), .plan("c"): .text("C")][read] == answer
        })
    }

    /// When most look-ups are no longer made by any page (pages taken out of the site), the table
    /// lets go of them, and every page's places follow its own look-ups into the smaller table.
    @Test func lookUpsNoPageMakesAnyMoreAreLetGoOfAndThePlacesFollow() throws {
        var table = LookupTable()
        let kept = table.places(of: [.plan("keep"): .text("K")])
        for index in 0..<10 { _ = table.places(of: [.plan("gone \(index)"): .text("G")]) }
        let later = table.places(of: [.plan("later"): .text("L"), .plan("keep"): .text("K")])
        #expect(table.compacted([kept, later]) != nil)
        let (smaller, pages) = try #require(table.compacted([kept, nil, later]))
        #expect(smaller.reads.count == 2)
        #expect(pages.count == 3 && pages[1] == nil)
        #expect(pages[0].map { $0.map { smaller.reads[Int($0)] } } == [.plan("keep")])
        #expect(Set(pages[2]!.map { smaller.reads[Int($0)] }) == [.plan("later"), .plan("keep")])
        #expect(smaller.answers[Int(pages[0]![0])] == .text("K"))
        // While half or more are still made, it is left as it is.
        #expect(smaller.compacted(pages) == nil)
    }
}
