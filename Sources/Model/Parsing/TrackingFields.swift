import Diagnostics
import Yams

/// Reads the fields every tracked item shares (deadlines, milestones, updates, a manual rating,
/// carry-over links), the same way for plans, meetings and inspection responses.
extension Fields {
    /// `deadline: September 2023`, or with a due date given and published revisions:
    ///
    /// ```yaml
    /// deadline:
    ///   text: End Sept 2023
    ///   due: 2023-09-30
    ///   revised:
    ///     - date: 2023-08-01
    ///       deadline: March 2024
    ///       reason: Waiting for the inspection report.
    /// ```
    func deadline(_ key: String = "deadline") -> Deadline? {
        guard let value = node(key) else { return nil }
        if case .scalar(let scalar) = value {
            return readDeadline(scalar.string, due: nil, at: location(of: value), revisions: [])
        }
        guard let nested = object(key, example: "\(key): September 2023") else { return nil }
        let text = nested.string("text", required: true, example: "text: End Sept 2023")
        let due = nested.date("due", example: "due: 2023-09-30")
        let revisions = nested.objects("revised", itemName: "revision", example: "- date: 2023-08-01\n  deadline: March 2024\n  reason: ...")
            .compactMap { revision -> DeadlineRevision? in
                let date = revision.date("date", required: true, example: "date: 2023-08-01")
                let words = revision.string("deadline", required: true, example: "deadline: March 2024")
                let reason = revision.string("reason", required: true, example: "reason: Why the deadline moved")
                let revisionDue = revision.date("due")
                let place = revision.location(ofKey: "deadline")
                revision.finish()
                guard let date, let words, let reason else { return nil }
                guard let reading = reading(words, due: revisionDue, at: place) else { return nil }
                return DeadlineRevision(date: date, text: words, reading: reading, reason: reason, location: revision.location)
            }
        // Two new deadlines set on one day: the first listed was taken, whichever the body meant.
        var byDay: [CivilDate: DeadlineRevision] = [:]
        for revision in revisions {
            if let first = byDay[revision.date], first.reading.dueDate != revision.reading.dueDate {
                sink.error(
                    "two revisions on \(revision.date.long) give different deadlines (\(first.text) on line \(first.location.line), \(revision.text) here)",
                    at: revision.location, hint: "keep the deadline set that day in one revision")
            }
            byDay[revision.date] = byDay[revision.date] ?? revision
        }
        nested.finish()
        guard let text else { return nil }
        return readDeadline(text, due: due, at: nested.location(ofKey: "text"), revisions: revisions)
    }

    private func readDeadline(_ text: String, due: CivilDate?, at place: SourceLocation, revisions: [DeadlineRevision]) -> Deadline? {
        guard let reading = reading(text, due: due, at: place) else { return nil }
        return Deadline(text: text, reading: reading, revisions: revisions, location: place)
    }

    private func reading(_ text: String, due: CivilDate?, at place: SourceLocation) -> DeadlineReading? {
        if let due {
            if case .success(let reading) = sink.deadlines.read(text), let conflict = reading.conflict(withDue: due, words: text) {
                sink.error(
                    conflict, at: place,
                    hint: "if the deadline moved, keep these words and add the new ones under revised: with the day and the reason; otherwise keep the words or due:, not both")
                return nil
            }
            return .due(due, rule: .dateGiven)
        }
        switch sink.deadlines.read(text) {
        case .success(let reading): return reading
        case .failure(let problem):
            sink.error(problem.message, at: place, hint: problem.hint)
            return nil
        }
    }

