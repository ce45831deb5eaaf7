import Foundation
import ZIPFoundation

/// The sheets of an Excel workbook (`.xlsx`): cells by their reference (`B3`), shared and inline
/// strings, numbers, dates (numbers in a date format) written as `YYYY-MM-DD` (or `YYYY-MM` where
/// the sheet shows a month), percentages as the sheet shows them; a merged range
/// repeats its first cell's text in every cell it covers.
enum SpreadsheetML {
    static func read(_ archive: Archive, fileName: String) throws(ImportProblem) -> [ImportedTable] {
        guard let workbookData = TableReader.entry("xl/workbook.xml", in: archive), let workbook = XMLTree.parse(workbookData) else {
            throw ImportProblem(file: fileName, message: "this is not an Excel workbook Tally can read", hint: "open it and save it as .xlsx")
        }
        let strings = sharedStrings(archive)
        let styles = shownStyles(archive)
        // A workbook saved in the 1904 date system (older Excel for Mac) counts days from 1904:
        // read as 1900's, every date would come out four years and a day early.
        let date1904 = ["1", "true"].contains(workbook.descendants("workbookPr").first?.attributes["date1904"]?.lowercased() ?? "")
        let relations = TableReader.entry("xl/_rels/workbook.xml.rels", in: archive).flatMap(XMLTree.parse)
        var targets: [String: String] = [:]
        for relation in relations?.descendants("Relationship") ?? [] {
            if let id = relation.attributes["Id"], let target = relation.attributes["Target"] { targets[id] = target }
        }
        var tables: [ImportedTable] = []
        for sheet in workbook.descendants("sheet") {
            let name = sheet.attributes["name"] ?? "sheet \(tables.count + 1)"
            guard let id = sheet.attributes["r:id"], let target = targets[id] else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let data = TableReader.entry(path, in: archive), let root = XMLTree.parse(data) else {
                throw ImportProblem(file: fileName, table: "sheet \"\(name)\"", message: "the sheet cannot be read", hint: "open the file and save it again")
            }
            tables.append(ImportedTable(name: "sheet \"\(name)\"", rows: rows(of: root, strings: strings, styles: styles, date1904: date1904)))
        }
        return tables
    }

    static func sharedStrings(_ archive: Archive) -> [String] {
        guard let data = TableReader.entry("xl/sharedStrings.xml", in: archive), let root = XMLTree.parse(data) else { return [] }
        return root.children("si").map { item in item.descendants("t").map(\.text).joined() }
    }

    /// What a cell's number format shows its number as, where that is not the number itself.
    enum Shown {
        /// A day: the number is Excel's day count.
        case date
        /// A month (`Mar-24`, `March 2024`): a day count shown as its month, read as `2024-03`.
        case month
        /// A year (`yyyy`): a day count shown as its year.
        case year
        /// A percentage: 0.45 is shown, and meant, as 45%.
        case percent

        /// What a format code's own letters (quoted text and bracketed parts taken off) show.
        init?(letters: String) {
            if letters.contains("d") {
                self = .date
            } else if letters.contains("yy") {
                self = letters.contains("m") ? .month : .year
            } else if letters.contains("%") {
                self = .percent
            } else {
                return nil
            }
        }
    }

