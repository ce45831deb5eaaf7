import Diagnostics
import Yams

/// Parses YAML with Yams and reports its errors at the line and column of the *file*.
enum YAMLParser {
    /// The YAML's root node; `nil` (with an error in `sink`) when it cannot be read.
    /// `firstLine` is the file line of the YAML's first line.
    static func parse(_ yaml: String, file: SourceFile, firstLine: Int, sink: DiagnosticSink) -> Node? {
        do {
            // The parser is kept while the tree is measured: it holds the anchors, which the
            // nodes refer to weakly. The encoding is given: Yams's default reads the whole
            // process environment at every call (a fiftieth of a large build). Tally reads every
            // value as the text it is written as, never by a type YAML would guess for it, so no
            // tags are guessed: guessing one tried seven patterns on every key as Yams looked for
            // keys given twice (a twentieth of a large build). A key is the same key whatever
            // its tag: `1:` and `!!str 1:` are refused as given twice, as Tally reads both as "1".
            let parser = try Parser(yaml: yaml, resolver: .basic, encoding: .utf8)
            let root = try parser.singleRoot()
            let problem = withExtendedLifetime(parser) { root.flatMap { AliasBudget.problem(in: $0, yaml: yaml) } }
            if let problem {
                sink.error(problem.message, at: file.location(line: problem.line + firstLine - 1, column: problem.column), hint: problem.hint)
                return nil
            }
            return root
        } catch let error as YamlError {
            sink.append(diagnostic(for: error, file: file, firstLine: firstLine))
            return nil
        } catch {
            sink.error("the YAML could not be read: \(error)", at: file.location(line: firstLine))
            return nil
        }
    }

    static func diagnostic(for error: YamlError, file: SourceFile, firstLine: Int) -> Diagnostic {
        func place(_ mark: Mark) -> SourceLocation {
            file.location(line: mark.line + firstLine - 1, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " (\(context.text))" }
            return .error(message, at: place(mark), hint: hint(for: problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return .error(
                "the field \(names) is given more than once", at: place(context.mark),
                hint: "keep one of them and delete the others")
        case let .reader(problem, _, _, _):
            return .error("the YAML could not be read: \(problem)", at: file.location(line: firstLine))
        default:
            return .error("the YAML could not be read: \(error)", at: file.location(line: firstLine))
        }
    }

    private static func hint(for problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "a value that contains \": \" must be in quotes, for example title: \"Plan: 2025/26\""
        }
        if problem.contains("cannot start any token") {
            return "YAML does not allow tabs for indentation, and a value starting with @ or ` must be in quotes"
        }
        if problem.contains("could not find expected ':'") {
            return "write each field as name: value on its own line, and check for a missing closing quote"
        }
        if problem.contains("did not find expected key") || problem.contains("block end") {
            return "check that the fields of a group line up under each other, using spaces"
        }
        return "check the indentation and the quotes on this line and the line before it"
    }
}
