import Yams

/// Bounds what YAML aliases can multiply. An alias (`*name`) repeats its anchored value in full
/// wherever it is used, so a few lines can stand for gigabytes of text ("billion laughs"), which
/// every page that shows the value would then hold. A file may use aliases at most
/// `maxAliasUses` times, and expand to at most `maxExpandedBytes` through them.
enum AliasBudget {
    static let maxAliasUses = 100
    static let maxExpandedBytes = 1_000_000

    struct Problem {
        var message: String
        var hint: String
        /// Line and column in the YAML text (1-based).
        var line: Int
        var column: Int
    }

    /// The first limit the tree breaks, placed at the alias that breaks it; nil when within them.
    static func problem(in root: Node, yaml: String) -> Problem? {
        var walk = Walk()
        walk.visit(root)
        guard let culprit = walk.culprit else { return nil }
        let (line, column) = aliasPosition(named: culprit.anchor, use: culprit.use, in: yaml)
        if walk.uses > maxAliasUses {
            return Problem(
                message: "aliases are used more than \(maxAliasUses) times in this YAML (here *\(culprit.anchor))",
                hint: "write the value out where it is needed; an alias repeats its whole value each time it is used",
                line: line, column: column)
        }
        return Problem(
            message: "the aliases in this YAML (here *\(culprit.anchor)) repeat their values to more than 1 MB of text",
            hint: "an alias repeats its whole value each time it is used: use fewer aliases, or shorter values",
            line: line, column: column)
    }

    struct Walk {
        var expanded = 0
        var uses = 0
        var seen = Set<ObjectIdentifier>()
        var usesByAnchor: [String: Int] = [:]
        var culprit: (anchor: String, use: Int)?

        mutating func visit(_ node: Node) {
            guard culprit == nil else { return }
            if let anchor = node.anchor {
                if seen.insert(ObjectIdentifier(anchor)).inserted == false {
                    uses += 1
                    usesByAnchor[anchor.rawValue, default: 0] += 1
                    if uses > AliasBudget.maxAliasUses || expanded > AliasBudget.maxExpandedBytes {
                        culprit = (anchor.rawValue, usesByAnchor[anchor.rawValue]!)
                        return
                    }
                }
            }
            // Every node counts for a little, so that empty values cannot be multiplied for free.
            expanded += 8
            switch node {
            case .scalar(let scalar):
                expanded += scalar.string.utf8.count
            case .mapping(let mapping):
                for (key, value) in mapping {
                    visit(key)
                    visit(value)
                }
            case .sequence(let sequence):
                for item in sequence { visit(item) }
            case .alias:
                break
            }
            if uses > 0, expanded > AliasBudget.maxExpandedBytes, culprit == nil, let last = usesByAnchor.max(by: { $0.value < $1.value }) {
                culprit = (last.key, last.value)
            }
        }
    }

    /// Where the `use`th `*name` is written (line and column, 1-based); the first line when it
    /// cannot be found.
    static func aliasPosition(named name: String, use: Int, in yaml: String) -> (Int, Int) {
        let token = Array("*\(name)".utf8)
        let bytes = Array(yaml.utf8)
        var found: [(Int, Int)] = []
        var line = 1
        var lineStart = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            } else if bytes[index] == UInt8(ascii: "*"), index + token.count <= bytes.count,
                Array(bytes[index..<index + token.count]) == token,
                index == 0 || " \t[{,-:".utf8.contains(bytes[index - 1]),
                index + token.count == bytes.count || " \t\r\n,]}".utf8.contains(bytes[index + token.count])
            {
                found.append((line, index - lineStart + 1))
            }
            index += 1
        }
        guard !found.isEmpty else { return (1, 1) }
        return found[min(use, found.count) - 1]
    }
}
