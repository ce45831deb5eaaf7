/// Words beside a plan's or a response's count that say every item is finished, or none overdue:
/// "All {{ plan.x.total }} actions are complete" was published of a plan with one of seven done.
enum CountClaimWords {
    enum Claim: Equatable {
        case allFinished
        /// "Most of the {{ x }} actions are complete", "nearly all", "over half".
        case mostFinished
        /// "All but one of the {{ x }} actions are complete."
        case allButFinished(Int)
        case noneOverdue
        /// "Most of the {{ x }} actions are on track": more than half are not overdue.
        case mostNotOverdue
        /// "Fewer than half of the {{ x }} actions are complete", "a minority": fewer than half.
        case fewerThanHalfFinished
        /// "Less than half of the {{ x }} actions are overdue", "only a minority".
        case fewerThanHalfOverdue
        /// "None of the {{ x }} actions is complete."
        case noneFinished
        /// "All {{ response.x.total }} recommendations were accepted."
        case allAgreed
    }

    /// What the words of the reference's clause claim, with the words; nil when they claim neither,
    /// or say "not" (left alone, never guessed at).
    ///
    /// - Parameter total: the reference is the count of every item (`.total`): "{{ plan.x.total }}
    ///   actions have been completed" then says all of them were.
    static func said(before whole: Substring, after rest: Substring, total: Bool = false) -> (words: String, claim: Claim)? {
        let (before, after) = sentenceParts(before: whole, after: rest)
        // Other references are left out: "{{ plan.x.finished }}" names no claim.
        func words(_ text: Substring) -> [Substring] {
            text.replacing(/\{\{[^}]*\}\}/, with: "").lowercased().split(whereSeparator: { !$0.isLetter })
        }
        let (earlier, later) = (words(before), words(after))
        let clause = earlier + later
        guard !Negation.isIn(clause) else { return nil }
        // The word that says done, in the words before the figure or its own words after it ("All
        // {{ x }} actions have owners, and one is complete" says nothing of the kind).
        let own = later.prefix(while: { !["and", "but", "while", "whereas", "although", "though", "with"].contains($0) }).prefix(6)
        let done = (earlier + own).first(where: { finishedWords.contains(String($0)) })
        let recent = Array(earlier.suffix(5))
        // "Fewer than half of the {{ x }} actions are overdue", "Less than half", "Under half",
        // "Only a minority of the {{ x }}".
        if let few = recent.indices.first(where: { at in
            let next = at + 1 < recent.count ? recent[at + 1] : "", after = at + 2 < recent.count ? recent[at + 2] : ""
            return (["fewer", "less"].contains(recent[at]) && next == "than" && after == "half") || (recent[at] == "under" && next == "half")
                || recent[at] == "minority"
        }) {
            let phrase = recent[few...].prefix(recent[few] == "minority" || recent[few] == "under" ? 2 : 3).joined(separator: " ")
            if let done { return ("\(phrase) ... \(done)", .fewerThanHalfFinished) }
            if let late = own.first(where: { overdueWords.contains(String($0)) }) { return ("\(phrase) ... \(late)", .fewerThanHalfOverdue) }
        }
        // "None of the {{ x }} actions is complete" (not "none ... overdue", read below).
        if let done, let none = recent.suffix(4).last(where: { $0 == "none" }) {
            return ("\(none) ... \(done)", .noneFinished)
        }
        // "{{ x }} actions, the majority complete", "{{ x }} actions, most of them finished".
        if let most = own.indices.first(where: { ["most", "majority"].contains(own[$0]) }),
            let word = own[most...].dropFirst().prefix(3).first(where: { finishedWords.contains(String($0)) })
        {
            return ("\(own[most]) ... \(word)", .mostFinished)
        }
        // "Most of the {{ x }} actions are on track", "The majority ({{ x }}) are on schedule".
        if recent.contains(where: { ["most", "majority"].contains($0) }), let at = own.indices.first(where: { own[$0] == "on" }),
            let words = onTrack(own[at...].prefix(2).map(String.init))
        {
            return ("most ... \(words)", .mostNotOverdue)
        }
        // "Most actions ({{ x }} of ...)", "The majority of the {{ x }}", "Over half the {{ x }}",
        // "Nearly all {{ x }}": more than half, whatever else they mean.
        if let done, let most = recent.indices.first(where: { at in
            let word = recent[at], next = at + 1 < recent.count ? recent[at + 1] : ""
            return ["most", "majority"].contains(word) || (["over", "more"].contains(word) && ["half", "than"].contains(next))
                || (["nearly", "almost", "virtually", "practically"].contains(word) && ["all", "every"].contains(next))
        }) {
            return ("\(recent[most...].prefix(2).joined(separator: " ")) ... \(done)", .mostFinished)
        }
        // "All {{ x }} actions", "All of the {{ x }}", "Every one of our {{ x }}": the words just before it.
        // "All but one of the {{ x }}".
        if let at = recent.indices.last(where: { recent[$0] == "all" && $0 + 2 < recent.count && recent[$0 + 1] == "but" }),
            let left = numbers[String(recent[at + 2])]
        {
            return done.map { ("all but \(recent[at + 2]) ... \($0)", .allButFinished(left)) }
        }
        // (Not "in all": "{{ x }} actions in all, {{ y }} complete".)
        if let all = recent.suffix(4).indices.last(where: { at in
            ["all", "every", "each", "pob", "holl"].contains(recent[at]) && !(at > 0 && ["in", "at", "after", "above"].contains(recent[at - 1]))
        }).map({ recent[$0] }) {
            if let done { return ("\(all) ... \(done)", .allFinished) }
            if let agreed = clause.first(where: { agreedWords.contains(String($0)) }) { return ("\(all) ... \(agreed)", .allAgreed) }
        }
        // "{{ x }} actions were all delivered", "{{ x }} actions, every one complete", "Of the {{ x }}
        // actions, all have been delivered", "..., all on track".
        if let all = later.prefix(4).indices.first(where: { ["all", "every"].contains(later[$0]) && !($0 > 0 && ["in", "at"].contains(later[$0 - 1])) }) {
            let next = later.dropFirst(all + 1).prefix(3).map(String.init)
            if let word = next.first(where: finishedWords.contains) { return ("\(later[all]) \(word)", .allFinished) }
            if let onTrack = onTrack(next) { return ("\(later[all]) \(onTrack)", .noneOverdue) }
        }
        // "Every action ({{ x }}) is on track", "All {{ x }} actions are on schedule", "Every AFI is
        // on track ({{ x }} in all)".
        if let all = recent.indices.last(where: { ["all", "every"].contains(recent[$0]) }) {
            let following = Array(recent[(all + 1)...]) + own
            if let at = following.indices.first(where: { following[$0] == "on" }), let words = onTrack(following[at...].prefix(2).map(String.init)) {
                return ("\(recent[all]) ... \(words)", .noneOverdue)
            }
        }
        // "There are no overdue actions among the {{ x }}", "{{ x }} actions: none overdue".
        if let no = clause.indices.dropLast().first(where: { ["no", "none"].contains(clause[$0]) && overdueWords.contains(String(clause[$0 + 1])) }) {
            return ("\(clause[no]) \(clause[no + 1])", .noneOverdue)
        }
        // "{{ plan.x.total }} actions have been completed": every one of them.
        // (Its own words only, up to the next figure: not "{{ x.total }} actions, {{ x.finished }} complete".)
        let ownAfter = words(rest[..<(rest.range(of: "{{")?.lowerBound ?? rest.endIndex)])
        // (Not "{{ x.finished }} of {{ x.total }} actions are complete": of the total, some.)
        // (Nor "About half of the {{ x.total }} actions are complete": a share, read elsewhere.)
        if total, !recent.contains(where: { ["only", "just", "half", "third", "thirds", "quarter", "quarters", "some", "few", "many"].contains($0) }),
            words(whole).last != "of", words(whole).suffix(2) != ["of", "the"],
            let word = ownAfter.prefix(4).first(where: { finishedWords.contains(String($0)) }),
            ownAfter.prefix(while: { $0 != word }).allSatisfy({ ["actions", "action", "recommendations", "items", "steps", "have", "has", "been", "are", "were", "was", "is", "now"].contains($0) })
        {
            return (ownAfter.prefix(through: ownAfter.firstIndex(of: word)!).joined(separator: " "), .allFinished)
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

    /// The reference's sentence, the reference left out.
    static func sentence(before whole: Substring, after rest: Substring) -> String {
        let (before, after) = sentenceParts(before: whole, after: rest)
        return String(before) + " " + String(after)
    }

    /// The reference's sentence before it and after it. A colon does not end it: "{{ plan.x.total
    /// }} actions: none overdue".
    static func sentenceParts(before whole: Substring, after rest: Substring) -> (Substring, Substring) {
        let start = ChangeWords.lastMark(".;!?", in: whole).map { whole.index(after: $0) } ?? whole.startIndex
        return (whole[start...], rest[..<(ChangeWords.firstMark(".;!?", in: rest) ?? rest.endIndex)])
    }

    /// A count written in words beside the reference, of what the reference counts: "Both actions
    /// are complete ({{ plan.x.finished }})", "Only one action is overdue ({{ plan.x.overdue }})".
    /// - Parameter finished: the reference counts the finished items; otherwise the overdue.
    static func countInWords(before whole: Substring, after rest: Substring, finished: Bool) -> (words: String, count: Int)? {
        let clause = sentence(before: whole, after: rest).replacing(/\{\{[^}]*\}\}/, with: "").lowercased().split(whereSeparator: { !$0.isLetter })
        guard !Negation.isIn(clause) else { return nil }
        let said = finished ? finishedWords : overdueWords
        for at in clause.indices.dropLast() {
            // "Two areas for improvement are overdue": the item's name goes on.
            let named = ["areas", "area"].contains(clause[at + 1]) && clause.dropFirst(at + 2).prefix(2) == ["for", "improvement"] ? at + 4 : at + 2
            guard let count = writtenCounts[String(clause[at])], countedItems.contains(String(clause[at + 1])),
                let word = clause[named...].prefix(3).first(where: { said.contains(String($0)) })
            else { continue }
            return ("\(clause[at]) \(clause[at + 1]) ... \(word)", count)
        }
        return nil
    }

