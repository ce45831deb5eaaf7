import Foundation

/// Which column of a table holds which field, found by the headers teams write ("Owner", "Lead",
/// "By when", "Latest position"...), with `--map "Header=field"` for the rest.
public struct ColumnMap: Sendable, Equatable {
    /// Field -> column index.
    public var columns: [String: Int]
    /// The header row's index in the table.
    public var headerRow: Int
    /// The headers as written, by column index.
    public var headers: [String]
    /// Columns with a header that names no field and that `--map` did not say to leave out.
    public var leftOut: [Int] = []

    /// Says which columns the import leaves out, so that none is dropped unseen; nil when none is.
    public func leftOutNote(of table: ImportedTable) -> String? {
        guard !leftOut.isEmpty else { return nil }
        let named = leftOut.map { "\"\(headers[$0])\" (column \(ImportFields.letters($0)))" }.joined(separator: ", ")
        let place = table.name.isEmpty ? "" : " of \(table.name)"
        return "Left out\(place): \(named), which Tally does not read; if one holds a field, name it with --map \"Header=field\" (or --map \"Header=ignore\" to leave it out without this note)"
    }

    public func value(_ field: String, in row: [String]) -> String? {
        guard let index = columns[field], index < row.count else { return nil }
        let text = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : text
    }

    public func header(_ field: String) -> String {
        columns[field].map { headers[$0] } ?? field
    }
}

/// The fields a kind of import takes, and the headers that name each.
public struct ImportFields: Sendable {
    public var kind: String
    /// Field -> the headers (normal form) that name it.
    public var synonyms: [String: [String]]
    /// Fields a table must have.
    public var required: [String]
    /// Headers that name one of two fields, and what each could be: never taken without `--map`.
    public var ambiguous: [String: String] = [:]

    public static let actions = ImportFields(
        kind: "actions",
        synonyms: [
            "id": ["id", "ref", "reference", "action ref", "item", "afi ref", "afi"],
            "number": ["number", "no", "ref no", "action no", "action number"],
            "title": [
                "title", "action", "actions", "action title", "what we will do", "description", "commitment", "deliverable", "activity",
                "area for improvement", "areas for improvement", "action required",
            ],
            "owners": ["owners", "owner", "lead", "leads", "responsible", "responsible officer", "accountable", "who", "lead officer", "action owner"],
            "deadline": ["deadline", "deadlines", "deadlines as published", "due", "due date", "by when", "timescale", "timescales", "target date", "target completion date", "planned completion date", "date due", "when", "by"],
            "status": ["status", "progress", "progress status", "current status", "delivery status"],
            "deadlines_due": ["deadlines due", "due dates"],
            "rag": ["rag", "rag status", "rating", "rag rating", "manual rag", "confidence"],
            "rag_reason": ["rag reason", "manual rag reason", "reason for rating"],
            "update": ["update", "updates", "commentary", "latest position", "comments", "progress update", "position", "latest update", "notes"],
            "theme": ["theme", "workstream", "priority", "objective", "area", "strand"],
            "theme_title": ["theme title", "workstream title", "theme name"],
            "status_date": ["status date", "date of update", "as at", "updated"],
            // The day the work was done: dropped, a finished action was dated complete on the import's day.
            "completed_date": [
                "date completed", "completed on", "completed date", "actual completion date", "actual completion", "date of completion",
                "date closed", "closed date", "closed on", "date done", "done on", "date achieved", "achieved on",
            ],
            "body": ["summary", "how we will deliver this", "how will we deliver this", "details", "detail", "delivery"],
            "carried_from": ["carried from"],
            "carried_from_how": ["carried from how"],
            "carried_from_note": ["carried from note"],
            "deadlines_revised_to": ["deadlines revised to", "revised deadline"],
            "deadlines_revised_on": ["deadlines revised on", "date revised"],
            "deadlines_revision_reason": ["deadlines revision reason", "reason for revision"],
            "plan": ["plan"],
            "plan_title": ["plan title"],
            "plan_published": ["plan published"],
            "plan_supersedes": ["plan supersedes"],
            // Tally's own export: the last update as written, beside the status computed from it.
            "last_report_status": ["last report status"],
            "last_report_date": ["last report date"],
            "last_report_note": ["last report note"],
            "milestones_total": ["milestones total"],
        ],
        required: ["title"],
        ambiguous: [
            "completion date": "the deadline (the day it is to be complete) or the day it was done",
        ])

    public static let recommendations = ImportFields(
        kind: "recommendations",
        synonyms: [
            "number": ["number", "no", "recommendation no", "recommendation number", "rec", "rec no", "ref", "id"],
            "recommendation": ["recommendation", "recommendations", "recommendation text"],
            "agreement": ["agreement", "agreed", "accepted", "agreed partly agreed not agreed", "response status", "decision"],
            "response": ["response", "action taken", "action planned", "management response", "our response"],
            "owners": ["owner", "owners", "lead", "responsible", "action owner"],
            "deadline": ["target date", "target dates", "deadline", "due", "by when", "timescale", "implementation date"],
            "addressed_to": ["addressed to", "to"],
            "reason": ["reason", "why"],
            "status": ["status", "implementation", "implementation status", "progress"],
            "update": ["update", "commentary", "latest position"],
        ],
        required: ["recommendation"])

    public static let series = ImportFields(
        kind: "series",
        synonyms: [
            "period": ["period", "date", "year", "quarter", "month", "financial year", "as at"],
            "value": ["value", "number", "count", "total", "figure"],
            "note": ["note", "notes", "comment"],
            "status": ["status"],
        ],
        required: ["period", "value"])

