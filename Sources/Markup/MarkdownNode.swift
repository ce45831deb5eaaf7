import CCmark

/// The kinds of node libcmark produces.
public enum MarkdownNodeKind: Sendable, Equatable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong, link, image
    case unknown

    init(_ type: cmark_node_type) {
        switch type {
        case CMARK_NODE_DOCUMENT: self = .document
        case CMARK_NODE_BLOCK_QUOTE: self = .blockQuote
        case CMARK_NODE_LIST: self = .list
        case CMARK_NODE_ITEM: self = .item
        case CMARK_NODE_CODE_BLOCK: self = .codeBlock
        case CMARK_NODE_HTML_BLOCK: self = .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: self = .customBlock
        case CMARK_NODE_PARAGRAPH: self = .paragraph
        case CMARK_NODE_HEADING: self = .heading
        case CMARK_NODE_THEMATIC_BREAK: self = .thematicBreak
        case CMARK_NODE_TEXT: self = .text
        case CMARK_NODE_SOFTBREAK: self = .softBreak
        case CMARK_NODE_LINEBREAK: self = .lineBreak
        case CMARK_NODE_CODE: self = .code
        case CMARK_NODE_HTML_INLINE: self = .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: self = .customInline
        case CMARK_NODE_EMPH: self = .emphasis
        case CMARK_NODE_STRONG: self = .strong
        case CMARK_NODE_LINK: self = .link
        case CMARK_NODE_IMAGE: self = .image
        default: self = .unknown
        }
    }

    public var isBlock: Bool {
        switch self {
        case .document, .blockQuote, .list, .item, .codeBlock, .htmlBlock, .customBlock, .paragraph, .heading,
            .thematicBreak:
            return true
        default:
            return false
        }
    }
}

/// A handle on one node of a `MarkdownDocument`.
///
/// A node taken from a document keeps that document (and so the C tree) alive. A node made with
/// `text(_:)` or `customInline(...)` belongs to no document until it is put into one.
public struct MarkdownNode: Equatable {
    let pointer: OpaquePointer
    let document: MarkdownDocument?

    init(_ pointer: OpaquePointer, document: MarkdownDocument?) {
        self.pointer = pointer
        self.document = document
    }

    public static func == (lhs: MarkdownNode, rhs: MarkdownNode) -> Bool {
        lhs.pointer == rhs.pointer
    }

    private func node(_ pointer: OpaquePointer?) -> MarkdownNode? {
        pointer.map { MarkdownNode($0, document: document) }
    }

    public var kind: MarkdownNodeKind { MarkdownNodeKind(cmark_node_get_type(pointer)) }

    // MARK: Position in the Markdown text (1-based)

    public var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    public var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    public var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    // MARK: Tree

    public var parent: MarkdownNode? { node(cmark_node_parent(pointer)) }
    public var firstChild: MarkdownNode? { node(cmark_node_first_child(pointer)) }
    public var next: MarkdownNode? { node(cmark_node_next(pointer)) }
    public var previous: MarkdownNode? { node(cmark_node_previous(pointer)) }

    public var children: [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = firstChild
        while let node = child {
            result.append(node)
            child = node.next
        }
        return result
    }

    /// The nearest enclosing node of one of the given kinds, not counting this one.
    public func ancestor(ofKind kinds: Set<MarkdownNodeKind>) -> MarkdownNode? {
        var node = parent
        while let current = node {
            if kinds.contains(current.kind) { return current }
            node = current.parent
        }
        return nil
    }

    // MARK: Content

    /// The text of a text, code, code block or raw HTML node.
    public var literal: String? {
        get { cmark_node_get_literal(pointer).map { String(cString: $0) } }
        nonmutating set { _ = cmark_node_set_literal(pointer, newValue) }
    }

    /// The destination of a link or image.
    public var url: String? {
        get { cmark_node_get_url(pointer).map { String(cString: $0) } }
        nonmutating set { _ = cmark_node_set_url(pointer, newValue) }
    }

    public var title: String? { cmark_node_get_title(pointer).map { String(cString: $0) } }
    public var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }

    public func setHeadingLevel(_ level: Int) {
        _ = cmark_node_set_heading_level(pointer, Int32(level))
    }

    /// The text a reader sees inside this node, without any markup.
    public var plainText: String {
        switch kind {
        case .text, .code: return literal ?? ""
        case .softBreak, .lineBreak: return " "
        default: return children.map(\.plainText).joined()
        }
    }

    /// The text of this paragraph's first line: its children's text up to the first line break.
    public var firstLineText: String {
        children.prefix { $0.kind != .softBreak && $0.kind != .lineBreak }.map(\.plainText).joined()
    }

    // MARK: Changing the tree

    /// A new text node, not yet in any tree.
    public static func text(_ text: String) -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_TEXT), document: nil)
        node.literal = text
        return node
    }

    /// A new inline node whose `before` and `after` HTML is written as given around its children.
    public static func customInline(before: String, after: String = "") -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_CUSTOM_INLINE), document: nil)
        _ = cmark_node_set_on_enter(node.pointer, before)
        _ = cmark_node_set_on_exit(node.pointer, after)
        return node
    }

    /// A new block node whose `before` and `after` HTML is written as given around its children.
    public static func customBlock(before: String, after: String = "") -> MarkdownNode {
        let node = MarkdownNode(cmark_node_new(CMARK_NODE_CUSTOM_BLOCK), document: nil)
        _ = cmark_node_set_on_enter(node.pointer, before)
        _ = cmark_node_set_on_exit(node.pointer, after)
        return node
    }

    /// Replaces this heading (or paragraph) by the same inline content wrapped in `before` and
    /// `after`, written on one line: `<h2 id="x">Text</h2>`.
    public func replaceBlock(before: String, after: String) {
        let block = MarkdownNode.customBlock(before: "", after: "")
        let inline = MarkdownNode.customInline(before: before, after: after)
        moveChildren(into: inline)
        block.append(inline)
        replace(with: block)
    }

    public func insertBefore(_ sibling: MarkdownNode) {
        _ = cmark_node_insert_before(pointer, sibling.pointer)
    }

    public func insertAfter(_ sibling: MarkdownNode) {
        _ = cmark_node_insert_after(pointer, sibling.pointer)
    }

    public func append(_ child: MarkdownNode) {
        _ = cmark_node_append_child(pointer, child.pointer)
    }

    /// Moves every child of this node into `other`, in order.
    public func moveChildren(into other: MarkdownNode) {
        while let child = firstChild {
            cmark_node_unlink(child.pointer)
            other.append(child)
        }
    }

    /// Puts `wrapper` where this node is, with this node inside it.
    public func wrap(in wrapper: MarkdownNode) {
        insertBefore(wrapper)
        cmark_node_unlink(pointer)
        wrapper.append(self)
    }

    /// Puts `replacement` where this node is and frees this node and its subtree.
    public func replace(with replacement: MarkdownNode) {
        insertBefore(replacement)
        remove()
    }

    /// Replaces this node by its children (a link by its text, say) and frees it.
    public func unwrap() {
        while let child = firstChild {
            cmark_node_unlink(child.pointer)
            insertBefore(child)
        }
        remove()
    }

    /// Takes this node out of the tree and frees it. The handle must not be used afterwards.
    public func remove() {
        cmark_node_unlink(pointer)
        cmark_node_free(pointer)
    }
}
