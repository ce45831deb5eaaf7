/// An action found in meeting notes, with the headings it sits under.
public struct MarkedParagraph {
    /// The paragraph that holds it (a list item's first paragraph, for an item of a list of actions).
    public var node: MarkdownNode
    /// Its words after any marker, trimmed: "Finance to publish the data."
    public var text: String
    /// The headings above it, outermost first: ["Data", "Housing"].
    public var section: [String]
    /// An owner written in the marker: `ACTION (Fleet Manager): ...`.
    public var owner: String?
    /// A short id written in the marker: `ACTION [A3]: ...` or `Action 3: ...`.
    public var shortID: String?
}

/// Something that looks like an action but cannot be read as one: an error at its line.
public struct ActionNearMiss {
    public var node: MarkdownNode
    public var message: String
    public var hint: String
}

/// A paragraph that names actions and says they are finished: "Action A1: complete.", "A1 and
/// A2 – done." Minutes report earlier actions so; only a follow-up records it.
public struct StatusMention {
    public var node: MarkdownNode
    /// As written: `A1`, `3` (after "action"), or a whole id such as `2025-06-03-a1`.
    public var references: [String]
    /// The word that says finished: "complete", "done".
    public var word: String
    /// Set when it names no action but says all are finished ("All actions from the last
    /// meeting were completed"): which.
    public var all: AllActions? = nil
    /// Set when it says one action is finished without naming it: "The action is complete".
    public var unnamed = false
}

/// Which actions "all" names in notes that say all are finished.
public enum AllActions: Sendable, Hashable {
    /// "All actions from the previous meeting", "the last meeting's actions".
    case previousMeeting
    /// "All actions complete", "All previous actions have been completed": every earlier one.
    case earlier
}

/// The actions of meeting notes, however the secretariat wrote them, and what looks like an
/// action but is not written so that it can be read.
public struct MeetingActionScan {
    public var actions: [MarkedParagraph] = []
    public var nearMisses: [ActionNearMiss] = []
    public var statusMentions: [StatusMention] = []
}

extension MarkdownDocument {
    static let form = "ACTION: <owner> to <do something>"

    /// Headings (and lead-in paragraphs ending in a colon) whose list is a list of actions.
    static let actionListTitles: Set<String> = [
        "actions", "actions agreed", "agreed actions", "action points", "actions arising", "new actions", "actions from this meeting",
        "camau gweithredu", "camau gweithredu y cytunwyd arnynt",
    ]

