/// Orders text the way people number things: "2.9" before "2.10", "Action 2" before "Action 10".
public struct NaturalSortKey: Comparable, Sendable {
    enum Part: Comparable, Sendable {
        case number(Int)
        case text(String)
    }

    let parts: [Part]

    public init(_ text: String) {
        var parts: [Part] = []
        var digits = ""
        var letters = ""
        for character in text.lowercased() {
            if character.isNumber, character.isASCII {
                if !letters.isEmpty { parts.append(.text(letters)) }
                letters = ""
                digits.append(character)
            } else {
                if !digits.isEmpty { parts.append(.number(Int(digits) ?? 0)) }
                digits = ""
                letters.append(character)
            }
        }
        if !digits.isEmpty { parts.append(.number(Int(digits) ?? 0)) }
        if !letters.isEmpty { parts.append(.text(letters)) }
        self.parts = parts
    }

    public static func < (lhs: NaturalSortKey, rhs: NaturalSortKey) -> Bool {
        lhs.parts.lexicographicallyPrecedes(rhs.parts)
    }
}
