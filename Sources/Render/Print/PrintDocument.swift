import Foundation
import Markup
import Model

/// The print edition: the whole publication as one document in reading order, with a contents
/// list, a page break before each part, no navigation, and every link written out or turned
/// into a reference to the part it points at.
enum PrintDocument {
    struct Part: Sendable {
        var sitePath: String
        var kind: PageKind
        var title: String
        var html: String
    }

    /// The order parts are read in, by kind of page; kinds not listed are left out (lists that
    /// repeat other pages, and pages for finding things on screen).
    static func sections(_ strings: Strings) -> [(heading: String, kinds: [PageKind])] {
        [
            (strings.text("print.introduction"), [.home]),
            (strings.text("sections.plans"), [.plan, .planChanges, .action]),
            (strings.text("sections.meetings"), [.group, .meeting, .actionLog, .changes]),
            (strings.text("sections.responses"), [.response, .recommendation]),
            (strings.text("print.figures"), [.dataTopic, .series, .targets]),
            (strings.text("sections.updates"), [.update]),
            (strings.text("print.about"), [.page, .glossary]),
        ]
    }

    static func order(_ parts: [Part], content: Content, strings: Strings) -> [(heading: String, parts: [Part])] {
        sections(strings).map { section in
            let chosen = parts.filter { section.kinds.contains($0.kind) }
            return (section.heading, chosen.sorted { rank($0, content).lexicographicallyPrecedes(rank($1, content)) })
        }.filter { !$0.parts.isEmpty }
    }

    /// Within a section: each plan before its actions, newest plan first; newest notes first.
    static func rank(_ part: Part, _ content: Content) -> [String] {
        let segments = part.sitePath.split(separator: "/").map(String.init)
        switch part.kind {
        case .plan, .planChanges, .action:
            let plans = content.plans.sorted { $0.published > $1.published }
            let planIndex = plans.firstIndex { $0.id == segments[1] } ?? 0
            let within = part.kind == .plan ? "0" : part.kind == .planChanges ? "1" : "2"
            let actionIndex = plans[safe: planIndex]?.actions.firstIndex { PlanPaths.action($0) == part.sitePath } ?? 0
            return [padded(planIndex), within, padded(actionIndex)]
        case .meeting:
            let index = content.meetings.count - 1 - (content.meetings.firstIndex { MeetingPaths.meeting($0.id) == part.sitePath } ?? 0)
            return ["1", padded(index)]
        case .group: return ["0"]
        case .actionLog: return ["2"]
        case .changes: return ["3"]
        case .response: return [segments[1], "0"]
        case .recommendation:
            let order = content.allRecommendations.firstIndex { ResponsePaths.recommendation($0) == part.sitePath } ?? 0
            return [segments[1], "1", padded(order)]
        case .update:
            let date = content.updates.first { UpdatesSection.sitePath(of: $0) == part.sitePath }?.date.daysSinceEpoch ?? 0
            return [padded(1_000_000 - date)]
        case .glossary: return ["~"]
        default: return [part.sitePath]
        }
    }