    /// Every action of the notes, in document order. Read:
    ///
    /// - a paragraph, or a list item's first paragraph, that starts with `action` in any case,
    ///   bold or not, then `:` or a spaced dash: `ACTION: ...`, `**Action:** ...`, `ACTION - ...`;
    ///   an owner or a short id may stand between: `ACTION (Fleet Manager): ...`,
    ///   `ACTION [A3]: ...`, `Action 3: ...`;
    /// - each item of a list under a heading "Actions" (or "Actions agreed", "Action points"...)
    ///   or after a paragraph "Actions:".
    ///
    /// Refused, as near misses: `ACTION` in capitals with no colon, "Action point:", "Agreed
    /// action:", a marker with no words after it, and an "Actions" heading with no list.
    public func meetingActions() -> MeetingActionScan {
        var scan = MeetingActionScan()
        var headings: [(level: Int, text: String)] = []
        /// The level of the "Actions" heading whose section we are in, and whether it had a list.
        var actionSection: (level: Int, node: MarkdownNode, hasList: Bool)?
        func closeSection() {
            if let section = actionSection, !section.hasList {
                scan.nearMisses.append(ActionNearMiss(
                    node: section.node, message: "the heading \"\(section.node.plainText.trimmingWhitespace)\" has no list of actions under it",
                    hint: "list the actions under it (- The finance team to ...), or start each with \(Self.form)"))
            }
            actionSection = nil
        }
        for node in allNodes() {
            switch node.kind {
            case .heading:
                let level = node.headingLevel
                if let section = actionSection, level <= section.level { closeSection() }
                headings.removeAll { $0.level >= level }
                let text = node.plainText.trimmingWhitespace
                headings.append((level, text))
                if Self.actionListTitles.contains(Self.normalTitle(text)) { actionSection = (level, node, false) }
                if Self.marked(text) != nil {
                    scan.nearMisses.append(ActionNearMiss(
                        node: node, message: "the heading \"\(text)\" is written as an action, but a heading is not tracked",
                        hint: "write the action as a paragraph under the heading: \(Self.form)"))
                }
            case .list:
                // Only a list directly in the notes (or under a lead-in paragraph) holds actions.
                guard node.parent?.kind == .document else { continue }
                let leadIn = node.previous.map { $0.kind == .paragraph && Self.isLeadIn($0.plainText) } ?? false
                guard leadIn || actionSection != nil else { continue }
                actionSection?.hasList = true
                for item in node.children where item.kind == .item {
                    guard let first = item.firstChild, first.kind == .paragraph else { continue }
                    let text = first.plainText.trimmingWhitespace
                    if let marked = Self.marked(text) {
                        record(marked, node: first, in: &scan, headings: headings)
                    } else {
                        scan.actions.append(MarkedParagraph(node: first, text: text, section: headings.map(\.text)))
                    }
                }
            case .paragraph:
                if let parent = node.parent, parent.kind == .item {
                    // Items of a list of actions are read with their list.
                    if parent.firstChild != node { continue }
                    if let list = parent.parent, list.parent?.kind == .document,
                        actionSection != nil || (list.previous.map { $0.kind == .paragraph && Self.isLeadIn($0.plainText) } ?? false)
                    {
                        continue
                    }
                }
                let text = node.plainText.trimmingWhitespace
                if Self.isLeadIn(text) {
                    if node.next?.kind != .list {
                        scan.nearMisses.append(ActionNearMiss(
                            node: node, message: "\"\(text)\" is not followed by a list of actions",
                            hint: "list the actions after it (- The finance team to ...), or start each with \(Self.form)"))
                    }
                    continue
                }
                if let marked = Self.marked(text) {
                    record(marked, node: node, in: &scan, headings: headings)
                } else if let miss = Self.nearMiss(text, firstLine: node.firstLineText) {
                    scan.nearMisses.append(ActionNearMiss(node: node, message: miss, hint: "write it as \(Self.form)"))
                } else if let (references, word) = Self.statusMention(text) {
                    scan.statusMentions.append(StatusMention(node: node, references: references, word: word))
                } else if let (all, word) = Self.allFinished(text) {
                    scan.statusMentions.append(StatusMention(node: node, references: [], word: word, all: all))
                } else if let word = Self.unnamedFinished(text) {
                    scan.statusMentions.append(StatusMention(node: node, references: [], word: word, unnamed: true))
                }
            default:
                continue
            }
        }
        closeSection()
        return scan
    }

    private func record(_ marked: Marked, node: MarkdownNode, in scan: inout MeetingActionScan, headings: [(level: Int, text: String)]) {
        guard !marked.rest.isEmpty else {
            scan.nearMisses.append(ActionNearMiss(node: node, message: "this ACTION has no words after it", hint: "write it as \(Self.form)"))
            return
        }
        // "> ACTION: ...": a quotation, most often of earlier notes; raised at this meeting, or not?
        if node.ancestor(ofKind: [.blockQuote]) != nil {
            scan.nearMisses.append(ActionNearMiss(
                node: node, message: "this action is in a quotation, so it may be one the meeting quoted rather than agreed",
                hint: "if the meeting agreed it, take it out of the quotation (remove the >); if it quotes earlier notes, follow up that action under follow_ups: instead"))
            return
        }
        // "ACTION: ~~The Clerk~~ The Chair to ...": the struck words were published as written.
        if marked.rest.contains("~~") || marked.owner?.contains("~~") == true {
            scan.nearMisses.append(ActionNearMiss(
                node: node, message: "this action has words struck through (~~...~~), which would be published as written, owner and all",
                hint: "write the action as the meeting agreed it, without the struck words"))
            return
        }
        scan.actions.append(MarkedParagraph(
            node: node, text: marked.rest, section: headings.map(\.text), owner: marked.owner, shortID: marked.shortID))
    }

    struct Marked {
        var rest: String
        var owner: String?
        var shortID: String?
    }

    /// The word that starts an action: in English, and in Welsh (`CAM GWEITHREDU:`, `GWEITHRED:`).
    static let markers = ["cam gweithredu", "gweithred", "action"]
    private static let markerInitials = Set(markers.flatMap { [$0.utf8.first!, Array($0.uppercased().utf8)[0]] })

