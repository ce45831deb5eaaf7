import Foundation

/// What every fuzz target shares. Each target's `main` calls `run` with the function under test.
///
/// Built with `-DFUZZING` and `-sanitize=fuzzer` (by `scripts/fuzz`), `run` hands that function
/// to libFuzzer's driver, which takes the command line (corpus folders and `-max_total_time=`).
/// Built without them (as the tests build every target), it replays the files named on the
/// command line through the same function: how a crash file becomes a test.
public enum FuzzEntry {
    nonisolated(unsafe) static var body: (([UInt8]) -> Void)?

    public static func run(_ body: @escaping ([UInt8]) -> Void) -> Never {
        #if FUZZING
        Self.body = body
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
        #else
        let replayed = replay(Array(CommandLine.arguments.dropFirst()), body)
        print("replayed \(replayed) input\(replayed == 1 ? "" : "s")")
        exit(0)
        #endif
    }

    #if FUZZING
    static let testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { data, count in
        FuzzEntry.body?(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
        return 0
    }
    #endif

    /// Runs `body` on each file named in `paths`; returns how many were run.
    @discardableResult
    public static func replay(_ paths: [String], _ body: ([UInt8]) -> Void) -> Int {
        var count = 0
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                continue
            }
            body(Array(data))
            count += 1
        }
        return count
    }

    /// The bytes as text, as Tally reads a file: invalid UTF-8 is repaired, not rejected, so the
    /// readers behind it are reached by every input.
    public static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}

#if FUZZING
/// libFuzzer's entry for a program that has its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
