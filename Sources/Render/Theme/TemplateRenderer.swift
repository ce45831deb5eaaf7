import Foundation
import Mustache

/// Fills in compiled templates from a page's views, with Mustache's meaning at every step: the
/// same lookups (a name climbs outwards through the values it is inside), the same truth of a
/// section (an empty list and `false` are false; text, even empty, and numbers, even 0, are
/// true), the same whitespace (a partial's indentation before each of its lines), the same
/// inheritance (an outer override wins) and the same escaping. Values are taken straight from
/// the views: no value is boxed as `Any` or tried against a protocol.
struct TemplateRenderer {
    let templates: [String: [TemplateNode]]

    init(templates: CompiledTemplates) { self.templates = templates.forThisThread }

    /// The page drawn with template `name`, or nil if there is no such template.
    func render(_ name: String, _ page: PageContext) -> String? {
        guard let nodes = templates[name] else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        var context = RenderContext(stack: [.page(page)])
        render(nodes, &context, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    // One context is passed down and put back as it was after each part: a copy for each
    // section and each element of a list copied the whole stack of values it was inside.

    private func render(_ nodes: [TemplateNode], _ context: inout RenderContext, into out: inout [UInt8]) {
        // A content type set in a list of nodes holds to the end of that list.
        let escaping = context.escaping
        defer { context.escaping = escaping }
        let start = out.count
        guard let indentation = context.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, &context, into: &out) }
            return
        }
        for node in nodes {
            let at = out.count
            // Mustache indents a part that begins a line of this template's own output (a line
            // ends with "\n"; "\r\n" is one character to Swift, and does not count).
            let atLineStart = at > start && out[at - 1] == UInt8(ascii: "\n") && !(at - 1 > start && out[at - 2] == UInt8(ascii: "\r"))
            render(node, &context, into: &out)
            if atLineStart, out.count > at { out.insert(contentsOf: indentation, at: at) }
        }
    }

    private func render(_ node: TemplateNode, _ context: inout RenderContext, into out: inout [UInt8]) {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let lookup, let escaped):
            guard let value = value(lookup, context) else { return }
            let text = value.text
            if escaped { context.escaping.append(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case .section(let lookup, let body):
            switch value(lookup, context) {
            case nil:
                return
            case .list(let values):
                for (index, value) in values.enumerated() {
                    render(body, inside: .element(value), at: Place(first: index == 0, last: index == values.count - 1, index: index), &context, into: &out)
                }
            case .views(let views):
                for (index, view) in views.enumerated() {
                    render(body, inside: .view(view), at: Place(first: index == 0, last: index == views.count - 1, index: index), &context, into: &out)
                }
            case .flag(let flag):
                if flag { render(body, &context, into: &out) }
            case let value?:
                render(body, inside: value, at: nil, &context, into: &out)
            }
        case .invertedSection(let lookup, let body):
            switch value(lookup, context) {
            case nil:
                render(body, &context, into: &out)
            case .list(let values):
                if values.isEmpty { render(body, inside: .list(values), at: nil, &context, into: &out) }
            case .views(let views):
                if views.isEmpty { render(body, inside: .views(views), at: nil, &context, into: &out) }
            case .flag(let flag):
                if !flag { render(body, &context, into: &out) }
            case .some:
                return
            }
        case .block(let name, let defaultBody, let indentation):
            let outer = (place: context.place, indentation: context.indentation)
            defer { (context.place, context.indentation) = outer }
            context.place = nil
            if let indentation { context.indentation = (outer.indentation ?? []) + Array(indentation.utf8) }
            render(context.inherited?[name] ?? defaultBody, &context, into: &out)
        case .partial(let name, let indentation, let overrides):
            guard let nodes = templates[name] else { return }
            let outer = (place: context.place, indentation: context.indentation, inherited: context.inherited, escaping: context.escaping)
            defer { (context.place, context.indentation, context.inherited, context.escaping) = outer }
            context.place = nil
            context.escaping = .html
            if let indentation { context.indentation = (outer.indentation ?? []) + Array(indentation.utf8) }
            if let overrides {
                context.inherited = outer.inherited.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            }
            render(nodes, &context, into: &out)
        case .contentType(let escaping):
            context.escaping = escaping
        }
    }

    /// `body` drawn inside `value`, at `place` in the list being drawn (nil: not in one).
    private func render(_ body: [TemplateNode], inside value: TemplateValue, at place: Place?, _ context: inout RenderContext, into out: inout [UInt8]) {
        let outerPlace = context.place
        context.stack.append(value)
        context.place = place
        render(body, &context, into: &out)
        context.stack.removeLast()
        context.place = outerPlace
    }

    // MARK: Looking values up

    private func value(_ lookup: Lookup, _ context: RenderContext) -> TemplateValue? {
        var found: TemplateValue?
        switch lookup.start {
        case .current:
            found = context.stack.last
        case .placeInList:
            found = context.place.map(TemplateValue.place)
        case .anchored:
            found = follow(lookup.path[...], from: context.stack[context.stack.count - 1])
        case .climbing:
            guard let first = lookup.path.first else {
                found = context.stack.last
                break
            }
            for object in context.stack.reversed() {
                if let child = object.child(first) {
                    found = follow(lookup.path.dropFirst(), from: child)
                    break
                }
            }
        }
        guard var result = found else { return nil }
        for transform in lookup.transforms.reversed() {
            guard let next = result.applying(transform) else { return nil }
            result = next
        }
        return result
    }

    private func follow(_ path: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var current = value
        for name in path {
            guard let child = current.child(name) else { return nil }
            current = child
        }
        return current
    }
}

