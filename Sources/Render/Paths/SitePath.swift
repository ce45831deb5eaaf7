/// Paths of files inside the site, always relative to its top folder and `/`-separated:
/// `index.html`, `updates/index.html`, `assets/style.css`.
public enum SitePath {
    /// The link from the page at `page` to the file at `target`, relative and naming a file,
    /// so that it works from a folder opened in a browser as well as on a server.
    public static func relativeURL(from page: String, to target: String) -> String {
        // Made for every link of every page: plain paths are worked out on their bytes.
        var page = page
        var target = target
        let plain = page.withUTF8 { pageBytes in target.withUTF8 { targetBytes in relativeURL(pageBytes, targetBytes) } }
        return plain ?? relativeURLBySegments(from: page, to: target)
    }

    /// The link between two plain paths (no empty part, nothing to percent-encode), compared
    /// byte by byte: the folders they share end at the last `/` before their first difference.
    /// Nil for any other path.
    private static func relativeURL(_ page: UnsafeBufferPointer<UInt8>, _ target: UnsafeBufferPointer<UInt8>) -> String? {
        let slash = UInt8(ascii: "/")
        guard isPlain(page), isPlain(target) else { return nil }
        var shared = 0
        var index = 0
        while index < page.count, index < target.count, page[index] == target[index] {
            if page[index] == slash { shared = index + 1 }
            index += 1
        }
        var ups = 0
        for byte in page[shared...] where byte == slash { ups += 1 }
        return String(repeating: "../", count: ups) + String(decoding: UnsafeBufferPointer(rebasing: target[shared...]), as: UTF8.self)
    }

    private static func isPlain(_ path: UnsafeBufferPointer<UInt8>) -> Bool {
        let slash = UInt8(ascii: "/")
        guard let first = path.first, let last = path.last, first != slash, last != slash else { return false }
        var previous: UInt8 = 0
        for byte in path {
            guard isSafe(byte) || (byte == slash && previous != slash) else { return false }
            previous = byte
        }
        return true
    }

    /// The same link, split into folders: for paths that are not plain.
    static func relativeURLBySegments(from page: String, to target: String) -> String {
        let fromFolders = page.split(separator: "/").dropLast()
        let targetParts = target.split(separator: "/")
        var common = 0
        while common < fromFolders.count, common < targetParts.count - 1,
            fromFolders[fromFolders.startIndex + common] == targetParts[common]
        {
            common += 1
        }
        let ups = String(repeating: "../", count: fromFolders.count - common)
        return ups + targetParts[common...].map { percentEncode($0) }.joined(separator: "/")
    }

    /// `../../` for a page two folders down: the way back to the top of the site.
    public static func rootPrefix(from page: String) -> String {
        String(repeating: "../", count: max(page.split(separator: "/").count - 1, 0))
    }

    /// The site path of a folder's page: `updates` -> `updates/index.html`, `` -> `index.html`.
    public static func index(_ folder: String) -> String {
        folder.isEmpty ? "index.html" : "\(folder)/index.html"
    }

    /// `a/./b/../c` -> `a/c`; `nil` when `..` would leave the top folder.
    public static func normalise(_ path: String) -> String? {
        // On bytes, in one buffer: made for every link of every page. Cutting at `/` keeps each
        // part valid UTF-8.
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        if isNormal(path) { return path }
        var path = path
        return path.withUTF8 { bytes -> String? in
            var kept: [UInt8] = []
            kept.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                let end = bytes.firstOffset(of: slash, from: start) ?? bytes.count
                switch end - start {
                case 0:
                    break
                case 1 where bytes[start] == dot:
                    break
                case 2 where bytes[start] == dot && bytes[start + 1] == dot:
                    guard !kept.isEmpty else { return nil }
                    kept.removeSubrange((kept.lastIndex(of: slash) ?? 0)...)
                default:
                    if !kept.isEmpty { kept.append(slash) }
                    kept.append(contentsOf: bytes[start..<end])
                }
                start = end + 1
            }
            return String(decoding: kept, as: UTF8.self)
        }
    }

    /// Whether `normalise` would give `path` back as it is: no empty part (no `/` at either
    /// end, no `//`), and no part `.` or `..`. Most links are so already.
    private static func isNormal(_ path: String) -> Bool {
        var partLength = 0
        var dotsOnly = true
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if partLength == 0 || (dotsOnly && partLength <= 2) { return false }
                partLength = 0
                dotsOnly = true
            } else {
                partLength += 1
                if byte != UInt8(ascii: ".") { dotsOnly = false }
            }
        }
        return partLength > 0 && !(dotsOnly && partLength <= 2)
    }

    /// The folder part of a path: `pages/about.md` -> `pages`.
    public static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// Letters, digits and `-._~`: bytes a URL's path carries as they are.
    private static func isSafe(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E
    }

    static func percentEncode(_ component: Substring) -> String {
        var result = ""
        for byte in component.utf8 {
            if isSafe(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
