import FuzzSupport
import Model

/// The deadline reader: any words must give a reading or a problem, never a crash or a hang.
func fuzzDeadline(_ bytes: [UInt8]) {
    let text = FuzzEntry.text(bytes)
    // As a site that writes dates day first reads them, and as one that writes them month first;
    // as one whose quarters are calendar quarters, and as one that has not said.
    for monthFirst in [false, true] {
        for calendarQuarters in [false, true] {
            guard case .success(let reading) = DeadlineReader.read(text, monthFirst: monthFirst, calendarQuarters: calendarQuarters),
                let due = reading.dueDate
            else { continue }
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
