import Diagnostics
import Markup

enum GroupReader {
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> MeetingGroup? {
        guard let document = MarkdownFile.open(file, sink: sink, example: "title: Audit Committee") else {
            return nil
        }
        let fields = document.fields
        let title = fields.string("title", required: true, example: "title: Audit Committee")
        let group = MeetingGroup(
            id: file.baseName, title: title ?? file.baseName, summary: fields.summary(), chair: fields.string("chair"),
            meets: fields.string("meets", example: "meets: Every quarter"), members: fields.strings("members"),
            body: document.body, sourcePath: file.path, location: fields.location)
        fields.finish()
        return title == nil ? nil : group
    }
}

enum MeetingReader {
    static let example = "date: 2025-06-03, status: agreed"
    static let marker = "ACTION:"

    static func read(_ file: SourceFile, sink: DiagnosticSink) -> Meeting? {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return nil }
        let fields = document.fields
        let date = fields.date("date", required: true, example: "date: 2025-06-03")
        let state = fields.choice("status", of: NotesState.self, required: true, example: "status: agreed")
        if state == .agreed { ScaffoldText.check(file, sink: sink) }
        let slug = fields.string("slug", example: "slug: board")
        if let slug, Slug.make(slug) != slug {
            sink.error(
                "the slug \"\(slug)\" should be lower-case words joined by hyphens", at: fields.location(ofKey: "slug"),
                hint: "for example slug: \(Slug.make(slug).isEmpty ? "board" : Slug.make(slug))")
        }
        fields.checkDateInName(of: file, against: date, folder: "meetings", kind: "notes")
        let id = (date?.iso ?? file.baseName) + (slug.map { "-\($0)" } ?? "")
        var nextMeeting: NextMeeting?
        if let next = fields.object("next_meeting", example: "next_meeting:\n  date: 2025-09-02\n  place: MS Teams") {
            nextMeeting = NextMeeting(date: next.date("date"), place: next.string("place"))
            if let date, let nextDate = nextMeeting?.date, nextDate <= date {
                sink.error(
                    "the next meeting is dated \(nextDate.iso), \(nextDate == date ? "the day of" : "before") this meeting (\(date.iso))",
                    at: next.location(ofKey: "date"), hint: "check the year and the month of next_meeting: date:")
            }
            next.finish()
        }
        let meetingID = id
        let overrides = fields.objects("actions", itemName: "action", example: "- id: data-1\n  owners: [Finance team, Audit committee]")
            .compactMap { entry -> (ActionOverride, Fields)? in
                let id = entry.string("id", example: "id: a3")
                let number = entry.int("number", example: "number: 2", range: 1...999)
                let override = ActionOverride(id: id, number: number, owners: entry.owners(), deadline: entry.deadline())
                // `status: complete` here was ignored: the action log showed the action open.
                entry.refuse(
                    Fields.doneNames, "how an action stands is recorded by the meetings that follow it up",
                    hint: "in the notes of the meeting that heard how it stands, write follow_ups: [{action: \(Self.wholeID(id ?? number.map(String.init), of: meetingID)), status: complete}]")
                entry.finish()
                guard id != nil || number != nil else {
                    entry.sink.error(
                        "this entry of actions: does not say which action it is about", at: entry.location,
                        hint: "add id: with the action's short id or whole id (or number: with its place in the notes)")
                    return nil
                }
                return (override, entry)
            }
        let followUps = fields.objects("follow_ups", itemName: "follow-up", example: "- action: 2025-06-03-2\n  status: complete")
            .compactMap { entry -> FollowUp? in
                let actionID = entry.string("action", required: true, example: "action: 2025-06-03-2")
                let status = entry.status("status", required: true)
                let note = entry.markdown("note")
                // Ignored with a warning, the log held the action to the deadline it was raised with.
                entry.refuse(
                    Fields.deadlineNames,
                    "a meeting action's deadline is not changed by a follow-up",
                    hint: "revise it in the notes that raised it: actions: [{id: ..., deadline: {text: ..., revised: [{date: \(date?.iso ?? "YYYY-MM-DD"), deadline: ..., reason: ...}]}}]")
                // Ignored with a warning, the status was dated with the meeting: the work done on
                // 1 August was shown as done on the day of September's meeting.
                entry.refuse(
                    Fields.statusDateNames,
                    "a follow-up gives how the action stood at this meeting, and is dated with it",
                    hint: "give the day the work was done in the note (note: Done on 1 August.); a status reached before an earlier meeting belongs in that meeting's follow_ups:")
                entry.finish()
                guard let actionID, let status else { return nil }
                entry.checkNote(note, against: status, of: date)
                return FollowUp(actionID: actionID, status: status, note: note, location: entry.location(ofKey: "action"))
            }