    static func padded(_ number: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, 7 - text.count)) + text
    }

    /// The parts' HTML, ready to go in one document, and the contents list.
    static func assemble(_ parts: [Part], content: Content, strings: Strings) -> (contents: [View], body: String, numbers: [String: Int]) {
        let ordered = order(parts, content: content, strings: strings)
        var numberBySitePath: [String: Int] = [:]
        for (index, part) in ordered.flatMap(\.parts).enumerated() { numberBySitePath[part.sitePath] = index + 1 }

        var body = ""
        var contents: [View] = []
        // Two parts may have the same heading in a site's words: each keeps an id of its own.
        var anchors: Set<String> = []
        for section in ordered {
            let sectionAnchor = Slug.unique("section-\(Slug.make(section.heading))", in: &anchors)
            var items: [View] = []
            body += "<h2 class=\"print-section\" id=\"\(sectionAnchor)\">\(HTMLText.escape(section.heading))</h2>\n"
            for part in section.parts {
                let number = numberBySitePath[part.sitePath]!
                items.append(["number": number, "title": part.title, "anchor": "p\(number)"])
                let label = HTMLText.escape(strings.text("print.part", ["number": String(number)]))
                body += "<section class=\"print-part\" id=\"p\(number)\" aria-label=\"\(label): \(HTMLText.escape(part.title))\">\n"
                body += "<p class=\"print-part__number\">\(label)</p>\n"
                body += rewrite(mainHTML(part.html), number: number, sitePath: part.sitePath, numbers: numberBySitePath, strings: strings)
                body += "</section>\n"
            }
            contents.append(["heading": section.heading, "anchor": sectionAnchor, "items": items])
        }
        return (contents, body, numberBySitePath)
    }

    static func mainHTML(_ html: String) -> String {
        guard let tag = html.range(of: "<main"), let start = html.range(of: ">", range: tag.upperBound..<html.endIndex),
            let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex)
        else { return "" }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// Ids made unique to the part, headings moved down a level, and links pointed within the document.
    static func rewrite(_ html: String, number: Int, sitePath: String, numbers: [String: Int], strings: Strings) -> String {
        var text = html
        for level in (1...5).reversed() {
            text = text.replacingOccurrences(of: "<h\(level)", with: "<h\(level + 1)")
            text = text.replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
        }
        text = prefixAttribute("id=\"", in: text, number: number)
        text = prefixAttribute("aria-labelledby=\"", in: text, number: number, list: true)
        text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#p\(number)-")
        return rewriteLinks(text, from: sitePath, numbers: numbers, strings: strings)
    }

    static func prefixAttribute(_ opening: String, in html: String, number: Int, list: Bool = false) -> String {
        var parts = html.components(separatedBy: opening)
        for index in parts.indices.dropFirst() {
            guard let end = parts[index].firstIndex(of: "\"") else { continue }
            let value = parts[index][..<end]
            let prefixed = list ? value.split(separator: " ").map { "p\(number)-\($0)" }.joined(separator: " ") : "p\(number)-\(value)"
            parts[index] = prefixed + parts[index][end...]
        }
        return parts.joined(separator: opening)
    }

    /// A link to another part becomes a link within the document and says which part; a link
    /// to a download becomes its words; a link to the internet keeps its words and has its
    /// address written out after them, wherever it is (prose, sources, the report, the footer),
    /// since paper has no links.
    static func rewriteLinks(_ html: String, from sitePath: String, numbers: [String: Int], strings: Strings) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<a ") {
            result += rest[..<open.lowerBound]
            guard let tagEnd = rest.range(of: ">", range: open.upperBound..<rest.endIndex),
                let close = rest.range(of: "</a>", range: tagEnd.upperBound..<rest.endIndex)
            else { break }
            let tag = rest[open.lowerBound..<tagEnd.upperBound]
            let inner = rest[tagEnd.upperBound..<close.lowerBound]
            let href = OfflineLinks.attribute("href", in: tag) ?? ""
            switch LinkDestination(href.replacingAmpersands()) {
            case .path(let path, let fragment):
                let target = SitePath.normalise(SitePath.folder(of: sitePath) + "/" + path) ?? ""
                if let part = numbers[target] {
                    let anchor = fragment.map { "p\(part)-\($0)" } ?? "p\(part)"
                    let rewritten = tag.replacingOccurrences(of: "href=\"\(href)\"", with: "href=\"#\(anchor)\"")
                    result += rewritten + inner + "</a><span class=\"print-ref\"> \(HTMLText.escape(strings.text("print.see-part", ["number": String(part)])))</span>"
                } else {
                    result += inner
                }
            default:
                result += rest[open.lowerBound..<close.upperBound]
                if let address = OfflineLinks.externalAddress(href), !inner.contains(HTMLText.escape(address)) {
                    result += "<span class=\"print-url\"> (\(HTMLText.escape(address)))</span>"
                }
            }
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
