import Testing

@testable import Render

/// A session takes an export as it was when the records it is written from have the digest they
/// had: records written alike must share a digest, and records written differently must not.
@Suite struct ByteDigestTests {
    struct Row: Encodable {
        var title: String
        var owners: [String]
        var due: String?
        var count: Int
        var late: Bool
    }

    let row = Row(title: "Café", owners: ["Housing", "Finance"], due: nil, count: 3, late: true)

    @Test func recordsWrittenAlikeShareADigest() {
        let again = Row(title: "Caf" + "é", owners: ["Housing", "Finance"], due: nil, count: 3, late: true)
        #expect(ByteDigest.of(row) != nil)
        #expect(ByteDigest.of(row) == ByteDigest.of(again))
        #expect(ByteDigest.of([row, again]) == ByteDigest.of([again, row]))
    }

    @Test func recordsWrittenDifferentlyDoNot() {
        let respelt = Row(title: "Cafe\u{301}", owners: ["Housing", "Finance"], due: nil, count: 3, late: true)
        #expect(respelt.title == row.title, "Swift counts the two spellings as one string")
        #expect(JSONExport.encode(respelt) != JSONExport.encode(row), "an export writes them differently")
        let variants = [
            respelt,
            Row(title: "Café", owners: ["Housing Finance"], due: nil, count: 3, late: true),
            Row(title: "Café", owners: ["Housing", "Finance"], due: "", count: 3, late: true),
            Row(title: "Café", owners: ["Housing", "Finance"], due: nil, count: 4, late: true),
            Row(title: "Café", owners: ["Housing", "Finance"], due: nil, count: 3, late: false),
        ]
        for variant in variants { #expect(ByteDigest.of(variant) != ByteDigest.of(row)) }
        #expect(ByteDigest.of([row, row]) != ByteDigest.of([row]))
    }
}
