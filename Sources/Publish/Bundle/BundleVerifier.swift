import Diagnostics

/// Checks the files of a bundle against its MANIFEST.sha256: a file changed, a file listed but
/// missing, and a file that is not listed are each reported by name. Pure.
public enum BundleVerifier {
    public struct Result: Sendable {
        public var diagnostics: DiagnosticList
        public var checkedFiles: Int
        public var manifestSHA256: String?
    }

    /// `zipName` is how the zip is named in messages; `expectedManifest` is the checksum of the
    /// manifest its publisher gave, if any.
    public static func verify(
        _ files: [(path: String, bytes: [UInt8])], damaged: [String] = [], zipName: String, expectedManifest: String? = nil
    ) -> Result {
        var diagnostics = DiagnosticList()
        let manifests = files.filter { $0.path.split(separator: "/").last.map(String.init) == BundleContents.manifestName }
        guard manifests.count == 1, let manifest = manifests.first else {
            diagnostics.error(
                manifests.isEmpty ? "this zip has no \(BundleContents.manifestName)" : "this zip has more than one \(BundleContents.manifestName)",
                at: SourceLocation(file: zipName),
                hint: "only a zip made by tally bundle can be verified; make it again with tally bundle")
            return Result(diagnostics: diagnostics, checkedFiles: 0, manifestSHA256: nil)
        }
        let manifestHash = BundleContents.sha256Hex(manifest.bytes)
        let folder = manifest.path.dropLast(BundleContents.manifestName.count)
        let manifestPlace = "\(zipName)/\(manifest.path)"

        if let expected = expectedManifest, expected.lowercased() != manifestHash {
            diagnostics.error(
                "\(BundleContents.manifestName) is not the one you were given: its SHA-256 is \(manifestHash), not \(expected.lowercased())",
                at: SourceLocation(file: manifestPlace),
                hint: "the manifest itself has been replaced or edited; do not use this copy, and ask the publisher for the bundle again")
        }

        var listed: [String: (hash: String, line: Int)] = [:]
        let lines = String(decoding: manifest.bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].count == 64, parts[1].hasPrefix(" ") else {
                diagnostics.error(
                    "this line is not a checksum and a file name", at: SourceLocation(file: manifestPlace, line: index + 1),
                    hint: "each line is a SHA-256 in hex, two spaces, and a path, as sha256sum writes them")
                continue
            }
            listed[String(parts[1].dropFirst())] = (String(parts[0]).lowercased(), index + 1)
        }

        var seen: Set<String> = []
        for path in damaged {
            let relative = path.hasPrefix(folder) ? String(path.dropFirst(folder.count)) : path
            seen.insert(relative)
            diagnostics.error(
                "\(relative) is damaged: its data in the zip cannot be unpacked",
                at: listed[relative].map { SourceLocation(file: manifestPlace, line: $0.line) } ?? SourceLocation(file: "\(zipName)/\(path)"),
                hint: "the file is not the one that was published; do not use this copy")
        }
        for file in files where file.path != manifest.path {
            guard file.path.hasPrefix(folder) else {
                diagnostics.error(
                    "\(file.path) is outside the bundle's folder \(folder)", at: SourceLocation(file: "\(zipName)/\(file.path)"),
                    hint: "something was added to the zip after it was made; do not use this copy")
                continue
            }
            let path = String(file.path.dropFirst(folder.count))
            seen.insert(path)
            guard let entry = listed[path] else {
                diagnostics.error(
                    "\(path) is in the zip but not in the manifest", at: SourceLocation(file: "\(zipName)/\(file.path)"),
                    hint: "something was added to the zip after it was made; do not use this copy")
                continue
            }
            let actual = BundleContents.sha256Hex(file.bytes)
            if actual != entry.hash {
                diagnostics.error(
                    "\(path) has been changed: its SHA-256 is \(actual), but the manifest says \(entry.hash)",
                    at: SourceLocation(file: manifestPlace, line: entry.line),
                    hint: "the file is not the one that was published; do not use this copy")
            }
        }
        for (path, entry) in listed.sorted(by: { $0.value.line < $1.value.line }) where !seen.contains(path) {
            diagnostics.error(
                "\(path) is in the manifest but missing from the zip", at: SourceLocation(file: manifestPlace, line: entry.line),
                hint: "the zip is incomplete; do not use this copy")
        }
        return Result(diagnostics: diagnostics, checkedFiles: seen.count, manifestSHA256: manifestHash)
    }
}
