import Diagnostics
import Synchronization

/// What reading each file gave, kept between builds of one session (`tally serve`), so that a
/// file that has not changed is not read again. A reading depends on the file's bytes and on
/// the bytes of the file it is read with (an action's plan, a series' metadata): both are the key.
/// Entries not used by a build are dropped at its end.
public final class ParseCache: Sendable {
    struct Key: Hashable, Sendable {
        var path: String
        var bytes: [UInt8]
        var context: [UInt8]
        /// Worked out once, outside the lock, over the bytes in bulk: `[UInt8]`'s own hashing
        /// goes byte by byte, and a large site is tens of megabytes.
        let digest: Int

        init(path: String, bytes: [UInt8], context: [UInt8]) {
            self.path = path
            self.bytes = bytes
            self.context = context
            var hasher = Hasher()
            hasher.combine(path)
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
            hasher.combine(bytes.count)
            context.withUnsafeBytes { hasher.combine(bytes: $0) }
            digest = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(digest)
        }

        static func == (left: Key, right: Key) -> Bool {
            left.digest == right.digest && left.path == right.path && left.bytes == right.bytes && left.context == right.context
        }
    }

    enum Value: Sendable {
        case file(FileReading)
        case action(PlanAction?, isDraft: Bool)
        case recommendation(Recommendation?, isDraft: Bool)
    }

    struct Entry: Sendable {
        var value: Value
        var diagnostics: DiagnosticList
        var summaries: [SummaryText]
    }

    private struct Generations: Sendable {
        var current: [Key: Entry] = [:]
        var previous: [Key: Entry] = [:]
        /// The keys used by this build and the last, by path (see `value(path:bytes:context:sink:read:)`).
        var currentKeys: [String: Key] = [:]
        var previousKeys: [String: Key] = [:]
        var hits = 0
        var misses = 0
    }

    private let generations = Mutex(Generations())

    public init() {}

    /// How many readings the last build took from the cache, and how many it made.
    public var lastBuild: (reused: Int, read: Int) {
        generations.withLock { ($0.hits, $0.misses) }
    }

    /// Starts a build: what the last build used is what this one may reuse.
    func begin() {
        generations.withLock { state in
            // What the last build did not use was dropped when it ended.
            if !state.current.isEmpty { state.previous = state.current }
            // Room for as many as the last build used: grown one insertion at a time, the
            // tables were moved again and again on a large site.
            state.current = Dictionary(minimumCapacity: state.previous.count)
            if !state.currentKeys.isEmpty { state.previousKeys = state.currentKeys }
            state.currentKeys = Dictionary(minimumCapacity: state.previousKeys.count)
            state.hits = 0
            state.misses = 0
        }
    }

    /// Ends a build, forgetting readings of files that are gone or changed.
    func end() {
        generations.withLock {
            $0.previous = [:]
            $0.previousKeys = [:]
        }
    }

    /// The cached reading of the file at `path` with these bytes, read with `context`, replayed
    /// into `sink`; else `read()`, remembered.
    ///
    /// When the bytes are the very buffer the last build's key for the path holds (a file the
    /// read step did not read again), that key is taken as it is: an unchanged file's bytes are
    /// not hashed again at every build. A buffer still held by a key is never freed or written,
    /// so the same buffer is the same bytes. One lock per file when it is found, as files are
    /// read on every core at once.
    func value(path: String, bytes: [UInt8], context: [UInt8], sink: DiagnosticSink, read: () -> Value) -> Value {
        func sameBuffer(_ key: Key) -> Bool {
            key.bytes.count == bytes.count
                && key.bytes.withUnsafeBufferPointer { held in bytes.withUnsafeBufferPointer { held.baseAddress == $0.baseAddress } }
        }
        let known = generations.withLock { state -> (key: Key, entry: Entry?)? in
            guard let key = state.currentKeys[path] ?? state.previousKeys[path], key.context == context, sameBuffer(key) else { return nil }
            state.currentKeys[path] = key
            guard let entry = state.current[key] ?? state.previous[key] else { return (key, nil) }
            state.current[key] = entry
            state.hits += 1
            return (key, entry)
        }
        if let found = known?.entry {
            sink.list.append(contentsOf: found.diagnostics)
            sink.summaries.append(contentsOf: found.summaries)
            return found.value
        }
        let key = known?.key ?? Key(path: path, bytes: bytes, context: context)
        return value(for: key, sink: sink, read: read)
    }

    /// The cached reading for `key`, replayed into `sink`; else `read()`, remembered.
    private func value(for key: Key, sink: DiagnosticSink, read: () -> Value) -> Value {
        let found = generations.withLock { state -> Entry? in
            state.currentKeys[key.path] = key
            guard let entry = state.current[key] ?? state.previous[key] else {
                state.misses += 1
                return nil
            }
            state.current[key] = entry
            state.hits += 1
            return entry
        }
        if let found {
            sink.list.append(contentsOf: found.diagnostics)
            sink.summaries.append(contentsOf: found.summaries)
            return found.value
        }
        let before = (sink.list.items.count, sink.summaries.count)
        let value = read()
        let entry = Entry(
            value: value, diagnostics: DiagnosticList(Array(sink.list.items.dropFirst(before.0))),
            summaries: Array(sink.summaries.dropFirst(before.1)))
        generations.withLock { $0.current[key] = entry }
        return value
    }
}
