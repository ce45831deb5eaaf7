import Model

/// A status or commentary column whose header says when it was written ("Update Nov 2026",
/// "Position at 30 September 2026", "Q2 2026/27 RAG"). With no column of dates, its statuses and
/// notes are dated with `--date`: a day outside what the header names would date November's
/// commentary in September.
enum HeaderDate {
    /// The problem with the first such column whose period does not hold `date`; nil when there is none.
    static func problem(
        _ columns: ColumnMap, fields: [String], date: CivilDate?, deadlines: DeadlineConventions, table: ImportedTable, file: String
    ) -> ImportProblem? {
        guard let date, columns.columns["status_date"] == nil, columns.columns["last_report_date"] == nil else { return nil }
        for field in fields {
            guard let column = columns.columns[field] else { continue }
            let header = columns.headers[column]
            func problem(_ message: String, _ hint: String) -> ImportProblem {
                ImportProblem(file: file, table: table.name, row: columns.headerRow + 1, column: header, message: message, hint: hint)
            }
            guard let (words, from, to) = period(in: header, deadlines: deadlines) else {
                // Found by its date ("Update 04/05/2026"), which the site's way of writing dates cannot read as one.
                guard label(of: header) != nil else { continue }
                return problem(
                    "the column \"\(header)\" names a time that cannot be read as one period on this site, so --date cannot be checked against it",
                    "write the time in words in the header (Update May 2026), or --map \"\(header)=ignore\"")
            }
            guard !(from...to).contains(date) else { continue }
            return problem(
                "the column \"\(header)\" names \(words), but its \(field == "update" ? "commentary" : "statuses") would be dated \(date.long), the day --date gives",
                "give --date the day the tracker was up to date (a day of \(words)), or rename the column if it is not of that time")
        }
        return nil
    }

    /// The words of the header that name a time with its year, and the first and last day of it.
    static func period(in header: String, deadlines: DeadlineConventions) -> (words: String, from: CivilDate, to: CivilDate)? {
        let words = header.split(whereSeparator: { $0.isWhitespace || $0 == "-" || $0 == ":" || $0 == "(" || $0 == ")" })
            .filter { !labels.contains($0.lowercased()) }
            .joined(separator: " ")
        guard words.contains(where: \.isNumber), case .success(.due(let end, let rule)) = deadlines.read(words) else { return nil }
        return (words, rule.firstDay(endingOn: end), end)
    }

    /// The header without the time it names, as `ImportFields.normal` writes it: "update" of
    /// "Update Nov 2026", "position" of "Position at 30 September 2026"; nil when it names none.
    static func label(of header: String) -> String? {
        guard let (words, _, _) = period(in: header, deadlines: DeadlineConventions()) else { return nil }
        var label = ImportFields.normal(header).split(separator: " ").map(String.init)
        let date = Set(ImportFields.normal(words).split(separator: " ").map(String.init))
        label.removeAll { date.contains($0) }
        while let last = label.last, ["as", "at", "of", "for", "the"].contains(last) { label.removeLast() }
        return label.isEmpty ? nil : label.joined(separator: " ")
    }

    /// The words of such a header that are not its date.
    static let labels: Set<String> = [
        "update", "updates", "commentary", "comments", "status", "progress", "position", "latest", "rag", "as", "at", "of", "for",
        "the", "notes", "report", "rating",
    ]
}