        var meeting = Meeting(
            id: id, date: date ?? CivilDate(daysSinceEpoch: 0), groupID: fields.string("group", example: "group: audit-committee") ?? "",
            title: fields.string("title"), state: state ?? .draft, present: fields.strings("present"),
            apologies: fields.strings("apologies"), nextMeeting: nextMeeting, summary: fields.summary(),
            body: document.body, followUps: followUps, sourcePath: file.path, location: fields.location)
        // Both present and sending apologies: the page said both. Were they there?
        // A role in brackets is not part of the name: "Councillor R. Ahmed (Chair)".
        func person(_ name: String) -> String { Vocabulary.normal(String(name.prefix { $0 != "(" })) }
        let present = Set(meeting.present.map(person))
        for name in meeting.apologies where present.contains(person(name)) {
            sink.error(
                "\(name) is listed both as present and as sending apologies", at: fields.location(ofKey: "apologies"),
                hint: "keep \(name) in the list that is right: present: if they attended, apologies: if they did not")
        }
        let notes = MarkdownDocument(meeting.body.text)
        if let title = meeting.title {
            checkStatedDay(title, at: fields.location(ofKey: "title"), of: meeting, sink: sink)
            checkStatedDraft(title, at: fields.location(ofKey: "title"), of: meeting, sink: sink)
        }
        if let first = notes.root.firstChild, [.heading, .paragraph].contains(first.kind) {
            let place = meeting.body.location(line: first.startLine, column: first.startColumn)
            checkStatedDay(first.plainText, at: place, of: meeting, sink: sink)
            // Only the notes' own title: a paragraph or an agenda item's heading ("Draft minutes
            // of the last meeting", "ACTION: Circulate the draft minutes") speaks of other notes.
            if first.kind == .heading, first.headingLevel == 1 { checkStatedDraft(first.plainText, at: place, of: meeting, sink: sink) }
        }
        if let next = meeting.nextMeeting?.date { checkStatedNextMeeting(notes, next: next, of: meeting, sink: sink) }
        checkStatedAttendance(notes, of: meeting, sink: sink)
        let scan = notes.meetingActions()
        meeting.actions = extractActions(scan, of: meeting, overrides: overrides, sink: sink)
        meeting.statusMentions = scan.statusMentions.map {
            ActionStatusMention(
                references: $0.references, word: $0.word, location: meeting.body.location(line: $0.node.startLine, column: $0.node.startColumn),
                all: $0.all, unnamed: $0.unnamed)
        }
        // `published: false` was ignored with a warning, and agreed notes published.
        fields.refuse(
            Fields.withholdingNames.subtracting(["status"]), "Tally does not read it, so it cannot keep these notes off the site",
            hint: "notes are published once status: agreed; write status: draft to leave them out until then")
        fields.finish()
        guard date != nil, state != nil else { return nil }
        return meeting
    }

    /// An action's whole id, from its short id (or whole id) in the notes of meeting `meetingID`.
    static func wholeID(_ id: String?, of meetingID: String) -> String {
        guard let id else { return "\(meetingID)-<its number>" }
        return id.hasPrefix(meetingID + "-") ? id : "\(meetingID)-\(id)"
    }

    /// "Minutes of the meeting held on 5 November 2025" at the head of notes dated 4 November
    /// 2025, or a title that says another day: the page said both. Which day did it meet?
    static func checkStatedDay(_ text: String, at location: SourceLocation, of meeting: Meeting, sink: DiagnosticSink) {
        let words = Set(text.lowercased().split(whereSeparator: { !$0.isLetter }))
        // (Not "The Committee noted that its next meeting would be held on 21 November", of another day.)
        // Nor "The minutes of the meeting held on 14 July were agreed as a correct record", the
        // last meeting's, which notes so often open with.
        let ofAnotherMeeting = !words.isDisjoint(with: ["previous", "last", "preceding", "blaenorol", "diwethaf"])
            || (words.contains("were") && !words.isDisjoint(with: ["agreed", "approved", "confirmed", "accepted", "signed"]))
            || (words.contains("record") && !words.isDisjoint(with: ["correct", "true", "accurate"]))
        guard !words.isDisjoint(with: ["meeting", "minutes", "notes", "held", "cyfarfod", "cofnodion", "nodiadau"]),
            !words.contains("next"), !words.contains("nesaf"), !ofAnotherMeeting
        else { return }
        let hint = "correct whichever is wrong: the date (and the file's name), or these words"
        if case .success(.due(let day, let rule)) = sink.deadlines.read(text), [.dateGiven, .dateGivenDayFirst].contains(rule) {
            if day != meeting.date {
                sink.error("the notes say the meeting was on \(day.long), but their date: is \(meeting.date.long)", at: location, hint: hint)
            }
            return
        }
        // "Held on Wednesday 9 September": a day without its year is the meeting's year's; and
        // "Wednesday 8 September 2026", a Tuesday, which the reading above refuses as a deadline.
        let date = meeting.date
        func wrongWeekday(_ weekday: Int) {
            sink.error(weekdayProblem("the meeting was", on: weekday, but: date, field: "date:"), at: location, hint: hint)
        }
        guard let stated = writtenDay(in: text) else {
            // "Minutes of the meeting held on Wednesday", a Tuesday.
            let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            if let held = words.firstIndex(where: { $0.lowercased() == "held" }), let weekday = weekdayAlone(words, from: held), weekday != date.weekday {
                wrongWeekday(weekday)
            }
            return
        }
        if (stated.day, stated.month) != (date.day, date.month) || (stated.year.map { $0 != date.year } ?? false) {
            let written = "\(stated.day) \(CivilDate.monthName(stated.month))" + (stated.year.map { " \($0)" } ?? "")
            sink.error("the notes say the meeting was on \(written), but their date: is \(date.long)", at: location, hint: hint)
        } else if let weekday = stated.weekday, weekday != date.weekday {
            wrongWeekday(weekday)
        }
    }

    /// "the notes say the meeting was on a Wednesday, but 4 November 2025, their date:, is a Tuesday".
    static func weekdayProblem(_ subject: String, on weekday: Int, but date: CivilDate, field: String) -> String {
        "the notes say \(subject) on a \(DeadlineWords.weekdayNames[weekday - 1]), but \(date.long), their \(field), is a \(DeadlineWords.weekdayNames[date.weekday - 1])"
    }

    /// The day words give as the meeting's, with the day of the week and the year where they
    /// give them: "held on Wednesday 9 September", "on the 9th of September 2026", "Minutes,
    /// Wednesday, September 9", in Welsh "ar ddydd Mercher 9 Medi"; without a year, only after
    /// "on", "held", "dated" or a day of the week (not "Minutes of the meeting to agree the 31
    /// March budget", nor "The meeting reviewed progress since 31 March", another day).
    /// - Parameter introducedOnly: false for words already known to give the day (`dayStated`).
    static func writtenDay(in text: String, introducedOnly: Bool = true) -> (weekday: Int?, day: Int, month: Int, year: Int?)? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        func word(_ at: Int) -> String { at >= 0 && at < words.count ? words[at] : "" }
        for index in words.indices {
            let introduced = ["on", "held", "dated", "ar"].contains(word(index - 1)) || (word(index - 1) == "the" && word(index - 2) == "on")
                || ["dydd", "ddydd"].contains(word(index - 2))
            var at = index
            let weekday = DeadlineWords.weekdays[word(at)]
            if weekday != nil { at += 1 }
            let day: Int
            let month: Int
            if let number = DeadlineWords.day(word(at)) {
                let named = word(at + 1) == "of" ? at + 2 : at + 1
                guard let found = DeadlineWords.months[word(named)] else { continue }
                (day, month, at) = (number, found, named + 1)
            } else if let found = DeadlineWords.months[word(at)], let number = DeadlineWords.day(word(at + 1)) {
                (day, month, at) = (number, found, at + 2)
            } else {
                continue
            }
            let year = DeadlineWords.year(word(at))
            guard year != nil || weekday != nil || introduced || !introducedOnly else { continue }
            return (weekday, day, month, year)
        }
        return nil
    }

    /// "Date of next meeting: 14 November 2026" in notes whose `next_meeting:` is 12 November: the
    /// page gave both days, and the deadlines "to the next meeting" were held to the field's.
    static func checkStatedNextMeeting(_ notes: MarkdownDocument, next: CivilDate, of meeting: Meeting, sink: DiagnosticSink) {
        func mentionsNextMeeting(_ text: String) -> Bool {
            let lowered = text.lowercased()
            // Most blocks say neither word: they are passed over before their words are split.
            guard lowered.contains("next") || lowered.contains("nesaf") || lowered.contains("donm") else { return false }
            let words = " " + lowered.split(whereSeparator: { !$0.isLetter }).joined(separator: " ") + " "
            return words.contains(" next meeting ") || words.contains(" cyfarfod nesaf ") || words.contains(" donm ")
        }
        func check(_ text: String, at node: MarkdownNode, headed: Bool) {
            let location = meeting.body.location(line: node.startLine, column: node.startColumn)
            let hint = "correct whichever is wrong: next_meeting: date, or these words"
            // Which day will it meet? "Wednesday", when the field's day is a Tuesday.
            func wrongWeekday(_ weekday: Int) {
                sink.error(weekdayProblem("the next meeting is", on: weekday, but: next, field: "next_meeting: date"), at: location, hint: hint)
            }
            // "The next meeting will be held on Wednesday at 7pm".
            let words = headed ? (text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init), 0) : wordsOfTheNextMeeting(text)
            if let (words, from) = words, let weekday = weekdayAlone(words, from: from), weekday != next.weekday {
                wrongWeekday(weekday)
                return
            }
            guard let when = headed ? dayFirst(text) : saidOfTheNextMeeting(text) else { return }
            if let said = dayStated(when, year: next.year, sink: sink), said != next {
                sink.error("the notes say the next meeting is on \(said.long), but their next_meeting: date is \(next.long)", at: location, hint: hint)
            } else if let stated = writtenDay(in: text), let weekday = stated.weekday, weekday != next.weekday,
                (stated.day, stated.month) == (next.day, next.month), stated.year.map({ $0 == next.year }) ?? true
            {
                // "Wednesday 13 October", a Tuesday.
                wrongWeekday(weekday)
            }
        }
        var headed = false
        for block in notes.root.children {
            let text = block.plainText
            if headed, block.kind != .heading {
                check(text.components(separatedBy: ". ").first ?? text, at: block, headed: true)
            } else if mentionsNextMeeting(text), let sentence = text.components(separatedBy: ". ").first(where: mentionsNextMeeting) {
                check(sentence, at: block, headed: false)
            }
            headed = block.kind == .heading && mentionsNextMeeting(text)
        }
    }

    /// "Apologies: Cllr R. Ahmed" in notes whose `present:` lists Cllr R. Ahmed (or "Present: ..."
    /// naming one of `apologies:`): the page's attendance said one thing and the notes another.
    static func checkStatedAttendance(_ notes: MarkdownDocument, of meeting: Meeting, sink: DiagnosticSink) {
        guard !meeting.present.isEmpty || !meeting.apologies.isEmpty else { return }
        func person(_ name: String) -> String { Vocabulary.normal(String(name.prefix { $0 != "(" })) }
        // Only a block's first words are read, never the whole of every block: this runs at every build.
        // A label as a whole word: "Absent:", not "Absenteeism fell". `lowered`: the block's
        // opening, lower-cased once for every list of labels.
        func opens(_ lowered: String, with labels: [String]) -> Bool {
            labels.contains { label in
                lowered.hasPrefix(label) && !(lowered.dropFirst(label.count).first.map { $0.isLetter && label.last!.isLetter } ?? false)
            }
        }
        let apologyLabels = ["apologies", "ymddiheuriadau", "received apologies", "derbyniwyd ymddiheuriadau"]
        let presentLabels = [
            "present:", "present -", "present\u{2013}", "yn bresennol", "members present", "in attendance", "also present", "attendees:", "attending:",
        ]
        // "Absent:", "Not present:", "Absent without apologies:"; in Welsh "Yn absennol:".
        let absentLabels = ["absent", "not present", "yn absennol", "absennol", "ddim yn bresennol"]
        let presentHeadings = ["present", "yn bresennol", "members present", "in attendance", "also present", "attendees", "attending"]
        let apologiesFromThePresent = { (name: String) in "the notes record apologies from \(name), but the front matter lists them as present" }
        let absentThoughPresent = { (name: String) in "the notes record \(name) as absent, but the front matter lists them as present" }
        // A sentence about one of them opens with their name (or, in Welsh, "Cyflwynodd" or
        // "Anfonodd" before it): other blocks are passed over by their first byte.
        let initials = Set((meeting.present + meeting.apologies).compactMap { String($0.prefix { $0 != "(" }).trimmingWhitespace.utf8.first })
            .union([UInt8(ascii: "C"), UInt8(ascii: "A")])
        var headedBy: [String]? = nil
        for block in notes.root.children {
            // The block's first inline part: "Apologies:", "**Present:**", a heading's words.
            let opening = block.kind == .paragraph || block.kind == .heading ? block.firstChild?.plainText ?? "" : ""
            var lowered = opening.prefix(32).lowercased()
            if lowered.first?.isWhitespace == true || lowered.last?.isWhitespace == true { lowered = lowered.trimmingCharacters(in: .whitespaces) }
            let namesSomeone = block.kind == .paragraph && opening.utf8.first.map(initials.contains) == true
            let said: (list: [String], message: (String) -> String)?
            if block.kind == .heading {
                headedBy = opens(lowered, with: apologyLabels) ? apologyLabels
                    : opens(lowered, with: absentLabels) ? absentLabels
                    : opens(lowered, with: presentHeadings) ? presentLabels : nil
                continue
            } else if namesSomeone, let name = meeting.present.first(where: { sentApologies(opening, name: $0) }) {
                // "Cllr T. Hughes sent apologies." (not "... apologised for the late papers").
                said = ([name], apologiesFromThePresent)
            } else if namesSomeone, let name = meeting.present.first(where: { wasAway(opening, name: $0) }) {
                // "Cllr T. Hughes was absent", "... was unable to attend".
                said = ([name], absentThoughPresent)
            } else if namesSomeone, let name = meeting.apologies.first(where: { cameOrWent(opening, name: $0) }) {
                // "Cllr S. Morgan joined the meeting at 6.40pm.": there, for part of it at least.
                said = ([name], { "the notes record \($0) joining or leaving the meeting, but the front matter lists them as sending apologies" })
            } else if headedBy == apologyLabels || opens(lowered, with: apologyLabels) {
                said = (meeting.present, apologiesFromThePresent)
            } else if headedBy == absentLabels || opens(lowered, with: absentLabels) {
                said = (meeting.present, absentThoughPresent)
            } else if headedBy == presentLabels || opens(lowered, with: presentLabels) || labelSaysPresent(opening) {
                said = (meeting.apologies, { "the notes list \($0) as present, but the front matter lists them as sending apologies" })
            } else {
                said = nil
            }
            headedBy = nil
            guard let said else { continue }
            // A list's items apart: their words run together in the list's own text.
            let text = block.kind == .list ? block.children.map(\.plainText).joined(separator: ", ") : block.plainText
            let words = "-" + Vocabulary.normal(text) + "-"
            for name in said.list where words.contains("-" + person(name) + "-") {
                sink.error(
                    said.message(name), at: meeting.body.location(line: block.startLine, column: block.startColumn),
                    hint: "keep the attendance in one place, present: and apologies: in the front matter, and correct whichever is wrong")
            }
        }
    }

    /// Whether `text` opens with `name` and says they sent apologies: "Cllr T. Hughes sent
    /// apologies", "Cllr T. Hughes has sent his apologies", "Cllr T. Hughes gave apologies",
    /// "Cllr T. Hughes apologised for absence".
    static func sentApologies(_ text: String, name: String) -> Bool {
        // In Welsh the verb comes first: "Cyflwynodd Cllr T. Hughes ymddiheuriadau".
        for verb in ["Cyflwynodd ", "Anfonodd "] where text.hasPrefix(verb) {
            return wordsAfter(name, in: String(text.dropFirst(verb.count)), count: 2)?.contains("ymddiheuriadau") ?? false
        }
        guard let words = wordsAfter(name, in: text, count: 4) else { return false }
        // "Cllr T. Hughes apologised for absence", "... for her absence" (not "for the late papers").
        if ["apologised", "apologized"].contains(words.first ?? ""), words.dropFirst().first == "for",
            words.dropFirst(2).prefix(2).contains("absence")
        {
            return true
        }
        guard let verb = words.firstIndex(where: { ["sent", "gave", "tendered", "offered"].contains($0) }), verb <= 1 else { return false }
        return words[(verb + 1)...].prefix(2).contains("apologies")
    }

    /// The first `count` words after `name` (a role in brackets aside), lower-cased, when
    /// `text` opens with it: "Cllr T. Hughes sent apologies" gives ["sent", "apologies"].
    static func wordsAfter(_ name: String, in text: String, count: Int) -> [Substring]? {
        let person = String(name.prefix { $0 != "(" }).trimmingWhitespace
        guard !person.isEmpty, text.hasPrefix(person) else { return nil }
        return Array(text.dropFirst(person.count).prefix(48).lowercased().split(whereSeparator: { !$0.isLetter }).prefix(count))
    }

    /// Whether `text` opens with a label that lists who was there in the organisation's own
    /// words: "Officers present:", "Governors present:", "Officers in attendance:", "Members
    /// attending:", in Welsh "Hefyd yn bresennol:", "Swyddogion yn bresennol:" (not "Not present:",
    /// "Ddim yn bresennol:", nor "Attendance:", which may list apologies beside those there).
    static func labelSaysPresent(_ opening: String) -> Bool {
        guard opening.utf8.contains(UInt8(ascii: ":")), let colon = opening.prefix(48).firstIndex(of: ":") else { return false }
        let words = opening[..<colon].lowercased().split(whereSeparator: { !$0.isLetter })
        guard let last = words.last, words.count <= 5,
            !words.contains(where: { ["not", "absent", "apologies", "ddim", "absennol", "ymddiheuriadau"].contains($0) })
        else { return false }
        return ["present", "attending", "bresennol", "mynychu"].contains(last) || words.suffix(2) == ["in", "attendance"]
    }

    /// Whether `text` opens with `name` and says they were not there: "Cllr T. Hughes was absent",
    /// "... was not present", "... was unable to attend", "... did not attend" (not "... was
    /// absent from the vote on item 6", nor "... did not attend the site visit", there for the rest).
    static func wasAway(_ text: String, name: String) -> Bool {
        guard let words = wordsAfter(name, in: text, count: 7) else { return false }
        let said = words.joined(separator: " ")
        guard let phrase = ["was absent", "were absent", "was not present", "was unable to attend", "were unable to attend", "did not attend", "could not attend"]
            .first(where: { said == $0 || said.hasPrefix($0 + " ") })
        else { return false }
        // What follows must be the meeting, or why: not a part of it, nor another event.
        let after = words.dropFirst(phrase.split(separator: " ").count)
        guard let next = after.first else { return true }
        return ["due", "owing", "because", "through", "today", "tonight", "and"].contains(next)
            || (["the", "this", "today's", "tonight's"].contains(next) && after.dropFirst().first == "meeting")
            || next == "meeting"
    }

    /// Whether `text` opens with `name` and says they came to or left the meeting: "Cllr S.
    /// Morgan joined the meeting at 6.40pm", "Cllr S. Morgan left the meeting during item 7",
    /// "Cllr S. Morgan arrived at 6.50pm" (not "... left the council in May").
    static func cameOrWent(_ text: String, name: String) -> Bool {
        guard let words = wordsAfter(name, in: text, count: 5) else { return false }
        guard let verb = words.firstIndex(where: { ["joined", "left", "arrived", "rejoined", "entered"].contains($0) }), verb <= 1 else { return false }
        let after = words[(verb + 1)...].prefix(2)
        return words[verb] == "arrived" ? after.first.map { ["at", "late", "during"].contains($0) } ?? true : after.contains("meeting")
    }

    /// The words that say when the next meeting is: "14 November 2026" of "Date of next meeting:
    /// 14 November 2026" and "The next meeting will be held on Thursday 14 November" (not "by 30
    /// October" of "Items for the next meeting should reach the Clerk by 30 October").
    static func saidOfTheNextMeeting(_ sentence: String) -> String? {
        wordsOfTheNextMeeting(sentence).flatMap { dayFirst($0.words, from: $0.from) }
    }

    /// The sentence's words, and where those that say when the next meeting is begin (after
    /// "next meeting", "DONM", "cyfarfod nesaf"); nil when it does not speak of the next meeting.
    static func wordsOfTheNextMeeting(_ sentence: String) -> (words: [String], from: Int)? {
        let words = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let lowered = words.map { $0.lowercased() }
        // In Welsh, "Dyddiad y cyfarfod nesaf: 14 Tachwedd 2026".
        // "DONM: 14 November 2026", the date of next meeting.
        if let at = lowered.firstIndex(of: "donm") { return (words, at + 1) }
        guard let at = lowered.indices.dropLast().first(where: { (lowered[$0], lowered[$0 + 1]) == ("next", "meeting") || (lowered[$0], lowered[$0 + 1]) == ("cyfarfod", "nesaf") })
        else { return nil }
        // "The next meeting of the Committee is scheduled for 14 November": the group's own, named
        // by its kind alone (not "of the Audit Committee", another body's).
        var from = at + 2
        if lowered.indices.contains(from), lowered[from] == "of",
            let link = lowered[from...].prefix(4).firstIndex(where: { ["is", "will", "would", "shall", "takes"].contains($0) }),
            lowered[(from + 1)..<link].allSatisfy({ ["the", "this", "our", "group"].contains($0) || DeadlineWords.meetingBodies.contains($0) })
        {
            from = link
        }
        return (words, from)
    }

    /// The day of the week the words from `start` give with no day of the month after it: "will
    /// be held on Wednesday at 7pm" (not "on Wednesday 14 October", read as a day, nor "will
    /// consider Wednesday's report").
    static func weekdayAlone(_ words: [String], from start: Int) -> Int? {
        let lowered = words.map { $0.lowercased() }
        var at = start
        while at < lowered.count, linksToItsDay.contains(lowered[at]) { at += 1 }
        guard at < lowered.count, let weekday = DeadlineWords.weekdays[lowered[at]] else { return nil }
        let after = at + 1 < lowered.count ? lowered[at + 1] : ""
        guard after != "s", DeadlineWords.day(after) == nil, DeadlineWords.months[after] == nil else { return nil }
        return weekday
    }

    /// The words from the day they open with (after words such as "on" and a weekday), under a
    /// heading "Next meeting": "Thursday 12 November at 6pm", "The meeting will be held on 12 November".
    static func dayFirst(_ text: String) -> String? {
        dayFirst(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init), from: 0)
    }

    static func dayFirst(_ words: [String], from start: Int) -> String? {
        let lowered = words.map { $0.lowercased() }
        var at = start
        while at < lowered.count, linksToItsDay.contains(lowered[at]) || DeadlineWords.weekdays[lowered[at]] != nil
            || ActionText.welshWeekdays.contains(lowered[at])
        {
            at += 1
        }
        guard at < words.count, DeadlineWords.day(lowered[at]) != nil || DeadlineWords.months[lowered[at]] != nil else { return nil }
        // "14/11/2026", its marks split away: written again as the reader reads it.
        if at + 2 < words.count, words[at...].prefix(3).allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) {
            return words[at...].prefix(3).joined(separator: "/")
        }
        return words[at...].joined(separator: " ")
    }

    static let linksToItsDay: Set<String> = [
        "is", "will", "be", "was", "held", "on", "scheduled", "for", "takes", "take", "place", "date", "agreed", "as", "set", "the", "to",
        "meeting", "next", "it", "would", "shall",
        // In Welsh: "y cyfarfod nesaf fydd ar ddydd Iau 12 Tachwedd".
        "y", "yr", "yw", "fydd", "bydd", "ar", "dydd", "ddydd", "cynhelir", "cyfarfod", "nesaf",
    ]

    /// The day words give, with their year or in `year`: "14 November 2026", "Thursday 12 November".
    static func dayStated(_ text: String, year: Int, sink: DiagnosticSink) -> CivilDate? {
        if case .success(.due(let day, let rule)) = sink.deadlines.read(text), [.dateGiven, .dateGivenDayFirst].contains(rule) { return day }
        // With a year after it, the words were read above (or refused there): not guessed at here.
        guard let written = writtenDay(in: text, introducedOnly: false), written.year == nil else { return nil }
        return CivilDate(year: year, month: written.month, day: written.day)
    }

    /// "DRAFT minutes, subject to approval" heading notes with `status: agreed`: published as
    /// agreed (their follow-ups counted) while their own words said they were not.
    static func checkStatedDraft(_ text: String, at location: SourceLocation, of meeting: Meeting, sink: DiagnosticSink) {
        guard meeting.state == .agreed else { return }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        let padded = " \(words) "
        // "Draft budget 2026/27" is not about the notes, nor "the draft minutes of the last meeting".
        guard ["minutes", "notes", "meeting", "cofnodion", "nodiadau", "cyfarfod"].contains(where: { padded.contains(" \($0) ") }),
            !["last", "previous", "blaenorol", "diwethaf"].contains(where: { padded.contains(" \($0) ") }),
            let said = ["draft", "drafft", "unconfirmed", "unapproved", "not yet approved", "not yet agreed", "subject to approval", "to be approved", "i w cymeradwyo"]
            .first(where: { padded.contains(" \($0) ") })
        else { return }
        sink.error(
            "the notes say \"\(said)\", but their status: is agreed", at: location,
            hint: "if the meeting has agreed them, take \"\(said)\" out of these words; if not, write status: draft")
    }

    /// Every action of the notes (see `MarkdownDocument.meetingActions`) as a tracked item, and
    /// every near miss as an error. An action's id is its meeting's id and either the short id
    /// written with it (`ACTION [A3]:`, `Action 3:`) or its first words, so that adding,
    /// removing or correcting another action never changes it. Its owner is the one written in
    /// the marker, else the front matter's `actions:` entry, else read from "<owner> to <do
    /// something>".
    static func extractActions(
        _ scan: MeetingActionScan, of meeting: Meeting, overrides: [(ActionOverride, Fields)], sink: DiagnosticSink
    ) -> [MeetingAction] {
        for miss in scan.nearMisses {
            sink.error(miss.message, at: meeting.body.location(line: miss.node.startLine, column: miss.node.startColumn), hint: miss.hint)
        }
        var idsSeen: [ItemID: SourceLocation] = [:]
        var actions: [MeetingAction] = []
        for (index, paragraph) in scan.actions.enumerated() {
            let number = index + 1
            let location = meeting.body.location(line: paragraph.node.startLine, column: paragraph.node.startColumn)
            if let remark = RepeatedActions.onlyRemark(paragraph.text) {
                sink.error(
                    "the action's words say only how it stands (\"\(remark)\"), not what is to be done", at: location,
                    hint: "if it reports on an earlier action, take ACTION off it and add to the front matter follow_ups: [{action: <its id>, status: \(RepeatedActions.statusWord(remark))}]")
                continue
            }
            if let reason = ActionText.noWork(in: paragraph.text) {
                sink.error(
                    "the action \(reason)", at: location,
                    hint: "write what is to be done and who does it: ACTION (Clerk): Write to the Minister, or ACTION: The Clerk to write to the Minister; where nothing is to be done, leave ACTION out")
                continue
            }
            let suffix = paragraph.shortID.map { Slug.make($0) } ?? ActionWords.slug(paragraph.text)
            let id = "\(meeting.id)-\(suffix.isEmpty ? String(number) : suffix)"
            if let first = idsSeen[ItemID(id)] {
                sink.error(
                    paragraph.shortID == nil
                        ? "this action begins with the same words as the one on line \(first.line), so both would have the id \(id)"
                        : "the short id \"\(paragraph.shortID!)\" is given to two actions of this meeting (the other is on line \(first.line))",
                    at: location, hint: "give one of them a short id of its own: ACTION [\(suffix)-2]: ...")
                continue
            }
            idsSeen[ItemID(id)] = location
            let overrideEntry = overrides.first { $0.0.matches(number: number, shortID: paragraph.shortID, id: id) }
            let override = overrideEntry?.0
            // "ACTION: The Clerk to write to the Minister by 31 March 2026" (or "by Friday"), with no
            // deadline: the log would show it open and never overdue, beside words that say when.
            let inWords = ActionText.deadlineInWords(paragraph.text, sink: sink)
            if let inWords, overrideEntry?.1.given("deadline") == nil {
                sink.error(
                    inWords.withoutDeadline, at: location,
                    hint: "give its deadline in the front matter: actions: [{number: \(number), deadline: \(inWords.example(nextMeeting: meeting.nextMeeting?.date))}] (or Ongoing, or TBC)")
            } else if let deadline = override?.deadline, let problem = ActionText.dayBesideNone(
                deadline, withWords: inWords, subject: "the action's words give", words: "its words", at: location)
            {
                sink.append(problem)
            } else if let deadline = override?.deadline, let (said, due) = ActionText.disagreement(of: deadline, withWords: inWords, sink: sink) {
                // The words say one day and the deadline another: which did the meeting agree?
                sink.error(
                    "the action's words give \(said.long), but its deadline under actions: is \(due.long)", at: location,
                    hint: "correct the one the meeting did not agree; a deadline moved since is a revision (deadline: {text: ..., revised: [...]}); if the words' date is of something else, say which day counts: deadline: {text: ..., due: YYYY-MM-DD}")
            }
            // "Bring the figures to the next meeting", due a month and more after the next meeting
            // the notes give: at that meeting it was not yet due, though the words said it was.
            if case .counted(let phrase, true)? = inWords, ActionText.namesTheNextMeeting(phrase),
                let next = meeting.nextMeeting?.date, let due = override?.deadline?.reading.dueDate, due > next, let entry = overrideEntry?.1
            {
                sink.error(
                    "the action's words say \"\(phrase)\", the meeting of \(next.long), but its deadline under actions: is \(due.long)",
                    at: entry.location(ofKey: "deadline"),
                    hint: "give the next meeting's day as its deadline; if the action was given longer, say when in its words and its deadline (by \(due.long))")
            }
            // Agreed on 4 November 2025, due 31 March 2025: overdue the day it was raised, and most
            // often a slip of the year.
            if let due = override?.deadline?.reading.dueDate, due < meeting.date, let entry = overrideEntry?.1 {
                sink.error(
                    "the action's deadline, \(due.long), is before the meeting that agreed it (\(meeting.date.long))",
                    at: entry.location(ofKey: "deadline"), hint: "check the year of its deadline under actions:")
            }
            // `deadline: Done`: the log published the action as finished on the day it was raised,
            // though an action agreed at a meeting starts open, as its words' "– done" says.
            if case .complete? = override?.deadline?.reading, let entry = overrideEntry?.1 {
                sink.error(
                    "the action's deadline, \"\(override?.deadline?.text ?? "")\", says it was finished, but an action agreed at a meeting starts open",
                    at: entry.location(ofKey: "deadline"),
                    hint: "give the day it was due (or TBC); record that it was done in the follow_ups of the notes of the meeting that heard so")
            }
            // "ACTION (31 March 2026): ...", "ACTION (Clerk, by March 2026): ...": a deadline in the
            // brackets where the owner goes was published as the owner, and the action had no deadline.
            if let marker = paragraph.owner, ActionText.isDeadline(inBrackets: marker, sink: sink) {
                sink.error(
                    "the words in brackets after ACTION (\"\(marker)\") give a deadline, where an action's owner is written", at: location,
                    hint: "write only the owner in the brackets, and the deadline in the front matter: actions: [{number: \(number), deadline: <the deadline>}]")
                continue
            }
            // "ACTION (A9): ...": a number where the owner goes was published as the owner.
            if let marker = paragraph.owner, ActionText.looksLikeShortID(marker) {
                sink.error(
                    "the words in brackets after ACTION (\"\(marker)\") look like the action's number, where its owner is written", at: location,
                    hint: "write a number in square brackets and the owner in round ones: ACTION [\(marker)] (Clerk): ...")
                continue
            }
            // An owner in the marker and another under actions: which did the meeting name?
            if let marker = paragraph.owner, let listed = override?.owners, !listed.isEmpty, listed != [marker] {
                sink.error(
                    "the action names its owner as \(marker), but actions: gives \(listed.joined(separator: ", "))", at: location,
                    hint: "give the owner in one place: ACTION (\(marker)): ..., or owners under actions:")
            }
            var owners = paragraph.owner.map { [$0] } ?? override?.owners ?? []
            if owners.isEmpty, let inferred = ActionOwner.infer(from: paragraph.text) { owners = [inferred] }
            // "Provide the figures. Owner: Chief Constable.": read, unless another owner is given too.
            if let labelled = ActionOwner.labelled(in: paragraph.text) {
                if owners.isEmpty {
                    owners = [labelled.name]
                } else if !owners.contains(where: { $0.caseInsensitiveCompare(labelled.name) == .orderedSame }) {
                    sink.error(
                        "the action's words give its owner as \(labelled.name) (\"\(labelled.written)\"), but it is read as \(owners.joined(separator: ", "))",
                        at: location, hint: "give the owner the meeting agreed in one place: ACTION (\(labelled.name)): ..., and take the other out")
                }
            }
            // "CC to provide the figures; Clerk to circulate them": two people's work under one owner.
            if !owners.isEmpty, let other = ActionOwner.another(in: paragraph.text, besides: owners) {
                sink.error(
                    "the action gives work to \(other) as well as to its owner, \(owners.joined(separator: ", ")), but an action is tracked with one owner",
                    at: location, hint: "write one action for each: ACTION: \(owners[0]) to ...; then ACTION: \(other) to ...")
            }
            // (An owner under actions: is checked where it is read.)
            if let none = owners.first(where: OwnerNames.saysNone), override?.owners.contains(none) != true {
                sink.error(
                    "\"\(none)\" is given as the action's owner, but it says there is none", at: location,
                    hint: "write who is to do it: ACTION (Clerk): ..., or ACTION: The Clerk to ...; where no one is named yet, give it under actions: in the front matter, owners: [TBC]")
            }
            // "ACTION [Clerk]: ...": the owner, written where the short id goes.
            if owners.isEmpty, let shortID = paragraph.shortID, !shortID.contains(where: \.isNumber), shortID.filter(\.isLetter).count >= 3 {
                sink.error(
                    "the words in square brackets after ACTION (\"\(shortID)\") are read as the action's short id, and the action names no owner",
                    at: location, hint: "if they name its owner, write them in round brackets: ACTION (\(shortID)): ...; a short id is a number, or letters and a number: ACTION [A3]: ...")
                continue
            } else if owners.isEmpty {
                // "ACTION – Clerk: circulate the minutes": the owner before a colon, which is not read.
                let named = ActionText.nameBeforeColon(paragraph.text)
                sink.warning(
                    "the action names no owner", at: location,
                    hint: named.map { "if \($0.name) is its owner, write it in brackets: ACTION (\($0.name)): \($0.rest)" }
                        ?? "write it as ACTION: <owner> to <do something>, or ACTION (<owner>): ..., or give its owner under actions: in the front matter")
            }
            let item = TrackedItem(
                id: id, title: ShortTitle.make(paragraph.text), owners: owners, deadline: override?.deadline,
                opened: meeting.date, location: location)
            overrideEntry?.1.checkRevisions(of: item, since: "the meeting that agreed it")
            actions.append(MeetingAction(
                item: item, meetingID: meeting.id, number: number, section: paragraph.section, text: paragraph.text,
                bodyLine: paragraph.node.startLine))
        }
        for (override, entry) in overrides where !actions.contains(where: { override.matches(number: $0.number, shortID: nil, id: $0.id) }) {
            sink.error(
                "actions: names \(override.described), but the notes have no such action", at: entry.location,
                hint: "name an action by its id (its meeting's date and first words, or the short id written in [brackets]), or by its place in the notes from 1")
        }
        return actions
    }
}

