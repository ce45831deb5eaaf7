import Diagnostics
/// A table read from a file a team already has: a CSV file, a sheet of a spreadsheet, or a
/// table in a Word document. Cells are text as the reader sees it; a merged cell's text is in
/// every cell it covers, and a cell of several lines keeps its line breaks.
public struct ImportedTable: Sendable, Equatable {
    /// How the table is named in messages: `table 3`, `sheet "Tracker"`, or "" for a CSV file.
    public var name: String
    public var rows: [[String]]
    /// Read from a CSV file, whose cells are split at commas: a row longer than its header row
    /// is then a comma that was not in quotes (5,7 for 5.7), never a cell to leave out.
    public var isCSV: Bool

    public init(name: String, rows: [[String]], isCSV: Bool = false) {
        self.name = name
        self.rows = rows
        self.isCSV = isCSV
    }
}

/// A problem with a file or a cell being imported, at its place:
/// `plan.docx: table 3, row 14, column "Deadline": ...`.
public struct ImportProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var table: String
    public var row: Int?
    public var column: String?
    public var message: String
    public var hint: String?

    public init(file: String, table: String = "", row: Int? = nil, column: String? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.table = table
        self.row = row
        self.column = column
        self.message = message
        self.hint = hint
    }

    /// `plan.docx: table 3, row 14, column "Deadline"`.
    public var place: String {
        var parts: [String] = []
        if !table.isEmpty { parts.append(table) }
        if let row { parts.append("row \(row)") }
        if let column { parts.append("column \"\(column)\"") }
        return parts.isEmpty ? file : "\(file): " + parts.joined(separator: ", ")
    }

    public var description: String {
        "\(place): error: \(message)" + (hint.map(Diagnostic.hintLines) ?? "")
    }
}
