import Foundation
import Testing

/// Every word the site shows outside the content comes from the strings file: the council's site,
/// built with every string replaced by a made-up word, shows no word that is neither in its
/// content nor made up. A sentence the Swift code wrote in English itself would show through.
@Suite struct NoBuiltInWordsTests {
    static let madeUp = "qz"

    /// The theme's strings with the letters of each value (outside its placeholders) replaced.
    static func madeUpStrings(_ english: String) -> String {
        english.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop(while: { $0 == " " })
            guard !trimmed.hasPrefix("#"), let colon = trimmed.firstIndex(of: ":") else { return String(line) }
            let value = trimmed[trimmed.index(after: colon)...]
            guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { return String(line) }
            return line[..<colon] + ":" + madeUp(value)
        }.joined(separator: "\n")
    }

    private static func madeUp(_ value: Substring) -> String {
        var result = ""
        var inPlaceholder = false
        var inWord = false
        for character in value {
            if character == "{" { inPlaceholder = true }
            if character == "}" { inPlaceholder = false }
            if character.isLetter && !inPlaceholder {
                if !inWord { result += madeUp }
                inWord = true
            } else {
                inWord = false
                result.append(character)
            }
        }
        return result
    }

    /// Words of two letters or more; a `{placeholder}` for the search script to fill is not one.
    static func words(_ text: some StringProtocol) -> [String] {
        var text = String(text)
        while let open = text.range(of: "{"), let close = text.range(of: "}", range: open.upperBound..<text.endIndex) {
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }.filter { $0.count > 1 }
    }

    /// The text a reader meets: what is between tags (not scripts or styles) and the labels,
    /// titles and descriptions in attributes.
    static func readerText(_ html: String) -> String {
        var text = html
        for element in ["script", "style"] {
            while let open = text.range(of: "<\(element)"), let close = text.range(of: "</\(element)>", range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var shown = ""
        var rest = text[...]
        while let open = rest.firstIndex(of: "<") {
            shown += rest[..<open] + " "
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open..<close]
            for attribute in ["aria-label=\"", "title=\"", "alt=\"", "placeholder=\"", "data-words-"] {
                var within = tag
                while let start = within.range(of: attribute) {
                    let valueStart = attribute.hasSuffix("\"") ? start.upperBound : (within[start.upperBound...].range(of: "=\"")?.upperBound ?? start.upperBound)
                    guard let end = within[valueStart...].firstIndex(of: "\"") else { break }
                    shown += within[valueStart..<end] + " "
                    within = within[end...]
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        return shown + rest
    }

    /// What each search result is: the third value of each row of a `pages-N.js` part.
    static func searchKinds(_ script: String) -> String {
        script.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("["), let row = try? JSONSerialization.jsonObject(with: Data(line.dropLast(line.hasSuffix(",") ? 1 : 0).utf8)) as? [Any],
                row.count > 2
            else { return nil }
            return row[2] as? String
        }.joined(separator: " ")
    }

    @Test func noPageShowsAWordThatIsNeitherTheContentsNorTheStrings() throws {
        let council = try CouncilSite()
        let english = try String(contentsOfFile: council.path + "/Theme/strings/en.yaml", encoding: .utf8)
        try council.write("Content/strings.yaml", Self.madeUpStrings(english))

        // The tool's name, and the kinds of file offered for download, are not words to translate.
        var allowed: Set<String> = [Self.madeUp, "tally", "csv", "json"]
        let content = council.path + "/Content"
        for file in FileManager.default.enumerator(atPath: content)?.compactMap({ $0 as? String }) ?? [] where file != "strings.yaml" {
            guard let text = try? String(contentsOfFile: content + "/" + file, encoding: .utf8) else { continue }
            allowed.formUnion(Self.words(text))
            allowed.formUnion(Self.words(file))
        }

        var leaks: [String: String] = [:]
        for (edition, output) in [("web", "Site"), ("offline", "Offline"), ("print", "Print")] {
            let result = try council.tally("build", "--edition", edition, "--output", output)
            #expect(result.status == 0, "\(result.errors)")
            let root = council.path + "/" + output
            for file in (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []).sorted() {
                let name = (file as NSString).lastPathComponent
                guard file.hasSuffix(".html") || name.hasPrefix("pages-") && name.hasSuffix(".js") else { continue }
                let text = String(decoding: FileManager.default.contents(atPath: root + "/" + file) ?? Data(), as: UTF8.self)
                let shown = file.hasSuffix(".html") ? Self.readerText(text) : Self.searchKinds(text)
                for word in Self.words(shown) where !allowed.contains(word) && leaks[word] == nil {
                    leaks[word] = "\(output)/\(file)"
                }
            }
        }
        #expect(leaks.isEmpty, "words not from the content nor the strings: \(leaks.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", "))")
    }

    /// A site in Welsh (`language: cy`) shows Tally's Welsh words, its dates in Welsh, and no
    /// word that is neither its content's nor Welsh.
    @Test func aWelshSiteShowsWelshWordsAndDates() throws {
        let council = try CouncilSite()
        try council.edit("Content/site.yaml") { $0.replacingOccurrences(of: "as_of: 2025-10-01", with: "as_of: 2025-10-01\nlanguage: cy") }
        let result = try council.tally("build")
        #expect(result.status == 0, "\(result.errors)")
        let home = council.page("index.html")
        #expect(home.contains("<html lang=\"cy\""))
        #expect(home.contains("Statws ar <time datetime=\"2025-10-01\">1 Hydref 2025</time>"))
        #expect(council.page("meetings/actions/index.html").contains("2 gyfarfod ers ei godi."), "Welsh's form for two")
        #expect(council.page("search/index.html").contains("data-words-results-few=\"{count} chanlyniad ar gyfer “{query}”\""))

        var allowed: Set<String> = ["tally", "csv", "json"]
        let welsh = try String(contentsOfFile: council.path + "/Theme/strings/cy.yaml", encoding: .utf8)
        for line in welsh.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            allowed.formUnion(Self.words(line.split(separator: ":", maxSplits: 1).dropFirst().joined()))
        }
        let content = council.path + "/Content"
        for file in FileManager.default.enumerator(atPath: content)?.compactMap({ $0 as? String }) ?? [] {
            guard let text = try? String(contentsOfFile: content + "/" + file, encoding: .utf8) else { continue }
            allowed.formUnion(Self.words(text))
            allowed.formUnion(Self.words(file))
        }
        var leaks: [String: String] = [:]
        let root = council.path + "/Site"
        for file in (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []).sorted() where file.hasSuffix(".html") {
            let text = String(decoding: FileManager.default.contents(atPath: root + "/" + file) ?? Data(), as: UTF8.self)
            for word in Self.words(Self.readerText(text)) where !allowed.contains(word) && leaks[word] == nil { leaks[word] = file }
        }
        #expect(leaks.isEmpty, "words neither the content's nor Welsh: \(leaks.sorted { $0.key < $1.key })")
    }
}
