import Diagnostics
import Foundation
import Model

/// Reads every file of a folder (the content or the theme) into memory.
enum FolderReader {
    /// When a file was last changed, as far as the file system says: a file whose stamp has not
    /// changed since the last read is not read again.
    struct Stamp: Sendable, Hashable {
        var modified: FileTime
        var size: Int
        var inode: UInt
    }

    /// A folder's files and their stamps, to pass to the next read of the same folder, and the
    /// problems with entries that were not read (a link leading out of the folder, say).
    struct Snapshot: Sendable {
        var files: [SourceFile]
        var stamps: [String: Stamp]
        var problems: [Diagnostic] = []
    }

    /// The files under `folder`, with paths relative to it, in path order. Hidden files and
    /// folders (names starting with ".") are skipped.
    static func read(_ folder: String, displayRoot: String) throws(Diagnostic) -> [SourceFile] {
        try read(folder, displayRoot: displayRoot, reusing: nil).files
    }

    /// As `read`, taking files whose stamp is unchanged from `previous` instead of reading them.
    static func read(_ folder: String, displayRoot: String, reusing previous: Snapshot?) throws(Diagnostic) -> Snapshot {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw Diagnostic.error(
                "the folder \"\(displayRoot)\" does not exist", at: nil,
                hint: folderHint(folder))
        }
        guard isDirectory.boolValue else {
            throw Diagnostic.error("\"\(displayRoot)\" is a file, not a folder", at: nil, hint: nil)
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        guard let realRoot = realPath(root) else {
            throw Diagnostic.error("the folder \"\(displayRoot)\" cannot be read", at: nil, hint: "check its permissions")
        }
        var walker = Walker(realRoot: realRoot, displayRoot: displayRoot)
        guard walker.walk(root, relative: "", ancestors: [realRoot]) else {
            throw Diagnostic.error("the folder \"\(displayRoot)\" cannot be read", at: nil, hint: "check its permissions")
        }
        let found = walker.found
        let previousFiles = previous.map { Dictionary($0.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }) } ?? [:]
        let outcomes = found.parallelMap { entry -> SourceFile? in
            let display = displayRoot.isEmpty ? entry.relative : "\(displayRoot)/\(entry.relative)"
            if let stamp = previous?.stamps[entry.relative], stamp == entry.stamp, let file = previousFiles[entry.relative] {
                return file
            }
            guard let bytes = readFile(root + "/" + entry.relative) else { return nil }
            return SourceFile(path: entry.relative, displayPath: display, bytes: bytes)
        }
        var files: [SourceFile] = []
        var stamps: [String: Stamp] = [:]
        for (entry, file) in zip(found, outcomes) {
            guard let file else {
                let display = displayRoot.isEmpty ? entry.relative : "\(displayRoot)/\(entry.relative)"
                throw Diagnostic.error("the file cannot be read", at: SourceLocation(file: display), hint: "check its permissions")
            }
            files.append(file)
            stamps[entry.relative] = entry.stamp
        }
        files.sort { $0.path < $1.path }
        return Snapshot(files: files, stamps: stamps, problems: walker.problems)
    }

    /// `snapshot` with only `paths` (relative to the folder) looked at again: changed files read,
    /// new ones added, removed ones dropped. Nil when a path is a folder, hidden, or cannot be
    /// read: then the whole folder must be read again.
    static func refresh(_ snapshot: Snapshot, folder: String, displayRoot: String, paths: Set<String>) -> Snapshot? {
        // Problems with entries are found again only by a whole read.
        guard snapshot.problems.isEmpty else { return nil }
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL.path
        var next = snapshot
        var removed = Set<String>()
        for relative in paths.sorted() {
            guard !relative.isEmpty, !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else {
                if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                return nil
            }
            var info = stat()
            let position = find(relative, in: next.files)
            // A symbolic link is judged by a whole read, which checks where it leads.
            if lstat(root + "/" + relative, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return nil }
            guard stat(root + "/" + relative, &info) == 0 else {
                if position != nil { removed.insert(relative) }
                next.stamps.removeValue(forKey: relative)
                continue
            }
            guard info.st_mode & S_IFMT == S_IFREG else { return nil }
            let stamp = Stamp(
                modified: FileTime(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec)),
                size: Int(info.st_size), inode: UInt(info.st_ino))
            if next.stamps[relative] == stamp, position != nil { continue }
            guard let bytes = readFile(root + "/" + relative) else { return nil }
            let display = displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
            let file = SourceFile(path: relative, displayPath: display, bytes: bytes)
            next.stamps[relative] = stamp
            if let position {
                next.files[position] = file
            } else {
                // Kept sorted at once: later paths are looked for by binary search.
                next.files.append(file)
                next.files.sort { $0.path < $1.path }
            }
        }
        if !removed.isEmpty { next.files.removeAll { removed.contains($0.path) } }
        return next
    }

    /// The index of the file at `path` in files sorted by path.
    private static func find(_ path: String, in files: [SourceFile]) -> Int? {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low < files.count && files[low].path == path ? low : nil
    }

    /// Finds every regular file below a folder, skipping hidden names. A symbolic link is
    /// followed, to a file or a folder, only while it leads to a place inside the folder; one that
    /// leads out of it, to nothing, or back to a folder that holds it is a problem at the link.
    struct Walker {
        let realRoot: String
        let displayRoot: String
        var found: [(relative: String, stamp: Stamp)] = []
        var problems: [Diagnostic] = []

        /// Where an entry's name starts.
        private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

        /// The name of a folder entry, read in place: an entry is only as long as its name, so
        /// loading the whole `dirent` (`entry.pointee`) read past the end of the last entry in
        /// `readdir`'s buffer, which crashed when the buffer ended where memory did.
        static func name(of entry: UnsafePointer<dirent>) -> String {
            String(cString: UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self))
        }

        /// False if a folder cannot be opened.
        mutating func walk(_ path: String, relative: String, ancestors: [String]) -> Bool {
            guard let directory = opendir(path) else { return false }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = Self.name(of: entry)
                if name.hasPrefix(".") { continue }
                names.append(name)
            }
            closedir(directory)
            for name in names.sorted() {
                let full = path + "/" + name
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                var real = full
                if info.st_mode & S_IFMT == S_IFLNK {
                    guard let target = followedLink(full, relative: child), stat(target, &info) == 0 else { continue }
                    real = target
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    let realFolder = realPath(real) ?? real
                    if ancestors.contains(realFolder) {
                        problem("this symbolic link leads back to a folder that holds it", at: child,
                            hint: "remove the link: Tally would read the same files for ever")
                        continue
                    }
                    guard walk(full, relative: child, ancestors: ancestors + [realFolder]) else { return false }
                case S_IFREG:
                    found.append((child, Stamp(
                        modified: FileTime(seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec)),
                        size: Int(info.st_size), inode: UInt(info.st_ino))))
                default:
                    problem("this is neither a file nor a folder, so it cannot be read", at: child,
                        hint: "remove it from \(displayRoot)/")
                }
            }
            return true
        }

        /// Where a link leads, when that is inside the folder; else nil, with the problem noted.
        mutating func followedLink(_ path: String, relative: String) -> String? {
            let written = linkText(path) ?? "?"
            guard let target = realPath(path) else {
                problem("this symbolic link leads to \"\(written)\", which does not exist", at: relative,
                    hint: "remove the link, or copy the file into \(displayRoot)/ in its place")
                return nil
            }
            guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                problem(
                    "this symbolic link leads to \"\(written)\", outside \(displayRoot)/; Tally publishes only what is inside it",
                    at: relative, hint: "copy the file into \(displayRoot)/ in place of the link")
                return nil
            }
            return target
        }

        mutating func problem(_ message: String, at relative: String, hint: String) {
            let display = displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
            problems.append(.error(message, at: SourceLocation(file: display), hint: hint))
        }

        func linkText(_ path: String) -> String? {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlink(path, &buffer, buffer.count - 1)
            guard count >= 0 else { return nil }
            return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var info = stat()
        if fstat(descriptor, &info) == 0 { bytes.reserveCapacity(Int(info.st_size)) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<count])
        }
    }

    /// "did you mean ..." among the folders next to the one asked for.
    private static func folderHint(_ folder: String) -> String {
        let url = URL(fileURLWithPath: folder)
        let parent = url.deletingLastPathComponent().path
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        if let near = NearestName.suggest(for: url.lastPathComponent, among: siblings.filter { !$0.hasPrefix(".") }) {
            return "did you mean \"\(near)\"?"
        }
        return "run tally from the folder that holds Content/ and Theme/, or pass --content and --theme"
    }
}

/// A modification time that can be compared and hashed.
struct FileTime: Sendable, Hashable {
    var seconds: Int
    var nanoseconds: Int
}
