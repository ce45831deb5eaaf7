import Markup
import Mustache

/// What a template is filled in from: text, numbers, flags, lists and nested views, by name.
/// A view never holds a missing value: a key given `nil` is simply not there, so `{{#key}}`
/// renders nothing for it. Views compare and hash by what they hold, so two pages with the same
/// template and equal views render to the same bytes (`RenderMemo` relies on it).
struct View: Hashable, Sendable, ExpressibleByDictionaryLiteral {
    private var values: [String: ViewValue]

    init() { values = [:] }

    /// An empty view with room for `count` values, for one filled in value by value.
    init(minimumCapacity count: Int) { values = Dictionary(minimumCapacity: count) }

    init(dictionaryLiteral elements: (String, (any ViewConvertible)?)...) {
        values = Dictionary(minimumCapacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }

    init(_ elements: KeyValuePairs<String, (any ViewConvertible)?>) {
        values = Dictionary(minimumCapacity: elements.count)
        for (key, value) in elements { self[key] = value }
    }

    fileprivate init<Value: ViewConvertible>(_ dictionary: [String: Value]) {
        values = dictionary.compactMapValues { $0.viewValue }
    }

    /// The value of `key`; setting `nil`, or a value that holds nothing, removes it.
    subscript(key: String) -> (any ViewConvertible)? {
        get { values[key] }
        set { values[key] = newValue?.viewValue }
    }

    /// The value of `key` as the view holds it.
    func stored(_ key: String) -> ViewValue? { values[key] }

    /// The names this view gives a value.
    var keys: Dictionary<String, ViewValue>.Keys { values.keys }

    func text(_ key: String) -> String? {
        if case .text(let text)? = values[key] { return text }
        return nil
    }

    func list(_ key: String) -> [ViewValue]? {
        switch values[key] {
        case .list(let list)?: return list
        case .views(let views)?: return views.map(ViewValue.view)
        default: return nil
        }
    }

    func view(_ key: String) -> View? {
        if case .view(let view)? = values[key] { return view }
        return nil
    }

    /// This view with `other`'s values added, `other`'s winning where both have a key.
    func merging(_ other: View) -> View {
        var merged = self
        merged.values.merge(other.values) { _, new in new }
        return merged
    }
}

/// One value of a view. Text compares and hashes by its bytes, as it is written into a page:
/// two spellings of "é" that Swift counts as equal strings render differently.
enum ViewValue: Hashable, Sendable {
    case text(String)
    case integer(Int)
    case flag(Bool)
    case number(Double)
    case list([ViewValue])
    /// A list of views (rows of a table, items of a list): the commonest list, kept as it is.
    case views([View])
    case view(View)
}

/// A Swift value a view can hold. `viewValue` is nil for one that holds nothing (an empty optional).
protocol ViewConvertible {
    var viewValue: ViewValue? { get }
}

extension String: ViewConvertible {
    var viewValue: ViewValue? { .text(self) }
}

extension Int: ViewConvertible {
    var viewValue: ViewValue? { .integer(self) }
}

extension Bool: ViewConvertible {
    var viewValue: ViewValue? { .flag(self) }
}

extension Double: ViewConvertible {
    var viewValue: ViewValue? { .number(self) }
}

extension View: ViewConvertible {
    var viewValue: ViewValue? { .view(self) }
}

extension ViewValue: ViewConvertible {
    var viewValue: ViewValue? { self }
}

extension Array: ViewConvertible where Element: ViewConvertible {
    /// The elements that hold something, in order.
    var viewValue: ViewValue? {
        // A type comparison, not a cast: casting an array checks its every element.
        if Element.self == View.self { return .views(self as! [View]) }
        return .list(compactMap { $0.viewValue })
    }
}

extension Dictionary: ViewConvertible where Key == String, Value: ViewConvertible {
    var viewValue: ViewValue? { .view(View(self)) }
}

extension Optional: ViewConvertible where Wrapped: ViewConvertible {
    var viewValue: ViewValue? { flatMap { $0.viewValue } }
}

// How Mustache reads a view: each value as the Swift value it stands for, so sections, inverted
// sections and lists behave as they do for Swift's own values.
extension View: MustacheParent {
    func child(named name: String) -> Any? {
        values[name]?.mustacheValue
    }
}

extension ViewValue: MustacheParent, MustacheCustomRenderable {
    /// Numbers are handed over as themselves (a `MustacheCustomRenderable`), which the library
    /// writes after one cast; an `Int` is tried against four protocols first. Text stays a
    /// `String`: the library names a dynamic partial (`{{>*name}}`) only by a `String`.
    var mustacheValue: Any {
        switch self {
        case .text(let text): return text
        case .integer, .number: return self
        case .flag(let flag): return flag
        case .list(let list): return list
        case .views(let views): return views
        case .view(let view): return view
        }
    }

    func child(named name: String) -> Any? {
        if case .view(let view) = self { return view.child(named: name) }
        return nil
    }

    var renderText: String {
        switch self {
        case .text(let text): return text
        case .integer(let integer): return String(integer)
        case .flag(let flag): return String(flag)
        case .number(let number): return String(describing: number)
        case .list(let list): return String(describing: list.map(\.mustacheValue))
        case .views(let views): return String(describing: views)
        case .view: return "View"
        }
    }

    var isNull: Bool { false }
}

// `{{uppercased(title)}}` and the like work on text and numbers as on Swift's own values.
extension ViewValue: MustacheTransformable {
    func transform(_ name: String) -> Any? {
        switch self {
        case .text(let text): return text.transform(name)
        case .integer(let integer): return integer.transform(name)
        default: return nil
        }
    }
}

extension ViewValue {
    static func == (one: ViewValue, other: ViewValue) -> Bool {
        switch (one, other) {
        case (.text(let a), .text(let b)): return a.hasSameBytes(as: b)
        case (.integer(let a), .integer(let b)): return a == b
        case (.flag(let a), .flag(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.list(let a), .list(let b)): return a == b
        case (.views(let a), .views(let b)): return a == b
        case (.view(let a), .view(let b)): return a == b
        default: return false
        }
    }

    func hash(into hasher: inout Hasher) {
        switch self {
        case .text(let text):
            hasher.combine(0)
            hasher.combine(bytesOf: text)
        case .integer(let value): hasher.combine(1); hasher.combine(value)
        case .flag(let value): hasher.combine(2); hasher.combine(value)
        case .number(let value): hasher.combine(3); hasher.combine(value)
        case .list(let values): hasher.combine(4); hasher.combine(values)
        case .views(let views): hasher.combine(5); hasher.combine(views)
        case .view(let view): hasher.combine(6); hasher.combine(view)
        }
    }
}
