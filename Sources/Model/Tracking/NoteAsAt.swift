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
        } else if let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")"),
            ["update", "position", "diweddariad"].contains(where: text[..<open].lowercased().trimmingWhitespace.hasSuffix),
            text[..<open].count <= 24
        {
            // "Update (December 2026): ...", "Q3 update (to 31 December 2026): ...".
            var inside = text[text.index(after: open)..<close]
            if let from = ["up to ", "to ", "as at ", "at "].first(where: inside.lowercased().hasPrefix) { inside = inside.dropFirst(from.count) }
            when = inside
            shownEnd = text.index(after: close)
        } else if lowered.hasPrefix("at "), let day = dayOpening(text.dropFirst("at ".count), deadlines: deadlines) {
            // "At 31 December 2026 three wards were done": a day, not "At 2027/28 prices".
            when = day
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

    /// The fewest words (up to four) that open `text` and give a day with its year: "31 December
    /// 2026" of "31 December 2026 three wards were done" (not a month alone, as in "At December
    /// 2026 prices", nor a year, "At 2027/28 prices").
    static func dayOpening(_ text: Substring, deadlines: DeadlineConventions) -> Substring? {
        let marked = upToAMark(text)
        var ends: [Substring.Index] = []
        var index = marked.startIndex
        while index < marked.endIndex, ends.count < 4 {
            let next = marked[index...].firstIndex(where: \.isWhitespace) ?? marked.endIndex
            ends.append(next)
            index = marked[next...].firstIndex(where: { !$0.isWhitespace }) ?? marked.endIndex
        }
        for end in ends {
            let words = marked[..<end]
            if case .success(.due(_, let rule)) = deadlines.read(String(words)), [.dateGiven, .dateGivenDayFirst].contains(rule) {
                // "At 2 October 2026 prices": a price base, not a position.
                let after = marked[end...].splitAtWhitespace().first?.lowercased() ?? ""
                return ["prices", "price", "rates", "values"].contains(after) ? nil : words
            }
        }
        return nil
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
