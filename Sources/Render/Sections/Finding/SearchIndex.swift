import Foundation
import Markup

/// The search index: every page's title and text, written as a classic script that sets
/// `window.tallySearchIndex`, so that search works from a folder with no server (a module or
/// a fetch of a JSON file would not).
enum SearchIndex {
    /// Pages not worth finding: lists that repeat other pages, and the finding pages themselves.
    static let skippedTemplates: Set<String> = ["plan-view", "a-z", "search", "changes"]

    static let kinds: [String: String] = [
        "home": "Home", "page": "Page", "update": "Update", "updates": "Updates", "plans": "Action plans", "plan": "Action plan",
        "action": "Action", "plan-changes": "What changed", "group": "Group", "meetings": "Meeting notes", "meeting": "Meeting notes",
        "action-log": "Action log", "responses": "Inspection responses", "response": "Inspection response",
        "recommendation": "Recommendation", "data": "Figures", "data-topic": "Figures", "series": "Figures", "targets": "Targets",
        "glossary": "Glossary",
    ]

    struct Entry: Encodable {
        /// Title.
        var t: String
        /// Page, from the top of the site.
        var u: String
        /// Kind of page.
        var k: String
        /// Text of the page.
        var x: String
    }

    static let maximumText = 6000

    static func script(pages: [(sitePath: String, template: String, title: String, html: String)]) -> [UInt8] {
        let entries = pages.filter { !skippedTemplates.contains($0.template) }.map { page in
            Entry(t: page.title, u: page.sitePath, k: kinds[page.template] ?? "Page", x: String(mainText(page.html).prefix(maximumText)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(entries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        // "</" would end a script element if this were ever inlined; escape it anyway.
        let safe = json.replacingOccurrences(of: "</", with: "<\\/")
        return Array("window.tallySearchIndex = \(safe);\n".utf8)
    }

    /// The words of a page's `<main>`, without tags, with white space folded. Works on the UTF-8
    /// bytes: it runs over every page of the site.
    static func mainText(_ html: String) -> String {
        let bytes = Array(html.utf8)
        guard let tag = find(Array("<main".utf8), in: bytes, from: 0),
            let open = bytes[tag...].firstIndex(of: UInt8(ascii: ">")),
            let close = find(Array("</main>".utf8), in: bytes, from: open)
        else { return "" }
        var text: [UInt8] = []
        text.reserveCapacity(close - open)
        var inTag = false
        var lastWasSpace = true
        for byte in bytes[(open + 1)..<close] {
            switch byte {
            case UInt8(ascii: "<"):
                inTag = true
            case UInt8(ascii: ">"):
                inTag = false
                if !lastWasSpace { text.append(UInt8(ascii: " ")); lastWasSpace = true }
            case _ where inTag:
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                if !lastWasSpace { text.append(UInt8(ascii: " ")) }
                lastWasSpace = true
            default:
                text.append(byte)
                lastWasSpace = false
            }
        }
        while text.last == UInt8(ascii: " ") { text.removeLast() }
        return decodeEntities(String(decoding: text, as: UTF8.self))
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard needle.count <= haystack.count - start else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
