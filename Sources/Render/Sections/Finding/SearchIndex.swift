import Foundation
import Markup

/// The search index: every page's title and text, written as a classic script that sets
/// `window.tallySearchIndex`, so that search works from a folder with no server (a module or
/// a fetch of a JSON file would not).
enum SearchIndex {
    /// Pages not worth finding: lists that repeat other pages, and the finding pages themselves.
    static let skippedKinds: Set<PageKind> = [.planView, .aToZ, .search, .changes]

    /// What a result is, by the kind of its page, in the site's words.
    static func kind(of page: PageKind, _ strings: Strings) -> String {
        let key: String
        switch page {
        case .home: key = "sections.home"
        case .update: key = "search-kinds.update"
        case .updates: key = "sections.updates"
        case .plans: key = "sections.plans"
        case .plan: key = "a-z-kinds.plan"
        case .action: key = "action.action"
        case .planChanges: key = "search-kinds.plan-changes"
        case .group: key = "a-z-kinds.group"
        case .meetings, .meeting: key = "sections.meetings"
        case .actionLog: key = "sections.action-log"
        case .responses: key = "sections.responses-short"
        case .response: key = "a-z-kinds.response"
        case .recommendation: key = "response.recommendation"
        case .data, .dataTopic, .series: key = "a-z-kinds.figures"
        case .targets: key = "sections.targets"
        case .glossary: key = "sections.glossary"
        case .page, .planView, .changes, .aToZ, .search, .print: key = "a-z-kinds.page"
        }
        return strings.text(key)
    }

    struct Entry: Sendable, Hashable {
        /// Title.
        var t: String
        /// Page, from the top of the site.
        var u: String
        /// Kind of page.
        var k: String
        /// The opening of the page's text, shown as the result's excerpt.
        var x: String
        /// Every other word of the page, once each, lower case: found by search, never shown.
        var w: String
        /// The status of the item the page is about, if it is about one.
        var s: String? = nil
    }

    /// How much of a page's text is kept as it is, for excerpts; the rest is kept as words.
    static let excerptLength = 400

    /// The entry for one rendered page, or nil for a page not worth finding. Runs as each page
    /// is rendered, on all cores, so it works on UTF-8 bytes.
    static func entry(sitePath: String, pageKind: PageKind, kind: String, title: String, html: String, status: String? = nil) -> Entry? {
        guard !skippedKinds.contains(pageKind) else { return nil }
        let text = mainTextBytes(html, afterHeading: true)
        var cut = text.count
        if text.count > excerptLength {
            cut = text[excerptLength...].firstIndex(of: UInt8(ascii: " ")) ?? text.count
        }
        let lowered = text.map { UInt8(ascii: "A")...UInt8(ascii: "Z") ~= $0 ? $0 + 32 : $0 }
        var others: [UInt8] = []
        lowered.withUnsafeBufferPointer { bytes in
            var seen = WordsSeen(in: bytes)
            forEachWord(in: bytes, 0..<cut) { _ = seen.insert($0) }
            forEachWord(in: bytes, cut..<bytes.count) { range in
                guard seen.insert(range) else { return }
                if !others.isEmpty { others.append(UInt8(ascii: " ")) }
                others.append(contentsOf: bytes[range])
            }
        }
        return Entry(
            t: title, u: sitePath, k: kind, x: String(decoding: text[..<cut], as: UTF8.self),
            w: String(decoding: others, as: UTF8.self), s: status)
    }

    /// Where each word of lower-cased `text` lies within `range` (search folds what is not ASCII
    /// itself): runs of letters, digits, apostrophes and any non-ASCII character.
    static func forEachWord(in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (Range<Int>) -> Void) {
        var start: Int?
        for index in range {
            switch text[index] {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"), 0x80...:
                if start == nil { start = index }
            default:
                if let first = start { body(first..<index); start = nil }
            }
        }
        if let first = start { body(first..<range.upperBound) }
    }

    /// A JSON string, with `<` escaped too, so that the script could never close a script element.
    static func appendJSONString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "<"): out.append(contentsOf: Array("\\u003c".utf8))
            case 0..<0x20: out.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The words of a page's `<main>`, without tags, with white space folded. Works on the
    /// string's own UTF-8 bytes: it runs over every page of the site.
    /// - Parameter afterHeading: start after the page's `<h1>` (its title, which the index holds
    ///   already, and what stands above it), so that an excerpt begins with what the page says.
    static func mainTextBytes(_ html: String, afterHeading: Bool = false) -> [UInt8] {
        var html = html
        return html.withUTF8 { mainTextBytes($0, afterHeading: afterHeading) }
    }

    private static func mainTextBytes(_ bytes: UnsafeBufferPointer<UInt8>, afterHeading: Bool) -> [UInt8] {
        guard let tag = find(Array("<main".utf8), in: bytes, from: 0),
            var open = bytes[tag...].firstIndex(of: UInt8(ascii: ">")),
            let close = find(Array("</main>".utf8), in: bytes, from: open)
        else { return [] }
        if afterHeading, let heading = find(Array("</h1>".utf8), in: bytes, from: open), heading < close {
            open = heading + 4
        }
        // Each byte of the page gives at most one of the text, so the text is written in place.
        return [UInt8](unsafeUninitializedCapacity: max(close - open, 0)) { text, count in
            var inTag = false
            var lastWasSpace = true
            var index = open + 1
            func append(_ byte: UInt8) {
                text[count] = byte
                count += 1
            }
            while index < close {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "<"):
                    inTag = true
                case UInt8(ascii: ">"):
                    inTag = false
                    if !lastWasSpace { append(UInt8(ascii: " ")); lastWasSpace = true }
                case _ where inTag:
                    continue
                case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    if !lastWasSpace { append(UInt8(ascii: " ")) }
                    lastWasSpace = true
                case UInt8(ascii: "&"):
                    let (decoded, length) = entity(in: bytes, at: index - 1)
                    append(decoded)
                    index += length - 1
                    lastWasSpace = false
                default:
                    append(byte)
                    lastWasSpace = false
                }
            }
            while count > 0, text[count - 1] == UInt8(ascii: " ") { count -= 1 }
        }
    }

    static let entities: [(name: [UInt8], character: UInt8)] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }

    /// The character an entity at `start` stands for and its length; an unknown one is kept as it is.
    static func entity(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (UInt8, Int) {
        for (name, character) in entities where start + name.count <= bytes.count {
            if bytes[start..<(start + name.count)].elementsEqual(name) { return (character, name.count) }
        }
        return (UInt8(ascii: "&"), 1)
    }

    static func find(_ needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        needle.withUnsafeBufferPointer { ByteSearch.offset(of: $0, in: haystack, from: start) }
    }
}
