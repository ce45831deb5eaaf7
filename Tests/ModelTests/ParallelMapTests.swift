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
}
