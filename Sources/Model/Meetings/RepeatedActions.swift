import Foundation
import Diagnostics

/// Minutes often restate earlier actions under "Matters arising", with how they stand
/// ("ACTION [A1]: The Clerk to write to the Minister. Complete."). Read as actions, each became a
/// new action, open for ever, while the action it restated was never reported on. Both are errors:
/// what became of an earlier action is a follow-up. The same words raised again elsewhere, with
/// nothing said of how they stand, are a new action.
enum RepeatedActions {
    /// `meetings` sorted by date; only agreed meetings' actions are compared, as only they are published.
    static func check(_ meetings: [Meeting], sink: DiagnosticSink) {
        var earlier = [String: (action: MeetingAction, date: CivilDate)](minimumCapacity: meetings.reduce(0) { $0 + $1.actions.count })
        for day in meetings.byDay() {
            var sameDay: [String: (action: MeetingAction, date: CivilDate)] = [:]
            for meeting in day where meeting.state == .agreed {
                for action in meeting.actions {
                    let (words, remark) = (action.wording.words, action.wording.remark)
                    let repeatable = action.wording.count >= 3
                    // The same words with nothing said of how they stand, outside a review of
                    // earlier actions, are an action raised again ("The Clerk to circulate the minutes").
                    if repeatable, let previous = earlier[words], remark != nil || isReview(action.section) {
                        sink.error(
                            "this action repeats \(previous.action.id), raised on \(previous.date.long) (\"\(previous.action.item.title)\"), so it would be tracked twice",
                            at: action.item.location,
                            hint: "say what became of it in the front matter, follow_ups: [{action: \(previous.action.id), status: \(remark.map(statusWord) ?? "in-progress")}], and take ACTION off this paragraph")
                    } else if let remark, remark != "ongoing" {
                        let written = remarkAsWritten[remark] ?? remark
                        sink.error(
                            "the action's words end with how it stands (\"\(written)\"), but an action raised at a meeting starts open",
                            at: action.item.location,
                            hint: "if it reports on an earlier action, take ACTION off it and add follow_ups: [{action: <its id>, status: \(statusWord(remark))}]; if it is new, take \"\(written)\" out")
                    }
                    if repeatable, sameDay[words] == nil { sameDay[words] = (action, meeting.date) }
                }
            }
            earlier.merge(sameDay) { _, latest in latest }
        }
    }

    /// Headings under which minutes review earlier actions: "Matters arising", "Actions from the
    /// last meeting", "Action log".
    static func isReview(_ section: [String]) -> Bool {
        section.contains { heading in
            let words = heading.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
            return reviewHeadings.contains { words.contains($0) }
        }
    }

    static let reviewHeadings = [
        "matters arising", "previous meeting", "last meeting", "previous actions", "action log", "actions log", "review of actions",
        "outstanding actions", "progress on actions", "action tracker", "materion yn codi", "cyfarfod blaenorol",
    ]

    /// The action's words, lower-cased, without a remark on how it stands after the last
    /// separator ("... to the Minister. Complete.", "... – done", "... (closed)").
    static func wordsAndRemark(_ text: String) -> ActionWording {
        let words = text.lowercased().wordRuns().map(String.init)
        // Run on every action of every meeting at each build: most end with none of the remarks.
        guard let last = words.last, remarkEndings.contains(last) else { return remarkWithItsWhen(text, words: words) }
        // "wedi'i gwblhau", "c/f": an apostrophe or a slash parts words, as in `words`.
        var end = Substring(
            text.lowercased().replacingOccurrences(of: "'", with: " ").replacingOccurrences(of: "\u{2019}", with: " ")
                .replacingOccurrences(of: "/", with: " "))
        while let last = end.last, last.isWhitespace || ".)]".contains(last) { end.removeLast() }
        for phrase in remarks where words.count > phrase.count && end.hasSuffix(phrase.joined(separator: " ")) {
            // Only after a separator: "once the review is complete" is the action's own words.
            let before = end.dropLast(phrase.joined(separator: " ").count).trimmingCharacters(in: .whitespaces)
            if let mark = before.last, ".-\u{2013}\u{2014}:;([,".contains(mark) {
                return ActionWording(words.dropLast(phrase.count), remark: phrase.joined(separator: " "))
            }
        }
        return ActionWording(words, remark: nil)
    }

