/// A share written by hand beside a plan's, a response's or the meeting actions' count: "{{
/// plan.x.finished }} of {{ plan.x.total }} actions (50%) are complete", "Half of the actions ({{
/// plan.x.finished }} of {{ plan.x.total }}) are complete". The count follows the content while
/// the share stays as written: "1 of 6 actions (50%)" was published.
enum CountShareWords {
    /// The share the words of the reference's clause give, with those words; nil when they give
    /// none, or give one only roughly ("about half", "over 50%"), or say "not".
    static func said(before whole: Substring, after rest: Substring) -> (words: String, share: Double)? {
        let plain = CountClaimWords.sentence(before: whole, after: rest).replacing(/\{\{[^}]*\}\}/, with: " ")
        let words = plain.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "%" })
        guard !Negation.isIn(words) else { return nil }
        for at in words.indices {
            let word = String(words[at])
            let previous = at > 0 ? String(words[at - 1]) : ""
            let beforePrevious = at > 1 ? String(words[at - 2]) : ""
            guard !rough.contains(previous), !(previous == "than" && ["more", "less", "fewer"].contains(beforePrevious)),
                !(previous == "least" && beforePrevious == "at")
            else { continue }
            // "50%", "50 per cent", "50 percent".
            if word.hasSuffix("%"), let percent = Double(word.dropLast()) { return (word, percent / 100) }
            if let percent = Double(word), at + 1 < words.count,
                words[at + 1] == "percent" || (words[at + 1] == "per" && at + 2 < words.count && words[at + 2] == "cent")
            {
                return ("\(word) per cent", percent / 100)
            }
            // "half", "a third", "two thirds", "three quarters" (not "half term", "a third party").
            if let (share, length) = fraction(words, at: at) {
                let next = at + length < words.count ? String(words[at + length]) : ""
                guard ["of", "the", "are", "were", "is", "have", "has", "complete", "completed", "finished", "overdue", "late", ""].contains(next)
                else { continue }
                return (words[at..<(at + length)].joined(separator: " "), share)
            }
        }
        return nil
    }

    /// The count a share beside `reference` is a share of, and its name: the reference's own
    /// (`.finished`, `.overdue`, `.agreed`), or beside the total alone those the sentence says
    /// ("are complete", "are overdue", "were accepted"); nil when it says of none ("half of them
    /// in the second theme"), or another count of the sentence gives the part.
    static func part(
        reference: String, counts: (finished: Int, total: Int, overdue: Int, agreed: Int?), sentence: String
    ) -> (name: String, count: Int)? {
        if reference.hasSuffix(".finished") { return ("finished", counts.finished) }
        if reference.hasSuffix(".overdue") { return ("overdue", counts.overdue) }
        if reference.hasSuffix(".agreed") { return counts.agreed.map { ("agreed", $0) } }
        guard reference.hasSuffix(".total"), ![".finished", ".overdue", ".agreed"].contains(where: sentence.contains) else { return nil }
        let words = sentence.split(whereSeparator: { !$0.isLetter }).map(String.init)
        func says(_ kind: Set<String>) -> Bool { words.contains(where: kind.contains) }
        if let agreed = counts.agreed, says(CountClaimWords.agreedWords) { return ("agreed", agreed) }
        if says(CountClaimWords.overdueWords) { return ("overdue", counts.overdue) }
        if says(CountClaimWords.finishedWords) { return ("finished", counts.finished) }
        return nil
    }

    /// Whether `share` is what `count` of `total` is, as a share written to a whole per cent, or as a fraction.
    static func fits(_ share: Double, count: Int, of total: Int) -> Bool {
        guard total > 0 else { return true }
        let actual = Double(count) / Double(total)
        return abs(actual - share) < 0.005 || (actual * 100).rounded() == (share * 100).rounded()
    }

    private static func fraction(_ words: [Substring], at: Int) -> (Double, Int)? {
        func word(_ offset: Int) -> String { at + offset < words.count ? String(words[at + offset]) : "" }
        if word(0) == "half", word(1) != "term" { return (0.5, 1) }
        let counts = ["a": 1.0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
        // "one in six", "two in three".
        if let count = counts[word(0)], word(1) == "in", let parts = Double(word(2)) ?? inWords[word(2)] { return (count / parts, 3) }
        guard let count = counts[word(0)], let parts = [
            "third": 3.0, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
        ][word(1)] else { return nil }
        return (count / parts, 2)
    }

    private static let inWords: [String: Double] = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10]

    /// Words that make a share rough: "about half", "over 50%", "nearly a third".
    static let rough: Set<String> = [
        "about", "around", "approximately", "roughly", "nearly", "almost", "some", "c", "circa", "over", "under", "up", "below",
        "above", "just", "only", "barely", "least", "most", "than", "by",
    ]
}
