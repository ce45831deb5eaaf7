import Foundation

/// Reads who owns an action from how notes are written: "Finance to consider ...".
///
/// A wrong owner is worse than none: the page would hold someone to account for work that is not
/// theirs, where no owner gives a warning that asks for one. So the words before " to " are read
/// as the owner only when nothing says they are something else: an instruction ("Write to the
/// Minister"), a thing that is to be done ("Update to be given at the next meeting"), or what
/// someone decided ("It was agreed to write ...", "The Chair agreed to write ...").
public enum ActionOwner {
    /// The words before the first " to ", when they can only be a name; nil otherwise.
    public static func infer(from text: String) -> String? {
        guard let range = text.range(of: " to ") else { return nil }
        guard let owner = withoutSeparator(text[..<range.lowerBound].trimmingCharacters(in: " \t\u{00A0}")) else { return nil }
        let words = owner.split(separator: " ").map { $0.lowercased().trimming(",;:.()") }
        guard let first = words.first, words.count <= 8, !owner.hasSuffix(",") else { return nil }
        let following = text[range.upperBound...].split(separator: " ", maxSplits: 2).map { $0.lowercased().trimming(",;:.()") }
        let after = following.first ?? ""
        // "Work to begin in April" happens; "The Clerk to begin the review" is the Clerk's to do.
        if happenings.contains(after), after == "be" || following.count < 2 || !doneToSomething.contains(where: { following[1].hasPrefix($0) }) {
            return nil
        }
        if instructions.contains(first) || openings.contains(first) { return nil }
        if words.contains(where: decisions.contains) { return nil }
        // "The Clerk not to publish the figures until checked": the Clerk owns it.
        if words.count > 1, words.last == "not" || words.last == "never" {
            return String(owner.dropLast(words.last!.count)).trimmingCharacters(in: " ")
        }
        return owner
    }

    /// The name before a dash or a colon that parts it from the work: "Clerk – to write ..." and
    /// "Clerk: to write ..." are the Clerk's, and so is "Clerk - write to the Minister" (an
    /// instruction after the dash); nil when other words follow the dash ("Clerk - Finance to ...").
    static func withoutSeparator(_ owner: String) -> String? {
        var owner = owner
        while let last = owner.last, "-\u{2013}\u{2014}:".contains(last) { owner = owner.dropLast().trimmingCharacters(in: " \t\u{00A0}") }
        guard let separator = [" - ", " \u{2013} ", " \u{2014} ", ": "].compactMap({ owner.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound })
        else { return owner }
        let rest = owner[separator.upperBound...].split(separator: " ").first?.lowercased() ?? ""
        guard instructions.contains(rest) else { return nil }
        return owner[..<separator.lowerBound].trimmingCharacters(in: " \t\u{00A0}")
    }

    /// An owner the words label as such: "Provide the figures. Owner: Chief Constable." (or
    /// `Lead:`, `Lead officer:`, `Responsible:`, `By whom:`).
    public static func labelled(in text: String) -> (written: String, name: String)? {
        // Every action of every meeting comes here: most have no colon after their marker.
        guard text.contains(":"), let expression = ownerLabel,
            let match = expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let written = Range(match.range(at: 1), in: text), let name = Range(match.range(at: 2), in: text)
        else { return nil }
        let trimmedName = text[name].trimmingCharacters(in: " \t\u{00A0}")
        guard ActionText.looksLikeName(trimmedName) else { return nil }
        return (text[written].trimmingCharacters(in: " \t\u{00A0}"), trimmedName)
    }

    private static let ownerLabel = try? NSRegularExpression(
        pattern: #"(?:^|[.;(]\s*|\s[-\u2013\u2014]\s*)((?:action owner|owner|lead officer|lead|responsible officer|responsible|responsibility|by whom)\s*:\s*([^.;()]+))"#,
        options: [.caseInsensitive])

    /// Someone else the words give work of their own, after the owner's: "CC to provide the
    /// figures; Clerk to circulate them", "..., with the Chair to sign them off". One action then
    /// held one owner to account for both.
    public static func another(in text: String, besides owners: [String]) -> String? {
        // Foundation's splitting is slow, and most actions' words have no semicolon or comma to
        // split at: each is looked for as a byte first.
        let hasComma = text.utf8.contains(UInt8(ascii: ","))
        var clauses = text.utf8.contains(UInt8(ascii: ";")) ? Array(text.components(separatedBy: "; ").dropFirst()) : []
        if hasComma {
            clauses += text.components(separatedBy: ", and ").dropFirst()
            // "Finance to cost it, with the Chair to sign it off", "..., while the Clerk to ...".
            clauses += text.components(separatedBy: ", with ").dropFirst()
            clauses += text.components(separatedBy: ", while ").dropFirst()
        }
        clauses += sentences(of: text).dropFirst()
        if hasComma { clauses += afterAComma(text) }
        for clause in clauses {
            let opening = clause.hasPrefix("and ") ? String(clause.dropFirst(4)) : clause
            guard let other = infer(from: opening), ActionText.looksLikeName(other),
                !owners.contains(where: { $0.caseInsensitiveCompare(other) == .orderedSame })
            else { continue }
            return other
        }
        return nil
    }

