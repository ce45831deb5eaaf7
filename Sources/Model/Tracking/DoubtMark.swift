/// A mark that says words are not the whole truth: a question mark (`Complete?`, `March 2026?`),
/// or a mark that points to a note which may qualify them (`Complete*`, `March 2026†`). Words
/// with one are never read as a status, rating, agreement or date: reading them drops the mark,
/// and with it the doubt.
public enum DoubtMark {
    /// What the mark in `text` says, if it has one: "asks a question ("?")".
    public static func reason(in text: String) -> String? {
        if text.contains("?") { return "asks a question (\"?\")" }
        if let mark = text.first(where: { "*\u{2020}".contains($0) }) {
            return "has a mark (\"\(mark)\") that points to a note, which may qualify it"
        }
        return nil
    }
}
