import Foundation
import Mustache

/// A theme's templates as Mustache parsed them, turned into nodes that `TemplateRenderer` fills in
/// straight from views. Mustache's own renderer looks every value up as `Any` and tries it
/// against several protocols at each step; that was about a quarter of a large build.
///
/// The templates are parsed by the Mustache library (so what a theme's author writes means what
/// Mustache says it means, whitespace and all); the library keeps its parsed tokens to itself,
/// so they are read here by reflection. Anything this renderer does not do the library's way, or
/// a token it cannot read, gives `nil`, and the theme is rendered by the library as before:
/// `TemplateRendererTests` hold the two to the same bytes.
struct CompiledTemplates: Sendable {
    let templates: [String: [TemplateNode]]
    private let copies: ThreadCopies

    init?(_ parsed: [String: MustacheTemplate]) {
        var templates: [String: [TemplateNode]] = [:]
        for (name, template) in parsed {
            guard let nodes = Self.nodes(of: template) else { return nil }
            templates[name] = nodes
        }
        self.templates = templates
        copies = ThreadCopies(templates)
    }

    /// The templates as the calling thread should read them: a copy of its own. Filling in a
    /// template retains each node it passes, and two threads retaining the same nodes wait on
    /// each other for every count (about a twentieth of a build's user time with one copy).
    var forThisThread: [String: [TemplateNode]] { copies.forThisThread() }

    // MARK: Reading the library's tokens

    private static func nodes(of template: MustacheTemplate) -> [TemplateNode]? {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value else { return nil }
        var nodes: [TemplateNode] = []
        for token in Mirror(reflecting: tokens).children {
            guard let node = node(of: token.value) else { return nil }
            nodes.append(node)
        }
        return nodes
    }

    /// The node for one token; nil for one that cannot be read or is not supported.
    private static func node(of token: Any) -> TemplateNode? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else { return nil }
        let fields = Payload(payload.value)
        switch kind {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .text(Array(text.utf8))
        case "variable", "unescapedVariable":
            guard let name = fields.string("name"), let transforms = fields.strings("transforms"),
                let lookup = Lookup(name: name, transforms: transforms)
            else { return nil }
            return .variable(lookup, escaped: kind == "variable")
        case "section", "invertedSection":
            guard let name = fields.string("name"), let transforms = fields.strings("transforms"),
                let lookup = Lookup(name: name, transforms: transforms),
                let template = fields.template("template"), let body = nodes(of: template)
            else { return nil }
            return kind == "section" ? .section(lookup, body) : .invertedSection(lookup, body)
        case "blockExpansion":
            guard let name = fields.string("name"), let template = fields.template("default"), let body = nodes(of: template),
                let indentation = fields.optionalString("indentation")
            else { return nil }
            return .block(name: name, default: body, indentation: indentation)
        case "partial":
            guard let name = fields.string(".0"), let indentation = fields.optionalString("indentation"),
                let inherits = fields.value("inherits")
            else { return nil }
            var overrides: [String: [TemplateNode]]?
            if let dictionary = unwrapped(inherits) {
                guard let templates = dictionary as? [String: MustacheTemplate] else { return nil }
                var compiled: [String: [TemplateNode]] = [:]
                for (block, template) in templates {
                    guard let body = nodes(of: template) else { return nil }
                    compiled[block] = body
                }
                overrides = compiled
            }
            return .partial(name: name, indentation: indentation, overrides: overrides)
        case "contentType":
            return .contentType(Escaping(payload.value))
        default:
            // A dynamic partial (`{{>*name}}`) is left to the library; a block definition never
            // stands outside an inheriting partial's section.
            return nil
        }
    }

    /// The labelled values of an enum case's payload.
    private struct Payload {
        let values: [String: Any]

        init(_ payload: Any) {
            var values: [String: Any] = [:]
            for (index, child) in Mirror(reflecting: payload).children.enumerated() {
                values[child.label ?? ".\(index)"] = child.value
            }
            self.values = values
        }

        func value(_ label: String) -> Any? { values[label] }
        func string(_ label: String) -> String? { values[label] as? String }
        func strings(_ label: String) -> [String]? { values[label] as? [String] }
        func template(_ label: String) -> MustacheTemplate? { values[label] as? MustacheTemplate }

        /// `.some(nil)` for a `String?` that holds nothing.
        func optionalString(_ label: String) -> String?? {
            guard let value = values[label] else { return nil }
            guard let string = value as? String? else { return nil }
            return .some(string)
        }
    }

    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// One part of a compiled template.
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    case variable(Lookup, escaped: Bool)
    case section(Lookup, [TemplateNode])
    case invertedSection(Lookup, [TemplateNode])
    /// `{{$name}}...{{/name}}`: what an inheriting template gives for `name`, or this default.
    case block(name: String, default: [TemplateNode], indentation: String?)
    /// `{{>name}}`, or `{{<name}}...{{/name}}` with the blocks it overrides.
    case partial(name: String, indentation: String?, overrides: [String: [TemplateNode]]?)
    case contentType(Escaping)
}

