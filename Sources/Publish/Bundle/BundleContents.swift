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

    /// The folder every file sits in: the site's title and the as-at date, `ipp-action-plans-2025-07-17`.
    public static func folderName(siteTitle: String, asOf: CivilDate) -> String {
        let slug = Slug.make(siteTitle)
        return (slug.isEmpty ? "site" : slug) + "-" + asOf.iso
    }

    public static func make(site: [OutputFile], siteTitle: String, asOf: CivilDate) -> BundleContents {
        let folder = folderName(siteTitle: siteTitle, asOf: asOf)
        var files = site.map { (path: $0.sitePath, bytes: $0.bytes) }
        files.append((readmeName, readme(siteTitle: siteTitle, asOf: asOf, fileCount: site.count + 2)))
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
    static func readme(siteTitle: String, asOf: CivilDate, fileCount: Int) -> [UInt8] {
        let text = """
            \(siteTitle)
            Offline edition, status as at \(asOf.long)

            HOW TO OPEN IT
            1. Copy this whole folder to the computer (keep the folders inside it as they are).
            2. Open the file index.html in a web browser, by double-clicking it.
            Every page works without the internet and without JavaScript. Links to pages on
            the internet are written out as addresses, marked "needs the internet".
            To find something, use "A to Z" at the bottom of any page. The Search page also
            works offline if the browser allows JavaScript.

            HOW TO CHECK NOTHING HAS CHANGED
            MANIFEST.sha256 lists every other file in this folder (\(fileCount - 1) files) with its
            SHA-256 checksum.
            - On Linux or macOS, in this folder:  sha256sum -c MANIFEST.sha256
            - On Windows PowerShell, in this folder:  Get-FileHash -Algorithm SHA256 index.html
              and compare the result with the line for index.html in MANIFEST.sha256.
            - With Tally, on the zip this folder came in:  tally bundle --verify FILE.zip
            Compare the checksum of MANIFEST.sha256 itself with the one its publisher gave you.

            WHAT IS IN IT
            Nothing in this folder fetches anything from the internet, and there are no
            programs to install. The only scripts are the optional search (assets/search.js
            and search/search-index.js), which run inside the browser page.

            Made with Tally.

            """
        return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }
}
