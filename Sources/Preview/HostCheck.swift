/// Which `Host` a request may name. A page on another site can make the browser send requests to
/// the preview under its own name (DNS rebinding), then read the answers as its own; a preview
/// answers only requests addressed to it by the loopback name or an address, so such a page
/// gets nothing.
struct HostCheck: Sendable {
    /// The address the server listens on, as given to `--host`.
    let listeningOn: String

    /// True when a request naming `authority` (`127.0.0.1:8000`, `[::1]:8000`, `localhost`) may
    /// be answered.
    func allows(_ authority: String?) -> Bool {
        guard let authority, let name = Self.hostName(of: authority)?.lowercased() else { return false }
        if ["localhost", "127.0.0.1", "::1"].contains(name) { return true }
        if Self.isLoopback(listeningOn) { return false }
        // Listening beyond this computer (--host 0.0.0.0, say): other computers name it by an
        // address. A name would let a rebinding page in, so only addresses are answered.
        return name == listeningOn.lowercased() || Self.isAddress(name)
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1"].contains(host.lowercased()) || host.hasPrefix("127.")
    }

    /// `example:8000` -> `example`, `[::1]:8000` -> `::1`; nil when malformed.
    static func hostName(of authority: String) -> String? {
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { return nil }
            let rest = authority[authority.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        let parts = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.first, !name.isEmpty else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy(\.isNumber) { return nil }
        return String(name)
    }

    /// An IPv4 address written as four numbers, or an IPv6 address (which holds a colon).
    static func isAddress(_ name: String) -> Bool {
        if name.contains(":") { return name.allSatisfy { $0.isHexDigit || $0 == ":" || $0 == "." } }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts.allSatisfy { part in !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isNumber) && Int(part)! <= 255 }
    }
}