/// How a name in a tag is looked up, as Mustache looks it up.
struct Lookup: Sendable {
    enum Start: Sendable {
        /// `.`: the value in hand.
        case current
        /// A name with no value before it and transforms: the place in the list being drawn.
        case placeInList
        /// `.name.more`: from the value in hand only.
        case anchored
        /// `name.more`: from the innermost value that has the first name, outwards.
        case climbing
    }

    let start: Start
    let path: [String]
    /// Applied last to first, as Mustache applies `a(b(name))`.
    let transforms: [Transform]

    fileprivate init(start: Start, path: [String], transforms: [Transform]) {
        self.start = start
        self.path = path
        self.transforms = transforms
    }

    init?(name: String, transforms: [String]) {
        var compiled: [Transform] = []
        for transform in transforms {
            guard let known = Transform(rawValue: transform) else { return nil }
            compiled.append(known)
        }
        self.transforms = compiled
        path = name.split(separator: ".").map(String.init)
        if name == "." {
            start = .current
        } else if name.isEmpty, !transforms.isEmpty {
            start = .placeInList
        } else if name.first == "." {
            start = .anchored
        } else {
            start = .climbing
        }
        // first(), last() and index() are the place in a list; on a list's value they would
        // give an optional element, which is left to the library.
        if start != .placeInList, compiled.contains(where: { [.first, .last, .index].contains($0) }) { return nil }
    }
}

/// The transforms this renderer does as Mustache does; a template using any other is drawn by
/// the library.
enum Transform: String, Sendable {
    case empty, count, capitalized, lowercased, uppercased
    case equalzero, plusone, minusone, even, odd
    case first, last, index
}

/// How a template escapes `{{value}}`, set by its `{{% CONTENT_TYPE: ...}}` line.
enum Escaping: @unchecked Sendable {
    /// Tally's own (`EscapingHTML`): five characters, by bytes.
    case tally
    /// Mustache's HTML escaping, which compares whole characters.
    case html
    case none
    case other(MustacheContentType)

    init(_ contentType: Any) {
        if contentType is EscapingHTML {
            self = .tally
        } else {
            switch String(describing: type(of: contentType)) {
            case "HTMLContentType": self = .html
            case "TextContentType": self = .none
            default: self = (contentType as? MustacheContentType).map(Escaping.other) ?? .html
            }
        }
    }
}

/// Each thread's own copy of a theme's nodes, made the first time the thread asks.
private final class ThreadCopies: @unchecked Sendable {
    private let lock = NSLock()
    private let original: [String: [TemplateNode]]
    private var copies: [UInt: [String: [TemplateNode]]] = [:]

    init(_ original: [String: [TemplateNode]]) { self.original = original }

    private static let kept = 4 * ProcessInfo.processInfo.activeProcessorCount

    func forThisThread() -> [String: [TemplateNode]] {
        let thread = UInt(pthread_self())
        lock.lock()
        defer { lock.unlock() }
        if let copy = copies[thread] { return copy }
        // A long preview sees the pool's threads come and go: copies are kept for a few at most.
        if copies.count >= Self.kept { copies.removeAll() }
        let copy = original.mapValues(Self.copy)
        copies[thread] = copy
        return copy
    }

    private static func copy(_ nodes: [TemplateNode]) -> [TemplateNode] { nodes.map(copy) }

    private static func copy(_ node: TemplateNode) -> TemplateNode {
        switch node {
        case .text(let bytes): .text(bytes.withUnsafeBufferPointer { Array($0) })
        case .variable(let lookup, let escaped): .variable(lookup.copy(), escaped: escaped)
        case .section(let lookup, let body): .section(lookup.copy(), copy(body))
        case .invertedSection(let lookup, let body): .invertedSection(lookup.copy(), copy(body))
        case .block(let name, let body, let indentation): .block(name: fresh(name), default: copy(body), indentation: indentation.map(fresh))
        case .partial(let name, let indentation, let overrides):
            .partial(name: fresh(name), indentation: indentation.map(fresh), overrides: overrides.map { $0.mapValues(copy) })
        case .contentType(let escaping): .contentType(escaping)
        }
    }

    static func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }
}

extension Lookup {
    fileprivate func copy() -> Lookup { Lookup(start: start, path: path.map(ThreadCopies.fresh), transforms: transforms.map { $0 }) }
}
