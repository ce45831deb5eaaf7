import FuzzSupport
import Markup

/// The Markdown walk: libcmark's tree, the ACTION paragraphs found in it and its safe HTML.
func fuzzMarkdown(_ bytes: [UInt8]) {
    let document = MarkdownDocument(FuzzEntry.text(bytes))
    for paragraph in document.paragraphs(startingWith: "ACTION:") {
        _ = (paragraph.node.startLine, paragraph.node.startColumn, paragraph.section)
    }
    for node in document.allNodes() { _ = node.plainText }
    _ = document.renderHTML()
}

@main
enum FuzzMarkdown {
    static func main() {
        FuzzEntry.run(fuzzMarkdown)
    }
}

#if FUZZING
/// libFuzzer's own `main` calls this, when it is the one linked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    fuzzMarkdown(data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? [])
    return 0
}
#endif
