import Diagnostics

/// `glossary.yaml`: abbreviations and terms, what they stand for, and what they mean.
public struct Glossary: Sendable, Hashable {
    public var terms: [GlossaryTerm]
    /// Words that look like abbreviations but are names, never to be reported as missing
    /// from the glossary (an organisation's name, a reference number).
    public var ignored: Set<String>

    public init(terms: [GlossaryTerm] = [], ignored: Set<String> = []) {
        self.terms = terms
        self.ignored = ignored
    }

    /// The entry for `text`, written as the term or one of its other spellings.
    public func term(_ text: String) -> GlossaryTerm? {
        terms.first { $0.term == text || $0.variants.contains(text) }
    }
}

public struct GlossaryTerm: Sendable, Hashable {
    /// As written in the text: "ASB", "RAG rating".
    public var term: String
    /// What it stands for: "Anti-social behaviour".
    public var expansion: String
    /// What it means, in plain words.
    public var explanation: String?
    /// Other ways it is written ("NHSCT" for "NHS CT").
    public var variants: [String]
    public var location: SourceLocation

    public init(term: String, expansion: String, explanation: String? = nil, variants: [String] = [], location: SourceLocation) {
        self.term = term
        self.variants = variants
        self.expansion = expansion
        self.explanation = explanation
        self.location = location
    }
}
