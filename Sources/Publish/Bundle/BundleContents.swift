import Crypto
import Markup
import Model
import Render

/// What goes in an offline bundle, all under one folder: the site, a README.txt that says how to
/// open it, and a MANIFEST.sha256 with the SHA-256 of every other file. Pure: the same site
/// gives the same entries.
public struct BundleContents: Sendable {
    public struct Entry: Sendable, Hashable {
        /// Its path in the zip, including the top folder.
        public var path: String
        public var bytes: [UInt8]
    }

    public static let manifestName = "MANIFEST.sha256"
    public static let readmeName = "README.txt"

    public var folder: String
    public var entries: [Entry]

    public var manifest: Entry? { entries.first { $0.path == "\(folder)/\(BundleContents.manifestName)" } }

    /// The folder every file sits in: the site's title and the as-at date, `climate-plan-delivery-2025-07-17`.
    public static func folderName(siteTitle: String, asOf: CivilDate) -> String {
        let slug = Slug.make(siteTitle)
        return (slug.isEmpty ? "site" : slug) + "-" + asOf.iso
    }

    /// `strings` words the README, in each of the site's languages, its own first.
    public static func make(site: [OutputFile], siteTitle: String, asOf: CivilDate, strings: [Strings]) -> BundleContents {
        let folder = folderName(siteTitle: siteTitle, asOf: asOf)
        var files = site.map { (path: $0.sitePath, bytes: $0.bytes) }
        files.append((readmeName, readme(siteTitle: siteTitle, asOf: asOf, fileCount: site.count + 2, strings: strings)))
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        let manifest = files.map { "\(sha256Hex($0.bytes))  \($0.path)\n" }.joined()
        files.append((manifestName, Array(manifest.utf8)))
        let entries = files.map { Entry(path: "\(folder)/\($0.path)", bytes: $0.bytes) }
            .sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return BundleContents(folder: folder, entries: entries)
    }

    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Plain text with Windows line endings, so that it opens cleanly in any editor.
    static func readme(siteTitle: String, asOf: CivilDate, fileCount: Int, strings: [Strings]) -> [UInt8] {
        let parts = strings.map { strings -> String in
            let text = strings.text("bundle.readme", ["site": siteTitle, "date": strings.longDate(asOf), "files": String(fileCount - 1)])
            return text.hasSuffix("\n") ? text : text + "\n"
        }
        let text = parts.joined(separator: "\n")
        return Array(text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
}
