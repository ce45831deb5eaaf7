extension StringProtocol {
    /// True when `needle` occurs in the text, compared byte for byte in UTF-8. Foundation's
    /// `contains` goes through NSString; this is for checks made on every text of every page.
    public func containsBytes(_ needle: String) -> Bool {
        let needleBytes = Array(needle.utf8)
        guard let first = needleBytes.first else { return true }
        let bytes = utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: first) {
            if bytes[found...].starts(with: needleBytes) { return true }
            index = bytes.index(after: found)
        }
        return false
    }
}
