/// A paragraph that starts with a marker such as `ACTION:`, with the headings it sits under.
public struct MarkedParagraph {
    public var node: MarkdownNode
    /// The paragraph's text after the marker, trimmed.
    public var text: String
    /// The headings above it, outermost first: ["Data", "Parole Board"].
    public var section: [String]
}

extension MarkdownDocument {
    /// Every paragraph, or list item's first paragraph, whose text begins with `marker` (emphasis
    /// around the marker is allowed: `**ACTION:** HMPPS to ...`), in document order.
    ///
    /// Model uses this to extract meeting actions and Render to highlight them, so both see the
    /// same paragraphs in the same order.
    public func paragraphs(startingWith marker: String) -> [MarkedParagraph] {
        var found: [MarkedParagraph] = []
        var headings: [(level: Int, text: String)] = []
        for node in allNodes() {
            switch node.kind {
            case .heading:
                let level = node.headingLevel
                headings.removeAll { $0.level >= level }
                headings.append((level, node.plainText.trimmingWhitespace))
            case .paragraph:
                if let parent = node.parent, parent.kind == .item, parent.firstChild != node { continue }
                let text = node.plainText.trimmingWhitespace
                guard text.hasPrefix(marker) else { continue }
                let rest = String(text.dropFirst(marker.count)).trimmingWhitespace
                found.append(MarkedParagraph(node: node, text: rest, section: headings.map(\.text)))
            default:
                continue
            }
        }
        return found
    }
}