/// What the front matter's `actions:` says about one action the words do not: its owners and
/// deadline, for the action named by `id` (its short id or whole id) or `number` (its place).
struct ActionOverride {
    var id: String?
    var number: Int?
    var owners: [String]
    var deadline: Deadline?

    func matches(number place: Int, shortID: String?, id whole: String) -> Bool {
        if let number { return number == place }
        guard let id = id?.lowercased() else { return false }
        return id == whole.lowercased() || whole.lowercased().hasSuffix("-" + Slug.make(id)) || id == shortID?.lowercased()
    }

    var described: String {
        id.map { "the action \"\($0)\"" } ?? "action \(number ?? 0)"
    }
}

/// The words an action's id is made from: its first four words that say something.
enum ActionWords {
    static let skipped: Set<String> = [
        "to", "the", "a", "an", "and", "of", "on", "for", "with", "in", "at", "by", "be", "is", "are", "it", "its", "whether",
        "that", "this", "from", "as", "or", "can", "will", "should", "would", "may", "could", "also", "all", "any", "how",
        "there", "what", "which", "who", "their", "they", "we", "our", "not", "has", "have", "been", "if", "into", "about",
    ]

    /// "Finance to consider whether it can publish data on arrears" -> "finance-consider-publish-data".
    static func slug(_ text: String, words count: Int = 4) -> String {
        let words = Slug.make(text).split(separator: "-").map(String.init).filter { !skipped.contains($0) }
        return words.prefix(count).joined(separator: "-")
    }