    /// `owners: [A, B]` or `owner: A`: both are read wherever an item takes owners.
    func owners() -> [String] {
        let example = "owners: [Chief Executive, Director of Housing]"
        let owners = strings("owners", example: example) + strings("owner", example: example)
        for owner in owners where OwnerNames.saysNone(owner) {
            let key = given("owners") != nil ? "owners" : "owner"
            sink.error(
                "\"\(owner)\" is given as an owner, but it says there is none", at: location(ofKey: key),
                hint: "write who owns it; if no one does yet, write TBC (shown as given); leave \(key): out for the owners the source implies (a plan's action: its theme's leads)")
        }
        // "Head of Finance; Head of HR": one name, or two? An import reads a semicolon as between two.
        for owner in owners where owner.contains(";") {
            let key = given("owners") != nil ? "owners" : "owner"
            let names = owner.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            sink.error(
                "\"\(owner)\" joins names with a semicolon: one owner, or \(names.count)?", at: location(ofKey: key),
                hint: "write each owner as an item of a list (\(key): [\(names.joined(separator: ", "))]); one owner's name has no semicolon")
        }
        return owners
    }

    /// `milestones:` a list of steps, each with its words, deadline, and optionally an owner
    /// and when it was done. Inspection responses call them `steps:` and need an owner and a
    /// target date for each.
    func milestones(key: String = "milestones", itemName: String = "milestone", requireOwnerAndDeadline: Bool = false) -> [Milestone] {
        objects(key, itemName: itemName, example: "- text: Publish the framework\n  deadline: October 2023")
            .map { milestone in
                let text = milestone.string("text")
                let named = milestone.owners()
                let owner = named.isEmpty ? nil : named.joined(separator: "; ")
                let deadline = milestone.deadline()
                let completed = milestone.completion()
                if requireOwnerAndDeadline {
                    if owner != nil, milestone.given("deadline") == nil {
                        sink.error(
                            "\(milestone.context) has an owner but no target date", at: milestone.location,
                            hint: "add deadline: with the target date as published (Ongoing if it has none)")
                    } else if owner == nil, milestone.given("deadline") != nil {
                        sink.error(
                            "\(milestone.context) has a target date but no owner", at: milestone.location,
                            hint: "add owner: with who is responsible, as published")
                    }
                }
                // (A step with an owner and no target date is reported above.)
                if !(requireOwnerAndDeadline && owner != nil && deadline == nil) {
                    checkWordsAgainstDeadline(text, deadline: deadline, of: milestone)
                }
                milestone.finish()
                return Milestone(
                    text: text, owner: owner, deadline: deadline, completed: completed?.date, completedText: completed?.text,
                    completedSince: completed?.since,
                    location: milestone.location)
            }
    }

    /// A step's words that give a day beside no deadline, or one that gives none: "Agree the
    /// rules by 30 November 2025" with `deadline: TBC`. The step's row showed a day and the
    /// tracker held it to none.
    func checkWordsAgainstDeadline(_ text: String?, deadline: Deadline?, of step: Fields) {
        guard let text, let inWords = ActionText.deadlineInWords(text, sink: sink), case .date(let said, _) = inWords else { return }
        guard let deadline else {
            sink.error(
                "\(step.context)'s words give \(said.long), but it has no deadline, so it would never show as overdue",
                at: step.location, hint: "give it deadline: with that date, as published")
            return
        }
        if let problem = ActionText.dayBesideNone(
            deadline, withWords: inWords, subject: "\(step.context)'s words give", words: "its words", at: step.location(ofKey: "deadline"))
        {
            sink.append(problem)
        }
        // (A date other than the deadline's is left alone: a step's words often tell of another
        // event, "the strategy, expected by June 2023".)
    }

