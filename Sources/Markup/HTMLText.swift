import Foundation

/// Escaping for text and attribute values written into HTML by Tally itself.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var needsEscaping = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// Makes URL- and id-safe names from titles and file names.
public enum Slug {
    /// Lower-case ASCII letters and digits joined by single hyphens: "End Sept 2023!" ->
    /// "end-sept-2023". Latin letters lose their accents ("Ünïcödé fïle" -> "unicode-file", "ß" ->
    /// "ss"); letters of other scripts are left out, so a name in them alone gives "".
    public static func make(_ text: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in transliterated(text.lowercased()).unicodeScalars {
            let isAlphanumeric = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isAlphanumeric {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }

    /// Latin letters with their accents taken off (by canonical decomposition, dropping the
    /// combining marks), and the few that do not decompose spelled in ASCII.
    public static func transliterated(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x0300...0x036F).contains(scalar.value) { continue }
            if let spelled = spelledLetters[scalar] {
                result += spelled
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static let spelledLetters: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// `base`, or `base-2`, `base-3`... whichever is not yet in `taken`; adds it to `taken`.
    public static func unique(_ base: String, in taken: inout Set<String>) -> String {
        let root = base.isEmpty ? "section" : base
        var candidate = root
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(root)-\(number)"
            number += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