    /// How many of the words of two ids' word parts are shared, for "did you mean".
    static func overlap(_ a: String, _ b: String) -> Int {
        Set(a.split(separator: "-")).intersection(Set(b.split(separator: "-"))).count
    }
}

/// Checks what spans meeting files (groups that exist, one meeting per id) and applies each
/// agreed meeting's follow-ups to the earlier actions they report on.
enum MeetingLinker {
    /// Notes filed under one group whose title or first heading names another of the site's
    /// groups and not their own ("# Minutes of the Audit Committee" with `group: panel`): the page
    /// and the action log gave the meeting, and its actions, to the wrong group.
    static func checkNamedGroup(_ meetings: [Meeting], groups: [MeetingGroup], sink: DiagnosticSink) {
        func words(_ text: String) -> String { "-" + Vocabulary.normal(text) + "-" }
        let titles = groups.map { (id: $0.id, title: $0.title, words: words($0.title)) }
        for meeting in meetings {
            guard let own = titles.first(where: { $0.id == meeting.groupID }) else { continue }
            var said: [(text: String, location: SourceLocation)] = []
            if let title = meeting.title { said.append((title, meeting.location)) }
            // The notes' first heading, as their own title.
            // (Line by line from the start, never the whole of the notes: this runs at every build.)
            let body = meeting.body.text
            var start = body.startIndex, line = 1
            while start < body.endIndex, line <= 10 {
                let end = body[start...].firstIndex(of: "\n") ?? body.endIndex
                let trimmed = body[start..<end].trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty {
                    // Only a title ("# ..."): an agenda item's heading may name another group.
                    if trimmed.hasPrefix("# ") { said.append((String(trimmed.dropFirst(2)), meeting.body.location(line: line, column: 1))) }
                    break
                }
                start = end < body.endIndex ? body.index(after: end) : end
                line += 1
            }
            for (text, location) in said {
                let named = words(text)
                guard !named.contains(own.words), let other = titles.first(where: { $0.id != own.id && named.contains($0.words) }) else { continue }
                sink.error(
                    "the notes name \(other.title), but they are filed under the group \(own.title)", at: location,
                    hint: "if \(other.title) met, write group: \(other.id); if \(own.title) did, correct these words")
            }
        }
    }

