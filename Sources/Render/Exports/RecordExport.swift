import Foundation
import Model

/// An export of the site's records (every action, every recommendation), written as CSV and as
/// JSON from one `ExportDocument`: a record for each row gathered from the site, made from that
/// row and the values shared by every record, and from nothing else.
///
/// In a session, a record whose row and shared values are what they were at the last build is
/// not made again: its digest is taken from then, and when every record's digest is, the files
/// are taken as they were (`FilePlan.written`).
protocol RecordExport {
    /// What every record may use: the as-at date, the words of the site.
    associatedtype Shared: Equatable & Sendable
    /// What one record is made from.
    associatedtype Row: Equatable & Sendable
    associatedtype Record: Encodable & Sendable

    static func gather(_ environment: SiteEnvironment) -> (shared: Shared, rows: [Row])
    static func record(_ row: Row, _ shared: Shared) -> Record
    static func document(_ shared: Shared, records: [Record]) -> ExportDocument<Record>
}

/// What every record of most exports may use.
struct ExportBasis: Equatable, Sendable {
    var asOf: CivilDate
    var strings: Strings

    init(_ environment: SiteEnvironment) {
        asOf = environment.asOf
        strings = environment.strings
    }
}

/// What a session keeps of an export for the next build: what it was made from, and the digest
/// of each record (`ByteDigest`: nil for one that did not encode, which is never taken as it was).
struct ExportMemo<Export: RecordExport>: Sendable {
    var shared: Export.Shared
    var rows: [Export.Row]
    var digests: [Int?]

    /// True when `other` gives every record the same bytes.
    func writesTheSame(as other: ExportMemo) -> Bool {
        shared == other.shared && digests.count == other.digests.count
            && zip(digests, other.digests).allSatisfy { $0 != nil && $0 == $1 }
    }
}

/// An export as its files are made in a session: gathered, each record's digest worked out
/// (taken from the last build for a row as it was), and its document made only if a file needs
/// it; once for all its files, and let go of once the last has taken it.
final class SharedExport<Export: RecordExport>: @unchecked Sendable {
    // Guarded by `lock`: the files are made on all cores, and the second waits for the first's.
    private let lock = NSLock()
    private var made: (memo: ExportMemo<Export>, records: [Export.Record?])?
    private var document: ExportDocument<Export.Record>?
    private var taken = 0
    private let users: Int

    init(users: Int) {
        self.users = users
    }

    /// What the next build needs, and the document, unless the file as the last build made it
    /// (from what `before` says) has the bytes it would be written with.
    func take(in environment: SiteEnvironment, before: ExportMemo<Export>?) -> (ExportMemo<Export>, ExportDocument<Export.Record>?) {
        lock.lock()
        defer { lock.unlock() }
        let (memo, records) = made ?? Self.digested(Export.gather(environment), before: before)
        var document: ExportDocument<Export.Record>?
        if before.map(memo.writesTheSame) != true {
            document = self.document ?? Export.document(
                memo.shared, records: memo.rows.indices.map { records[$0] ?? Export.record(memo.rows[$0], memo.shared) })
        }
        taken += 1
        if taken == users {
            (made, self.document, taken) = (nil, nil, 0)
        } else {
            (made, self.document) = ((memo, records), document ?? self.document)
        }
        return (memo, document)
    }

    /// Each row's digest, from `before` where the row and the shared values are as they were;
    /// the records made to digest the others.
    private static func digested(
        _ gathered: (shared: Export.Shared, rows: [Export.Row]), before: ExportMemo<Export>?
    ) -> (ExportMemo<Export>, [Export.Record?]) {
        let (shared, rows) = gathered
        let earlier = before.flatMap { $0.shared == shared ? $0 : nil }
        var records = [Export.Record?](repeating: nil, count: rows.count)
        let digests = rows.indices.map { index -> Int? in
            if let earlier, index < earlier.rows.count, earlier.rows[index] == rows[index] { return earlier.digests[index] }
            let record = Export.record(rows[index], shared)
            records[index] = record
            return ByteDigest.of(record)
        }
        return (ExportMemo(shared: shared, rows: rows, digests: digests), records)
    }
}