    /// A remark that says when after it, after the last separator: "... – c/f from October",
    /// "... (carried forward to the March meeting)", "... Done 3 March".
    static func remarkWithItsWhen(_ text: String, words: [String]) -> ActionWording {
        // Most actions have no remark: their words are looked at before their text.
        let hasRemark = words.indices.contains { index in
            remarks.contains { phrase in
                let next = index + phrase.count
                guard next < words.count, words[index] == phrase[0], Array(words[index..<next]) == phrase else { return false }
                return whenWords.contains(words[next]) || words[next].first?.isNumber == true || DeadlineWords.months[words[next]] != nil
            }
        }
        guard hasRemark else { return ActionWording(words, remark: nil) }
        let lowered = text.lowercased().replacingOccurrences(of: "'", with: " ").replacingOccurrences(of: "\u{2019}", with: " ")
        var end = Substring(lowered)
        while let last = end.last, last.isWhitespace || ".)]".contains(last) { end.removeLast() }
        guard let separator = end.lastIndex(where: { ".-\u{2013}\u{2014};([".contains($0) }) else { return ActionWording(words, remark: nil) }
        let tail = end[end.index(after: separator)...].replacingOccurrences(of: "/", with: " ")
            .wordRuns().map(String.init)
        guard let phrase = remarks.first(where: { tail.starts(with: $0) }), tail.count > phrase.count else { return ActionWording(words, remark: nil) }
        let next = tail[phrase.count]
        guard whenWords.contains(next) || next.first?.isNumber == true || DeadlineWords.months[next] != nil else {
            return ActionWording(words, remark: nil)
        }
        let kept = String(text.prefix(lowered.distance(from: lowered.startIndex, to: separator)))
        return ActionWording(
            kept.lowercased().wordRuns().map(String.init), remark: phrase.joined(separator: " "))
    }

    static let whenWords: Set<String> = ["from", "to", "since", "on", "in", "at", "until", "till", "as", "last", "next", "previous"]

    /// The remark, when an action's words are nothing else: `ACTION [A1] (4 November): Complete.`
    /// reports on an earlier action in the form of a new one.
    static func onlyRemark(_ text: String) -> String? {
        let words = text.lowercased().wordRuns().map(String.init)
        return remarks.contains(words) ? words.joined(separator: " ") : nil
    }

    static let remarks: [[String]] = [
        ["carried", "forward"], ["in", "progress"], ["complete"], ["completed"], ["done"], ["closed"], ["discharged"],
        ["actioned"], ["ongoing"], ["cwblhawyd"], ["wedi", "i", "gwblhau"],
        // "c/f" and "b/f": carried (or brought) forward from an earlier meeting.
        ["c", "f"], ["b", "f"], ["brought", "forward"], ["carried", "over"],
    ]

    /// A remark as minutes write it, where its words lose the slash.
    static let remarkAsWritten = ["c f": "c/f", "b f": "b/f"]

    static let remarkEndings = Set(remarks.compactMap(\.last))

    static func statusWord(_ remark: String) -> String {
        switch remark {
        case "carried forward", "c f", "b f", "brought forward", "carried over": "carried-forward"
        case "in progress", "ongoing": "in-progress"
        case "closed": "complete (or dropped)"
        default: "complete"
        }
    }
}

/// An action's words, lower-cased, and the remark on how it stands that ends them, if any
/// ("... to the Minister. Complete." has the words of "... to the Minister" and "complete").
/// Kept with every action of a site: the words joined in one string, not a list of them.
struct ActionWording: Sendable, Hashable {
    /// The words, joined by spaces.
    var words: String
    var count: Int
    var remark: String?

    init(_ words: some Collection<String>, remark: String?) {
        self.words = words.joined(separator: " ")
        count = words.count
        self.remark = remark
    }
}