    static func link(_ meetings: [Meeting], groups: [MeetingGroup], sink: DiagnosticSink, failed: FailedSources = FailedSources()) -> [Meeting] {
        var meetings = meetings.sorted { ($0.date, $0.id) < ($1.date, $1.id) }
        let groupIDs = groups.map(\.id)
        var firstByID: [String: String] = [:]
        for index in meetings.indices {
            let meeting = meetings[index]
            if meeting.groupID.isEmpty {
                if groups.count == 1 {
                    meetings[index].groupID = groups[0].id
                } else {
                    sink.error(
                        "the meeting does not say which group met", at: meeting.location,
                        hint: groups.isEmpty
                            ? "describe the group in groups/<id>.md, then add group: <id> here"
                            : "add group: with one of " + groupIDs.joined(separator: ", "))
                }
            } else if !groupIDs.contains(meeting.groupID) {
                sink.append(Diagnostic.error(
                    "the group \"\(meeting.groupID)\" is not described in groups/", at: meeting.location,
                    hint: NearestName.suggest(for: meeting.groupID, among: groupIDs).map { "did you mean \"\($0)\"?" }
                        ?? "add groups/\(meeting.groupID).md with the group's title and members").following(failed.group(meeting.groupID)))
            }
            if let first = firstByID[meeting.id.lowercased()] {
                sink.error(
                    "two meetings are dated \(meeting.date.long) with no slug to tell them apart", at: meeting.location,
                    hint: "the other is \(first); add slug: <word> (for example slug: board) to one of them")
            } else {
                firstByID[meeting.id.lowercased()] = meeting.location.file
            }
        }

        // The checks read the meetings as written and only report: they run beside the linking.
        let sorted = meetings
        return sink.both({ sink in
            if groups.count > 1 { checkNamedGroup(sorted, groups: groups, sink: sink) }
            RepeatedActions.check(sorted, sink: sink)
            UnrecordedFollowUps.check(sorted, sink: sink)
        }, { sink in linkFollowUps(sorted, sink: sink, failed: failed) }).1
    }

