import Foundation

/// An update whose note opens by saying how the item stands, in words that disagree with its
/// status: `status: in-progress` with `note: Complete.`, or `status: complete` with `note: Not
/// started.` The page showed the status beside a note that said otherwise; a reader cannot tell
/// which is true. Only a note that *opens* with a status is read: "Phase 1 complete" or "Started
/// in May, finished in July" tell a story, and are left alone.
enum StatusInNote {
    /// What is wrong with a note of `day` beside `status`, if anything.
    enum Problem: Equatable {
        /// It opens with words that say another status: those words, and what they mean.
        case conflict(words: String, senses: [ItemStatus])
        /// It says the work was done in a time that starts after its day ("Completed on 3 March
        /// 2026" in an update of 1 March): those words, and its day.
        case doneAfterItsDay(words: String, day: CivilDate)
        /// It gives the position on a later day than its own ("As at 31 December 2026" in an
        /// update of 30 September 2026): those words, and its day.
        case positionAfterItsDay(words: String, day: CivilDate)
    }

    /// A note whose own day is not known (its date failed to read) is checked against its status alone.
    static func problem(
        note: String, status: ItemStatus, day: CivilDate?, vocabulary: Vocabulary, deadlines: DeadlineConventions
    ) -> Problem? {
        // Worked out once, and read in each of the ways below.
        let opened = opening(of: note)
        if let (words, senses) = conflict(opened, note: note, status: status, vocabulary: vocabulary, deadlines: deadlines) {
            return .conflict(words: words, senses: senses)
        }
        if let day, let (words, from) = doneOn(opened, vocabulary: vocabulary, deadlines: deadlines), from > day {
            return .doneAfterItsDay(words: words, day: day)
        }
        if let day, let (words, from) = NoteAsAt.position(in: note, deadlines: deadlines), from > day {
            return .positionAfterItsDay(words: words, day: day)
        }
        return nil
    }

    /// The words the note opens with and what they mean, when that disagrees with `status`.
    static func conflict(
        _ opened: Opening, note: String, status: ItemStatus, vocabulary: Vocabulary, deadlines: DeadlineConventions
    ) -> (words: String, senses: [ItemStatus])? {
        if let stated = statusStated(opened, note: note, vocabulary: vocabulary, deadlines: deadlines) {
            return stated.senses.contains(where: { agrees($0, status) }) ? nil : stated
        }
        // Beside complete-and-ongoing, "Paused until the new year" may be of the part that goes on.
        if status != .completeAndOngoing, let stated = qualifiedStatusStated(opened, note: note, vocabulary: vocabulary) {
            return stated.senses.contains(where: { agrees($0, status) }) ? nil : stated
        }
        // "100% complete" beside in-progress; "50% complete" beside not-started.
        if let percent = percentDone(opened), status != .complete, status != .completeAndOngoing {
            let said: ItemStatus = percent >= 100 ? .complete : percent > 0 ? .inProgress : .notStarted
            if said == .complete || status == .notStarted { return agrees(said, status) ? nil : (opened.clause, [said]) }
        }
        guard [.complete, .completeAndOngoing].contains(status) else { return nil }
        // "Not yet complete", "Nearly done" beside `complete`; beside any other status they fit.
        if let words = unfinishedStated(opened) { return (words, [.notStarted, .inProgress, .onHold]) }
        // "Progressing", "In train", "Yet to begin": the work going on, or not begun, in other words
        // than a status. (Beside complete-and-ongoing, they may be of the part that goes on.)
        if status == .complete, let words = workGoingOnStated(opened, note: note) { return (words, [.notStarted, .inProgress, .onHold]) }
        // "Delayed", "Behind schedule", "On track to complete by March" rate work still to be done.
        // (Beside complete-and-ongoing, a rating may be of the part that goes on.)
        if status == .complete, let words = ratingStated(opened, note: note, vocabulary: vocabulary) {
            return (words, [.notStarted, .inProgress, .onHold])
        }
        return nil
    }

    /// A note's first clause, and its words from where it says how the item stands (`opening(of:)`).
    typealias Opening = (clause: String, words: [String])

