import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XML document as a tree of elements, built with the platform's XML parser (libxml2 on
/// Linux). Names keep their prefix as written (`w:tc`, `table:table-cell`).
final class XMLTree {
    /// What an element holds, in document order: mixed text and elements.
    enum Content {
        case element(XMLTree)
        case text(String)
    }

    let name: String
    let attributes: [String: String]
    private(set) var content: [Content] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    var children: [XMLTree] {
        content.compactMap { if case .element(let element) = $0 { return element } else { return nil } }
    }

    /// The text directly inside this element.
    var text: String {
        content.map { if case .text(let text) = $0 { return text } else { return "" } }.joined()
    }

    func append(_ child: XMLTree) { content.append(.element(child)) }
    func appendText(_ more: String) {
        if case .text(let before)? = content.last {
            content[content.count - 1] = .text(before + more)
        } else {
            content.append(.text(more))
        }
    }

    /// Children named `name`.
    func children(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    func child(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every element below this one named `name`, in document order, without looking inside those found.
    func descendants(_ name: String) -> [XMLTree] {
        var found: [XMLTree] = []
        for child in children {
            if child.name == name { found.append(child) } else { found += child.descendants(name) }
        }
        return found
    }

    static func parse(_ data: Data) -> XMLTree? {
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldProcessNamespaces = false
        guard parser.parse() else { return nil }
        return builder.root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTree?
        var stack: [XMLTree] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            let element = XMLTree(name: qualifiedName ?? name, attributes: attributes)
            if let parent = stack.last { parent.append(element) } else { root = element }
            stack.append(element)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.appendText(string)
        }
    }
}
