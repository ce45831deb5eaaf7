import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Markdown document parsed by libcmark, owned by Swift.
///
/// Parsing is CommonMark with smart punctuation; rendering is libcmark's HTML renderer in its
/// safe default, so raw HTML written by an author is never emitted. Markup that Tally itself adds
/// (heading ids, abbreviations, links to computed figures) goes in as custom nodes, which the
/// renderer writes as given.
///
/// A document is mutable and not thread-safe: parse, walk, change and render it on one thread.
public final class MarkdownDocument {
    let rootPointer: OpaquePointer

    public init(_ markdown: String) {
        let options = CMARK_OPT_SMART | CMARK_OPT_VALIDATE_UTF8
        rootPointer = markdown.utf8CString.withUnsafeBufferPointer { buffer in
            // The buffer ends in a NUL that is not part of the text.
            cmark_parse_document(buffer.baseAddress, buffer.count - 1, options)
        }
    }

    deinit {
        cmark_node_free(rootPointer)
    }

    public var root: MarkdownNode { MarkdownNode(rootPointer, document: self) }

    /// The text a reader sees, without any markup.
    public var plainText: String { root.plainText }

    /// Every node of the tree in document order (parents before their children).
    ///
    /// The list is taken before it is returned, so the caller may change the tree while going
    /// through it, as long as it only changes nodes it has already been given or is given now.
    public func allNodes() -> [MarkdownNode] {
        var nodes: [MarkdownNode] = []
        guard let iterator = cmark_iter_new(rootPointer) else { return nodes }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                nodes.append(MarkdownNode(node, document: self))
            }
        }
        return nodes
    }

    /// Joins neighbouring text nodes, so that a phrase split by the parser reads as one.
    public func consolidateText() {
        cmark_consolidate_text_nodes(rootPointer)
    }

    /// HTML for the whole document. Raw HTML from the source is left out (libcmark's safe mode).
    public func renderHTML() -> String {
        guard let html = cmark_render_html(rootPointer, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}

/// Renders a Markdown fragment with no changes: for short texts such as a note in a list.
public func renderMarkdown(_ markdown: String) -> String {
    MarkdownDocument(markdown).renderHTML()
}
