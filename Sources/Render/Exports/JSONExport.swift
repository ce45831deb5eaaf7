import Foundation

/// JSON for exports: keys sorted, so the same data always gives the same bytes.
enum JSONExport {
    static func encode(_ value: some Encodable) -> [UInt8] {
        guard let data = try? encoder().encode(value) else { return Array("{}\n".utf8) }
        return Array(data) + [0x0A]
    }

    /// A document with one long list of records, written record by record: the bytes `encode`
    /// gives for the whole document, without Foundation's encoder holding the whole list as it
    /// writes it (on a site of 100,000 notes, several times the file's size).
    static func encode<Document: RecordsDocument>(records document: Document) -> [UInt8] {
        var shell = document
        shell.records = []
        let whole = encode(shell)
        // The list as Foundation writes an empty one, two levels in; keys are quoted and values'
        // quotes escaped, so this is the list and nothing else.
        let emptyList = Array("\n  \"\(Document.recordsKey)\" : [\n\n  ]".utf8)
        guard !document.records.isEmpty, let at = whole.firstRange(of: emptyList) else { return whole }

        let encoder = encoder()
        var bytes = Array(whole[..<at.lowerBound])
        bytes += Array("\n  \"\(Document.recordsKey)\" : [\n".utf8)
        for (index, record) in document.records.enumerated() {
            guard let data = try? encoder.encode(record) else { return encode(document) }
            if index > 0 { bytes += Array(",\n".utf8) }
            appendIndented(data, by: 4, to: &bytes)
        }
        bytes += Array("\n  ]".utf8)
        bytes += whole[at.upperBound...]
        return bytes
    }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// `data` with each line that has text moved in by `spaces`: Foundation leaves the line
    /// inside an empty list empty, at any depth.
    private static func appendIndented(_ data: Data, by spaces: Int, to bytes: inout [UInt8]) {
        var atLineStart = true
        for byte in data {
            if atLineStart, byte != 0x0A { bytes += repeatElement(0x20, count: spaces) }
            bytes.append(byte)
            atLineStart = byte == 0x0A
        }
    }
}

/// An export's document: a few facts about it and one list of records, the list written under
/// `recordsKey` (its name in the JSON).
protocol RecordsDocument: Encodable {
    associatedtype Record: Encodable
    static var recordsKey: String { get }
    var records: [Record] { get set }
}
