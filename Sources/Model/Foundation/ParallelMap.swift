import Dispatch

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
        withoutActuallyEscaping(transform) { transform in
            let work = SendableWork(transform: transform)
            self.withUnsafeBufferPointer { input in
                let source = SendableInput(buffer: input)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    // Each index is written by exactly one iteration.
                    output.buffer[index] = work.transform(source.buffer[index])
                }
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
    DispatchQueue.concurrentPerform(iterations: 3) { index in
        // Each slot is written by exactly one iteration.
        switch index {
        case 0: results.first = first()
        case 1: results.second = second()
        default: results.third = third()
        }
    }
    return (results.first!, results.second!, results.third!)
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

private struct SendableWork<Input, Output>: @unchecked Sendable {
    let transform: (Input) -> Output
}
