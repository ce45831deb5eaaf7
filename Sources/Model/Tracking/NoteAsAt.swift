import Foundation

/// A note that opens by saying which day's position it gives: "As at 31 December 2026, ...",
/// "Position as of 30 September 2026:", "Update (December 2026):", "Q3 2026/27 update:". In an
/// update of an earlier day, the page published a position the work could not yet have had.
enum NoteAsAt {
    /// The words that open the note up to the end of the date, and the first day the date can
    /// mean; nil when the note opens some other way, or the words are not a date with its year.
    static func position(in note: String, deadlines: DeadlineConventions) -> (words: String, from: CivilDate)? {
        let text = Substring(StatusInNote.statusLabelRemoved(note).trimmingWhitespace).drop { "*_".contains($0) }
        let lowered = text.lowercased()
        let when: Substring
        // Where the words quoted in a message end: after the bracket, or before the colon.
        var shownEnd: Substring.Index?
        if let label = asAtLabels.first(where: { lowered.hasPrefix($0 + " ") }) {
            // "As at 31 December 2026, three wards are done": up to the first mark after the date.
            when = upToAMark(text.dropFirst(label.count + 1))
        } else if ["update (", "position (", "diweddariad ("].contains(where: lowered.hasPrefix), let open = text.firstIndex(of: "("),
            let close = text.firstIndex(of: ")")
        {
            // "Update (December 2026): ...".
            when = text[text.index(after: open)..<close]
            shownEnd = text.index(after: close)
        } else if let colon = text.firstIndex(of: ":"), text[..<colon].lowercased().hasSuffix(" update") {
            // "December 2026 update: ...", "Q3 2026/27 update: ...".
            when = text[..<colon].dropLast(" update".count)
            shownEnd = colon
        } else if lowered.hasPrefix("update "), let colon = text.firstIndex(of: ":") {
            // "Update 31 December 2026: ...".
            when = text[text.index(text.startIndex, offsetBy: "update ".count)..<colon]
        } else {
            return nil
        }
        let words = String(when).trimmingWhitespace
        guard !words.isEmpty, words.count <= 30, words.contains(where: \.isNumber),
            case .success(.due(let end, let rule)) = deadlines.read(words)
        else { return nil }
        return (String(text[..<(shownEnd ?? when.endIndex)]).trimmingWhitespace, rule.firstDay(endingOn: end))
    }

    /// The words up to a comma, colon, semicolon, bracket or full stop that ends a sentence (not
    /// the dots of 31.12.2026).
    static func upToAMark(_ text: Substring) -> Substring {
        var end = text.startIndex
        while end < text.endIndex {
            let mark = text[end]
            if ",:;(\n".contains(mark) { break }
            if mark == ".", text.index(after: end) == text.endIndex || text[text.index(after: end)].isWhitespace { break }
            end = text.index(after: end)
        }
        return text[..<end]
    }

    static let asAtLabels = [
        "as at", "as of", "position at", "position as at", "position as of", "status at", "status as at", "status as of",
        // In Welsh: "Fel ar 31 Rhagfyr 2026", "Sefyllfa ar ...".
        "fel ar", "sefyllfa ar", "sefyllfa fel ar",
    ]
}
