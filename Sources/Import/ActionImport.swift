import Foundation
import Markup
import Model

/// A file an import writes: a new file, or new text for a file that exists (a later version of a
/// tracker adds dated updates to the actions it changed).
public struct ImportedFile: Sendable, Equatable {
    /// Its path inside the content folder.
    public var path: String
    public var text: String
    /// True when the file exists and this text adds to it.
    public var updatesExisting: Bool
}

/// What an import would write, what it refused, and what it noticed.
public struct ImportResult: Sendable {
    public var files: [ImportedFile] = []
    public var problems: [ImportProblem] = []
    public var notes: [String] = []
}

/// The site an import writes into, as it is: its plans and actions, and its words.
public struct ImportTarget: Sendable {
    public var content: Content
    /// Every file of the content folder, by path, with its text.
    public var files: [String: String]

    public init(content: Content, files: [String: String]) {
        self.content = content
        self.files = files
    }
}

/// Turns the rows of an action plan's table (a Word table, a tracker spreadsheet, Tally's own
/// `plans/actions.csv`) into one file per action of the plan: a new action, or, for an action the
/// site has, a dated update when its status or commentary changed. Pure.
public enum ActionImport {
    public struct Options: Sendable {
        public var planID: String
        public var planTitle: String?
        /// The day the tracker's statuses and commentary were true (and a new plan published).
        public var date: CivilDate?
        /// The theme of rows whose table names none.
        public var theme: String?
        public var mapped: [String: String] = [:]

        public init(planID: String, planTitle: String? = nil, date: CivilDate? = nil, theme: String? = nil, mapped: [String: String] = [:]) {
            self.planID = planID
            self.planTitle = planTitle
            self.date = date
            self.theme = theme
            self.mapped = mapped
        }
    }

    struct Row {
        var table: ImportedTable
        var number: Int
        var cells: [String]
        var columns: ColumnMap
        var theme: ThemeFound?

        func value(_ field: String) -> String? { columns.value(field, in: cells) }
    }

    struct ThemeFound: Equatable {
        var id: String
        var title: String
        var leads: [String]
    }

    public static func plan(_ tables: [ImportedTable], file: String, into target: ImportTarget, options: Options) -> ImportResult {
        var result = ImportResult()
        var rows: [Row] = []
        var mappedTables = 0
        for table in tables {
            switch ImportFields.actions.map(table, mapped: options.mapped, file: file) {
            case .failure(let problem):
                // In a document of many tables, a table with no header of actions is not a table of actions.
                if tables.count == 1 { result.problems.append(problem) }
            case .success(let columns):
                mappedTables += 1
                if let note = columns.leftOutNote(of: table) { result.notes.append(note) }
                if let problem = HeaderDate.problem(
                    columns, fields: ["status", "update", "rag"], date: options.date, deadlines: target.content.site.deadlineConventions,
                    table: table, file: file)
                {
                    result.problems.append(problem)
                    continue
                }
                let theme = themeAbove(columns.headerRow, in: table)
                for index in (columns.headerRow + 1)..<table.rows.count {
                    let cells = table.rows[index]
                    guard cells.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { continue }
                    var row = Row(table: table, number: index + 1, cells: cells, columns: columns, theme: theme)
                    if let plan = row.value("plan"), plan != options.planID { continue }
                    if row.value("title") == nil, row.value("id") == nil, row.value("number") == nil { continue }
                    row.theme = theme
                    rows.append(row)
                }
            }
        }
        if mappedTables == 0, tables.count > 1 {
            result.problems.append(ImportProblem(
                file: file, message: "none of its \(tables.count) tables has a header row that names the columns of actions",
                hint: "the table needs headers such as \"Action\", \"Owner\" and \"Deadline\"; name others with --map \"Header=field\""))
        }
        guard result.problems.isEmpty else { return result }
        if rows.isEmpty {
            result.problems.append(ImportProblem(file: file, message: "the table has no rows of actions under its headers", hint: nil))
            return result
        }
        return build(rows, file: file, into: target, options: options, result: result)
    }

