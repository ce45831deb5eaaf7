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
        var entries: [Entry] = []
        for table in tables {
            guard case .success(let columns) = ImportFields.recommendations.map(table, mapped: options.mapped, file: file) else {
                if tables.count == 1, case .failure(let problem) = ImportFields.recommendations.map(table, mapped: options.mapped, file: file) {
                    result.problems.append(problem)
                }
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
                if let deadline = step.deadline, case .failure(let reading) = DeadlineReader.read(deadline) {
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

/// Turns a table of periods and values into a series: `data/<id>.csv` and its metadata. Pure.
public enum SeriesImport {
    public struct Options: Sendable {
        public var seriesID: String
        public var title: String?
        public var unit: String
        public var period: String?
        public var mapped: [String: String] = [:]

        public init(seriesID: String, title: String?, unit: String, period: String?, mapped: [String: String] = [:]) {
            self.seriesID = seriesID
            self.title = title
            self.unit = unit
            self.period = period
            self.mapped = mapped
        }
    }

    public static func plan(_ tables: [ImportedTable], file: String, into target: ImportTarget, options: Options) -> ImportResult {
        var result = ImportResult()
        guard let table = tables.first else {
            result.problems.append(ImportProblem(file: file, message: "the file has no table", hint: nil))
            return result
        }
        let columns: ColumnMap
        switch ImportFields.series.map(table, mapped: options.mapped, file: file) {
        case .failure(let problem):
            result.problems.append(problem)
            return result
        case .success(let found): columns = found
        }
        guard let kind = options.period ?? guessPeriodKind(table, columns: columns) else {
            result.problems.append(ImportProblem(
                file: file, table: table.name, row: columns.headerRow + 2, column: columns.header("period"),
                message: "the periods do not say what kind they are", hint: "give --period date, month, quarter, calendar-year or financial-year"))
            return result
        }
        var csv = ["period,value,note,status"]
        for index in (columns.headerRow + 1)..<table.rows.count {
            let cells = table.rows[index]
            guard let period = columns.value("period", in: cells) else { continue }
            let value = (columns.value("value", in: cells) ?? "").replacingOccurrences(of: ",", with: "")
            if !value.isEmpty, Double(value) == nil {
                result.problems.append(ImportProblem(
                    file: file, table: table.name, row: index + 1, column: columns.header("value"),
                    message: "\"\(value)\" is not a number", hint: "leave a missing value empty: it is a gap, never zero"))
            }
            func quoted(_ text: String?) -> String {
                guard let text, !text.isEmpty else { return "" }
                return text.contains(",") || text.contains("\"") ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
            }
            csv.append([quoted(period), value, quoted(columns.value("note", in: cells)), quoted(columns.value("status", in: cells))].joined(separator: ","))
        }
        let path = "data/\(options.seriesID).csv"
        if target.files[path] != nil {
            result.problems.append(ImportProblem(file: file, message: "Content/\(path) already exists", hint: "import it under another --id, or edit the file"))
        }
        guard result.problems.isEmpty else { return result }
        result.files.append(ImportedFile(path: path, text: csv.joined(separator: "\n") + "\n", updatesExisting: false))
        result.files.append(ImportedFile(path: "data/\(options.seriesID).yaml", text: """
            title: \(YAMLText.scalar(options.title ?? options.seriesID))
            unit: \(YAMLText.scalar(options.unit))
            period: \(kind)
            source:
              title: \(YAMLText.scalar((file as NSString).lastPathComponent))

            """, updatesExisting: false))
        return result
    }

    /// A kind of period every period of the table is written as; nil when it is not clear.
    static func guessPeriodKind(_ table: ImportedTable, columns: ColumnMap) -> String? {
        let periods = ((columns.headerRow + 1)..<table.rows.count).compactMap { columns.value("period", in: table.rows[$0]) }
        for kind in PeriodKind.allCases where !periods.isEmpty && periods.allSatisfy({ Period.parse($0, as: kind) != nil }) {
            return kind.rawValue
        }
        return nil
    }
}
