import Testing

@testable import Render

/// The long exports are written record by record, to keep a large site's build small; what a
/// reader downloads must be the file Foundation's encoder writes for the whole document.
@Suite struct JSONExportTests {
    struct Step: Encodable {
        var text: String
        var due: String?
        var done: Bool
    }

    struct Row: Encodable {
        var id: String
        var title: String
        var owners: [String]
        var steps: [Step]
        var notes: [String]
        var count: Int
        var share: Double?
        var page: String
    }

    let rows = [
        Row(
            id: "HB-1", title: "Reduce waiting times for \"urgent\" referrals – Café / clinic\nline two", owners: ["Clinical lead", "Estates"],
            steps: [Step(text: "Audit", due: "2027-03-31", done: true), Step(text: "Report", due: nil, done: false)],
            notes: [], count: 12, share: 0.25, page: "plans/2027/index.html#hb-1"),
        Row(id: "HB-2", title: "Cafe\u{301} 😀", owners: [], steps: [], notes: ["", "a\\b"], count: 0, share: nil, page: "plans/2027/index.html"),
        Row(id: "HB-3", title: "", owners: ["Board"], steps: [Step(text: "", due: "", done: false)], notes: [], count: -3, share: 1e21, page: ""),
    ]

    @Test func recordByRecordIsTheWholeDocumentsBytes() {
        for count in 0...rows.count {
            let document = ExportDocument(asOf: "2027-01-31", recordsKey: "rows", records: Array(rows.prefix(count)))
            let written = JSONExport.encode(records: document)
            #expect(written == JSONExport.encode(document), "with \(count) records")
            #expect(written.last == 0x0A)
        }
    }

    /// A large export is written in parts on all cores, a few at a time: joined, they are the
    /// bytes of the whole document, in order, across every part's edge and every group's.
    @Test func anExportWrittenInPartsIsTheWholeDocumentsBytes() {
        let many = (0..<(256 * 17 + 3)).map { number in
            var row = rows[number % rows.count]
            row.id = "HB-\(number)"
            return row
        }
        let document = ExportDocument(asOf: "2027-01-31", recordsKey: "rows", records: many)
        let written = JSONExport.encode(records: document), whole = JSONExport.encode(document)
        // Compared as a flag with the first difference named: the files are a megabyte each.
        let firstDifference = zip(written, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, whole.count)
        let same = written == whole
        #expect(same, "the parts differ from the whole document at byte \(firstDifference) of \(whole.count)")
    }

    @Test func aListNamedLikeTheRecordsInsideARecordIsLeftAlone() {
        struct Outer: Encodable { var rows: [String] }
        let document = ExportDocument(asOf: "2027-01-31", recordsKey: "rows", records: [Outer(rows: []), Outer(rows: ["x"]), Outer(rows: [])])
        #expect(JSONExport.encode(records: document) == JSONExport.encode(document))
    }
}
