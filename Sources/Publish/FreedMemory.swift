import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Memory the build has let go of, handed back to the system. glibc keeps what a thread frees
/// for that thread's own later use; a large one-off build frees much in one step (the files'
/// bytes once parsed, each batch of pages once written) that other threads would not reuse,
/// and without this it would count towards the build's peak until it ends.
enum FreedMemory {
    /// How many bytes of files a build writes between handing memory back: a few batches of
    /// pages, so that a site of many small files does not hand back after each.
    static let batch = 16 << 20

    static func handBack() {
        #if canImport(Glibc)
        _ = trim?(0)
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
    #endif
}
