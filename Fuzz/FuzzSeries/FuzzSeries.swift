import FuzzSupport
import Model

/// The CSV series reader, with fixed metadata: any CSV gives a series or problems at its cells.
func fuzzSeries(_ bytes: [UInt8]) {
    let metadata = "title: Fuzzed series\nunit: people\nperiod: quarter\nsource: A source\n"
    let files = [
        SourceFile(path: "site.yaml", displayPath: "Content/site.yaml", text: "title: Fuzz\n"),
        SourceFile(path: "data/series.csv", displayPath: "Content/data/series.csv", bytes: bytes),
        SourceFile(path: "data/series.yaml", displayPath: "Content/data/series.yaml", text: metadata),
    ]
    _ = ContentParser.parse(files)
}

@main
enum FuzzSeries {
    static func main() {
        FuzzEntry.run(fuzzSeries)
    }
}

#if FUZZING
/// libFuzzer's own `main` calls this, when it is the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzSeries(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}
#endif