    /// Each follow-up added to the action it reports on, as an update of the day of its meeting.
    private static func linkFollowUps(_ meetings: [Meeting], sink: DiagnosticSink, failed: FailedSources) -> [Meeting] {
        var meetings = meetings
        // Actions of agreed meetings, by id, with where they are.
        var actionPlaces = [ItemID: (meeting: Int, action: Int)](minimumCapacity: meetings.reduce(0) { $0 + $1.actions.count })
        for (meetingIndex, meeting) in meetings.enumerated() where meeting.state == .agreed {
            for (actionIndex, action) in meeting.actions.enumerated() {
                actionPlaces[action.item.key] = (meetingIndex, actionIndex)
            }
        }
        // Only for the hint of a follow-up that names no action.
        lazy var knownIDs = actionPlaces.keys.map { $0.written.lowercased() }.sorted()
        for meeting in meetings {
            for followUp in meeting.followUps {
                guard let place = actionPlaces[ItemID(followUp.actionID)] else {
                    // When the meeting it names has an error of its own, the action may be one it could not read.
                    // When the meeting it names has an error of its own and no action of it is close in
                    // words, the action is probably one the notes could not read.
                    let hint = probableAction(followUp.actionID, meetings: meetings, knownIDs: knownIDs)
                    let named = meetings.first { followUp.actionID.lowercased().hasPrefix($0.id.lowercased() + "-") }
                    let cause = hint.hasPrefix("did you mean") ? nil : named.map(\.location.file).flatMap { failed.paths.contains($0) ? $0 : nil }
                    sink.append(Diagnostic.error(
                        "the follow-up names \"\(followUp.actionID)\", which is not an action of any agreed meeting",
                        at: followUp.location, hint: hint
                    ).following(cause))
                    continue
                }
                let raisedAt = meetings[place.meeting]
                guard raisedAt.date < meeting.date else {
                    sink.error(
                        "the follow-up names \"\(followUp.actionID)\", which was raised on \(raisedAt.date.long), not before this meeting",
                        at: followUp.location, hint: "a meeting can only follow up actions of earlier meetings")
                    continue
                }
                guard meeting.state == .agreed else { continue }
                let update = StatusUpdate(
                    date: meeting.date, status: followUp.status, note: followUp.note,
                    source: "the notes of the meeting of \(meeting.date.long)", location: followUp.location)
                // Two meetings of one day that report it differently: which held at the day's end?
                if let other = meetings[place.meeting].actions[place.action].item.updates.first(where: {
                    $0.date == update.date && $0.status != update.status
                }) {
                    if other.location.file == followUp.location.file {
                        sink.error(
                            "the follow-ups give \"\(followUp.actionID)\" two statuses (\(other.status.rawValue) on line \(other.location.line), \(update.status.rawValue) here)",
                            at: followUp.location, hint: "follow it up once, with the status it had at the end of the meeting")
                    } else {
                        sink.error(
                            "two meetings on \(meeting.date.long) give \"\(followUp.actionID)\" different statuses (\(other.status.rawValue) in \(other.location.file), \(update.status.rawValue) here)",
                            at: followUp.location, hint: "follow it up in one of the two meetings' notes")
                    }
                    continue
                }
                meetings[place.meeting].actions[place.action].item.updates.append(update)
                meetings[place.meeting].actions[place.action].item.updates.sort { $0.date < $1.date }
            }
        }
        return meetings
    }

