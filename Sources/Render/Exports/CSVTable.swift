/// A table written as CSV (RFC 4180): fields with commas, quotes or line breaks are quoted,
/// lines end with CRLF, text is UTF-8.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    func encoded() -> [UInt8] {
        var text = ""
        for row in [header] + rows {
            text += row.map(Self.field).joined(separator: ",") + "\r\n"
        }
        return Array(text.utf8)
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingQuotes() + "\""
    }
}

extension CSVTable {
    /// One row per record, one column per entry of `columns`: a column's heading and value are
    /// written side by side, so the two cannot drift apart.
    init<Record>(_ records: [Record], columns: [CSVColumn<Record>]) {
        header = columns.map(\.name)
        rows = records.map { record in columns.map { $0.value(record) } }
    }
}

/// A column of an export: its heading, and its value for a record. Missing values are empty,
/// flags are `yes` or `no`, and lists are joined with `; `.
struct CSVColumn<Record> {
    let name: String
    let value: (Record) -> String

    init(_ name: String, value: @escaping (Record) -> String) {
        self.name = name
        self.value = value
    }

    init(_ name: String, _ path: KeyPath<Record, String>) {
        self.init(name) { $0[keyPath: path] }
    }

    init(_ name: String, _ path: KeyPath<Record, String?>) {
        self.init(name) { $0[keyPath: path] ?? "" }
    }

    init(_ name: String, _ path: KeyPath<Record, Int>) {
        self.init(name) { String($0[keyPath: path]) }
    }

    init(_ name: String, _ path: KeyPath<Record, Int?>) {
        self.init(name) { $0[keyPath: path].map(String.init) ?? "" }
    }

    init(_ name: String, _ path: KeyPath<Record, Bool>) {
        self.init(name) { $0[keyPath: path] ? "yes" : "no" }
    }

    /// A list in one cell: "; " between items, or a line break for free text that may hold "; " itself.
    init(_ name: String, _ path: KeyPath<Record, [String]>, separator: String = "; ") {
        self.init(name) { $0[keyPath: path].joined(separator: separator) }
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
    }
}