    /// Lower-case words only: "By when?" -> "by when".
    public static func normal(_ header: String) -> String {
        header.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Finds the header row (the first of the first 10 rows naming two fields or more) and each
    /// field's column; `mapped` (`Header=field` pairs) settles the rest. A problem names the place.
    public func map(_ table: ImportedTable, mapped: [String: String], file: String) -> Result<ColumnMap, ImportProblem> {
        let fields = Set(synonyms.keys)
        for (header, field) in mapped where field != "ignore" && !fields.contains(field) {
            return .failure(ImportProblem(
                file: file, table: table.name, message: "--map \"\(header)=\(field)\" names no field of \(kind)",
                hint: "the fields are: " + fields.sorted().joined(separator: ", ") + ", or ignore"))
        }
        let normalMapped = Dictionary(mapped.map { (ImportFields.normal($0.key), $0.value) }, uniquingKeysWith: { _, last in last })
        func fieldsOf(_ header: String) -> [String] {
            let normal = ImportFields.normal(header)
            if let field = normalMapped[normal] { return field == "ignore" ? [] : [field] }
            let found = synonyms.filter { $0.value.contains(normal) }.map(\.key).sorted()
            // "Update Nov 2026", "RAG Q2 2026/27": a status or commentary column with its time
            // (held to --date by `HeaderDate`). Not a series' columns, whose headers may be years.
            if found.isEmpty, kind != "series", let label = HeaderDate.label(of: header) {
                return synonyms.filter { $0.value.contains(label) }.map(\.key).sorted()
            }
            return found
        }
        guard let headerRow = table.rows.prefix(10).firstIndex(where: { row in row.filter { !fieldsOf($0).isEmpty }.count >= 2 }) else {
            let seen = table.rows.first.map { $0.filter { !$0.isEmpty }.prefix(6).map { "\"\($0)\"" }.joined(separator: ", ") } ?? "nothing"
            return .failure(ImportProblem(
                file: file, table: table.name, row: 1,
                message: "no header row names the columns of \(kind) (the first row has \(seen))",
                hint: "the table needs a row of headers such as " + required.map { "\"\($0.capitalized)\"" }.joined(separator: " and ")
                    + "; name other headers with --map \"Header=field\""))
        }
        let headers = table.rows[headerRow]
        for (index, header) in headers.enumerated() {
            let normal = ImportFields.normal(header)
            guard let senses = ambiguous[normal], normalMapped[normal] == nil else { continue }
            return .failure(ImportProblem(
                file: file, table: table.name, row: headerRow + 1, column: header,
                message: "the column \"\(header)\" (column \(ImportFields.letters(index))) could be \(senses)",
                hint: "say which with --map \"\(header)=deadline\", or --map \"\(header)=ignore\""))
        }
        let beyondHeaders = { (row: [String]) in row.indices.contains { $0 >= headers.count && !row[$0].trimmingWhitespace.isEmpty } }
        if table.isCSV, let row = table.rows.indices.dropFirst(headerRow + 1).first(where: { beyondHeaders(table.rows[$0]) }) {
            return .failure(ImportProblem(
                file: file, table: table.name, row: row + 1,
                message: "this row has \(table.rows[row].count) cells, but the header row names \(headers.count) columns",
                hint: "put a cell that holds a comma in quotes (\"5,7\", \"Smith, J\"), and write a number with a point before its decimals (5.7)"))
        }
        var columns: [String: Int] = [:]
        var claimants: [String: [Int]] = [:]
        for (index, header) in headers.enumerated() {
            for field in fieldsOf(header) { claimants[field, default: []].append(index) }
        }
        for (field, indexes) in claimants.sorted(by: { $0.key < $1.key }) {
            // A header given with --map, or named exactly as the field, settles it.
            let exact = indexes.filter { normalMapped[ImportFields.normal(headers[$0])] == field || ImportFields.normal(headers[$0]) == field.replacingOccurrences(of: "_", with: " ") }
            if indexes.count > 1, exact.count != 1 {
                let named = indexes.map { "\"\(headers[$0])\" (column \(ImportFields.letters($0)))" }.joined(separator: " and ")
                return .failure(ImportProblem(
                    file: file, table: table.name, row: headerRow + 1,
                    message: "two columns could be the \(field): \(named)",
                    hint: "say which with --map \"\(headers[indexes[0]])=\(field)\" and --map \"\(headers[indexes[1]])=ignore\""))
            }
            columns[field] = exact.first ?? indexes[0]
        }
        for field in required where columns[field] == nil {
            return .failure(ImportProblem(
                file: file, table: table.name, row: headerRow + 1,
                message: "no column holds the \(field) (the headers are: \(headers.filter { !$0.isEmpty }.map { "\"\($0)\"" }.joined(separator: ", ")))",
                hint: "name its column with --map \"Header=\(field)\""))
        }
        let used = Set(columns.values)
        let ignored = Set(normalMapped.filter { $0.value == "ignore" }.keys)
        let leftOut = headers.indices.filter { index in
            let normal = ImportFields.normal(headers[index])
            return !normal.isEmpty && !used.contains(index) && !ignored.contains(normal)
        }
        return .success(ColumnMap(columns: columns, headerRow: headerRow, headers: headers, leftOut: leftOut))
    }

    /// Column 0 -> "A", 27 -> "AB".
    static func letters(_ index: Int) -> String {
        var number = index + 1
        var result = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            result = String(UnicodeScalar(65 + remainder)!) + result
            number = (number - 1) / 26
        }
        return result
    }
}
