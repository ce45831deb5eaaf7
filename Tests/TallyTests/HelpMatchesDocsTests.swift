import Foundation
import Testing

/// `tally --help` and each command's help name the same commands and options as docs/cli.md,
/// so that neither says something the other does not.
@Suite struct HelpMatchesDocsTests {
    static let docs = (try? String(contentsOf: repositoryRoot.appendingPathComponent("docs/cli.md"), encoding: .utf8)) ?? ""

    /// The text of docs/cli.md under `## \`tally <command>\``, up to the next heading of that level.
    static func section(_ command: String) -> String {
        guard let start = docs.range(of: "## `tally \(command)`") else { return "" }
        let rest = docs[start.upperBound...]
        let end = rest.range(of: "\n## ")?.lowerBound ?? rest.endIndex
        return String(rest[..<end])
    }

    static func options(in text: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: "--[a-z][a-z-]*[a-z]")
        let range = NSRange(text.startIndex..., in: text)
        return Set(regex.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } })
            .subtracting(["--help", "--version"])
    }

    @Test(arguments: [
        ("build", ["build"]), ("check", ["check"]), ("serve", ["serve"]), ("bundle", ["bundle"]), ("init", ["init"]),
        ("theme copy", ["theme", "copy"]), ("theme names", ["theme", "names"]),
        ("new", ["new", "meeting"]), ("new", ["new", "action"]), ("new", ["new", "update"]), ("new", ["new", "response"]),
        ("new", ["new", "recommendation"]),
        ("import", ["import", "actions"]), ("import", ["import", "recommendations"]), ("import", ["import", "series"]),
    ])
    func everyOptionInTheHelpIsInTheDocs(section: String, command: [String]) throws {
        let help = try runTally(command + ["--help"], in: NSTemporaryDirectory())
        #expect(help.status == 0)
        let documented = Self.options(in: Self.section(section))
        let offered = Self.options(in: help.output)
        #expect(offered.subtracting(documented).isEmpty, "tally \(command.joined(separator: " ")) offers \(offered.subtracting(documented).sorted()) that docs/cli.md does not mention under tally \(section)")
    }

    @Test func everyOptionTheDocsUsageLinesGiveExists() throws {
        for line in Self.docs.split(separator: "\n") where line.hasPrefix("tally ") {
            let words = line.split(separator: " ").map(String.init)
            let command: [String] = Array(words.dropFirst().prefix { word in
                let isOption = word.hasPrefix("-") || word.hasPrefix("[") || word.hasPrefix("<")
                let isArgument = word != word.lowercased() || word.contains(".") || word.contains("/")
                return !isOption && !isArgument
            })
            guard !command.isEmpty else { continue }
            let help = try runTally(command + ["--help"], in: NSTemporaryDirectory())
            guard help.status == 0 else { continue }
            let given = Self.options(in: String(line))
            #expect(given.subtracting(Self.options(in: help.output)).isEmpty, "docs/cli.md: \(line)")
        }
    }

    @Test func everyCommandInTheHelpIsInTheDocsTable() throws {
        let help = try runTally(["--help"], in: NSTemporaryDirectory())
        let lines: [Substring] = help.output.split(separator: "\n")
        let listed: [Substring] = Array(lines.drop { !$0.contains("SUBCOMMANDS") }.dropFirst())
        // A command's line is indented two spaces; its description's further lines, more.
        let commandLines = listed.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
        let commands: [String] = commandLines.compactMap { line in line.split(separator: " ").first.map(String.init) }.filter { $0 != "See" }
        #expect(!commands.isEmpty)
        for command in commands {
            #expect(Self.docs.contains("`tally \(command)"), "tally \(command) is not in docs/cli.md")
        }
    }
}

/// docs/your-site.md lists every string a site can change, as the theme gives it.
@Suite struct StringsDocsTests {
    @Test func everyStringOfTheThemeIsInTheDocs() throws {
        let theme = try String(contentsOf: repositoryRoot.appendingPathComponent("Theme/strings/en.yaml"), encoding: .utf8)
        let docs = try String(contentsOf: repositoryRoot.appendingPathComponent("docs/your-site.md"), encoding: .utf8)
        let entries = theme.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(entries.count > 40)
        for line in entries {
            #expect(docs.contains(String(line) + "\n"), "docs/your-site.md lacks: \(line) (run scripts/strings-docs)")
        }
    }
}

/// Every string the templates and the Swift code name exists in the theme's strings: a
/// misspelt name would otherwise render as nothing, or as the name itself.
@Suite struct StringNamesTests {
    static func keys() throws -> Set<String> {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("Theme/strings/en.yaml"), encoding: .utf8)
        var keys: Set<String> = []
        var path: [(indent: Int, name: String)] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let indent = line.prefix { $0 == " " }.count
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[line.index(line.startIndex, offsetBy: indent)..<colon].trimmingCharacters(in: .whitespaces)
            path.removeAll { $0.indent >= indent }
            path.append((indent, name))
            keys.insert(path.map(\.name).joined(separator: "."))
        }
        return keys
    }

    static func names(matching pattern: String, in folder: String, ending: String) throws -> [(file: String, name: String)] {
        let root = repositoryRoot.appendingPathComponent(folder)
        let regex = try NSRegularExpression(pattern: pattern)
        var found: [(String, String)] = []
        for case let path as String in FileManager.default.enumerator(atPath: root.path)?.allObjects ?? [] where path.hasSuffix(ending) {
            let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { found.append((path, String(text[range]))) }
            }
        }
        return found
    }

    @Test func everyStringATemplateNamesExists() throws {
        let keys = try Self.keys()
        let used = try Self.names(matching: #"\{\{\s*strings\.([a-z0-9.-]+)\s*\}\}"#, in: "Theme/templates", ending: ".mustache")
        #expect(used.count > 100)
        let missing = used.filter { !keys.contains($0.name) }.map { "Theme/templates/\($0.file): strings.\($0.name)" }
        #expect(missing.isEmpty, "names strings/en.yaml lacks")
    }

    @Test func everyStringTheSwiftCodeNamesExists() throws {
        let keys = try Self.keys()
        // Names written whole; those built from a status or a kind are checked by the pages' tests.
        let used = try Self.names(matching: #"strings\.(?:text|plural)\(\s*"([a-z0-9.-]+)""#, in: "Sources/Render", ending: ".swift")
        #expect(used.count > 50)
        let missing = used.filter { !keys.contains($0.name) }.map { "Sources/Render/\($0.file): \($0.name)" }
        #expect(missing.isEmpty, "names strings/en.yaml lacks")
    }
}
