import Diagnostics
import Markup

/// Notes that say an earlier action is finished ("Action A1: complete.") with no follow-up
/// recording it: the notes said done, and the action log went on showing it open, or overdue.
enum UnrecordedFollowUps {
    /// `meetings` sorted by date. A short id (`A1`, `Action 3`) names an action of the group's
    /// previous agreed meeting; a whole id names any earlier action. A reference that names no
    /// such action is passed over: "Q3 figures complete" names no action.
    static func check(_ meetings: [Meeting], sink: DiagnosticSink) {
        var actions = [ItemID: (action: MeetingAction, date: CivilDate)](minimumCapacity: meetings.reduce(0) { $0 + $1.actions.count })
        for meeting in meetings where meeting.state == .agreed {
            for action in meeting.actions { actions[action.item.key] = (action, meeting.date) }
        }
        var previousOfGroup: [String: Meeting] = [:]
        // Each group's earlier meetings, and the actions a follow-up has finished so far (a
        // meeting is a reference to its fields: kept, it copies no action).
        var earlierOfGroup: [String: [Meeting]] = [:]
        var finished = Set<ItemID>()
        for day in meetings.byDay() {
            for meeting in day where meeting.state == .agreed {
                let followedUp = Set(meeting.followUps.map { ItemID($0.actionID) })
                for mention in meeting.statusMentions {
                    // "All actions from the last meeting were completed": each still open is named.
                    if let all = mention.all {
                        let named = all == .previousMeeting
                            ? previousOfGroup[meeting.groupID]?.actions ?? [] : (earlierOfGroup[meeting.groupID] ?? []).flatMap(\.actions)
                        let finishedHere = Set(meeting.followUps.filter { $0.status.endsTheWork }.map { ItemID($0.actionID) })
                        let open = named.filter { !finished.contains($0.item.key) && !finishedHere.contains($0.item.key) }
                        guard let first = open.first else { continue }
                        sink.error(
                            "the notes say all the \(all == .previousMeeting ? "last meeting's" : "earlier") actions are \(mention.word), but \(open.count == 1 ? "one is" : "\(open.count) are") not recorded as finished in follow_ups (\(first.id), \"\(first.item.title)\"), so the action log would still show \(open.count == 1 ? "it" : "them") open",
                            at: mention.location,
                            hint: "add each to the front matter, follow_ups: [{action: \(first.id), status: \(RepeatedActions.statusWord(mention.word))}], or say which actions are done")
                        continue
                    }
                    // "The action is complete": which? Unless a follow-up here finishes one, the
                    // action log went on showing every earlier one open.
                    if mention.unnamed {
                        let open = (earlierOfGroup[meeting.groupID] ?? []).flatMap(\.actions).filter { !finished.contains($0.item.key) }
                        guard !meeting.followUps.contains(where: { $0.status.endsTheWork }), let first = open.first else { continue }
                        sink.error(
                            "the notes say an action is \(mention.word) without saying which, and no follow-up records one as finished, so the action log would still show it open",
                            at: mention.location,
                            hint: "add the action meant to the front matter, follow_ups: [{action: <its id>, status: \(RepeatedActions.statusWord(mention.word))}] (\(open.count == 1 ? "the one" : "one of the \(open.count)") still open: \(first.id), \"\(first.item.title)\")")
                        continue
                    }
                    for reference in mention.references {
                        // A whole id (2025-06-03-a1) names itself; a short id, the group's last meeting's action.
                        let id: String? =
                            if reference.count > 11 { reference }
                            else { previousOfGroup[meeting.groupID].map { "\($0.id)-\(Slug.make(reference))" } }
                        guard let id, let (action, raised) = actions[ItemID(id)], raised < meeting.date, !followedUp.contains(ItemID(id)) else { continue }
                        sink.error(
                            "the notes name \(reference) with \"\(mention.word)\", but no follow-up records what became of it (\(action.id), \"\(action.item.title)\"), so the action log would still show it open",
                            at: mention.location,
                            hint: "add to the front matter follow_ups: [{action: \(action.id), status: \(RepeatedActions.statusWord(mention.word))}] (or the status it has)")
                    }
                }
            }
            for meeting in day where meeting.state == .agreed {
                previousOfGroup[meeting.groupID] = meeting
                earlierOfGroup[meeting.groupID, default: []].append(meeting)
                finished.formUnion(meeting.followUps.filter { $0.status.endsTheWork }.map { ItemID($0.actionID) })
            }
        }
    }
}
