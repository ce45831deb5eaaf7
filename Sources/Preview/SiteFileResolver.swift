import Foundation

/// Turns the path of a request into a file of the site, or nothing. Only regular files inside
/// the site folder are ever served: `..` (written plainly or percent-encoded), any name that
/// starts with a dot (`.git/config`), a NUL or a backslash in a path, and symbolic links that
/// lead out of the folder all resolve to nothing, which the server answers with 404.
public struct SiteFileResolver: Sendable {
    /// The site folder with symbolic links resolved, ending in "/".
    let root: String

    public init?(root folder: String) {
        guard let resolved = SiteFileResolver.realPath(folder) else { return nil }
        root = resolved.hasSuffix("/") ? resolved : resolved + "/"
    }

    public enum Resolution: Equatable, Sendable {
        case file(String)
        /// A folder asked for without its final slash: its page's relative links need the slash.
        case redirect(String)
    }

    /// The file for a request path, or where to send the browser instead.
    public func resolve(_ requestPath: String) -> Resolution? {
        let withoutQuery = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if !withoutQuery.hasSuffix("/"), let decoded = SiteFileResolver.percentDecoded(withoutQuery),
            !decoded.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }), !decoded.contains("\0"),
            !decoded.contains("\\"), let folder = SiteFileResolver.realPath(root + decoded.drop { $0 == "/" }),
            (folder + "/").hasPrefix(root), isFolder(folder), file(for: withoutQuery + "/") != nil
        {
            return .redirect(withoutQuery + "/")
        }
        return file(for: requestPath).map { .file($0) }
    }

    private func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The file for a request path such as `/about/` or `/assets/style.css?v=1`.
    public func file(for requestPath: String) -> String? {
        let withoutQuery = requestPath.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard let decoded = SiteFileResolver.percentDecoded(withoutQuery), decoded.hasPrefix("/"),
            !decoded.contains("\0"), !decoded.contains("\\")
        else { return nil }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        // Hidden names (`.git`, `.tally-site`, `..`) are never served.
        guard !segments.contains(where: { $0.hasPrefix(".") }) else { return nil }
        var relative = segments.joined(separator: "/")
        if decoded.hasSuffix("/") || relative.isEmpty { relative += relative.isEmpty ? "index.html" : "/index.html" }
        var candidate = root + relative
        var info = stat()
        if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { candidate += "/index.html" }
        // The file as the system finds it, links followed: it must still be inside the folder.
        guard let resolved = SiteFileResolver.realPath(candidate), resolved.hasPrefix(root),
            stat(resolved, &info) == 0, info.st_mode & S_IFMT == S_IFREG
        else { return nil }
        return resolved
    }

    /// The site path of a served file, such as `about/index.html`.
    public func sitePath(of file: String) -> String {
        file.hasPrefix(root) ? String(file.dropFirst(root.count)) : file
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `%2e%2E` and friends decoded once; nil for a malformed escape or bytes that are not UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
