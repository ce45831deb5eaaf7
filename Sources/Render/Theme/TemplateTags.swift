import Markup

/// The tags of a template that name something the theme must have, found before anything is
/// rendered: `{{> partial}}` and `{{< parent}}`, and `{{strings.some.name}}`.
enum TemplateTags {
    struct Reference {
        var name: String
        var line: Int
        var column: Int
    }

    /// Partials and parents a template uses.
    static func partials(in text: String) -> [Reference] {
        tags(in: text).compactMap { tag -> Reference? in
            guard let first = tag.name.first, first == ">" || first == "<" else { return nil }
            let name = String(tag.name.dropFirst()).trimmingWhitespace
            return name.isEmpty || name.hasPrefix("*") ? nil : Reference(name: name, line: tag.line, column: tag.column)
        }
    }

    /// The names of the strings a template shows (`plan.caption` for `{{strings.plan.caption}}`),
    /// in any kind of tag: a variable, a section, an inverted section or unescaped.
    static func strings(in text: String) -> [Reference] {
        tags(in: text).compactMap { tag -> Reference? in
            var name = Substring(tag.name)
            while let first = name.first, "#^/&{".contains(first) { name = name.dropFirst() }
            name = name.drop(while: { $0 == " " })
            if name.hasSuffix("}") { name = name.dropLast() }
            guard name.hasPrefix("strings.") else { return nil }
            let key = String(name.dropFirst("strings.".count)).trimmingWhitespace
            return key.isEmpty ? nil : Reference(name: key, line: tag.line, column: tag.column)
        }
    }

    /// The names a template looks up, in variables and sections: `title`, `report.url`,
    /// `page.title`, `actions` in `{{#empty(actions)}}` (a transform's argument, not the
    /// transform). Strings, partials, blocks, comments and `{{.}}` are left out.
    static func names(in text: String) -> [Reference] {
        tags(in: text).compactMap { tag -> Reference? in
            var name = Substring(tag.name)
            guard let first = name.first, !"!><$=%/".contains(first) else { return nil }
            while let first = name.first, "#^&{".contains(first) { name = name.dropFirst() }
            if name.hasSuffix("}") { name = name.dropLast() }
            if let open = name.lastIndex(of: "("), let close = name[open...].firstIndex(of: ")") {
                name = name[name.index(after: open)..<close]
            }
            name = Substring(String(name).trimmingWhitespace)
            while name.first == "." { name = name.dropFirst() }
            guard !name.isEmpty, !name.hasPrefix("strings.") else { return nil }
            return Reference(name: String(name), line: tag.line, column: tag.column)
        }
    }

    /// Every `{{...}}` tag, with what is between the braces and where it starts.
    private static func tags(in text: String) -> [Reference] {
        var tags: [Reference] = []
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        // Inside a tag already found (`{{{name}}}` is one tag, not two).
        var insideUntil = 0
        while index < scalars.count {
            if index >= insideUntil, scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                var end = index + 2
                var name = ""
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") {
                    name.unicodeScalars.append(scalars[end])
                    end += 1
                }
                tags.append(Reference(name: name.trimmingWhitespace, line: line, column: column))
                insideUntil = end + 2
            }
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return tags
    }

    /// `text` with each `{{strings.name}}` (escaped) and `{{{strings.name}}}` (as it is) replaced by
    /// `value(name)`; a name with no value, or a value that holds Mustache braces, is left as a tag.
    static func inliningStrings(in text: String, value: (String) -> String?) -> String {
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: "{{strings.") {
            let isTriple = found.lowerBound > rest.startIndex && rest[rest.index(before: found.lowerBound)] == "{"
            let tagStart = isTriple ? rest.index(before: found.lowerBound) : found.lowerBound
            guard let close = rest[found.upperBound...].range(of: isTriple ? "}}}" : "}}") else { break }
            let name = String(rest[found.upperBound..<close.lowerBound])
            result += rest[..<tagStart]
            if name.allSatisfy({ $0.isLetter || $0.isNumber || "-._".contains($0) }), let words = value(name), !words.contains("{{"),
                !words.contains("}}")
            {
                result += isTriple ? words : HTMLText.escape(words)
            } else {
                result += rest[tagStart..<close.upperBound]
            }
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
