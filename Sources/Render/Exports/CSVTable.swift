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

extension String {
    fileprivate func replacingQuotes() -> String {
        split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
    }
}
