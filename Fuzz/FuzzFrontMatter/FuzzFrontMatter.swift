import FuzzSupport
import Model

/// Front matter and the field readers behind it. The first byte chooses which kind of file the
/// rest is read as, so one corpus reaches the readers of pages, updates, meetings, plans,
/// actions, responses, recommendations, series metadata and the site's own settings.
func fuzzFrontMatter(_ bytes: [UInt8]) {
    guard let kind = bytes.first else { return }
    let rest = Array(bytes.dropFirst())
    let plan = "---\ntitle: A plan\npublished: 2025-04-01\nthemes:\n  - id: homes\n    title: Homes\n---\n"
    let response = "---\ntitle: A response\nsubmitted: 2025-01-10\nreport:\n  title: An audit\n---\n"
    var files = [SourceFile(path: "site.yaml", displayPath: "Content/site.yaml", text: "title: Fuzz\n")]
    func add(_ path: String, _ content: [UInt8]) {
        files.removeAll { $0.path == path }
        files.append(SourceFile(path: path, displayPath: "Content/" + path, bytes: content))
    }
    switch kind % 9 {
    case 0: add("pages/page.md", rest)
    case 1: add("updates/2025-07-17-news.md", rest)
    case 2: add("meetings/2025-06-03.md", rest)
    case 3: add("plans/plan/plan.md", rest)
    case 4:
        add("plans/plan/plan.md", Array(plan.utf8))
        add("plans/plan/action.md", rest)
    case 5: add("responses/audit/response.md", rest)
    case 6:
        add("responses/audit/response.md", Array(response.utf8))
        add("responses/audit/01.md", rest)
    case 7:
        add("data/series.csv", Array("period,value\n2024,1\n".utf8))
        add("data/series.yaml", rest)
    default: add("site.yaml", rest)
    }
    add("groups/board.md", Array("---\ntitle: Board\n---\n".utf8))
    _ = ContentParser.parse(files)
}

@main
enum FuzzFrontMatter {
    static func main() {
        FuzzEntry.run(fuzzFrontMatter)
    }
}

#if FUZZING
/// libFuzzer's own `main` calls this, when it is the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzFrontMatter(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}
#endif