    /// The action a follow-up that names no action probably meant, by its words: among the
    /// actions of the meeting its id names, the one sharing most words with it; else the nearest
    /// id. Never by position: an id that has stopped existing was made from other words.
    static func probableAction(_ written: String, meetings: [Meeting], knownIDs: [String]) -> String {
        let form = "an action's id is its meeting's id and its first words (2025-06-03-publish-repairs-data), or the short id written with it (ACTION [A3]: ... gives 2025-06-03-a3); each action's id is in the action log"
        let lowered = written.lowercased()
        if let meeting = meetings.filter({ $0.state == .agreed && lowered.hasPrefix($0.id.lowercased() + "-") }).max(by: { $0.id.count < $1.id.count }) {
            let words = String(lowered.dropFirst(meeting.id.count + 1))
            let scored = meeting.actions.map { action in
                (action, ActionWords.overlap(words, String(action.id.lowercased().dropFirst(meeting.id.count + 1))))
            }
            if let best = scored.filter({ $0.1 > 0 }).max(by: { $0.1 < $1.1 }) {
                return "did you mean \"\(best.0.id)\" (\"\(ShortTitle.make(best.0.text, limit: 60))\")? \(form)"
            }
            let listed = meeting.actions.prefix(6).map { "\($0.id) (\"\(ShortTitle.make($0.text, limit: 40))\")" }.joined(separator: "; ")
            return meeting.actions.isEmpty
                ? "the notes of \(meeting.date.long) have no actions; \(form)"
                : "the actions of the meeting of \(meeting.date.long) are: \(listed)\(meeting.actions.count > 6 ? "; ..." : ""). \(form)"
        }
        // "A1": a short id, which the notes of each meeting may give again. The latest first.
        let suffix = "-" + Slug.make(written)
        let sameShortID = meetings.reversed().filter { $0.state == .agreed }.flatMap { meeting in
            meeting.actions.filter { $0.id.count == meeting.id.count + suffix.count && $0.id.lowercased().hasSuffix(suffix) }
        }.prefix(3)
        if !sameShortID.isEmpty {
            let named = sameShortID.map { "\"\($0.id)\" (\"\(ShortTitle.make($0.text, limit: 40))\")" }.joined(separator: " or ")
            return "a short id names an action only with its meeting's date: did you mean \(named)? \(form)"
        }
        if let near = NearestName.suggest(for: lowered, among: knownIDs) { return "did you mean \"\(near)\"? \(form)" }
        return form
    }
}
