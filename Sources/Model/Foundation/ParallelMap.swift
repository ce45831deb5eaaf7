import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `map`, run on all cores. Results keep the order of the input, so output never depends on
    /// which thread finished first.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<Result?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let output = SendableSlots(buffer: slots)
        self.withUnsafeBufferPointer { input in
            let source = SendableInput(buffer: input)
            parallelLoop(count) { index in
                // Each index is written by exactly one iteration.
                output.buffer[index] = transform(source.buffer[index])
            }
        }
        return slots.map { $0! }
    }
}

/// Three pieces of work that need nothing of each other, run at once on all cores; their results
/// in the order given.
public func inParallel<First: Sendable, Second: Sendable, Third: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second, _ third: @Sendable () -> Third
) -> (First, Second, Third) {
    let results = ThreeSlots<First, Second, Third>()
    parallelLoop(3) { index in
        // Each slot is written by exactly one iteration.
        switch index {
        case 0: results.first = first()
        case 1: results.second = second()
        default: results.third = third()
        }
    }
    return (results.first!, results.second!, results.third!)
}

/// Runs `body` once for each index below `count`, on the calling thread and on helpers from the
/// shared pool, each taking the next index left. Unlike `DispatchQueue.concurrentPerform`, a loop
/// started inside another (the A to Z's parts while the site's sections are planned) is shared
/// with any thread that comes free: libdispatch runs a nested `concurrentPerform` on its caller's
/// thread alone, which had kept one core idle for most of the site's planning.
func parallelLoop(_ count: Int, _ body: @Sendable (Int) -> Void) {
    // With nothing to do, no thread would say it was done.
    guard count > 0 else { return }
    withoutActuallyEscaping(body) { body in
        let loop = SharedLoop(count: count, body: body)
        let helpers = min(count, ProcessInfo.processInfo.activeProcessorCount) - 1
        for _ in 0..<max(helpers, 0) {
            DispatchQueue.global().async { loop.work() }
        }
        loop.work()
        loop.waitUntilDone()
    }
}

/// The indices of one `parallelLoop` not yet taken, and how many are done. A helper that starts
/// after every index is taken returns at once; the caller waits only for indices already taken,
/// which running threads are working on, so a loop never waits for a helper still queued.
private final class SharedLoop: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var done = 0
    private let count: Int
    /// Indices are taken a few at a time, so that thousands of small ones (the pages of a site
    /// checked for changes) do not meet at the lock for each; small enough a share that no
    /// thread is left with much when the others are done.
    private let share: Int
    private let finished = DispatchSemaphore(value: 0)
    /// Let go of before `parallelLoop` returns: the body is not allowed to outlive it.
    private var body: (@Sendable (Int) -> Void)?

    init(count: Int, body: @escaping @Sendable (Int) -> Void) {
        self.count = count
        share = max(1, count / (ProcessInfo.processInfo.activeProcessorCount * 32))
        self.body = body
    }

    func work() {
        var ran = 0
        while true {
            let ranNow = runNextShare()
            if ranNow == 0 { break }
            ran += ranNow
        }
        guard ran > 0 else { return }
        lock.lock()
        done += ran
        let isLast = done == count
        lock.unlock()
        if isLast { finished.signal() }
    }

    /// Runs the next few indices, if any are left; how many it ran. A function of its own, so
    /// that its hold on the body ends before they count as done and the caller may return.
    private func runNextShare() -> Int {
        lock.lock()
        guard next < count, let body else {
            lock.unlock()
            return 0
        }
        let taken = next..<min(next + share, count)
        next = taken.upperBound
        lock.unlock()
        for index in taken { body(index) }
        return taken.count
    }

    func waitUntilDone() {
        finished.wait()
        lock.lock()
        body = nil
        lock.unlock()
    }
}

private final class ThreeSlots<First, Second, Third>: @unchecked Sendable {
    var first: First?
    var second: Second?
    var third: Third?
}

private struct SendableSlots<Value>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Value?>
}

private struct SendableInput<Value>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Value>
}
