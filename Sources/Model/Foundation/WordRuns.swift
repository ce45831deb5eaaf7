extension StringProtocol where SubSequence == Substring {
    /// The runs of letters, and of figures with `figures`, between everything else: what
    /// `split(whereSeparator: { !$0.isLetter && !$0.isNumber })` gives. Text of ASCII alone is
    /// split by its bytes, where asking each character what it is had been a tenth of reading
    /// the notes; other text by its characters, with their Unicode meanings.
    public func wordRuns(figures: Bool = true) -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: { !$0.isLetter && !(figures && $0.isNumber) }) }
        var runs: [Substring] = []
        var start: Index?
        for index in utf8.indices {
            let byte = utf8[index]
            let kept = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
                || (figures && byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            if kept {
                if start == nil { start = index }
            } else if let first = start {
                runs.append(self[first..<index])
                start = nil
            }
        }
        if let first = start { runs.append(self[first..<endIndex]) }
        return runs
    }
}

extension StringProtocol where SubSequence == Substring {
    /// The text split at white space, as `split(whereSeparator: \.isWhitespace)` splits it.
    /// Text of ASCII alone is split by its bytes (a space, a tab, a line break); other text by
    /// its characters, so that a no-break space or an ideographic space still divides words.
    public func splitAtWhitespace() -> [Substring] {
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(whereSeparator: \.isWhitespace) }
        var runs: [Substring] = []
        var start: Index?
        for index in utf8.indices {
            let byte = utf8[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                if let first = start {
                    runs.append(self[first..<index])
                    start = nil
                }
            } else if start == nil {
                start = index
            }
        }
        if let first = start { runs.append(self[first..<endIndex]) }
        return runs
    }
}
