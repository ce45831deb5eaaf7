/// A title short enough for a heading or a table cell, cut from longer words at a word
/// boundary with an ellipsis. The whole text is kept elsewhere: an ACTION paragraph of a
/// thousand words is still shown in full on its meeting's page and in the action log's entry.
public enum ShortTitle {
    public static let maxCharacters = 240

    public static func make(_ text: String, limit: Int = maxCharacters) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let atWord = cut.lastIndex(where: \.isWhitespace).map { cut[..<$0] } ?? cut
        var title = String(atWord.count >= limit / 2 ? atWord : cut)
        while let last = title.last, last.isWhitespace || ",;:-–".contains(last) { title.removeLast() }
        return title + "…"
    }
}
