import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Memory the build has let go of, handed back to the system. glibc keeps what a thread frees
/// for that thread's own later use; a large one-off build frees much in one step (the files'
/// bytes once parsed, each batch of pages once written) that other threads would not reuse,
/// and without this it would count towards the build's peak until it ends.
public enum FreedMemory {
    /// How many bytes of files a build writes between handing memory back: a few batches of
    /// pages, so that a site of many small files does not hand back after each.
    static let batch = 16 << 20

    static func handBack() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }

    /// Lets glibc keep as many pools of memory (arenas) as there are cores, where by default it
    /// keeps up to eight for each: a thread that finds the others' pools busy opens one more,
    /// and what it frees there stays there. On the 10,000-note benchmark on two cores, the
    /// extra pools were a tenth of a one-off build's peak memory (184 to 166 MB), and the build
    /// took 1 to 2% longer without them; a field edit under `tally serve` took a tenth longer,
    /// so a preview keeps glibc's pools. Called first thing, before any thread has opened one.
    public static func shareArenas() {
        #if canImport(Glibc)
        _ = setOption?(arenaMaximum, Int32(max(ProcessInfo.processInfo.activeProcessorCount, 2)))
        #endif
    }

    /// Frees `value` on another thread. It is held in a box that only that thread empties: a
    /// copy captured by the closure left the caller's own copy as the last one whenever the
    /// other thread was quicker, and the freeing then fell on the caller after all.
    static func freeElsewhere<Value>(_ value: consuming Value?) {
        let box = Held(value)
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }

    private final class Held<Value>: @unchecked Sendable {
        var value: Value?
        init(_ value: consuming Value?) { self.value = value }
    }

    #if canImport(Glibc)
    // glibc's `malloc_trim`, which its Swift module does not export.
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(dlopen(nil, RTLD_NOW), "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }
    // glibc's `mallopt`, and its option M_ARENA_MAX (malloc.h).
    private typealias SetOption = @convention(c) (Int32, Int32) -> Int32
    private static let setOption: SetOption? = dlsym(dlopen(nil, RTLD_NOW), "mallopt").map { unsafeBitCast($0, to: SetOption.self) }
    private static let arenaMaximum: Int32 = -8
    #endif
}