    /// The indexes of cell styles whose number format shows a date or a percentage.
    static func shownStyles(_ archive: Archive) -> [Int: Shown] {
        guard let data = TableReader.entry("xl/styles.xml", in: archive), let root = XMLTree.parse(data) else { return [:] }
        var formats: [Int: Shown] = [:]
        // Excel's built-in formats: days (14 to 16, 22), a month (17, mmm-yy), percentages. The
        // built-in times (18 to 21, 45 to 47) are not days and are left as numbers.
        for id in [14, 15, 16, 22] { formats[id] = .date }
        formats[17] = .month
        for id in [9, 10] { formats[id] = .percent }
        for format in root.descendants("numFmt") {
            guard let id = format.attributes["numFmtId"].flatMap(Int.init), let code = format.attributes["formatCode"]?.lowercased() else { continue }
            // Quoted text, escaped characters and bracketed parts (a colour such as [Red], a
            // locale) are not the format's own letters: "#,##0;[Red]-#,##0" is a number.
            let letters = code
                .replacingOccurrences(of: "\"[^\"]*\"", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\\\\.", with: "", options: .regularExpression)
                .replacingOccurrences(of: "\\[[^\\]]*\\]", with: "", options: .regularExpression)
            formats[id] = Shown(letters: letters)
        }
        guard let cellFormats = root.child("cellXfs") else { return [:] }
        var styles: [Int: Shown] = [:]
        for (index, format) in cellFormats.children("xf").enumerated() {
            if let id = format.attributes["numFmtId"].flatMap(Int.init), let shown = formats[id] { styles[index] = shown }
        }
        return styles
    }

    /// A fraction as the percentage a cell shows it as, exactly: `0.4567` is `45.67%`.
    static func percent(_ value: String) -> String? {
        guard let fraction = Decimal(string: value, locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        var hundredfold = fraction * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &hundredfold, 12, .plain)
        return NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX")) + "%"
    }

    static func rows(of sheet: XMLTree, strings: [String], styles: [Int: Shown], date1904: Bool = false) -> [[String]] {
        var grid: [Int: [Int: String]] = [:]
        var maxRow = 0
        var maxColumn = 0
        for row in sheet.descendants("row") {
            for cell in row.children("c") {
                guard let reference = cell.attributes["r"], let (column, rowNumber) = position(reference) else { continue }
                let value = cell.child("v")?.text ?? ""
                var text: String
                switch cell.attributes["t"] {
                case "s": text = Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
                case "inlineStr": text = cell.descendants("t").map(\.text).joined()
                case "b": text = value == "1" ? "TRUE" : "FALSE"
                default:
                    text = value
                    switch cell.attributes["s"].flatMap(Int.init).flatMap({ styles[$0] }) {
                    case .date?: if let serial = Double(value) { text = date(fromSerial: serial, date1904: date1904) }
                    case .month?: if let serial = Double(value) { text = String(date(fromSerial: serial, date1904: date1904).prefix(7)) }
                    case .year?: if let serial = Double(value) { text = String(date(fromSerial: serial, date1904: date1904).prefix(4)) }
                    case .percent?: text = percent(value) ?? value
                    case nil: break
                    }
                }
                grid[rowNumber, default: [:]][column] = text.trimmingCharacters(in: .whitespacesAndNewlines)
                maxRow = max(maxRow, rowNumber)
                maxColumn = max(maxColumn, column)
            }
        }
        for merge in sheet.descendants("mergeCell") {
            let parts = (merge.attributes["ref"] ?? "").split(separator: ":").map(String.init)
            guard parts.count == 2, let (firstColumn, firstRow) = position(parts[0]), let (lastColumn, lastRow) = position(parts[1]) else { continue }
            let text = grid[firstRow]?[firstColumn] ?? ""
            for row in firstRow...lastRow {
                for column in firstColumn...lastColumn { grid[row, default: [:]][column] = text }
            }
            maxRow = max(maxRow, lastRow)
            maxColumn = max(maxColumn, lastColumn)
        }
        guard maxRow > 0 else { return [] }
        return (1...maxRow).map { row in (1...max(maxColumn, 1)).map { grid[row]?[$0] ?? "" } }
    }

    /// `B3` -> column 2, row 3.
    static func position(_ reference: String) -> (Int, Int)? {
        let letters = reference.prefix { $0.isLetter }
        guard !letters.isEmpty, let row = Int(reference.dropFirst(letters.count)) else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 }
        return (column, row)
    }

    /// Excel's day count as `YYYY-MM-DD`: in the 1900 system (with its famous leap day, so that
    /// 25,569 is 1 January 1970), or in the 1904 system, where day 0 is 1 January 1904.
    static func date(fromSerial serial: Double, date1904: Bool = false) -> String {
        let days = Int(serial.rounded(.down)) - (date1904 ? 24_107 : 25_569)
        var seconds = time_t(days * 86_400)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))"
    }
}
