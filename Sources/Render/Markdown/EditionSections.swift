import Diagnostics
import Markup
import Model

/// Parts of a Markdown file limited to some editions:
///
/// ```markdown
/// <!-- only: web -->
/// Sign up for email alerts at [example.org](https://example.org).
/// <!-- end only -->
/// ```
///
/// The markers are HTML comments, so they stay out of sight in any Markdown preview.
enum EditionSections {
    /// Removes the markers, and the blocks between them when `edition` is not listed.
    static func apply(to document: MarkdownDocument, edition: Edition, markdown: MarkdownText, diagnostics: inout [Diagnostic]) {
        var open: (editions: Set<Edition>, location: SourceLocation)?
        for node in document.root.children {
            let place = markdown.location(line: node.startLine, column: node.startColumn)
            if node.kind == .htmlBlock, let marker = marker(in: node.literal ?? "") {
                switch marker {
                case .start(let names):
                    if let open {
                        diagnostics.append(.error("an only: part starts inside another, which started on line \(open.location.line)", at: place, hint: "close the first with <!-- end only --> before starting the next"))
                    }
                    var editions = Set<Edition>()
                    for name in names {
                        if let edition = Edition(rawValue: name) {
                            editions.insert(edition)
                        } else {
                            diagnostics.append(
                                .error(
                                    "\"\(name)\" is not an edition", at: place,
                                    hint: NearestName.hint(for: name, among: Edition.allCases.map(\.rawValue)) ?? "the editions are web, offline and print"))
                        }
                    }
                    open = (editions, place)
                case .end:
                    if open == nil {
                        diagnostics.append(.error("<!-- end only --> has no <!-- only: ... --> before it", at: place, hint: "remove it, or start the part with <!-- only: web -->"))
                    }
                    open = nil
                }
                node.remove()
                continue
            }
            if let open, !open.editions.contains(edition) { node.remove() }
        }
        if let open {
            diagnostics.append(.error("the only: part that starts here is never closed", at: open.location, hint: "add <!-- end only --> after its last paragraph"))
        }
    }

    enum Marker {
        case start([String])
        case end
    }

    static func marker(in literal: String) -> Marker? {
        let text = literal.trimmingWhitespace
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        let inner = text.dropFirst(4).dropLast(3).trimmingCharacters(in: " \t\n")
        if inner == "end only" { return .end }
        guard inner.hasPrefix("only:") else { return nil }
        let names = inner.dropFirst(5).split(whereSeparator: { $0 == "," || $0 == " " }).map { String($0).lowercased() }
        return .start(names)
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(self).trimmingSet(set)
    }
}
