import Diagnostics

/// The words a site shows outside its content, by key (`sections.plans`, `status.in-progress`),
/// as a theme gives them for a language and as a site overrides them. A value is one text, or
/// one text per plural category (CLDR's `zero`, `one`, `two`, `few`, `many`, `other`), and may
/// hold named placeholders such as `{count}` or `{date}`.
public struct StringTable: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case text(String)
        case plural([PluralCategory: String])
    }

    public struct Entry: Sendable, Hashable {
        public var value: Value
        public var location: SourceLocation

        public init(value: Value, location: SourceLocation) {
            self.value = value
            self.location = location
        }
    }

    public var entries: [String: Entry]
    /// The file it was read from, for problems about the table as a whole.
    public var location: SourceLocation?

    public init(entries: [String: Entry] = [:], location: SourceLocation? = nil) {
        self.entries = entries
        self.location = location
    }

    public var isEmpty: Bool { entries.isEmpty }
}

/// CLDR's plural categories. English uses `one` and `other`; Welsh all six.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of `count` in `language`, by CLDR's rules for whole numbers.
    public static func of(_ count: Int, in language: String) -> PluralCategory {
        switch language {
        case "cy":
            switch count {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        default:
            return count == 1 ? .one : .other
        }
    }

    /// The categories a language's plural values must give.
    public static func needed(in language: String) -> [PluralCategory] {
        language == "cy" ? allCases : [.one, .other]
    }
}