    /// `completed: 2024-11-14`, or the words a source used ("April 2024"), read as the end of
    /// the period like a deadline: done by then, and, unless the words say only "by" then, since
    /// the period's first day.
    func completion() -> (date: CivilDate, text: String?, since: CivilDate?)? {
        guard let (text, value) = scalar("completed", required: false, example: "completed: 2024-11-14", expected: "a date")
        else { return nil }
        if let date = CivilDate(iso: text) { return (date, nil, date) }
        switch sink.deadlines.read(text) {
        case .success(.due(let date, let rule)):
            let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
            // "June 2026 (partially)" was read as the day the step was done, all of it.
            if let partly = words.first(where: { Self.doneInPart.contains(String($0)) }) {
                sink.error(
                    "the field \(label("completed")) says \"\(partly)\": a step done in part is not done", at: location(of: value),
                    hint: "leave completed: out until all of it is done, and say what is done in an update's note")
                return nil
            }
            // "Due April 2026", "Target April 2026": the day it is to be done, read as the day it was.
            if let due = words.first(where: { Self.yetToBeDone.contains(String($0)) }) {
                sink.error(
                    "the field \(label("completed")) says \"\(due)\": a date the step is to be done by, not the day it was done",
                    at: location(of: value),
                    hint: "give that date as the step's deadline, and write completed: with the day once it is done")
                return nil
            }
            let byThen = words.contains { ["by", "before", "later", "latest", "erbyn", "cyn"].contains($0) }
            return (date, text, byThen ? nil : rule.firstDay(endingOn: date))
        default:
            sink.error(
                "the field \(label("completed")) is not a date: \"\(text)\"", at: location(of: value),
                hint: "write the day (2024-11-14), or the month the source gives (April 2024)")
            return nil
        }
    }

    /// Words beside a step's completion that say only part of it was done. In Welsh, "yn rhannol".
    static let doneInPart: Set<String> = [
        "partially", "partly", "part", "partial", "mostly", "largely", "substantially", "nearly", "almost", "except", "excluding",
        "not", "pending", "outstanding", "rhannol",
    ]

    /// Words beside a step's completion that say it is still to be done. In Welsh, "targed".
    static let yetToBeDone: Set<String> = [
        "due", "target", "targeted", "targeting", "planned", "scheduled", "deadline", "aim", "aiming", "intended", "intend", "will",
        "projected", "proposed", "targed",
    ]

    /// `updates:` dated reports of progress, each with a status and the evidence.
    func updates() -> [StatusUpdate] {
        let updates = objects("updates", itemName: "update", example: "- date: 2025-07-17\n  status: in-progress\n  note: What happened")
            .compactMap { update -> StatusUpdate? in
                let date = update.date("date", required: true, example: "date: 2025-07-17")
                let status = update.status("status", required: true)
                let note = update.markdown("note")
                let source = update.string("source")
                // Each was ignored with a warning: the page showed the worked-out rating, or held
                // the item to the deadline the update said had moved.
                update.refuse(
                    ["rag", "rating", "rag_status", "rag_rating", "brag"], "a rating is not read from an update",
                    hint: "a rating set by hand is the item's own rag: with rag_reason: (the rating shown is otherwise worked out from the dates)")
                update.refuse(
                    Fields.deadlineNames,
                    "a deadline is not changed by an update",
                    hint: "add the revision under the item's deadline: deadline: {text: ..., revised: [{date: YYYY-MM-DD, deadline: ..., reason: ...}]}")
                update.finish()
                guard let date, let status else { return nil }
                update.checkNote(note, against: status, of: date)
                return StatusUpdate(date: date, status: status, note: note, source: source, location: update.location)
            }
        // Two statuses on one day: which held at its end? The order of the list is not a date.
        var firstOfDay: [CivilDate: StatusUpdate] = [:]
        for update in updates {
            guard let first = firstOfDay[update.date] else {
                firstOfDay[update.date] = update
                continue
            }
            if first.status != update.status {
                sink.error(
                    "two updates on \(update.date.long) give different statuses (\(first.status.rawValue) on line \(first.location.line), \(update.status.rawValue) here)",
                    at: update.location,
                    hint: "give the status the item had at the end of that day in one update, with both notes in it")
            }
        }
        return updates
    }