    /// The note's opening words, when they say the work is not finished: "Not yet complete",
    /// "Incomplete", "Nearly done", "90% complete", "Due to complete in June".
    static func unfinishedStated(_ opened: Opening) -> String? {
        let (clause, opening) = opened
        let words = opening.map { $0.lowercased() }
        guard let first = words.first else { return nil }
        let second = words.dropFirst().first
        let third = words.dropFirst(2).first
        let fourth = words.dropFirst(3).first
        func isDone(_ word: String?) -> Bool { word.map(doneWords.contains) ?? false }
        // "Not yet sent", "Not yet published": the work's own verb, not only "complete".
        func isDelivered(_ word: String?) -> Bool { word.map { doneWords.contains($0) || deliveredWords.contains($0) } ?? false }
        let percent = first.hasSuffix("%") ? Double(first.dropLast()) : nil
        let unfinished = ["incomplete", "unfinished", "outstanding"].contains(first)
            || (first == "not" && (isDone(second) || (second == "yet" && (isDelivered(third) || (third == "in" && fourth == "place")))
                || (second == "fully" && isDone(third))))
            || (partly.contains(first) && isDone(second))
            // "Completed in part", "Done partly", "Complete apart from the last ward", "Complete except ...".
            || (isDone(first) && ((second == "in" && ["part", "parts"].contains(third ?? "")) || partly.contains(second ?? "")
                || (second == "apart" && third == "from") || ["except", "excluding", "bar"].contains(second ?? "")))
            // "Will complete by April", "To complete in April", "Completion expected in April".
            || (["will", "to"].contains(first) && isDone(second))
            || (isDone(first) && ["expected", "due", "planned", "scheduled"].contains(second ?? ""))
            // "Slipped to Q4", "Rescheduled for 2027", "Postponed": the day moved, the work not done.
            || (["slipped", "rescheduled", "re-scheduled", "postponed", "reprofiled", "re-profiled"].contains(first)
                && (second == nil || ["to", "for", "until", "into"].contains(second ?? "")))
            // "Awaiting sign-off", "Pending final sign-off", "Scheduled for April", "Draft complete".
            || ["awaiting", "pending"].contains(first) || (first == "scheduled" && ["for", "to"].contains(second ?? ""))
            || (first == "draft" && isDone(second))
            || (percent.map { $0 < 100 } == true && isDone(second))
            || (["will", "to"].contains(first) && second == "be" && isDone(third))
            || (["due", "expected", "planned", "yet"].contains(first) && second == "to" && (isDone(third) || (third == "be" && isDone(fourth))))
            // "Letter not yet sent", "Final report has not yet been published": the work named first.
            || (1...3).contains { at in
                words.count > at + 2 && words[at] == "not" && words[at + 1] == "yet"
                    && (isDelivered(words[at + 2]) || (words[at + 2] == "been" && isDelivered(words.dropFirst(at + 3).first)))
            }
        return unfinished ? clause : nil
    }

    /// "90% complete": the share done.
    static func percentDone(_ opened: Opening) -> Double? {
        let words = opened.words
        guard words.count >= 2, words[0].hasSuffix("%"), let percent = Double(words[0].dropLast()),
            doneWords.contains(words[1].lowercased())
        else { return nil }
        return percent
    }