    /// `ACTION: x`, `Action - x`, `ACTION (Owner): x`, `ACTION [A3]: x`, `Action 3: x`.
    static func marked(_ text: String) -> Marked? {
        // Every paragraph of the notes comes here: most are turned away by their first letter.
        guard let first = text.utf8.first, Self.markerInitials.contains(first) else { return nil }
        // The markers are ASCII: their bytes, in either case, turn away "According to ..." before
        // the paragraph is made into characters.
        let bytes = text.utf8
        guard markers.contains(where: { marker in
            bytes.count >= marker.utf8.count && zip(bytes, marker.utf8).allSatisfy { $0 | 0x20 == $1 | 0x20 }
        }) else { return nil }
        let characters = Array(text)
        guard let marker = markers.first(where: { characters.count >= $0.count && String(characters[0..<$0.count]).lowercased() == $0 })
        else { return nil }
        let length = marker.count
        var index = length
        func skipSpaces() { while index < characters.count, characters[index] == " " || characters[index] == "\t" { index += 1 } }
        func take(until close: Character) -> String? {
            guard let end = characters[index...].firstIndex(of: close) else { return nil }
            let inside = String(characters[(index + 1)..<end]).trimmingWhitespace
            index = end + 1
            return inside
        }
        var marked = Marked(rest: "")
        skipSpaces()
        if index < characters.count, characters[index] == "[" {
            guard let id = take(until: "]"), !id.isEmpty else { return nil }
            marked.shortID = id
            skipSpaces()
        } else if index > length, index < characters.count, characters[index].isNumber || (characters[index].isLetter && index + 1 < characters.count && characters[index + 1].isNumber) {
            // Action 3: ... / Action A3: ...
            let start = index
            while index < characters.count, characters[index].isLetter || characters[index].isNumber || characters[index] == "." { index += 1 }
            let id = String(characters[start..<index])
            guard id.contains(where: \.isNumber), id.count <= 8 else { return nil }
            marked.shortID = id
            skipSpaces()
        }
        if index < characters.count, characters[index] == "(" {
            guard let owner = take(until: ")"), !owner.isEmpty else { return nil }
            marked.owner = owner
            skipSpaces()
        }
        guard index < characters.count else { return nil }
        if characters[index] == ":" {
            index += 1
        } else if "–—".contains(characters[index]) {
            // "ACTION – x", "ACTION—x".
            index += 1
        } else if characters[index] == "-", index > length, characters[index - 1] == " " {
            // "ACTION - x"; never "Action-oriented".
            index += 1
            guard index >= characters.count || characters[index] == " " else { return nil }
        } else {
            return nil
        }
        marked.rest = String(characters[index...]).trimmingWhitespace
        return marked
    }

    /// Words that look like an action but are not written as one: `ACTION` in capitals with no
    /// colon, or a label such as "Action point:" or "Agreed action -".
    static func nearMiss(_ text: String, firstLine: String) -> String? {
        var shown: String { "\"\(text.count > 40 ? String(text.prefix(40)).trimmingWhitespace + "…" : text)\"" }
        // "| No. | Action | Owner |": a table of actions, which CommonMark shows as a paragraph of
        // bars and Tally would not track; the log would say the meeting agreed none.
        if text.hasPrefix("|") {
            // The header alone: a row whose first cell says "action" is not a table of actions.
            let header = firstLine.split(separator: "|").map { normalTitle(String($0)) }
            if header.contains(where: { ["action", "actions", "action point", "agreed action", "cam gweithredu"].contains($0) }) {
                return "this looks like a table of actions, which Tally does not read: each must be an ACTION paragraph or an item of a list"
            }
        }
        // What follows looks at the first word, which must start as "action", "gweithred", "cam
        // gweithredu" or "perchennog" does; most paragraphs are turned away by their first byte.
        guard let firstByte = text.utf8.first, "AaGgCcPp".utf8.contains(firstByte) else { return labelled(text, shown: shown) }
        let first = text.prefix { !$0.isWhitespace }
        if first == "ACTION" || first == "ACTIONS" || first == "ACTION." || first == "GWEITHRED" {
            return "\(shown) looks like an action, but the word \(first.filter { $0 != "." }) is not followed by a colon"
        }
        // "Action; Clerk to ...", "ACTION> ...", "Action= ...", "Action (Clerk) Circulate ..." (no
        // colon after the owner), "Action no. 3: ...": a slip of the marker, and the action untracked.
        let afterWord = text.drop { $0.isLetter }
        if first.prefix(while: \.isLetter).lowercased() == "action", let mark = afterWord.drop(while: { $0 == " " }).first,
            ";=>".contains(mark) || mark == "(" || afterWord.lowercased().hasPrefix(" no.") || afterWord.lowercased().hasPrefix(" no ")
        {
            return "\(shown) looks like an action, but is not written as one Tally reads, so it would not be tracked"
        }
        // "Action by the Director of Finance: ...", "Action owner: ...": the owner named in words
        // before the colon, which may be long. (`ACTION (Director of Finance): ...` is read.)
        let opening = text.prefix(100).lowercased()
        if opening.utf8.contains(UInt8(ascii: ":")), ownerBeforeColon.contains(where: { words in
            opening.hasPrefix(words) && [" ", ":"].contains(opening.dropFirst(words.count).first)
        }) {
            return "\(shown) looks like an action, but is not written as one Tally reads, so it would not be tracked"
        }
        return labelled(text, shown: shown)
    }

