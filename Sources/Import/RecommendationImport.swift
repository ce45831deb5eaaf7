import Foundation
import Markup
import Model

/// Turns the rows of a response's table (No., Recommendation, Agreed, Response, Owner, Target
/// date) into one file per recommendation; rows that repeat a number add steps to it, as
/// responses list an owner and a date per step. Pure.
public enum RecommendationImport {
    public struct Options: Sendable {
        public var responseID: String
        public var reportTitle: String?
        /// The day the response was submitted, for a new response.
        public var date: CivilDate?
        public var mapped: [String: String] = [:]

        public init(responseID: String, reportTitle: String? = nil, date: CivilDate? = nil, mapped: [String: String] = [:]) {
            self.responseID = responseID
            self.reportTitle = reportTitle
            self.date = date
            self.mapped = mapped
        }
    }

    struct Entry {
        var number: String
        var row: Int
        var table: String
        var recommendation: String
        var agreement: Agreement?
        var addressedTo: String?
        var reason: String?
        var response: String?
        var steps: [(owner: String?, deadline: String?)]
    }

    public static func plan(_ tables: [ImportedTable], file: String, into target: ImportTarget, options: Options) -> ImportResult {
        var result = ImportResult()
        let vocabulary = target.content.site.vocabulary
        let dateConventions = target.content.site.deadlineConventions
        var entries: [Entry] = []
        for table in tables {
            guard case .success(let columns) = ImportFields.recommendations.map(table, mapped: options.mapped, file: file) else {
                if tables.count == 1, case .failure(let problem) = ImportFields.recommendations.map(table, mapped: options.mapped, file: file) {
                    result.problems.append(problem)
                }
                continue
            }
            if let note = columns.leftOutNote(of: table) { result.notes.append(note) }
            if let problem = HeaderDate.problem(
                columns, fields: ["status", "update"], date: options.date, deadlines: dateConventions, table: table, file: file)
            {
                result.problems.append(problem)
                continue
            }
            for index in (columns.headerRow + 1)..<table.rows.count {
                let cells = table.rows[index]
                func value(_ field: String) -> String? { columns.value(field, in: cells) }
                func problem(_ field: String?, _ message: String, _ hint: String?) {
                    result.problems.append(ImportProblem(
                        file: file, table: table.name, row: index + 1, column: field.map { columns.header($0) }, message: message, hint: hint))
                }
                guard cells.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else { continue }
                let number = value("number") ?? String(entries.count + 1)
                let step = (owner: value("owners"), deadline: value("deadline"))
                if let deadline = step.deadline, case .failure(let reading) = dateConventions.read(deadline) {
                    problem("deadline", reading.message, reading.hint)
                }
                if (step.owner == nil) != (step.deadline == nil) {
                    problem(step.owner == nil ? "owners" : "deadline", "a step needs both an owner and a target date", "fill in the other, or leave both empty")
                }
                // A row with the number of the recommendation above it (or none) adds a step to it.
                if let last = entries.last, value("recommendation") == nil || last.number == number {
                    if step.owner != nil || step.deadline != nil { entries[entries.count - 1].steps.append(step) }
                    continue
                }
                guard let text = value("recommendation") else {
                    problem("recommendation", "the row has no recommendation", nil)
                    continue
                }
                var agreement: Agreement?
                if let words = value("agreement") {
                    switch vocabulary.meaning(of: words) {
                    case .agreement(let read)?: agreement = read
                    default:
                        problem("agreement", "\"\(words)\" is not an agreement Tally knows",
                            "use agreed, partly-agreed or not-agreed, or the words UK government replies use; or map your word in site.yaml's vocabulary")
                    }
                } else {
                    problem("agreement", "the recommendation does not say whether it was agreed", "add an Agreement column, or --map the column that says so")
                }
                if agreement != nil, agreement != .agreed, value("reason") == nil, value("response") == nil {
                    problem("agreement", "a recommendation that is not fully agreed needs a reason", "add a Reason or Response column")
                }
                entries.append(Entry(
                    number: number, row: index + 1, table: table.name, recommendation: text, agreement: agreement,
                    addressedTo: value("addressed_to"), reason: value("reason") ?? (agreement != .agreed ? value("response") : nil),
                    response: value("response"), steps: step.owner == nil && step.deadline == nil ? [] : [step]))
            }
        }
        if entries.isEmpty, result.problems.isEmpty {
            result.problems.append(ImportProblem(file: file, message: "no table of recommendations was found", hint: "the table needs headers such as \"Recommendation\" and \"Agreed\""))
        }
        guard result.problems.isEmpty else { return result }

        let existing = target.content.response(options.responseID)
        if existing == nil {
            guard let date = options.date, let title = options.reportTitle else {
                result.problems.append(ImportProblem(
                    file: file, message: "the response \(options.responseID) is new, so it needs the report's title and the day it was submitted",
                    hint: "give --report-title \"...\" and --date YYYY-MM-DD"))
                return result
            }
            result.files.append(ImportedFile(path: "responses/\(options.responseID)/response.md", text: """
                ---
                title: \(YAMLText.scalar("Response to \(title)"))
                submitted: \(date.iso)
                report:
                  title: \(YAMLText.scalar(title))
                ---
                Imported from \((file as NSString).lastPathComponent).

                """, updatesExisting: false))
        }
        for entry in entries {
            if existing?.recommendations.contains(where: { $0.number.lowercased() == entry.number.lowercased() }) == true {
                result.notes.append("recommendation \(entry.number) is already in the site: left as it is")
                continue
            }
            var lines = ["---", "number: \(YAMLText.scalar(entry.number))", "recommendation: \(YAMLText.scalar(entry.recommendation))"]
            if let addressed = entry.addressedTo { lines.append("addressed_to: \(YAMLText.scalar(addressed))") }
            lines.append("agreement: \(entry.agreement?.rawValue ?? "agreed")")
            if let reason = entry.reason, entry.agreement != .agreed { lines.append("reason: \(YAMLText.scalar(reason))") }
            if !entry.steps.isEmpty {
                lines.append("steps:")
                for step in entry.steps {
                    lines.append("  - owner: \(YAMLText.scalar(step.owner ?? ""))")
                    lines.append("    deadline: \(YAMLText.scalar(step.deadline ?? ""))")
                }
            }
            lines.append("---")
            let name = "\(Slug.make(entry.number))-" + Slug.make(entry.recommendation).split(separator: "-").prefix(5).joined(separator: "-") + ".md"
            result.files.append(ImportedFile(
                path: "responses/\(options.responseID)/\(name)",
                text: lines.joined(separator: "\n") + "\n" + (entry.response.map { $0 + "\n" } ?? ""), updatesExisting: false))
        }
        return result
    }
}
