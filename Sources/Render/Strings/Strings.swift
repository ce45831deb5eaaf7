import Diagnostics
import Markup
import Model

/// The words of the site in its language: Tally's own, then the theme's, then the site's
/// (`Content/strings.yaml`), each overriding the one before. The Swift code builds no sentence a
/// reader sees without taking its words from here.
public struct Strings: Sendable, Equatable {
    public let language: String
    let values: [String: StringTable.Value]
    /// For templates: `{{strings.sections.plans}}`. Plural values give their `other` form.
    let templateValues: View
    /// Tells two sets of strings apart, so that a page rendered with others is not reused.
    let digest: Int
    /// Every page writes dates: the months and the date's pattern are looked up once.
    let monthNames: [String]
    let longDatePattern: String

    /// Merges the tables; a key the defaults do not have, a plural form a language needs but a
    /// value lacks, a text where plural forms are needed, or a placeholder the default does not
    /// have is an error at its line.
    public static func resolve(
        defaults: StringTable, theme: StringTable?, site: StringTable, language: String
    ) -> (Strings, [Diagnostic]) {
        var problems: [Diagnostic] = []
        var values = defaults.entries.mapValues(\.value)
        for (source, table) in [("theme", theme), ("site", site)] {
            guard let table else { continue }
            for key in table.entries.keys.sorted() {
                let entry = table.entries[key]!
                guard let standard = defaults.entries[key]?.value else {
                    problems.append(.error(
                        "there is no string \"\(key)\"", at: entry.location,
                        hint: NearestName.suggest(for: key, among: defaults.entries.keys).map { "did you mean \"\($0)\"?" }
                            ?? "the strings a \(source) can change are in the theme's strings/\(language).yaml"))
                    continue
                }
                if let problem = mismatch(key, entry, standard: standard, language: language) {
                    problems.append(problem)
                    continue
                }
                values[key] = entry.value
            }
        }
        return (Strings(language: language, values: values), problems)
    }

    init(language: String, values: [String: StringTable.Value]) {
        self.language = language
        self.values = values
        var tree: View = [:]
        for (key, value) in values {
            let text: String
            switch value {
            case .text(let words): text = words
            case .plural(let forms): text = forms[.other] ?? ""
            }
            Strings.insert(text, at: key.split(separator: ".").map(String.init), into: &tree)
        }
        templateValues = tree
        var hasher = Hasher()
        for key in values.keys.sorted() {
            hasher.combine(key)
            hasher.combine(values[key])
        }
        digest = hasher.finalize()
        func word(_ key: String) -> String? {
            if case .text(let words)? = values[key] { return words }
            return nil
        }
        monthNames = Strings.monthKeys.enumerated().map { word("months." + $1) ?? CivilDate.monthNames[$0] }
        longDatePattern = word("date.long") ?? "{day} {month} {year}"
    }

    /// True when the two give every key the same words, in the same language.
    public static func == (one: Strings, other: Strings) -> Bool {
        one.digest == other.digest && one.language == other.language && one.values == other.values
    }

    private static func insert(_ text: String, at path: [String], into tree: inout View) {
        guard let first = path.first else { return }
        if path.count == 1 {
            tree[first] = text
            return
        }
        var child = tree.view(first) ?? [:]
        insert(text, at: Array(path.dropFirst()), into: &child)
        tree[first] = child
    }

    private static func mismatch(_ key: String, _ entry: StringTable.Entry, standard: StringTable.Value, language: String) -> Diagnostic? {
        switch (standard, entry.value) {
        case (.plural, .text):
            let forms = PluralCategory.needed(in: language).map { "\($0.rawValue): ..." }.joined(separator: ", ")
            return .error("\(key) depends on a number, so it needs a form for each: \(forms)", at: entry.location)
        case (.plural, .plural(let forms)):
            let missing = PluralCategory.needed(in: language).filter { forms[$0] == nil }
            if !missing.isEmpty {
                return .error(
                    "\(key) has no form for \(missing.map(\.rawValue).joined(separator: ", "))", at: entry.location,
                    hint: "give one line of words for each of: " + PluralCategory.needed(in: language).map(\.rawValue).joined(separator: ", "))
            }
        case (.text, .plural):
            return .error("\(key) is one text, not forms for numbers", at: entry.location, hint: "write it as \(key.split(separator: ".").last!): your words")
        case (.text, .text):
            break
        }
        let allowed = placeholders(in: standard)
        let used = placeholders(in: entry.value)
        if let unknown = used.subtracting(allowed).sorted().first {
            return .error(
                "\(key) has no placeholder {\(unknown)}", at: entry.location,
                hint: allowed.isEmpty ? "it takes no placeholders" : "it can use " + allowed.sorted().map { "{\($0)}" }.joined(separator: ", "))
        }
        return nil
    }

