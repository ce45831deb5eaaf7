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

private struct SendableSlots<Value>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Value?>
}

private struct SendableInput<Value>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<Value>
}

private struct SendableWork<Input, Output>: @unchecked Sendable {
    let transform: (Input) -> Output
}
