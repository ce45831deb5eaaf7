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
        func words(_ text: Substring) -> [Substring] { text.lowercased().split(whereSeparator: { !$0.isLetter }) }
        let (earlier, later) = (words(before), words(after))
        let clause = earlier + later
        guard !Negation.isIn(clause) else { return nil }
        // "All {{ x }} actions", "All of the {{ x }}", "Every one of our {{ x }}": the words just before it.
        if let all = earlier.suffix(4).first(where: { ["all", "every", "each", "pob", "holl"].contains($0) }) {
            if let done = clause.first(where: { finishedWords.contains(String($0)) }) { return ("\(all) ... \(done)", .allFinished) }
            if let agreed = clause.first(where: { agreedWords.contains(String($0)) }) { return ("\(all) ... \(agreed)", .allAgreed) }
        }
        // "None of the {{ x }} actions is overdue", "no action is overdue" (in Welsh "dim ... yn
        // hwyr"): "is overdue" with "none" a few words before it, or "no" and one word ("no
        // update, one is overdue" says nothing of the kind).
        if let late = clause.indices.dropFirst().first(where: { overdueWords.contains(String(clause[$0])) && ["is", "are", "was", "were", "yn"].contains(clause[$0 - 1]) }),
            let none = clause[max(0, late - 6)..<(late - 1)].indices.first(where: { at in
                clause[at] == "none" || (["no", "dim"].contains(clause[at]) && late - 1 - at <= 2)
            })
        {
            return ("\(clause[none]) ... \(clause[late])", .noneOverdue)
        }
        return nil
    }

    static let finishedWords: Set<String> = [
        "complete", "completed", "finished", "delivered", "done", "achieved", "implemented", "closed", "cwblhau", "gwblhau", "chwblhau",
    ]
    static let overdueWords: Set<String> = ["overdue", "hwyr"]
    static let agreedWords: Set<String> = ["accepted", "agreed", "supported", "derbyniwyd", "cytunwyd"]
}