    /// The mark of an action at the end of the paragraph, or a label such as "Action point:".
    private static func labelled(_ text: String, shown: @autoclosure () -> String) -> String? {
        // "Clerk to circulate the terms. ACTION", "... (Action)", "... Action: Clerk": the mark at
        // the end, where a table of minutes keeps it; the action untracked.
        if let mark = markAtTheEnd(text) {
            return "\(shown()) ends with \"\(mark)\", which marks an action, but Tally reads an action only from a paragraph that starts with ACTION:"
        }
        guard let end = text.prefix(30).firstIndex(where: { $0 == ":" || $0 == "-" || $0 == "–" }) else { return nil }
        let label = normalTitle(String(text[..<end]))
        let labels: Set<String> = [
            "action point", "action points", "agreed action", "agreed actions", "actions", "ap", "action item", "action items", "new action",
            "actions arising", "action arising", "actions agreed", "action agreed", "action required", "action needed",
        ]
        guard labels.contains(label) else { return nil }
        return "\(shown()) looks like an action, but is not written as one Tally reads"
    }

    /// The mark of an action at the end of a paragraph: `ACTION` in capitals, `(Action)`,
    /// `[Action: Clerk]`, or a last sentence `Action: Clerk`; nil when it ends otherwise.
    static func markAtTheEnd(_ text: String) -> String? {
        // Every paragraph of the notes comes here: most end without the word, and are turned away
        // before their end is looked at.
        let tail = text.suffix(80)
        guard tail.containsBytes("ACTION") || tail.containsBytes("ction") else { return nil }
        var end = tail
        while let last = end.last, last == "." || last.isWhitespace { end.removeLast() }
        func isAction(_ words: Substring) -> Bool { words.lowercased().hasPrefix("action") }
        // "... ACTION", "... ACTIONS".
        for mark in ["ACTION", "ACTIONS"] where end.hasSuffix(mark) {
            let before = end.dropLast(mark.count).last
            if before == nil || before!.isWhitespace || before == ";" { return mark }
        }
        // "... (Action)", "... [Action: Clerk]".
        if let close = end.last, close == ")" || close == "]", let open = end.lastIndex(of: close == ")" ? "(" : "[") {
            let inside = end[end.index(after: open)..<end.index(before: end.endIndex)]
            let rest = inside.dropFirst("action".count).drop { $0 == " " }
            if isAction(inside), rest.isEmpty || ":-–".contains(rest.first!) { return String(end[open...]) }
        }
        // "... discussed. Action: Clerk".
        if let stop = end.lastIndex(where: { $0 == "." || $0 == ";" }) {
            let last = end[end.index(after: stop)...].drop { $0 == " " }
            let rest = last.dropFirst("action".count).drop { $0 == " " }
            if last.count > "action".count + 1, isAction(last), let mark = rest.first, ":-–".contains(mark),
                !rest.dropFirst().contains(where: { ".;:".contains($0) })
            {
                return String(last)
            }
        }
        return nil
    }