/// Where a template is being drawn: the values it is inside, innermost last, and what a
/// partial or an inheriting template passes down.
private struct RenderContext {
    var stack: [TemplateValue]
    var place: Place?
    var indentation: [UInt8]?
    var inherited: [String: [TemplateNode]]?
    var escaping: Escaping = .html

    init(stack: [TemplateValue]) { self.stack = stack }
}

/// The place of a value in the list being drawn: `{{#first()}}`, `{{index()}}`.
struct Place {
    var first: Bool
    var last: Bool
    var index: Int
}

/// A value as Mustache sees it: a view's text as a `String`, its flags as `Bool`, its numbers as
/// the `ViewValue` they are, the elements of a list of values as `ViewValue`s.
private enum TemplateValue {
    case page(PageContext)
    case view(View)
    case element(ViewValue)
    case text(String)
    case flag(Bool)
    case integer(Int)
    case list([ViewValue])
    case views([View])
    case place(Place)

    /// What `View.child(named:)` hands Mustache for a value it holds.
    init(_ stored: ViewValue) {
        switch stored {
        case .text(let text): self = .text(text)
        case .integer, .number: self = .element(stored)
        case .flag(let flag): self = .flag(flag)
        case .list(let list): self = .list(list)
        case .views(let views): self = .views(views)
        case .view(let view): self = .view(view)
        }
    }

    func child(_ name: String) -> TemplateValue? {
        switch self {
        case .page(let page):
            switch name {
            case "page": return .view(page.page)
            case "chrome": return .view(page.chrome)
            case "strings": return .view(page.strings)
            default: return (page.chrome.stored(name) ?? page.page.stored(name)).map(TemplateValue.init)
            }
        case .view(let view):
            return view.stored(name).map(TemplateValue.init)
        case .element(.view(let view)):
            return view.stored(name).map(TemplateValue.init)
        default:
            return nil
        }
    }

    func applying(_ transform: Transform) -> TemplateValue? {
        switch self {
        case .text(let text), .element(.text(let text)):
            switch transform {
            case .empty: return .flag(text.isEmpty)
            case .capitalized: return .text(text.capitalized)
            case .lowercased: return .text(text.lowercased())
            case .uppercased: return .text(text.uppercased())
            default: return nil
            }
        case .integer(let number), .element(.integer(let number)):
            switch transform {
            case .equalzero: return .flag(number == 0)
            case .plusone: return .integer(number + 1)
            case .minusone: return .integer(number - 1)
            case .even: return .flag(number & 1 == 0)
            case .odd: return .flag(number & 1 == 1)
            default: return nil
            }
        case .list(let list):
            return Self.listTransform(transform, count: list.count)
        case .views(let views):
            return Self.listTransform(transform, count: views.count)
        case .place(let place):
            switch transform {
            case .first: return .flag(place.first)
            case .last: return .flag(place.last)
            case .index: return .integer(place.index)
            case .even: return .flag(place.index & 1 == 0)
            case .odd: return .flag(place.index & 1 == 1)
            default: return nil
            }
        default:
            return nil
        }
    }

    private static func listTransform(_ transform: Transform, count: Int) -> TemplateValue? {
        switch transform {
        case .empty: return .flag(count == 0)
        case .count: return .integer(count)
        default: return nil
        }
    }

    /// The text `{{value}}` writes, as Mustache writes it.
    var text: String {
        switch self {
        case .text(let text): return text
        case .element(let value): return value.renderText
        case .flag(let flag): return String(describing: flag)
        case .integer(let number): return String(describing: number)
        case .page(let page): return String(describing: page)
        case .view(let view): return String(describing: view)
        case .list(let list): return String(describing: list)
        case .views(let views): return String(describing: views)
        case .place: return ""
        }
    }
}

extension Escaping {
    func append(_ text: String, to out: inout [UInt8]) {
        switch self {
        case .tally:
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: Self.ampersand)
                case UInt8(ascii: "<"): out.append(contentsOf: Self.lessThan)
                case UInt8(ascii: ">"): out.append(contentsOf: Self.greaterThan)
                case UInt8(ascii: "\""): out.append(contentsOf: Self.quote)
                case UInt8(ascii: "'"): out.append(contentsOf: Self.apostrophe)
                default: out.append(byte)
                }
            }
        case .html:
            // Mustache's own compares whole characters: "&" with an accent on it is not "&".
            // Text of ASCII alone, most of any page, has no such characters, and is taken by bytes.
            if text.utf8.allSatisfy({ $0 < 0x80 }) {
                Escaping.tally.append(text, to: &out)
                return
            }
            for character in text {
                switch character {
                case "&": out.append(contentsOf: Self.ampersand)
                case "<": out.append(contentsOf: Self.lessThan)
                case ">": out.append(contentsOf: Self.greaterThan)
                case "\"": out.append(contentsOf: Self.quote)
                case "'": out.append(contentsOf: Self.apostrophe)
                default: out.append(contentsOf: character.utf8)
                }
            }
        case .none:
            out.append(contentsOf: text.utf8)
        case .other(let contentType):
            out.append(contentsOf: contentType.escapeText(text).utf8)
        }
    }

    private static let ampersand = Array("&amp;".utf8)
    private static let lessThan = Array("&lt;".utf8)
    private static let greaterThan = Array("&gt;".utf8)
    private static let quote = Array("&quot;".utf8)
    private static let apostrophe = Array("&#39;".utf8)
}
