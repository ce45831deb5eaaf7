import Diagnostics
import Synchronization

/// What reading each file gave, kept between builds of one session (`tally serve`), so that a
/// file that has not changed is not read again. A reading depends on the file's bytes and on
/// its context: the bytes of the file it is read with (an action's plan, a series' metadata) and
/// the site's words and date conventions. Files are read in lists (a *run*: every file of the
/// content, or the actions of one plan); each run is kept as the last build read it, and
/// readings not used by a build are dropped at its end.
public final class ParseCache: Sendable {
    /// Which list of files a reading belongs to. A file can be in two runs (an action's file is
    /// read alone, then with its plan), each with a reading of its own.
    enum Run: Hashable, Sendable {
        /// Every file of the content, each read alone.
        case alone
        /// The `plan.md` of the plan in this folder of `plans/`.
        case plan(folder: String)
        /// The actions of the plan in this folder, read with its `plan.md`.
        case actions(folder: String)
        /// The recommendations of the response in this folder of `responses/`, read with its `response.md`.
        case recommendations(folder: String)
    }

    enum Value: Sendable {
        case file(FileReading)
        case plan(Plan?)
        case action(PlanAction?, isDraft: Bool)
        case recommendation(Recommendation?, isDraft: Bool)
    }

    /// One file as the last build read it in a run.
    private struct Remembered: Sendable {
        var path: String
        var bytes: [UInt8]
        var context: [UInt8]
        var outcome: DiagnosticSink.Outcome<Value>
    }

    private struct Generations: Sendable {
        var current: [Run: [Remembered]] = [:]
        var previous: [Run: [Remembered]] = [:]
        var reused = 0
        var read = 0
    }

    private let generations = Mutex(Generations())

    public init() {}

    /// How many readings the last build took from the cache, and how many it made.
    public var lastBuild: (reused: Int, read: Int) {
        generations.withLock { ($0.reused, $0.read) }
    }

    /// Starts a build: what the last build used is what this one may reuse.
    func begin() {
        generations.withLock { state in
            // What the last build did not use was dropped when it ended.
            if !state.current.isEmpty { state.previous = state.current }
            state.current = [:]
            state.reused = 0
            state.read = 0
        }
    }

    /// Ends a build, forgetting readings of files that are gone or changed.
    func end() {
        generations.withLock { $0.previous = [:] }
    }

    /// The reading of each file in `run`, with the context at its place in `contexts`, replayed
    /// into `sink` in the files' order: the last build's when the file and its context are as
    /// they were, else read by `read` on all cores.
    ///
    /// The files and the last build's are walked together by path (both in path order, as the
    /// parser gives them), so a file added or removed moves no other file's reading. An unchanged
    /// file is most often the very buffer the last build read (the read step keeps the bytes of
    /// files whose stamp is unchanged): a buffer held here is never freed or written, so it is
    /// the same bytes without comparing them, and nothing is hashed.
    func values(
        of files: [SourceFile], contexts: [[UInt8]], run: Run, sink: DiagnosticSink,
        read: @Sendable (SourceFile, DiagnosticSink) -> Value
    ) -> [Value] {
        let earlier = generations.withLock { $0.previous[run] } ?? []
        var kept: [DiagnosticSink.Outcome<Value>?] = []
        kept.reserveCapacity(files.count)
        var place = earlier.startIndex
        for (file, context) in zip(files, contexts) {
            while place < earlier.endIndex, earlier[place].path < file.path { place += 1 }
            guard place < earlier.endIndex, earlier[place].path == file.path, earlier[place].context == context,
                Self.same(earlier[place].bytes, file.bytes)
            else {
                kept.append(nil)
                continue
            }
            kept.append(earlier[place].outcome)
        }
        let changed = files.indices.filter { kept[$0] == nil }
        let readings = sink.readEach(changed) { index, sink in read(files[index], sink) }
        for (index, reading) in zip(changed, readings) { kept[index] = reading }
        // Every place is filled: kept from the last build, or read just above.
        let outcomes = kept.map { $0! }
        let remembered = files.indices.map { Remembered(path: files[$0].path, bytes: files[$0].bytes, context: contexts[$0], outcome: outcomes[$0]) }
        generations.withLock { state in
            state.current[run] = remembered
            state.reused += files.count - changed.count
            state.read += changed.count
        }
        return outcomes.map { outcome in
            sink.add(outcome)
            return outcome.result
        }
    }

    private static func same(_ held: [UInt8], _ bytes: [UInt8]) -> Bool {
        guard held.count == bytes.count else { return false }
        let sameBuffer = held.withUnsafeBufferPointer { held in bytes.withUnsafeBufferPointer { held.baseAddress == $0.baseAddress } }
        return sameBuffer || held == bytes
    }
}
