import Diagnostics

/// A plain-language summary as written ("what this means"), kept with where it was written so
/// that its reading ease can be reported at its line.
public struct SummaryText: Sendable, Hashable {
    public var text: String
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// How hard a summary may be to read before `tally check` warns.
public struct PlainLanguageRules: Sendable, Hashable {
    /// The highest Flesch–Kincaid grade a summary may have.
    public var maxGrade: Int

    public init(maxGrade: Int = 9) {
        self.maxGrade = maxGrade
    }
}