    /// The note's opening words, when they rate work still to be done: "Delayed", "Behind
    /// schedule because of the weather", "On track to complete by March". (A green rating alone,
    /// "On track", is left alone: many sites rate finished work green.)
    static func ratingStated(_ opened: Opening, note: String, vocabulary: Vocabulary) -> String? {
        let (clause, words) = opened
        let lowered = words.map { $0.lowercased() }
        // "On track and completed in March", "Delayed, now complete" say done.
        let sentence = note.prefix { $0 != "." && $0 != "\n" }.lowercased().wordRuns(figures: false).map(String.init)
        let saysDone = sentence.indices.contains { doneWords.contains(sentence[$0]) && ($0 == 0 || !["to", "be"].contains(sentence[$0 - 1])) }
        guard !saysDone else { return nil }
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            guard case .rating(let rating)? = vocabulary.meaning(of: words.prefix(count).joined(separator: " ")) else { continue }
            let toBeDone = lowered.count > count + 1 && lowered[count] == "to" && doneWords.contains(lowered[count + 1])
            return rating != .green || toBeDone ? clause : nil
        }
        return nil
    }

    /// The note's opening words, when they say the work is going on or has yet to begin in words
    /// other than a status: "Progressing", "In train", "Being scoped", "Delivery under way", "Yet
    /// to begin", "Not commenced". Not when the sentence also says it was done ("Drafting
    /// complete", "Progressing well and completed in May").
    static func workGoingOnStated(_ opened: Opening, note: String) -> String? {
        let lowered = opened.words.map { $0.lowercased() }
        guard let first = lowered.first else { return nil }
        let pair = lowered.prefix(2).joined(separator: " ")
        let three = lowered.prefix(3).joined(separator: " ")
        // "Delivery under way", "Implementation underway": the item's own work (not "Evaluation under way"
        // or "Drafting under way", which may follow work that is done).
        let underWay = lowered.count >= 2 && (lowered[1] == "underway" || (lowered.count >= 3 && lowered[1] == "under" && lowered[2] == "way"))
        let going = goingOnWords.contains(first) || goingOnPhrases.contains(pair) || goingOnPhrases.contains(three)
            || (underWay && ownWork.contains(first))
        guard going else { return nil }
        let sentence = note.prefix { $0 != "." && $0 != "\n" }.lowercased().wordRuns(figures: false).map(String.init)
        let saysDone = sentence.indices.contains {
            doneWords.contains(sentence[$0]) && ($0 == 0 || !["to", "be", "being"].contains(sentence[$0 - 1]))
        }
        return saysDone ? nil : opened.clause
    }

    // Not "Drafting" or "Scoping" alone: "Drafting the report on the findings" may follow work
    // that is done.
    static let goingOnWords: Set<String> = ["progressing", "mobilising", "mobilizing"]
    /// Words that, before "under way", name the item's own work.
    static let ownWork: Set<String> = ["work", "works", "delivery", "implementation", "construction", "installation", "rollout", "roll-out"]
    static let goingOnPhrases: Set<String> = [
        "in train", "in development", "under development", "being scoped", "being developed", "being drafted", "being implemented",
        "being delivered", "being procured", "being recruited", "not commenced", "yet to begin", "yet to start", "yet to commence",
        "still to begin", "still to start", "still to commence",
    ]

    /// Words that say done, as a deadline's are, and the verbs they come from ("due to deliver").
    static let doneWords = DeadlineWords.done.union(["complete", "completion", "finish", "deliver", "implement", "achieve", "close"])
    /// What a note says has not yet happened to the work, when it is the work: "Not yet sent".
    static let deliveredWords = DeadlineWords.doneWhenFirst.union([
        "sent", "circulated", "received", "provided", "produced", "shared", "written", "started", "begun", "held", "made",
        "installed", "recruited", "finalised", "finalized",
    ])
    static let partly: Set<String> = [
        "part", "nearly", "almost", "mostly", "largely", "substantially", "partly", "partially", "virtually", "practically", "broadly",
    ]

    /// "Status: complete." and "Update: in progress." read as "complete" and "in progress".
    static func statusLabelRemoved(_ note: String) -> String {
        let trimmed = note.trimmingWhitespace
        let lowered = trimmed.lowercased()
        guard let label = statusLabels.first(where: lowered.hasPrefix) else { return note }
        return String(trimmed.dropFirst(label.count))
    }

    static let statusLabels = [
        "status:", "current status:", "update:", "progress:", "position:", "rag status:", "statws:", "diweddariad:", "cynnydd:",
    ]

    /// The statuses the note's opening words say, with those words: "Complete", "This action is
    /// now complete", "Completed in September 2025"; nil when it opens any other way.
    static func statusStated(
        _ opening: Opening, note: String, vocabulary: Vocabulary, deadlines: DeadlineConventions
    ) -> (words: String, senses: [ItemStatus])? {
        let clause = opening.clause
        var words = opening.words
        // "Not started yet".
        if words.count >= 2, words.last?.lowercased() == "yet" { words.removeLast() }
        guard !words.isEmpty else { return nil }
        if let senses = senses(of: words.joined(separator: " "), vocabulary: vocabulary) { return (clause, senses) }
        // "All done", "Action complete": what is done, then the word.
        if words.count >= 2, words[0].lowercased() == "all" || itemNouns.contains(words[0].lowercased()),
            let senses = statusOrClosing(words.dropFirst(), vocabulary: vocabulary)
        {
            return (clause, senses)
        }
        // "Completed and closed", "Done and signed off": two words that each say so, and one thing
        // they both say (not "Complete and ongoing", read above as the site's word).
        if let and = words.firstIndex(where: { $0.lowercased() == "and" }), and > 0, and < words.count - 1,
            let before = statusOrClosing(words[..<and], vocabulary: vocabulary), let after = statusOrClosing(words[(and + 1)...], vocabulary: vocabulary)
        {
            let both = before.filter(after.contains)
            if !both.isEmpty { return (clause, both) }
        }
        // "Completed in September 2025", "Delivered on 3 March 2025": done, and when. Not
        // "Delivered by the Estates team to 31 wards so far".
        if let done = doneAndWhen(words, vocabulary: vocabulary), namesATime(done.when, deadlines: deadlines) {
            return (clause, done.senses)
        }
        if let senses = doneThenADay(words, vocabulary: vocabulary, deadlines: deadlines) { return (clause, senses) }
        // "No further action required", "No longer needed", "Discharged": closed, in other words.
        let lowered = words.map { $0.lowercased() }
        if let senses = closingPhrases[lowered.joined(separator: " ")] { return (clause, senses) }
        if lowered.count > 2, let senses = continuedAsAnother[Array(lowered.prefix(2))], lowered[2] != "business" { return (clause, senses) }
        // "Discharged by HMICFRS at the revisit", "Closed by the inspectorate": closed, and by whom
        // (not "Closed by March", which may say when it will be).
        if let cut = lowered.firstIndex(where: { ["by", "at", "following", "after"].contains($0) }), cut > 0,
            let senses = closingPhrases[lowered[..<cut].joined(separator: " ")]
                ?? (closedBy.contains(lowered[..<cut].joined(separator: " ")) ? senses(of: lowered[cut - 1], vocabulary: vocabulary) : nil),
            lowered[cut] != "by" || !opensWithATime(lowered[(cut + 1)...].drop { $0 == "the" })
        {
            return (clause, senses)
        }
        // "On hold pending funding", "Not started awaiting the budget": the status, then what it
        // waits for (not "Complete pending sign-off", which is not yet complete).
        if let cut = lowered.firstIndex(where: { ["pending", "awaiting"].contains($0) }), cut > 0,
            let senses = senses(of: words[..<cut].joined(separator: " "), vocabulary: vocabulary),
            senses.allSatisfy({ $0 == .onHold || $0 == .notStarted })
        {
            return (clause, senses)
        }
        // "Fully delivered", "Completed ahead of schedule", "Delivered on time": done, and how.
        if words.count >= 2, let senses = senses(of: lowered[0] == "fully" ? words[1] : words[0], vocabulary: vocabulary), senses.allSatisfy({ $0 == .complete || $0 == .completeAndOngoing }),
            lowered[0] == "fully" ? words.count == 2 : doneAsPlanned.contains(lowered.dropFirst().joined(separator: " "))
        {
            return (clause, senses)
        }
        // "Implemented in full", "Delivered in full".
        if words.count == 3, words[1].lowercased() == "in", words[2].lowercased() == "full",
            let senses = senses(of: words[0], vocabulary: vocabulary), senses.allSatisfy({ $0 == .complete || $0 == .completeAndOngoing })
        {
            return (clause, senses)
        }
        return nil
    }

    /// What `words` say of the item: as a status word, or as words that close it ("Discharged").
    static func statusOrClosing(_ words: ArraySlice<String>, vocabulary: Vocabulary) -> [ItemStatus]? {
        let joined = words.joined(separator: " ")
        return senses(of: joined, vocabulary: vocabulary) ?? closingPhrases[joined.lowercased()]
    }

    /// Words a note may close an item with, other than a status: what each says of it.
    static let closingPhrases: [String: [ItemStatus]] = [
        "no further action required": [.complete, .dropped], "no further action needed": [.complete, .dropped],
        "no further action necessary": [.complete, .dropped], "no further action": [.complete, .dropped],
        "no longer required": [.dropped, .superseded], "no longer needed": [.dropped, .superseded],
        "concluded": [.complete], "discharged": [.complete], "actioned": [.complete], "resolved": [.complete], "signed off": [.complete],
        // The group agreed to close it: closed, done or dropped (not "Propose to close", which it has yet to agree).
        "agreed to close": [.complete, .dropped], "closure agreed": [.complete, .dropped], "agreed for closure": [.complete, .dropped],
        "approved for closure": [.complete, .dropped],
        "remains open": [.notStarted, .inProgress, .onHold], "still open": [.notStarted, .inProgress, .onHold],
        "no longer relevant": [.dropped, .superseded], "no longer applicable": [.dropped, .superseded],
        // Embedded in the day's work, as "Embedded" is.
        // ("Now business as usual" is read without its "now".)
        "business as usual": [.completeAndOngoing, .complete], "bau": [.completeAndOngoing, .complete],
        "moved to business as usual": [.completeAndOngoing, .complete], "transferred to business as usual": [.completeAndOngoing, .complete],
        "absorbed into business as usual": [.completeAndOngoing, .complete], "moved to bau": [.completeAndOngoing, .complete],
    ]

    /// Words after a word that says done, that say how it went: "Completed ahead of schedule".
    static let doneAsPlanned: Set<String> = [
        "ahead of schedule", "ahead of time", "on schedule", "on time", "to time", "as planned", "early", "on target", "to schedule",
    ]

    /// Words that open a note and say the item goes on as another, whatever follows them: "Merged
    /// with action A3", "Subsumed into the new strategy" (not "Transferred to the next meeting",
    /// carried forward, which an open status may be).
    static let continuedAsAnother: [[String]: [ItemStatus]] = [
        ["merged", "with"]: [.superseded], ["merged", "into"]: [.superseded], ["subsumed", "into"]: [.superseded],
        ["subsumed", "within"]: [.superseded], ["absorbed", "into"]: [.superseded], ["folded", "into"]: [.superseded],
        ["rolled", "into"]: [.superseded], ["incorporated", "into"]: [.superseded], ["incorporated", "within"]: [.superseded],
        ["combined", "with"]: [.superseded], ["consolidated", "into"]: [.superseded],
    ]

    /// "Completed 12 August", "Delivered 30/09/2026": a word that says done, then the day, with no
    /// word between (not "Complete 3 of 5 wards", a count); what the word says.
    static func doneThenADay(_ words: [String], vocabulary: Vocabulary, deadlines: DeadlineConventions) -> [ItemStatus]? {
        guard words.count >= 2, let senses = senses(of: words[0], vocabulary: vocabulary),
            senses.allSatisfy({ $0 == .complete || $0 == .completeAndOngoing }), saysADay(words.dropFirst(), deadlines: deadlines)
        else { return nil }
        return senses
    }

    /// Whether `words` are a day or a month, and nothing more: "12 August", "12 August 2026",
    /// "30/09/2026", "August".
    static func saysADay(_ words: ArraySlice<String>, deadlines: DeadlineConventions) -> Bool {
        let lowered = words.map { $0.lowercased() }
        // The date first: not "Met with the federation on 3 May 2024".
        guard let first = lowered.first, first.first?.isNumber == true || DeadlineWords.months[first] != nil else { return false }
        if case .success(.due(_, let rule)) = deadlines.read(words.joined(separator: " ")),
            [.dateGiven, .dateGivenDayFirst, .endOfMonth].contains(rule)
        {
            return true
        }
        switch lowered.count {
        case 1: return DeadlineWords.months[lowered[0]] != nil
        case 2: return DeadlineWords.day(lowered[0]) != nil && DeadlineWords.months[lowered[1]] != nil
        default: return false
        }
    }

    /// Words that say done, then a word that says when and what follows it: "Completed" and
    /// "on" "3 March 2025".
    static func doneAndWhen(_ words: [String], vocabulary: Vocabulary) -> (senses: [ItemStatus], preposition: String, when: ArraySlice<String>)? {
        guard let cut = words.firstIndex(where: { ["in", "on", "by", "during", "ym", "ar", "erbyn"].contains($0.lowercased()) }), cut > 0,
            let senses = senses(of: words[..<cut].joined(separator: " "), vocabulary: vocabulary),
            senses.allSatisfy({ $0 == .complete || $0 == .completeAndOngoing })
        else { return nil }
        return (senses, words[cut].lowercased(), words[(cut + 1)...])
    }

    /// "Cancelled by the board.", "Paused until the new year.", "Planned for 2026.": a status that
    /// is not done, and why or until when, as the whole first sentence (not "Paused in May,
    /// resumed in July", which tells a story).
    static func qualifiedStatusStated(_ opening: Opening, note: String, vocabulary: Vocabulary) -> (words: String, senses: [ItemStatus])? {
        let (clause, words) = opening
        guard let cut = words.firstIndex(where: { reasons.contains($0.lowercased()) }), cut > 0, endsSentence(clause, in: note),
            let senses = senses(of: words[..<cut].joined(separator: " "), vocabulary: vocabulary)
        else { return nil }
        // "Closed following the panel's review", "Completed after a delay": done, and what led to
        // it. (Not "Delivered by the Estates team to 31 wards so far".)
        let doneAfter = ["following", "after"].contains(words[cut].lowercased()) && !senses.contains(.inProgress)
            && !senses.contains(.carriedForward)
        guard doneAfter || senses.allSatisfy({ [.dropped, .onHold, .notStarted, .superseded].contains($0) }) else { return nil }
        return (clause, senses)
    }

    /// The note's opening words when they say the work was done in a time with its year ("Completed
    /// on 3 March 2026", "Delivered in March 2026"), and the first day of that time. ("Completed
    /// by March 2026" says only the latest day, so it is not read.)
    static func doneOn(_ opened: Opening, vocabulary: Vocabulary, deadlines: DeadlineConventions) -> (words: String, from: CivilDate)? {
        let words = opened.words
        var when: ArraySlice<String>
        if let done = doneAndWhen(words, vocabulary: vocabulary) {
            guard !["by", "erbyn"].contains(done.preposition) else { return nil }
            when = done.when
        } else if doneThenADay(words, vocabulary: vocabulary, deadlines: deadlines) != nil {
            when = words.dropFirst()
        } else {
            return nil
        }
        guard case .success(.due(let end, let rule)) = deadlines.read(when.joined(separator: " ")) else { return nil }
        return (opened.clause, rule.firstDay(endingOn: end))
    }

    /// Words after a status word that say why or until when: "Cancelled by the board".
    static let reasons: Set<String> = ["by", "until", "till", "to", "for", "due", "following", "after", "because", "pending", "in", "on", "as"]

    /// Whether `clause` is the whole of the note's first sentence.
    static func endsSentence(_ clause: String, in note: String) -> Bool {
        let trimmed = statusLabelRemoved(note).trimmingWhitespace.drop { "*_".contains($0) }
        guard let range = trimmed.range(of: clause) else { return false }
        let after = trimmed[range.upperBound...].drop { "*_".contains($0) }
        return after.isEmpty || after.first == "." || after.first == "!" || after.first == "\n"
    }

    /// The note's first clause, and its words from where it says how the item stands: "This
    /// action is now complete", "It has been completed", "Status: still in progress" open with
    /// "complete", "completed", "in progress".
    static func opening(of note: String) -> (clause: String, words: [String]) {
        let clause = firstClause(of: statusLabelRemoved(note))
        var words = clause.splitAtWhitespace().map(String.init)
        let lowered = words.map { $0.lowercased() }
        if let verb = lowered.firstIndex(where: linkingVerbs.contains), verb <= 2, lowered[..<verb].allSatisfy(subjects.contains) {
            words.removeFirst(verb + 1)
        }
        while let first = words.first?.lowercased(), ["now", "been", "still"].contains(first) { words.removeFirst() }
        return (clause, words)
    }

    /// "March", "3 March", "the end of the year", "Q3": words that open with a time.
    static func opensWithATime(_ words: ArraySlice<String>) -> Bool {
        guard let first = words.first else { return false }
        return DeadlineWords.months[first] != nil || DeadlineWords.weekdays[first] != nil || DeadlineWords.day(first) != nil
            || DeadlineWords.year(first) != nil || DeadlineWords.seasons[first] != nil
            || ["end", "close", "start", "beginning", "middle", "mid", "early", "late", "next", "this", "christmas", "easter"].contains(first)
            || (first.count == 2 && ["q", "h"].contains(first.first) && first.last?.isNumber == true)
    }

    /// "3 March 2024", "March", "3 March", "Friday": when something was done, with its year or
    /// without (never "the Estates team").
    static func namesATime(_ words: ArraySlice<String>, deadlines: DeadlineConventions) -> Bool {
        if case .success(.due) = deadlines.read(words.joined(separator: " ")) { return true }
        guard let first = words.first?.lowercased() else { return false }
        return DeadlineWords.months[first] != nil || DeadlineWords.weekdays[first] != nil || DeadlineWords.day(first) != nil
    }

    private static let clauseStops: Set<Character> = [".", ":", ";", ",", "(", "!", "\n", "\u{2013}", "\u{2014}"]
    private static let clauseEdges = CharacterSet.whitespaces.union(["*", "_"])

    /// The note up to the end of its first sentence or clause.
    static func firstClause(of note: String) -> String {
        var clause = Substring(note.trimmingWhitespace)
        // Emphasis around the opening words: "**Complete.**"
        clause = clause.drop { "*_".contains($0) }
        if let stop = clause.firstIndex(where: clauseStops.contains) { clause = clause[..<stop] }
        if clause.utf8.contains(UInt8(ascii: "-")), let dash = clause.range(of: " - ") { clause = clause[..<dash.lowerBound] }
        // Foundation's trimming, only where there is something at either end to trim.
        guard let first = clause.unicodeScalars.first, let last = clause.unicodeScalars.last,
            clauseEdges.contains(first) || clauseEdges.contains(last)
        else { return String(clause) }
        return String(clause.trimmingCharacters(in: clauseEdges))
    }

    /// What a status word means: one status, or the several an ambiguous word can mean.
    static func senses(of words: String, vocabulary: Vocabulary) -> [ItemStatus]? {
        if case .status(let status)? = vocabulary.meaning(of: words) { return [status] }
        return Vocabulary.ambiguousStatuses[Vocabulary.normal(words)]
    }

    /// Whether a note saying `said` fits an update whose status is `status`: done is done, and
    /// an action taken on to the next meeting is any of the open statuses.
    static func agrees(_ said: ItemStatus, _ status: ItemStatus) -> Bool {
        let done: Set<ItemStatus> = [.complete, .completeAndOngoing]
        if said == status || (done.contains(said) && done.contains(status)) { return true }
        let open: Set<ItemStatus> = [.notStarted, .inProgress, .onHold]
        return (said == .carriedForward && open.contains(status)) || (status == .carriedForward && open.contains(said))
    }

    /// What a note may call the item it is about: "Action complete", "This AFI has been closed".
    static let itemNouns: Set<String> = [
        "action", "recommendation", "step", "item", "task", "work", "afi", "objective", "milestone", "commitment", "deliverable", "measure",
    ]
    static let subjects = itemNouns.union(["this", "the", "it", "status"])
    /// Status words that, with who did it, still say closed: "Closed by the inspectorate".
    static let closedBy: Set<String> = ["closed", "signed off and closed", "formally closed"]
    static let linkingVerbs: Set<String> = ["is", "was", "has", "have"]
}