    static func placeholders(in value: StringTable.Value) -> Set<String> {
        switch value {
        case .text(let text): return placeholders(in: text)
        case .plural(let forms): return forms.values.reduce(into: Set<String>()) { $0.formUnion(placeholders(in: $1)) }
        }
    }

    static func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = rest[rest.index(after: open)..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) { found.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// What a template's `{{strings.key}}` shows: the words as written (a plural value's `other`
    /// form), nil for a key there is no string for.
    func templateText(_ key: String) -> String? {
        switch values[key] {
        case .text(let words): return words
        case .plural(let forms): return forms[.other] ?? ""
        case nil: return nil
        }
    }

    /// The words for `key`, with each `{name}` replaced by `values[name]`.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        switch self.values[key] {
        case .text(let words): return Strings.fill(words, values)
        case .plural(let forms): return Strings.fill(forms[.other] ?? key, values)
        case nil: return key
        }
    }

    /// The words for `key` in the form `count` takes, with `{count}` and each `{name}` filled in.
    public func plural(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var filled = values
        if filled["count"] == nil { filled["count"] = String(count) }
        switch self.values[key] {
        case .plural(let forms):
            let form = forms[PluralCategory.of(count, in: language)] ?? forms[.other] ?? key
            return Strings.fill(form, filled)
        case .text(let words): return Strings.fill(words, filled)
        case nil: return key
        }
    }

    /// The words for `key` as HTML, for a sentence with a link or a tag inside: the words are
    /// escaped, each `[some words]({name})` becomes a link to `links[name]`, and each `{name}` is
    /// replaced by `values[name]`, escaped, or by `html[name]` as it is. With `count`, the form
    /// that number takes.
    public func html(
        _ key: String, _ values: [String: String] = [:], html: [String: String] = [:], links: [String: String] = [:], count: Int? = nil
    ) -> String {
        var filled = values
        let words: String
        switch (self.values[key], count) {
        case (.plural(let forms), let count?):
            if filled["count"] == nil { filled["count"] = String(count) }
            words = forms[PluralCategory.of(count, in: language)] ?? forms[.other] ?? key
        case (.plural(let forms), nil): words = forms[.other] ?? key
        case (.text(let text), _): words = text
        case (nil, _): words = key
        }
        var result = ""
        var rest = HTMLText.escape(words)[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].range(of: "]({"),
              let end = rest[close.upperBound...].range(of: "})"),
              let url = links[String(rest[close.upperBound..<end.lowerBound])] {
            result += rest[..<open]
            result += "<a href=\"\(HTMLText.escape(url))\">" + rest[rest.index(after: open)..<close.lowerBound] + "</a>"
            rest = rest[end.upperBound...]
        }
        result += rest
        return Strings.fill(result, filled.mapValues(HTMLText.escape).merging(html) { _, raw in raw })
    }

    /// A plural value's forms in the order of the language's categories (for a script that
    /// chooses among them); a text is its one `other` form.
    func forms(_ key: String) -> [(PluralCategory, String)] {
        switch values[key] {
        case .plural(let forms): return PluralCategory.allCases.compactMap { category in forms[category].map { (category, $0) } }
        case .text(let words): return [(.other, words)]
        case nil: return []
        }
    }

    static let monthKeys = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]

    /// `17 July 2025`, in the site's words for months and its order (`date.long`).
    /// The site's word for month `number` (1 is January).
    public func monthName(_ number: Int) -> String { monthNames[number - 1] }

    public func longDate(_ date: CivilDate) -> String {
        let month = monthNames[date.month - 1]
        if longDatePattern == "{day} {month} {year}" { return "\(date.day) \(month) \(date.year)" }
        return Strings.fill(longDatePattern, ["day": String(date.day), "month": month, "year": String(date.year)])
    }

    /// "a, b and c", with the site's word for "and".
    func listed(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " " + text("summary.and") + " " + items.last!
        }
    }

    /// Each `{name}` of the site's words replaced once, left to right: a value that itself holds
    /// braces (a title such as "Report {2025}") is put in as it is, never filled in again.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        // Braces are ASCII, so the text is searched as bytes (every page fills many strings).
        let opening = UInt8(ascii: "{"), closing = UInt8(ascii: "}")
        guard !values.isEmpty, text.utf8.contains(opening) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 32)
        var rest = text[...]
        while let open = rest.utf8.firstIndex(of: opening) {
            result += rest[..<open]
            let name = rest.utf8.index(after: open)
            guard let close = rest.utf8[name...].firstIndex(of: closing), let value = values[String(rest[name..<close])] else {
                result.append("{")
                rest = rest[name...]
                continue
            }
            result += value
            rest = rest[rest.utf8.index(after: close)...]
        }
        return result + rest
    }
}
