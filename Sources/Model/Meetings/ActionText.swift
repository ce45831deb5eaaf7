/// What an action's words say besides its owner: whether they name any work, and a day they
/// name, which then must be the action's deadline.
public enum ActionText {
    /// Why an action's words name no work to be done, when they do not: "Action: None", or
    /// "Action: Clerk" (who acts, written after the discussion it follows). Tracked, either would
    /// be an open action that can never be done.
    public static func noWork(in text: String) -> String? {
        let trimmed = text.trimming(" \t\u{00A0}.;:-\u{2013}")
        if noAction.contains(trimmed.lowercased()) { return "says there is no action" }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "," || $0 == "&" })
        let connectors: Set<String> = ["and", "or", "of", "the"]
        guard let first = words.first, words.count <= 4, !ActionOwner.instructions.contains(first.lowercased()),
            words.allSatisfy({ connectors.contains($0.lowercased()) || $0.first?.isUppercase == true })
        else { return nil }
        return "names who acts (\"\(trimmed)\") but not what is to be done"
    }

    /// A day or a month of a year the words of an action name, read as the site reads deadlines.
    static func dateInWords(_ text: String, sink: DiagnosticSink) -> (CivilDate, DeadlineRule)? {
        guard case .success(.due(let date, let rule)) = sink.deadlines.read(text) else { return nil }
        return [.dateGiven, .dateGivenDayFirst, .endOfMonth].contains(rule) ? (date, rule) : nil
    }

    static let noAction: Set<String> = ["none", "n/a", "na", "nil", "no action", "no actions", "no further action", "nfa", "noted", "-"]
}