    /// "Workstream 2: Faster discharge from hospital" and "Lead: Chief Operating Officer"
    /// in the rows above a table's headers, as Word action plans write them.
    static func themeAbove(_ headerRow: Int, in table: ImportedTable) -> ThemeFound? {
        var found: ThemeFound?
        for cells in table.rows.prefix(headerRow) {
            let first = cells.first?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            let words = first.split(separator: " ", maxSplits: 1)
            if let label = words.first, ["workstream", "theme", "priority", "objective", "strand"].contains(label.lowercased()),
                let colon = first.firstIndex(of: ":")
            {
                let id = first[..<colon].split(separator: " ").dropFirst().joined(separator: " ")
                let title = first[first.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
                found = ThemeFound(id: id.isEmpty ? Slug.make(title) : id, title: title, leads: found?.leads ?? [])
            } else if ["lead", "leads", "owner", "owners"].contains(first.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ": "))) {
                // A lead's cell spanning the row is read once per column it covers.
                var leads: [String] = []
                for cell in cells.dropFirst() {
                    let lead = cell.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !lead.isEmpty, !leads.contains(lead) { leads.append(lead) }
                }
                found = ThemeFound(id: found?.id ?? "", title: found?.title ?? "", leads: leads)
            }
        }
        return found?.id.isEmpty == false ? found : nil
    }

    static func build(_ rows: [Row], file: String, into target: ImportTarget, options: Options, result start: ImportResult) -> ImportResult {
        var result = start
        let planID = options.planID
        let existingPlan = target.content.plan(planID)
        let vocabulary = target.content.site.vocabulary
        let dateConventions = target.content.site.deadlineConventions
        var themes: [ThemeFound] = existingPlan?.themes.map { ThemeFound(id: $0.id, title: $0.title, leads: $0.leads) } ?? []
        var numbersInTheme: [String: Int] = [:]
        var seenIDs: [String: Int] = [:]
        var planFiles: [ImportedFile] = []
        var actionFiles: [ImportedFile] = []

        func problem(_ row: Row, _ field: String?, _ message: String, _ hint: String? = nil) {
            result.problems.append(ImportProblem(
                file: file, table: row.table.name, row: row.number, column: field.map { row.columns.header($0) }, message: message, hint: hint))
        }

        /// The day a cell gives: `YYYY-MM-DD`, or one day written as a deadline may write it
        /// (`30/09/2025`, read day first; `30 September 2025`). Nil inside when the cell is empty;
        /// nil outside, with a problem at the cell, when it gives anything else: a day in the
        /// table is never passed over for `--date` or dropped.
        func day(_ row: Row, _ field: String, words: String? = nil) -> CivilDate?? {
            guard let words = words ?? row.value(field) else { return .some(nil) }
            if let date = CivilDate(iso: words) { return date }
            let reading = dateConventions.read(words)
            if case .success(.due(let date, let rule)) = reading, rule == .dateGiven || rule == .dateGivenDayFirst { return date }
            if case .failure(let refusal) = reading, let days = refusal.eitherDay {
                problem(
                    row, field, "\"\(words)\" could be \(days.dayFirst.long) or \(days.monthFirst.long)",
                    "write the day as YYYY-MM-DD (\(days.dayFirst.iso) or \(days.monthFirst.iso))")
            } else {
                problem(row, field, "\"\(words)\" is not one day", "write the day as YYYY-MM-DD (2025-09-30) or in words (30 September 2025)")
            }
            return nil
        }

        for row in rows {
            // The theme: its column, the table's own heading, or --theme.
            var theme: ThemeFound?
            if let written = row.value("theme") {
                theme = themes.first { $0.id.lowercased() == written.lowercased() || $0.title.lowercased() == written.lowercased() }
                if theme == nil {
                    if existingPlan != nil {
                        problem(row, "theme", "the plan \(planID) has no theme \"\(written)\"",
                            "its themes are: " + themes.map(\.id).joined(separator: ", ") + "; add the theme to plan.md first")
                        continue
                    }
                    let id = Slug.make(written).isEmpty ? written : (written.allSatisfy { $0.isNumber || $0 == "." } ? written : Slug.make(written))
                    theme = ThemeFound(id: id, title: row.value("theme_title") ?? written, leads: [])
                    themes.append(theme!)
                }
            } else if let above = row.theme {
                theme = themes.first { $0.id == above.id } ?? above
                if !themes.contains(where: { $0.id == above.id }) {
                    if existingPlan != nil {
                        problem(row, nil, "the plan \(planID) has no theme \"\(above.id)\" (\(above.title))", "add the theme to plan.md first")
                        continue
                    }
                    themes.append(above)
                }
            } else if let given = options.theme ?? themes.first?.id ?? (existingPlan == nil ? "main" : nil) {
                theme = themes.first { $0.id == given } ?? ThemeFound(id: given, title: given == "main" ? "Actions" : given, leads: [])
                if !themes.contains(where: { $0.id == given }) { themes.append(theme!) }
            }
            guard let theme else {
                problem(row, nil, "the row names no theme, and the plan has several", "add a Theme column, or give --theme")
                continue
            }

            // Its number and id.
            var number = row.value("number").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "() .")) }
            if let given = number, theme.id.allSatisfy({ $0.isNumber }), given.allSatisfy({ $0.isNumber }) { number = "\(theme.id).\(given)" }
            let count = (numbersInTheme[theme.id] ?? 0) + 1
            numbersInTheme[theme.id] = count
            var id = row.value("id") ?? number.map { "\(planID)-\($0)" } ?? "\(planID)-\(theme.id)-\(count)"
            id = id.replacingOccurrences(of: " ", with: "-")
            if let first = seenIDs[id.lowercased()] {
                problem(row, row.value("id") != nil ? "id" : "number", "the id \(id) is given to two rows (the other is row \(first))", "give each action its own reference")
                continue
            }
            seenIDs[id.lowercased()] = row.number

            let title = row.value("title")?.split(whereSeparator: \.isNewline).joined(separator: " ")
            let owners = row.value("owners").map(splitList) ?? []
            if let none = owners.first(where: OwnerNames.saysNone) {
                problem(row, "owners", "\"\(none)\" is given as an owner, but it says there is none", "write who owns it (TBC if no one does yet), or leave the cell empty for the theme's leads")
                continue
            }
            // Deadlines, with the day each was read as when the table gives it (Tally's own export does).
            var deadlines = row.value("deadline").map { $0.contains("; ") || $0.contains("\n") ? splitList($0) : [$0] } ?? []
            // Tally's export gives one entry per deadline (or per action carried from) in a cell,
            // empty where there is none, so that each lines up with its deadline.
            func cells(_ key: String, separator: String) -> [String] {
                row.value(key).map { $0.components(separatedBy: separator).map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
            }
            let dues = cells("deadlines_due", separator: ";")
            // And the revision in force for each deadline, so that it imports back.
            let revisedTo = cells("deadlines_revised_to", separator: ";")
            let revisedOn = cells("deadlines_revised_on", separator: ";")
            let revisionReasons = cells("deadlines_revision_reason", separator: "\n")
            var deadlineYAML: [String] = []
            for (index, words) in deadlines.enumerated() {
                guard let due = index < dues.count && !dues[index].isEmpty ? day(row, "deadlines_due", words: dues[index]) : .some(nil) else { continue }
                var revision = ""
                if index < revisedTo.count, !revisedTo[index].isEmpty {
                    guard index < revisedOn.count, !revisedOn[index].isEmpty else {
                        problem(row, "deadlines_revised_on", "the revised deadline \"\(revisedTo[index])\" has no day it was revised", "give the day in the column \(row.columns.header("deadlines_revised_on")), as YYYY-MM-DD")
                        continue
                    }
                    guard let revised = day(row, "deadlines_revised_on", words: revisedOn[index]), let date = revised else { continue }
                    let reason = index < revisionReasons.count ? revisionReasons[index] : ""
                    revision = ", revised: [{date: \(date.iso), deadline: \(YAMLText.quoted(revisedTo[index])), reason: \(YAMLText.quoted(reason))}]"
                }
                let reading = dateConventions.read(words)
                // The build refuses a day the words do not allow; so does the import, at its cell.
                if case .success(let read) = reading, let due, let conflict = read.conflict(withDue: due, words: words) {
                    problem(row, "deadlines_due", conflict, "if the deadline moved, give the revision's columns; otherwise correct the day or the words")
                    continue
                }
                switch reading {
                case .success(let reading) where (due == nil || reading.dueDate == due) && revision.isEmpty:
                    deadlineYAML.append(YAMLText.scalar(words))
                case .success(let reading) where due == nil || reading.dueDate == due:
                    deadlineYAML.append("{text: \(YAMLText.quoted(words))\(revision)}")
                case .failure(let reading) where due == nil:
                    problem(row, "deadline", reading.message, reading.hint)
                default:
                    deadlineYAML.append("{text: \(YAMLText.quoted(words)), due: \(due!.iso)\(revision)}")
                }
            }
            // Several deadlines are steps; so is one, in Tally's own export, when it counts it as a step.
            let isSteps = deadlines.count > 1 || (row.value("milestones_total").flatMap(Int.init) ?? 0) > 0
            let deadline = isSteps ? nil : deadlineYAML.first
            let milestones = isSteps ? deadlineYAML : []
            deadlines = []

            // Its status and commentary, dated.
            // Tally's own export gives the last update as written apart from the status computed from it
            // (carried over, dropped by a later plan), and only the written one is content.
            var update: (date: CivilDate, status: ItemStatus, note: String?)?
            let exported = row.columns.columns["last_report_status"] != nil
            let statusField = exported ? "last_report_status" : "status"
            let statusWords = row.value(statusField)
            let note = exported ? row.value("last_report_note") : row.value("update")
            guard let completedOn = day(row, "completed_date") else { continue }
            if let completedOn, statusWords == nil {
                problem(row, "completed_date", "the action is given as done on \(completedOn.long), but has no status", "add a Status column that says it is complete")
                continue
            }
            if let statusWords, !["not-reported", "not reported", "carried-over", "merged", "replaced"].contains(statusWords.lowercased()) {
                guard let given = day(row, exported ? "last_report_date" : "status_date") else { continue }
                // A finished action's status is dated the day it was done, not the day of the tracker.
                let date = completedOn ?? given ?? options.date
                switch (vocabulary.meaning(of: statusWords), DoubtMark.reason(in: statusWords)) {
                case (_, let doubt?):
                    problem(row, statusField, "\"\(statusWords)\" \(doubt), so it is not read as any status",
                        "write the status alone in the cell, and what qualifies it in the commentary")
                case (.status(let status)?, nil):
                    if let completedOn, status != .complete, status != .completeAndOngoing {
                        problem(
                            row, "completed_date", "the action is given as done on \(completedOn.long), but its status is \"\(statusWords)\"",
                            "correct whichever is wrong: the status, or the day it was done (leave it empty until it is)")
                    } else if let date {
                        update = (date, status, note)
                    } else {
                        problem(row, statusField, "the status \"\(statusWords)\" needs the day it was true", "give --date YYYY-MM-DD: the day the tracker was up to date")
                    }
                case (.rating?, nil):
                    problem(row, statusField, "\"\(statusWords)\" is a rating, not a status", "map the column to rag (--map \"\(row.columns.header(statusField))=rag\"), or give a status")
                case (.agreement?, nil), (nil, nil):
                    problem(row, statusField, "\"\(statusWords)\" is not a status Tally knows",
                        "use one of: " + ItemStatus.allCases.map(\.rawValue).joined(separator: ", ") + "; or map your word in site.yaml's vocabulary")
                }
            } else if note != nil, statusWords == nil {
                problem(row, "update", "the commentary has no status beside it", "add a Status column, so that each update says how far the action has got")
            }
            var rating: (RAG, String)?
            if let ragWords = row.value("rag") {
                guard case .rating(let rag)? = vocabulary.meaning(of: ragWords) else {
                    problem(row, "rag", "\"\(ragWords)\" is not a rating Tally knows", "use red, amber or green, or map your word in site.yaml's vocabulary")
                    continue
                }
                guard let reason = row.value("rag_reason") ?? note else {
                    problem(row, "rag", "a rating needs its reason", "add a column with the reason (or commentary), or leave the rating out with --map \"\(row.columns.header("rag"))=ignore\"")
                    continue
                }
                rating = (rag, reason)
            }
            guard let title else {
                problem(row, "title", "the action has no words", nil)
                continue
            }

            // An action the site has: add an update if its status or commentary changed.
            if let existing = target.content.allActions.first(where: { $0.id.lowercased() == id.lowercased() }) {
                guard let update else { continue }
                let last = existing.item.updates.last
                if last?.status == update.status, last?.note?.text == update.note { continue }
                guard let text = target.files[existing.sourcePath] else { continue }
                guard let added = UpdateAppender.append(update: (update.date, update.status.rawValue, update.note), to: text) else {
                    problem(row, nil, "the update for \(id) could not be added to \(existing.sourcePath)", "add it by hand under updates:")
                    continue
                }
                actionFiles.append(ImportedFile(path: existing.sourcePath, text: added, updatesExisting: true))
                result.notes.append("\(id): \(update.status.rawValue) from \(update.date.iso)" + (last.map { " (was \($0.status.rawValue))" } ?? ""))
                continue
            }

            var lines = ["---", "id: \(YAMLText.scalar(id))"]
            if let number { lines.append("number: \(YAMLText.scalar(number))") }
            lines.append("title: \(YAMLText.scalar(title))")
            lines.append("theme: \(YAMLText.scalar(theme.id))")
            if !owners.isEmpty { lines.append("owners: \(YAMLText.list(owners))") }
            if let deadline { lines.append("deadline: \(deadline)") }
            if !milestones.isEmpty {
                lines.append("milestones:")
                for written in milestones { lines.append("  - deadline: \(written)") }
            }
            if let carried = row.value("carried_from") {
                let ids = splitList(carried)
                var hows = row.value("carried_from_how").map(splitList) ?? []
                let notes = cells("carried_from_note", separator: "\n")
                let noted = notes.count == ids.count && notes.contains { !$0.isEmpty }
                if noted, hows.count != ids.count { hows = Array(repeating: "carried-over", count: ids.count) }
                if hows.count == ids.count, noted || hows.contains(where: { $0 != "carried-over" }) {
                    lines.append("carried_from:")
                    for (index, (id, how)) in zip(ids, hows).enumerated() {
                        let note = noted ? notes[index] : ""
                        lines.append("  - {id: \(YAMLText.quoted(id)), how: \(how)\(note.isEmpty ? "" : ", note: \(YAMLText.quoted(note))")}")
                    }
                } else {
                    lines.append("carried_from: \(ids.count == 1 ? YAMLText.scalar(ids[0]) : YAMLText.list(ids))")
                }
            }
            if let (rag, reason) = rating {
                lines.append("rag: \(rag.rawValue)")
                lines.append("rag_reason: \(YAMLText.scalar(reason))")
            }
            if let update {
                lines.append("updates:")
                lines.append("  - date: \(update.date.iso)")
                lines.append("    status: \(update.status.rawValue)")
                if let note = update.note { lines.append("    note: \(YAMLText.scalar(note))") }
                lines.append("    source: \(YAMLText.scalar("Imported from \((file as NSString).lastPathComponent)"))")
            }
            lines.append("---")
            let body = row.value("body") ?? ""
            let words = Slug.make(title).split(separator: "-").prefix(5).joined(separator: "-")
            let name = "\(Slug.make(theme.id).isEmpty ? "action" : Slug.make(theme.id))-\(Slug.make(number ?? String(count)))-\(words).md"
            actionFiles.append(ImportedFile(path: "plans/\(planID)/\(name)", text: lines.joined(separator: "\n") + "\n" + body + (body.isEmpty ? "" : "\n"), updatesExisting: false))
        }

        if existingPlan == nil, result.problems.isEmpty {
            // Tally's own export says each row's plan; a tracker needs --date and --plan-title.
            let planRow = rows.first
            guard let published = options.date ?? planRow?.value("plan_published").flatMap(CivilDate.init(iso:)) else {
                result.problems.append(ImportProblem(
                    file: file, message: "the plan \(planID) is new, so it needs the day it was published",
                    hint: "give --date YYYY-MM-DD (and --plan-title with its name)"))
                return result
            }
            let title = options.planTitle ?? planRow?.value("plan_title") ?? "Plan \(planID)"
            var lines = ["---", "title: \(YAMLText.scalar(title))", "published: \(published.iso)"]
            if let earlier = planRow?.value("plan_supersedes") { lines.append("supersedes: \(YAMLText.scalar(earlier))") }
            lines.append("themes:")
            for theme in themes {
                lines.append("  - id: \(YAMLText.scalar(theme.id))")
                lines.append("    title: \(YAMLText.scalar(theme.title))")
                if !theme.leads.isEmpty { lines.append("    leads: \(YAMLText.list(theme.leads))") }
            }
            lines += ["---", "Imported from \((file as NSString).lastPathComponent).", ""]
            planFiles.append(ImportedFile(path: "plans/\(planID)/plan.md", text: lines.joined(separator: "\n"), updatesExisting: false))
        }
        // One problem anywhere and nothing is written: half a plan is worse than none.
        result.files = result.problems.isEmpty ? planFiles + actionFiles : []
        return result
    }

    /// "A; B", "A, B and C", or one per line.
    static func splitList(_ text: String) -> [String] {
        let separators: [String] = text.contains("\n") ? ["\n"] : text.contains(";") ? [";"] : []
        guard let separator = separators.first else { return [text.trimmingCharacters(in: .whitespacesAndNewlines)] }
        return text.components(separatedBy: separator)
            .map { $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "•·-"))) }
            .filter { !$0.isEmpty }
    }
}
