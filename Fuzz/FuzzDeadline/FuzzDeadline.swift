import FuzzSupport
import Model

/// The deadline reader: any words must give a reading or a problem, never a crash or a hang.
func fuzzDeadline(_ bytes: [UInt8]) {
    let text = FuzzEntry.text(bytes)
    // As a site that writes dates day first reads them, and as one that writes them month first.
    for monthFirst in [false, true] {
        if case .success(let reading) = DeadlineReader.read(text, monthFirst: monthFirst), let due = reading.dueDate {
            precondition(due.iso.count == 10, "a due date that cannot be written: \(due)")
        }
    }
}

@main
enum FuzzDeadline {
    static func main() {
        FuzzEntry.run(fuzzDeadline)
    }
}

#if FUZZING
/// libFuzzer's own `main` calls this, when it is the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzDeadline(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}
#endif