    /// How notes name an action's owner before the colon, in English and Welsh ("Cam gweithredu
    /// gan y Clerc: ..."). Not "Action for": "Action for Children said: ..." is a charity speaking;
    /// nor "Actions by": "Actions by the two councils were compared: ..." is a sentence.
    static let ownerBeforeColon = [
        "action by", "action owner", "action owners", "action lead", "cam gweithredu gan", "gweithred gan",
        "perchennog y cam gweithredu", "perchennog y weithred",
    ]

    /// Words before a short id that make it something other than an action: "Item A3".
    static let notActions: Set<String> = [
        "item", "items", "agenda", "paragraph", "minute", "section", "appendix", "annex", "page", "paper", "room", "eitem",
    ]

    /// In English, and Welsh ("cwblhawyd": it was completed).
    static let finishedWords: Set<String> = ["complete", "completed", "done", "closed", "discharged", "actioned", "cwblhawyd", "gwblhawyd"]

    /// A paragraph whose first sentence says all the earlier actions are finished, and the word
    /// that says so: "All actions from the previous meeting were completed", "Matters arising:
    /// all actions complete". Not one that leaves some out ("all but one", "completed or on the
    /// agenda", "apart from A3") or says they are not.
    static func allFinished(_ text: String) -> (all: AllActions, word: String)? {
        // Most paragraphs name no action: turned away before their words are split.
        guard text.containsBytes("action") || text.containsBytes("Action") || text.containsBytes("ACTION") else { return nil }
        let sentence = text.prefix { $0 != "." && $0 != "\n" }.lowercased()
        // The words below need "all" or "actions", and a word that says finished: looked for as
        // bytes first, since most paragraphs that name an action have neither.
        guard sentence.containsBytes("all") || sentence.containsBytes("actions"), finishedWords.contains(where: { sentence.containsBytes($0) })
        else { return nil }
        let words = sentence.split(whereSeparator: { !$0.isLetter }).map(String.init)
        // "All actions ...", or "The actions from the last meeting ...", every one of them.
        let theActions = zip(words, words.dropFirst()).contains { $0 == ("the", "actions") } && words.contains("meeting")
        // "All" of the actions ("all the actions", "the actions were all completed"), not of
        // something else ("the pool cars have all been replaced, so the action is complete").
        let allOfThem = words.indices.contains { at in
            words[at] == "all"
                && (words[(at + 1)..<min(at + 4, words.count)].contains { $0 == "action" || $0 == "actions" }
                    || words[max(at - 3, 0)..<at].contains("actions"))
        }
        guard let word = words.first(where: finishedWords.contains), allOfThem || theActions,
            words.contains(where: { $0 == "action" || $0 == "actions" }),
            !words.contains(where: { ["not", "no", "none", "but", "except", "apart", "or", "save", "other", "bar", "nearly", "almost", "most"].contains($0) }),
            // A wish or a plan, not a report: "all actions should be completed by March".
            !words.contains(where: { ["should", "will", "must", "would", "shall", "could", "may", "can", "to"].contains($0) })
        else { return nil }
        let previous = zip(words, words.dropFirst()).contains { pair in
            ["previous", "last", "prior"].contains(pair.0) && ["meeting", "meetings", "meeting's"].contains(pair.1)
        }
        return (previous ? .previousMeeting : .earlier, word)
    }

    /// The word that says one earlier action is finished, where a sentence says so without naming
    /// it: "The action is complete", "This action was closed", "The action on the pool cars was
    /// completed and can be closed", "Action complete". Not "The action plan is complete" (a
    /// plan), "The action will be complete once ..." (not yet), nor "The Committee noted that
    /// action had been completed on the audit's recommendations" (action in general).
    static func unnamedFinished(_ text: String) -> String? {
        // Most paragraphs name no action, or have no word that says finished: turned away by
        // their bytes before their words are split.
        guard text.containsBytes("ction") || text.containsBytes("CTION"), finishedStems.contains(where: text.containsBytes) else { return nil }
        for sentence in text.split(whereSeparator: { ".;!?\n".contains($0) }) {
            let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard let at = words.firstIndex(of: "action"), let done = words[at...].firstIndex(where: finishedWords.contains),
                at == 0 || ["the", "this"].contains(words[at - 1])
            else { continue }
            let between = words[(at + 1)..<done]
            // "Complete for the first two wards": done in part.
            let after = words.index(after: done) < words.endIndex ? words[words.index(after: done)] : ""
            guard between.isEmpty || between.contains(where: ["is", "was", "has", "had", "been", "now", "were"].contains),
                !between.contains(where: notAnAction.contains),
                !words.contains(where: notYetFinished.contains),
                !["for", "in", "except", "apart", "but", "save", "bar", "other"].contains(after)
            else { continue }
            return words[done]
        }
        return nil
    }

