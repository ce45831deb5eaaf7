import Foundation
import ZIPFoundation

/// The sheets of an OpenDocument spreadsheet (`.ods`, as UK official statistics are published):
/// repeated rows and columns expanded, a cell's paragraphs as lines, dates from their value, and
/// a cell spanning columns or rows repeated in each place it covers.
enum OpenDocument {
    static func read(_ archive: Archive, fileName: String) throws(ImportProblem) -> [ImportedTable] {
        guard let data = TableReader.entry("content.xml", in: archive), let root = XMLTree.parse(data) else {
            throw ImportProblem(file: fileName, message: "this is not an OpenDocument spreadsheet Tally can read", hint: "open it and save it as .ods")
        }
        return root.descendants("table:table").enumerated().map { index, table in
            let name = table.attributes["table:name"] ?? "sheet \(index + 1)"
            return ImportedTable(name: "sheet \"\(name)\"", rows: rows(of: table))
        }
    }

    /// Rows are capped: a sheet's last row is often repeated a million times to fill the grid.
    static let maxRows = 100_000
    static let maxColumns = 1_000

    static func rows(of table: XMLTree) -> [[String]] {
        var rows: [[String]] = []
        var spans: [Int: (text: String, rowsLeft: Int)] = [:]
        for row in table.descendants("table:table-row") {
            let repeatRows = min(Int(row.attributes["table:number-rows-repeated"] ?? "1") ?? 1, maxRows)
            var cells: [String] = []
            for cell in row.children where cell.name == "table:table-cell" || cell.name == "table:covered-table-cell" {
                let repeatColumns = min(Int(cell.attributes["table:number-columns-repeated"] ?? "1") ?? 1, maxColumns)
                for _ in 0..<repeatColumns {
                    let column = cells.count
                    if cell.name == "table:covered-table-cell" {
                        cells.append(spans[column]?.text ?? cells.last ?? "")
                        continue
                    }
                    var text = cell.children("text:p").map(paragraphText).joined(separator: "\n")
                    if cell.attributes["office:value-type"] == "date", let value = cell.attributes["office:date-value"] {
                        text = String(value.prefix(10))
                    }
                    text = text.trimmingCharacters(in: .whitespacesAndNewlines)
                    let spanRows = Int(cell.attributes["table:number-rows-spanned"] ?? "1") ?? 1
                    let spanColumns = Int(cell.attributes["table:number-columns-spanned"] ?? "1") ?? 1
                    for offset in 0..<max(spanColumns, 1) where spanRows > 1 {
                        spans[column + offset] = (text, spanRows)
                    }
                    cells.append(text)
                    if cells.count >= maxColumns { break }
                }
            }
            // Trailing empty cells are the grid, not the table.
            while cells.last == "" { cells.removeLast() }
            for _ in 0..<repeatRows {
                rows.append(cells)
                if rows.count >= maxRows { break }
            }
            spans = spans.compactMapValues { $0.rowsLeft > 1 ? ($0.text, $0.rowsLeft - 1) : nil }
        }
        while let last = rows.last, last.isEmpty { rows.removeLast() }
        return rows
    }

    static func paragraphText(_ paragraph: XMLTree) -> String {
        var text = ""
        for part in paragraph.content {
            guard case .element(let child) = part else {
                if case .text(let words) = part { text += words }
                continue
            }
            switch child.name {
            case "text:s": text += String(repeating: " ", count: Int(child.attributes["text:c"] ?? "1") ?? 1)
            case "text:tab": text += " "
            case "text:line-break": text += "\n"
            default: text += paragraphText(child)
            }
        }
        return text
    }
}
