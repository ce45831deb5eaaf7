import Foundation
import Model
import ZIPFoundation

/// Zips and unzips a bundle in memory. Every entry gets the same modification time (the as-at
/// date, midnight UTC) and permissions, so the same contents always give the same bytes.
public enum BundleArchive {
    public enum Failure: Error, Sendable {
        case notAZip(String)
        case unreadable(String)
    }

    public static func zip(_ contents: BundleContents, asOf: CivilDate) throws -> [UInt8] {
        let archive = try Archive(accessMode: .create)
        let date = Date(timeIntervalSince1970: TimeInterval(asOf.daysSinceEpoch) * 86_400)
        for entry in contents.entries {
            let data = Data(entry.bytes)
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw Failure.unreadable("the zip could not be made in memory") }
        return Array(data)
    }

    /// What a zip holds: every file that could be unpacked, by its path in the zip, in the zip's
    /// order, and the paths of any whose data is damaged.
    public struct Unpacked: Sendable {
        public var files: [(path: String, bytes: [UInt8])]
        public var damaged: [String]
    }

    /// True when the file at `path` is a zip laid out as `tally bundle` makes them: one folder
    /// holding a README.txt and a MANIFEST.sha256. Reads the zip's directory, not its files.
    static func isBundle(atPath path: String) -> Bool {
        guard let archive = try? Archive(url: URL(fileURLWithPath: path), accessMode: .read, pathEncoding: nil) else { return false }
        var folders = Set<String>()
        var paths = Set<String>()
        for entry in archive {
            guard let slash = entry.path.firstIndex(of: "/") else { return false }
            folders.insert(String(entry.path[..<slash]))
            paths.insert(entry.path)
        }
        guard folders.count == 1, let folder = folders.first else { return false }
        return paths.contains("\(folder)/\(BundleContents.manifestName)") && paths.contains("\(folder)/\(BundleContents.readmeName)")
    }

    public static func unzip(_ bytes: [UInt8]) throws(Failure) -> Unpacked {
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .notAZip("it is not a zip file, or it is damaged")
        }
        var unpacked = Unpacked(files: [], damaged: [])
        for entry in archive where entry.type == .file {
            var data = Data()
            do {
                // The checksums of the manifest, not the zip's own, decide what has changed.
                _ = try archive.extract(entry, skipCRC32: true) { chunk in data.append(chunk) }
                unpacked.files.append((entry.path, Array(data)))
            } catch {
                unpacked.damaged.append(entry.path)
            }
        }
        return unpacked
    }
}