    /// A deadline revised before the item existed ("revised on 1 June 2015" in a plan of 2025):
    /// shown as revised from the start, with a day that cannot be; most often a slip of the year.
    func checkRevisions(of item: TrackedItem, since event: String) {
        for deadline in item.allDeadlines {
            for revision in deadline.revisions where revision.date < item.opened {
                sink.error(
                    "the deadline is revised on \(revision.date.long), before \(event) (\(item.opened.long))", at: revision.location,
                    hint: "check the year of the revision's date")
            }
            // Revised on 1 September 2025 to "June 2025": overdue the day it was set, and most
            // often a slip of the year.
            for revision in deadline.revisions {
                guard let due = revision.reading.dueDate, due < revision.date else { continue }
                sink.error(
                    "the deadline is revised on \(revision.date.long) to \"\(revision.text)\" (\(due.long)), a day already past when it was revised",
                    at: revision.location, hint: "check the year of the revised deadline")
            }
        }
    }

    /// A deadline already past on the day the item was published ("March 2025" in a plan
    /// published in April 2026), with nothing said of how the work stood: published overdue from
    /// its first day, and most often a slip of the year.
    func checkDeadlinesBeforeOpening(of item: TrackedItem, since event: String) {
        guard item.initialStatus == nil, item.updates.isEmpty else { return }
        var open = item.deadline.map { [$0] } ?? []
        open += item.milestones.filter { $0.completed == nil && $0.completedSince == nil }.compactMap(\.deadline)
        for deadline in open {
            guard let due = deadline.reading.dueDate, due < item.opened else { continue }
            sink.error(
                "the deadline \"\(deadline.text)\" (\(due.long)) is before \(event) (\(item.opened.long)), and nothing says how the work stood then: it would be published as overdue from the start",
                at: deadline.location,
                hint: "check the year of the deadline; if it is right, say how the work stood (status: in-progress, or an update)")
        }
    }

    /// An update that says `not-started` on or after the day a step was completed: the page
    /// showed "Not started" beside a step marked done. (`in-progress` fits: more is to do.)
    /// And one that says complete before a step was completed: done on 1 June, with a step done
    /// on 1 September.
    func checkUpdatesAgainstSteps(of item: TrackedItem) {
        let done = item.milestones.enumerated().compactMap { index, step in step.completed.map { (index + 1, $0) } }
        guard let (number, day) = done.min(by: { $0.1 < $1.1 }) else { return }
        for update in item.updates where update.status == .notStarted && update.date >= day {
            sink.error(
                "the update of \(update.date.long) says not-started, but step \(number) was completed by \(day.long)", at: update.location,
                hint: "give the status the work had that day (in-progress, if more is to do), or check the step's completed:")
        }
        // The first day each step can have been done on ("completed: September 2025" is from 1 September).
        let started = item.milestones.enumerated().compactMap { index, step in
            (step.completedSince ?? step.completed).map { (number: index + 1, day: $0, isDay: step.completedSince == nil || step.completedSince == step.completed) }
        }
        guard let last = started.max(by: { $0.day < $1.day }) else { return }
        // The status the item was published with counts as a report of its day.
        let published = item.initialStatus.map { [(said: "the status given on \(item.opened.long)", date: item.opened, status: $0, location: location(ofKey: "status"))] } ?? []
        let reports = published + item.updates.map { (said: "the update of \($0.date.long)", date: $0.date, status: $0.status, location: $0.location) }
        for report in reports where [.complete, .completeAndOngoing].contains(report.status) && report.date < last.day {
            sink.error(
                "\(report.said) says \(report.status.rawValue), but step \(last.number) was completed later, "
                    + (last.isDay ? "on \(last.day.long)" : "no earlier than \(last.day.long)"),
                at: report.location,
                hint: "give the status the work had that day (in-progress, while a step was still to do), or check the step's completed:")
        }
    }