    /// The bytes of `finishedWords` in any case, less their first letter.
    private static let finishedStems = ["omplete", "OMPLETE", "done", "Done", "DONE", "losed", "LOSED", "ischarged", "ISCHARGED", "ctioned", "CTIONED", "wblhawyd", "WBLHAWYD"]

    /// Words after "action" that make it something else: "the action plan is complete".
    static let notAnAction: Set<String> = [
        "plan", "plans", "log", "logs", "tracker", "list", "lists", "point", "points", "sheet", "items", "item", "owner", "owners",
        "lead", "leads", "group", "learning", "research", "day", "week", "programme", "program", "network", "team", "grant",
    ]

    /// Words that make a finished word not (yet) a report: "The action will be complete once
    /// the report is published", "the action is not complete".
    static let notYetFinished: Set<String> = [
        "not", "no", "yet", "once", "when", "if", "until", "unless", "will", "would", "should", "shall", "could", "must",
        "nearly", "almost", "partly", "partially", "never", "before", "after",
    ]

    /// The actions a paragraph names and the word that says they are finished: `A1`, `AP3`, a
    /// number after "action" (`Action 3: done`), or a whole id (`2025-06-03-a1`).
    static func statusMention(_ text: String) -> (references: [String], word: String)? {
        // Every reference has a figure; most paragraphs of notes are turned away here.
        guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map { $0.trimmingCharacters(in: ["-"]) }
        let lower = words.map { $0.lowercased() }
        guard let word = lower.first(where: finishedWords.contains) else { return nil }
        func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
        var references: [String] = []
        for (index, written) in words.enumerated() {
            let letters = written.prefix(while: \.isLetter)
            let digits = written.dropFirst(letters.count)
            let isWholeID = written.count > 11 && written.prefix(10).enumerated().allSatisfy { place, character in
                [4, 7].contains(place) ? character == "-" : isDigit(character)
            } && written.dropFirst(10).first == "-"
            let isNumbered = (1...3).contains(digits.count) && digits.allSatisfy(isDigit)
            let isShortID = isNumbered && (1...2).contains(letters.count) && letters.allSatisfy(\.isUppercase)
            let isActionNumber = isNumbered && letters.isEmpty && index > 0 && ["action", "actions"].contains(lower[index - 1])
            // "Item A3", "Appendix B2", "the A6 form", "the A1 road": not an action.
            let namesSomethingElse = (index > 0 && notActions.contains(lower[index - 1]))
                || (index + 1 < lower.count && ["form", "road", "paper", "size"].contains(lower[index + 1]))
            if (isShortID || isActionNumber || isWholeID) && !namesSomethingElse { references.append(written) }
        }
        return references.isEmpty ? nil : (references, word)
    }

    /// "Actions:", "Actions agreed:": a paragraph that introduces a list of actions.
    static func isLeadIn(_ text: String) -> Bool {
        let trimmed = text.trimmingWhitespace
        guard trimmed.hasSuffix(":") else { return false }
        return actionListTitles.contains(normalTitle(String(trimmed.dropLast())))
    }

    static func normalTitle(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
    }

    /// Every paragraph, or list item's first paragraph, whose text begins with `marker` (emphasis
    /// around the marker is allowed), in document order. For markers other than meeting actions.
    public func paragraphs(startingWith marker: String) -> [MarkedParagraph] {
        var found: [MarkedParagraph] = []
        var headings: [(level: Int, text: String)] = []
        for node in allNodes() {
            switch node.kind {
            case .heading:
                let level = node.headingLevel
                headings.removeAll { $0.level >= level }
                headings.append((level, node.plainText.trimmingWhitespace))
            case .paragraph:
                if let parent = node.parent, parent.kind == .item, parent.firstChild != node { continue }
                let text = node.plainText.trimmingWhitespace
                guard text.hasPrefix(marker) else { continue }
                let rest = String(text.dropFirst(marker.count)).trimmingWhitespace
                found.append(MarkedParagraph(node: node, text: rest, section: headings.map(\.text)))
            default:
                continue
            }
        }
        return found
    }
}

