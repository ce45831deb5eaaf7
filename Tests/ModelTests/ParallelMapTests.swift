import Foundation
import Synchronization
import Testing

@testable import Model

@Suite struct ParallelMapTests {
    @Test func keepsTheOrderOfTheInput() {
        let numbers = Array(0..<1_000)
        #expect(numbers.parallelMap { $0 * 2 } == numbers.map { $0 * 2 })
    }

    final class Counter: Sendable {
        let alive = Mutex(0)
    }

    final class Tracked: Sendable {
        let counter: Counter
        init(_ counter: Counter) {
            self.counter = counter
            counter.alive.withLock { $0 += 1 }
        }
        deinit { counter.alive.withLock { $0 -= 1 } }
    }

    /// Every result is let go once the caller is done with it: a page's bytes must not stay in
    /// memory for the rest of a build of thousands of pages.
    @Test func keepsNoResultOnceTheCallerLetsGo() {
        let counter = Counter()
        do {
            let results = Array(0..<200).parallelMap { _ in Tracked(counter) }
            #expect(results.count == 200)
            #expect(counter.alive.withLock { $0 } == 200)
        }
        #expect(counter.alive.withLock { $0 } == 0)
    }

    @Test func aLoopOfNothingReturns() {
        parallelLoop(0) { _ in Issue.record("there is no index to run") }
        #expect([Int]().parallelMap { $0 } == [])
    }

    /// A loop started inside another is shared with a thread that comes free: libdispatch ran a
    /// nested `concurrentPerform` on one thread alone, and the A to Z's parts, made while the
    /// site's other sections were planned, used one core of two.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func aLoopInsideAnotherRunsOnMoreThanOneThread() {
        // Other tests run at the same time and may hold every thread of the pool for a while:
        // the loop then rightly runs on its caller alone. So it is tried until a thread is free.
        var most = 0
        for _ in 0..<50 where most < 2 {
            let threads = Mutex(Set<UInt64>())
            let outer = [0, 1].parallelMap { outer -> [Int] in
                guard outer == 0 else { return [] }
                return Array(0..<8).parallelMap { inner in
                    threads.withLock { _ = $0.insert(UInt64(pthread_self())) }
                    Thread.sleep(forTimeInterval: 0.02)
                    return inner * 10
                }
            }
            #expect(outer == [Array(stride(from: 0, to: 80, by: 10)), []])
            most = max(most, threads.withLock { $0.count })
        }
        #expect(most > 1)
    }
}
