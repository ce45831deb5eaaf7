import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Watches folders (and every folder inside them, including new ones) for files being
/// written, created, moved or removed, using Linux's inotify, and reports each burst of changes
/// once: editors often write a file in several steps, so changes that come within a few
/// milliseconds of each other are delivered together.
public final class ContentWatcher: @unchecked Sendable {
    /// How long to wait after a change for the rest of its burst.
    static let settle: Int32 = 15

    private let folders: [String]
    private let onChange: @Sendable ([String]) -> Void
    private var descriptor: Int32 = -1
    /// Watched folders by watch descriptor. Only the watcher's thread touches it after `start`.
    private var folderByWatch: [Int32: String] = [:]

    public init(folders: [String], onChange: @escaping @Sendable ([String]) -> Void) {
        self.folders = folders
        self.onChange = onChange
    }

    /// Starts watching on a thread of its own; throws if the system refuses.
    public func start() throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw WatchError.unavailable(String(cString: strerror(errno))) }
        for folder in folders { addWatches(below: folder) }
        let thread = Thread { [self] in run() }
        thread.name = "tally-watcher"
        thread.start()
    }

    public enum WatchError: Error, CustomStringConvertible {
        case unavailable(String)
        public var description: String {
            switch self {
            case .unavailable(let reason): return "cannot watch the content for changes: \(reason)"
            }
        }
    }

    private static let mask = UInt32(
        IN_MODIFY | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)

    private func addWatches(below folder: String) {
        let watch = inotify_add_watch(descriptor, folder, ContentWatcher.mask)
        if watch >= 0 { folderByWatch[watch] = folder }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            let path = folder + "/" + name
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                addWatches(below: path)
            }
        }
    }

    private func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var changed = readEvents(into: &buffer)
            // Gather the rest of the burst.
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            while poll(&poller, 1, ContentWatcher.settle) > 0 {
                changed.append(contentsOf: readEvents(into: &buffer))
            }
            let relevant = changed.filter { !EditorFiles.isTemporary($0) }
            if !relevant.isEmpty { onChange(Array(Set(relevant)).sorted()) }
        }
    }

    /// Blocks until there are events, and returns the paths they concern.
    private func readEvents(into buffer: inout [UInt8]) -> [String] {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        guard count > 0 else { return [] }
        var paths: [String] = []
        var offset = 0
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= count {
            let (watch, eventMask, nameLength) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                return (event.wd, event.mask, Int(event.len))
            }
            let nameStart = offset + headerSize
            let nameBytes = buffer[nameStart..<min(nameStart + nameLength, count)].prefix { $0 != 0 }
            let name = String(decoding: nameBytes, as: UTF8.self)
            if let folder = folderByWatch[watch] {
                let path = name.isEmpty ? folder : folder + "/" + name
                paths.append(path)
                if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    addWatches(below: path)
                }
            }
            if eventMask & UInt32(IN_IGNORED) != 0 { folderByWatch.removeValue(forKey: watch) }
            offset = nameStart + nameLength
        }
        return paths
    }
}
