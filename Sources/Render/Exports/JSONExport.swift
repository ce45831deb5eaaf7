import Foundation

/// JSON for exports: keys sorted, so the same data always gives the same bytes.
enum JSONExport {
    static func encode(_ value: some Encodable) -> [UInt8] {
        guard let data = try? encoder().encode(value) else { return Array("{}\n".utf8) }
        return Array(data) + [0x0A]
    }

    /// An export's document, written record by record: the bytes `encode` gives for the whole
    /// document, without Foundation's encoder holding the whole list as it writes it (on a site
    /// of 100,000 notes, several times the file's size). Records are written a few hundred at a
    /// time on all cores, each part by an encoder of its own, and a few parts at a time, so that
    /// little more than the file is ever held.
    static func encode<Record: Encodable & Sendable>(records document: ExportDocument<Record>) -> [UInt8] {
        var shell = document
        shell.records = []
        let whole = encode(shell)
        // The list as Foundation writes an empty one, two levels in; keys are quoted and values'
        // quotes escaped, so this is the list and nothing else.
        let emptyList = Array("\n  \"\(document.recordsKey)\" : [\n\n  ]".utf8)
        guard !document.records.isEmpty, let at = whole.firstRange(of: emptyList) else { return whole }

        var bytes = Array(whole[..<at.lowerBound])
        bytes += Array("\n  \"\(document.recordsKey)\" : [\n".utf8)
        let records = document.records
        let parts = stride(from: 0, to: records.count, by: recordsPerPart).map { $0..<min($0 + recordsPerPart, records.count) }
        for first in stride(from: 0, to: parts.count, by: partsAtOnce) {
            let written = Array(parts[first..<min(first + partsAtOnce, parts.count)]).parallelMap { range -> [UInt8]? in
                let encoder = encoder()
                var bytes: [UInt8] = []
                for index in range {
                    guard let data = try? encoder.encode(records[index]) else { return nil }
                    if index > 0 { bytes += Array(",\n".utf8) }
                    appendIndented(data, by: 4, to: &bytes)
                }
                return bytes
            }
            for part in written {
                guard let part else { return encode(document) }
                bytes += part
            }
        }
        bytes += Array("\n  ]".utf8)
        bytes += whole[at.upperBound...]
        return bytes
    }

    private static let recordsPerPart = 256
    private static let partsAtOnce = 16

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }

    /// `data` with each line that has text moved in by `spaces`: Foundation leaves the line
    /// inside an empty list empty, at any depth.
    private static func appendIndented(_ data: Data, by spaces: Int, to bytes: inout [UInt8]) {
        data.withUnsafeBytes { data in
            var atLineStart = true
            for byte in data {
                if atLineStart, byte != 0x0A { bytes += repeatElement(0x20, count: spaces) }
                bytes.append(byte)
                atLineStart = byte == 0x0A
            }
        }
    }
}

/// An export's JSON: the date it is as at, what made it, and its records under `recordsKey`
/// (`actions`, `recommendations`).
struct ExportDocument<Record: Encodable>: Encodable {
    var asOf: String
    var generator = "Tally"
    var recordsKey: String
    var records: [Record]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(asOf, forKey: Key("asOf"))
        try container.encode(generator, forKey: Key("generator"))
        try container.encode(records, forKey: Key(recordsKey))
    }
}

extension ExportDocument: Sendable where Record: Sendable {}