    /// A note that opens by saying the item stands otherwise than its status says (`status:
    /// in-progress`, `note: Complete.`): which is true?
    /// And one of `day` that says the work was done on a later day ("Completed on 3 March 2026"
    /// in an update of 1 March): a report cannot tell of what had not happened yet.
    func checkNote(_ note: MarkdownText?, against status: ItemStatus, of day: CivilDate?) {
        guard let note else { return }
        switch StatusInNote.problem(note: note.text, status: status, day: day, vocabulary: sink.vocabulary, deadlines: sink.deadlines) {
        case .conflict(let words, let senses)?:
            // "Closed" is done or stopped: the hint names each, never choosing one.
            let said = senses.map(\.rawValue).joined(separator: " or ")
            sink.error(
                "the note opens \"\(words)\", which says \(said), but the status given with it is \(status.rawValue)", at: location(ofKey: "note"),
                hint: "give the status the note reports (status: \(said)), or, if only part is done, say which part (\"Phase 1 complete: ...\")")
        case .doneAfterItsDay(let words, let day)?:
            sink.error(
                "the note opens \"\(words)\", a day after \(day.long), the day it reports on", at: location(ofKey: "note"),
                hint: "check the dates: a note says how the work stood on its own day; a later day's news is a later update")
        case .positionAfterItsDay(let words, let day)?:
            sink.error(
                "the note opens \"\(words)\", a later day than \(day.long), the day of the update", at: location(ofKey: "note"),
                hint: "give the update the day of the position it reports (date: YYYY-MM-DD), or correct the note's date")
        case nil:
            return
        }
    }

    /// A summary that opens by saying the item stands otherwise than its latest status (`summary:
    /// This action is complete.` beside an update `in-progress`): the page showed both. A summary
    /// says what the item means, and stays while its status changes.
    func checkSummary(_ summary: String?, against item: TrackedItem) {
        guard let summary, let status = item.updates.last?.status ?? item.initialStatus,
            case .conflict(let words, let senses)? = StatusInNote.problem(
                note: summary, status: status, day: nil, vocabulary: sink.vocabulary, deadlines: sink.deadlines)
        else { return }
        let said = senses.map(\.rawValue).joined(separator: " or ")
        sink.error(
            "the summary opens \"\(words)\", which says \(said), but the latest status is \(status.rawValue)", at: location(ofKey: "summary"),
            hint: "a summary says what the work means and stays while its status changes: say how it stands in an update (status: and note:), not in the summary")
    }

    /// A status, in Tally's words or the site's (see `Vocabulary`). A rating or an agreement
    /// where a status is asked for, and a word that can mean two statuses, are errors saying so.
    func status(_ key: String, required: Bool = false) -> ItemStatus? {
        guard let (text, value) = scalar(key, required: required, example: "\(key): in-progress", expected: "a status") else {
            return nil
        }
        switch word(text, at: location(of: value), field: label(key), asked: "status", allowed: ItemStatus.allCases.map(\.rawValue)) {
        case .status(let status)?: return status
        case .rating(let rating)?:
            sink.error(
                "\"\(text)\" is a rating, not a status, so it cannot be \(label(key))", at: location(of: value),
                hint: "give the status (such as in-progress) here, and the rating as rag: \(rating.rawValue) with its rag_reason:")
            return nil
        case .agreement?:
            sink.error(
                "\"\(text)\" says whether a recommendation was agreed, not how far it has got, so it cannot be \(label(key))",
                at: location(of: value), hint: "write agreement: \(Vocabulary.normal(text)) for that, and a status such as in-progress here")
            return nil
        case nil: return nil
        }
    }

    /// An agreement level, in Tally's words or the site's.
    func agreement(_ key: String = "agreement", required: Bool) -> Agreement? {
        guard let (text, value) = scalar(key, required: required, example: "\(key): agreed", expected: "agreed, partly-agreed or not-agreed")
        else { return nil }
        switch word(text, at: location(of: value), field: label(key), asked: "agreement", allowed: Agreement.allCases.map(\.rawValue)) {
        case .agreement(let agreement)?: return agreement
        case .some(let meaning):
            sink.error(
                "\"\(text)\" is a \(meaning.kind), not an agreement, so it cannot be \(label(key))", at: location(of: value),
                hint: "write agreed, partly-agreed or not-agreed; put how far it has got in updates:")
            return nil
        case nil: return nil
        }
    }