    /// Clauses after a bare comma that may give work to another: "Clerk to circulate the
    /// minutes, Chair to sign them". Not where the owner's verb asks someone else to act, whose
    /// words go on after a comma as a list ("Clerk to invite the Chief Executive, Director of
    /// Finance to attend"), nor a list itself ("to write to Thames Water, Ofwat and the EA to ask").
    static func afterAComma(_ text: String) -> [String] {
        let pieces = text.components(separatedBy: ", ")
        guard pieces.count > 1 else { return [] }
        let verb = pieces[0].range(of: " to ").map { pieces[0][$0.upperBound...].prefix { $0.isLetter }.lowercased() } ?? ""
        guard !askingVerbs.contains(verb) else { return [] }
        return pieces.dropFirst().filter { piece in
            guard let to = piece.range(of: " to ") else { return false }
            let name = piece[..<to.lowerBound]
            return !name.contains(" and ") && !name.contains("&") && name.split(separator: " ").count <= 4
        }
    }

    /// Verbs whose object is then asked to act: "invite the Chief Executive to attend".
    static let askingVerbs: Set<String> = [
        "invite", "ask", "request", "remind", "encourage", "urge", "require", "instruct", "persuade", "allow", "enable", "help",
        "support", "advise", "tell",
    ]

    /// The sentences of `text`, never split after a title ("to ask the Rt. Hon. Member to reply").
    static func sentences(of text: String) -> [String] {
        guard text.utf8.contains(UInt8(ascii: ".")) else { return [text] }
        var sentences: [String] = []
        for piece in text.components(separatedBy: ". ") {
            let lastWord = sentences.last?.split(separator: " ").last?.lowercased() ?? ""
            // Nor after an initial ("J. Smith to review ...").
            let isInitial = lastWord.count == 1 && lastWord.first?.isLetter == true
            if titles.contains(lastWord) || isInitial { sentences[sentences.count - 1] += ". " + piece } else { sentences.append(piece) }
        }
        return sentences
    }

    static let titles: Set<String> = ["dr", "mr", "mrs", "ms", "mx", "st", "rt", "hon", "cllr", "prof", "rev", "revd", "sgt", "insp", "supt", "ch", "det", "no"]

    /// Verbs an action written as an instruction begins with: "Write to the Minister", "Report to
    /// the board in March". (`Chair` and `Lead` are left out: they name people as often as not.)
    static let instructions: Set<String> = [
        "add", "agree", "arrange", "ask", "bring", "check", "circulate", "come", "commit", "confirm", "consider", "contact",
        "continue", "draft", "email", "e-mail", "ensure", "escalate", "explain", "explore", "feed", "feedback", "follow",
        "forward", "get", "give", "go", "identify", "invite", "liaise", "link", "look", "make", "move", "pass", "present",
        "provide", "publish", "put", "raise", "reach", "refer", "reply", "report", "request", "respond", "return", "review",
        "seek", "send", "share", "speak", "submit", "take", "talk", "update", "write",
    ]

    /// Verbs after " to " that say something is to happen, not that someone is to do it: "Update
    /// to be given ...", "Work to begin in April", "Consultation to take place in May".
    static let happenings: Set<String> = ["be", "begin", "commence", "start", "resume", "happen", "take", "remain", "occur"]

    /// Words after such a verb that make it something someone does: "to start the review", "to
    /// take forward", "to begin work on".
    static let doneToSomething: [String] = [
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "work", "forward", "over", "account",
        "ownership", "responsibility", "steps", "action",
    ]

    /// Words that open a sentence without naming anyone: "It was agreed to ...", "Following
    /// discussion, Finance to ...".
    static let openings: Set<String> = [
        "it", "we", "this", "that", "there", "following", "after", "once", "when", "if", "subject", "in", "as", "agreed", "need",
        "needs", "action", "actions", "to",
    ]

    /// Words that make the words before " to " a decision, not a name: "The Chair agreed to write".
    static let decisions: Set<String> = [
        "agreed", "agrees", "was", "were", "is", "are", "will", "would", "should", "could", "may", "might", "must", "need",
        "needs", "needed", "decided", "asked", "requested", "offered", "promised", "undertook", "committed", "has", "have",
        "had", "wished", "wants", "wanted",
    ]
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(self).trimming(set)
    }
}
