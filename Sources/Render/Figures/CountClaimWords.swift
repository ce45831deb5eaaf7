/// Words beside a plan's or a response's count that say every item is finished, or none overdue:
/// "All {{ plan.x.total }} actions are complete" was published of a plan with one of seven done.
enum CountClaimWords {
    enum Claim: Equatable {
        case allFinished
        case noneOverdue
        /// "All {{ response.x.total }} recommendations were accepted."
        case allAgreed
    }

    /// What the words of the reference's clause claim, with the words; nil when they claim neither,
    /// or say "not" (left alone, never guessed at).
    static func said(before whole: Substring, after rest: Substring) -> (words: String, claim: Claim)? {
        let (before, after) = ChangeWords.clause(before: whole, after: rest)
        func words(_ text: Substring) -> [String] {
            text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" }).map(String.init)
        }
        let (earlier, later) = (words(before), words(after))
        let clause = earlier + later
        guard !clause.contains(where: { ["not", "never", "yet"].contains($0) || $0.hasSuffix("n't") || $0.hasSuffix("n\u{2019}t") }) else { return nil }
        // "All {{ x }} actions", "All of the {{ x }}", "Every one of our {{ x }}": the words just before it.
        let near = earlier.suffix(4)
        if let all = near.first(where: { ["all", "every", "each", "pob", "holl"].contains($0) }) {
            if let done = clause.first(where: finishedWords.contains) { return ("\(all) ... \(done)", .allFinished) }
            if let agreed = clause.first(where: agreedWords.contains) { return ("\(all) ... \(agreed)", .allAgreed) }
        }
        if let none = clause.first(where: { ["none", "no", "dim"].contains($0) }), let late = clause.first(where: overdueWords.contains) {
            return ("\(none) ... \(late)", .noneOverdue)
        }
        return nil
    }

    static let finishedWords: Set<String> = [
        "complete", "completed", "finished", "delivered", "done", "achieved", "implemented", "closed", "cwblhau", "gwblhau", "chwblhau",
    ]
    static let overdueWords: Set<String> = ["overdue", "late", "hwyr"]
    static let agreedWords: Set<String> = ["accepted", "agreed", "supported", "derbyniwyd", "cytunwyd"]
}