    /// Looks a word up in the site's vocabulary. Unknown and ambiguous words are errors that list
    /// Tally's words and say how a site adds its own; nil then.
    func word(_ text: String, at place: SourceLocation, field: String, asked: String, allowed: [String]) -> Vocabulary.Meaning? {
        if let meaning = sink.vocabulary.meaning(of: text) { return meaning }
        if let doubt = DoubtMark.reason(in: text) {
            sink.error(
                "\"\(text)\" \(doubt), so it is not read as any \(asked)", at: place,
                hint: "write the \(asked) alone (\(allowed.joined(separator: ", "))), and what qualifies it in a note")
            return nil
        }
        let normal = Vocabulary.normal(text)
        let mapping = "or, if it is your organisation's word, map it to one of them in site.yaml: vocabulary: {\(text): <\(asked)>}"
        if let doubt = Vocabulary.doubt(about: normal, asked: asked) {
            sink.error(
                "\"\(text)\" \(doubt), so it is not read as any \(asked)", at: place,
                hint: "write which is meant (\(allowed.joined(separator: ", "))), \(mapping)")
            return nil
        }
        var hint = "use one of: \(allowed.joined(separator: ", ")); \(mapping)"
        if let near = NearestName.suggest(for: normal, among: allowed) { hint = "did you mean \"\(near)\"? " + hint }
        let article = "aeiou".contains(asked.first ?? "x") ? "an" : "a"
        sink.error("\"\(text)\" is not \(article) \(asked) Tally knows, for \(field)", at: place, hint: hint)
        return nil
    }

    /// `rag: amber` with the required `rag_reason:`; the site's words for ratings are read too.
    func manualRAG() -> ManualRAG? {
        var rating: RAG?
        if let (text, value) = scalar("rag", required: false, example: "rag: amber", expected: "red, amber or green") {
            switch word(text, at: location(of: value), field: label("rag"), asked: "rating", allowed: RAG.allCases.map(\.rawValue)) {
            case .rating(let read)?: rating = read
            case .some(let meaning):
                sink.error(
                    "\"\(text)\" is a \(meaning.kind), not a rating, so it cannot be \(label("rag"))", at: location(of: value),
                    hint: "a rating is red, amber or green; give the \(meaning.kind) in its own field")
            case nil: break
            }
        }
        let reason = string("rag_reason", example: "rag_reason: Funding is not yet agreed")
        guard let rating else {
            if reason != nil, node("rag") == nil {
                sink.warning("rag_reason is given but there is no rag", at: location(ofKey: "rag_reason"), hint: "add rag: red, amber or green")
            }
            return nil
        }
        guard let reason else {
            sink.error(
                "a manual RAG rating needs a reason", at: location(ofKey: "rag"),
                hint: "add rag_reason: saying why it is \(rating.rawValue); the page shows it beside the computed rating")
            return nil
        }
        return ManualRAG(rating: rating, reason: reason, location: location(ofKey: "rag"))
    }

    /// `carried_from: 2023-2.5`, a list of ids, or a list of `{id, how, note}`.
    func carriedFrom() -> [CarryLink] {
        guard let value = node("carried_from") else { return [] }
        let items: [Node]
        switch value {
        case .sequence(let sequence): items = Array(sequence)
        default: items = [value]
        }
        return items.compactMap { item in
            if case .scalar(let scalar) = item {
                return CarryLink(id: scalar.string, kind: .carriedOver, location: location(of: item))
            }
            guard case .mapping(let mapping) = item else {
                sink.error("each carried_from should be an id or a group of fields, not \(Fields.describe(item))", at: location(of: item))
                return nil
            }
            let link = Fields(mapping: mapping, file: file, firstLine: firstLine, sink: sink, location: location(of: item), context: "carried_from")
            let id = link.string("id", required: true, example: "id: 2023-2.5")
            let kind = link.choice("how", of: CarryKind.self, example: "how: merged") ?? .carriedOver
            let note = link.string("note")
            link.finish()
            return id.map { CarryLink(id: $0, kind: kind, note: note, location: link.location(ofKey: "id")) }
        }
    }
}
