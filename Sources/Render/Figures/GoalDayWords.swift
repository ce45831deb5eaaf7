import Model

/// A day the words give a target's goal: "{{ target.waits.goal }} by December 2025".
enum GoalDayWords {
    /// The day the words after "by" in the goal's clause name, with the words; nil when there is no
    /// "by", or its words are not one day as the site reads deadlines.
    static func said(before whole: Substring, after rest: Substring, conventions: DeadlineConventions) -> (words: String, day: CivilDate)? {
        let (nearBefore, nearAfter) = ChangeWords.ownWords(before: whole, after: rest)
        for text in [nearAfter, nearBefore] {
            let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" })
            guard let by = words.firstIndex(where: { $0.lowercased() == "by" || $0.lowercased() == "erbyn" }) else { continue }
            let phrase = words[by...].prefix(6)
            // "By the end of March", "by 2026", "by Q3 2025/26" (not "set by the board").
            guard let first = phrase.dropFirst().first(where: { !["the", "end", "of", "diwedd"].contains($0.lowercased()) }),
                DateWords.startsADate(first)
            else { continue }
            // The shortest run of words after "by" that is one day: "by March 2026, as promised".
            for count in 2...max(2, phrase.count) where count <= phrase.count {
                let written = phrase.prefix(count).joined(separator: " ")
                if case .success(.due(let day, _)) = conventions.read(written) { return (written, day) }
            }
        }
        return nil
    }
}
