import Foundation
import Markup
import Model

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
        if let note = columns.leftOutNote(of: table) { result.notes.append(note) }
        guard let kind = options.period ?? guessPeriodKind(table, columns: columns) else {
            result.problems.append(ImportProblem(
                file: file, table: table.name, row: columns.headerRow + 2, column: columns.header("period"),
                message: "the periods do not say what kind they are",
                hint: "write every period one way: 2024-06-30, 2024-06, 2024-Q2, 2024 or 2024/25; or give --period date, month, quarter, calendar-year or financial-year"))
            return result
        }
        var csv = ["period,value,note,status"]
        for index in (columns.headerRow + 1)..<table.rows.count {
            let cells = table.rows[index]
            guard let period = columns.value("period", in: cells) else { continue }
            // Thousands written 38,100 or 38 100 (a space, a no-break or a thin space), read as the
            // series' own file reads them: `1,5` is a decimal comma, not fifteen, and is refused.
            let raw = columns.value("value", in: cells) ?? ""
            let written = String(raw.map { "\u{20}\u{A0}\u{202F}".contains($0) ? "," : $0 })
            let value = written.filter { $0 != "," }
            if !written.isEmpty, SeriesReader.parseNumber(written) == nil {
                result.problems.append(ImportProblem(
                    file: file, table: table.name, row: index + 1, column: columns.header("value"),
                    message: "\"\(raw)\" is not a number",
                    hint: "write it with digits (38100, 38,100 or 45%), a point before any decimals; leave a missing value empty: it is a gap, never zero"))
            } else if let problem = SeriesReader.percentProblem(written, unit: ValueUnit(name: options.unit), fix: "give --unit percent")
                ?? SeriesReader.decimalCommaProblem(raw, decimalComma: target.content.site.deadlineConventions.decimalComma)
            {
                result.problems.append(ImportProblem(
                    file: file, table: table.name, row: index + 1, column: columns.header("value"), message: problem.message, hint: problem.hint))
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