    static let writtenCounts: [String: Int] = [
        "one": 1, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]
    /// What a plan or a response counts, in the words organisations use: "Both AFIs are complete",
    /// "Two areas for improvement are overdue", "Three commitments are delivered".
    static let countedItems: Set<String> = [
        "action", "actions", "recommendation", "recommendations", "step", "steps", "item", "items", "afi", "afis", "areas",
        "commitments", "commitment", "objectives", "objective", "milestones", "milestone", "deliverables", "deliverable", "tasks", "task",
        "pledges", "pledge", "measures", "measure", "priorities", "priority", "improvements", "improvement", "recs", "rec", "area",
    ]

    /// "on track", "on schedule", "on target": none is late.
    static func onTrack(_ words: [String]) -> String? {
        guard words.count >= 2, words[0] == "on", ["track", "schedule", "target", "time"].contains(words[1]) else { return nil }
        return "on \(words[1])"
    }

    static let finishedWords: Set<String> = [
        "complete", "completed", "finished", "delivered", "done", "achieved", "implemented", "closed", "cwblhau", "gwblhau", "chwblhau",
    ]
    static let overdueWords: Set<String> = ["overdue", "late", "hwyr"]
    /// The count after "all but" (read in English only).
    static let numbers: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
    static let agreedWords: Set<String> = ["accepted", "agreed", "supported", "derbyniwyd", "cytunwyd"]
}
