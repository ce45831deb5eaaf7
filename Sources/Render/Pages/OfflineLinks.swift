import Markup

/// The offline edition's links: an address on the internet cannot be opened, so the link
/// becomes its words with the address written out and a note that it needs the internet.
enum OfflineLinks {
    static func rewrite(_ html: String, strings: Strings) -> String {
        guard html.contains("<a ") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + 1024)
        var rest = html[...]
        while let open = rest.range(of: "<a ") {
            result += rest[..<open.lowerBound]
            guard let tagEnd = rest.range(of: ">", range: open.upperBound..<rest.endIndex),
                let close = rest.range(of: "</a>", range: tagEnd.upperBound..<rest.endIndex)
            else { break }
            let tag = rest[open.lowerBound..<tagEnd.upperBound]
            let inner = rest[tagEnd.upperBound..<close.lowerBound]
            if let href = attribute("href", in: tag), let address = externalAddress(href) {
                result += "<span class=\"external-link\">\(inner) <span class=\"external-link__address\">\(HTMLText.escape(strings.text("offline.needs-internet", ["address": address])))</span></span>"
            } else {
                result += rest[open.lowerBound..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }

    static func attribute(_ name: String, in tag: Substring) -> String? {
        guard let start = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[start.upperBound...].prefix { $0 != "\"" }
        return String(value)
    }

    /// The address as text for an external link, or nil for a link within the site.
    static func externalAddress(_ href: String) -> String? {
        let decoded = href.replacingAmpersands()
        switch LinkDestination(decoded) {
        case .external(let url):
            if url.lowercased().hasPrefix("mailto:") { return "email " + url.dropFirst(7) }
            if url.lowercased().hasPrefix("tel:") { return "telephone " + url.dropFirst(4) }
            return url
        default:
            return nil
        }
    }
}
