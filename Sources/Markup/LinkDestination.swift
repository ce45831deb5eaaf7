/// What a link in Markdown points at, read from its destination alone.
public enum LinkDestination: Equatable, Sendable {
    /// A web or mail address (`https:`, `http:`, `mailto:`, `tel:`).
    case external(String)
    /// A scheme that can run code or reach the reader's own files (`javascript:`, `data:`, ...):
    /// never rendered as a link.
    case unsafe(scheme: String)
    /// `#part` of the same page.
    case fragment(String)
    /// A path inside the site or the content, with an optional `#part`.
    case path(String, fragment: String?)
    case empty

    public static let allowedSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    public init(_ destination: String) {
        let trimmed = destination.trimmingWhitespace
        if trimmed.isEmpty {
            self = .empty
            return
        }
        if let scheme = Self.scheme(of: trimmed) {
            self = Self.allowedSchemes.contains(scheme) ? .external(trimmed) : .unsafe(scheme: scheme)
            return
        }
        if trimmed.hasPrefix("//") {
            // Protocol-relative: leaves the site, and means nothing from a file.
            self = .unsafe(scheme: "//")
            return
        }
        if trimmed.hasPrefix("#") {
            self = .fragment(String(trimmed.dropFirst()))
            return
        }
        // Searched as bytes: made for every link of every page, and Character by Character costs.
        var path = trimmed
        var fragment: String?
        if let hash = path.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(path[path.index(after: hash)...])
            path = String(path[..<hash])
        }
        if let query = path.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = String(path[..<query])
        }
        self = .path(path.removingPercentEncodingLossy, fragment: fragment)
    }

    /// The URL scheme, lower-cased, if the destination starts with one (`javascript:` and
    /// `JaVaScRiPt:` alike; control characters and spaces inside it are ignored, as browsers do).
    static func scheme(of destination: String) -> String? {
        var letters = ""
        for scalar in destination.unicodeScalars {
            if scalar == ":" { return letters.isEmpty ? nil : letters.lowercased() }
            if scalar.value < 0x21 { continue }
            let isLetter = (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
            let isOther = (scalar >= "0" && scalar <= "9") || scalar == "+" || scalar == "-" || scalar == "."
            if isLetter || (!letters.isEmpty && isOther) {
                letters.unicodeScalars.append(scalar)
            } else {
                return nil
            }
        }
        return nil
    }
}

extension String {
    /// The text without white space (spaces, tabs, line breaks) at either end.
    public var trimmingWhitespace: String {
        // Most texts begin and end with a byte of ASCII that is not a space: nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        // Most texts have nothing to trim, and are given back without a copy.
        if start == scalars.startIndex, scalars.index(after: end) == scalars.endIndex { return self }
        return String(scalars[start...end])
    }

    /// `%20` and friends decoded; a malformed escape is kept as written.
    var removingPercentEncodingLossy: String {
        guard utf8.contains(UInt8(ascii: "%")) else { return self }
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.first {
            utf8 = utf8.dropFirst()
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self) ?? self
    }
}
