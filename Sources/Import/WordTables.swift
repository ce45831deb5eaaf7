import Foundation
import ZIPFoundation

/// The tables of a Word document (`word/document.xml`): each row's cells, a cell's paragraphs as
/// lines, a cell spanning columns (`w:gridSpan`) or merged down rows (`w:vMerge`) repeated in each
/// place it covers.
enum WordTables {
    static func read(_ archive: Archive, fileName: String) throws(ImportProblem) -> [ImportedTable] {
        guard let data = TableReader.entry("word/document.xml", in: archive), let root = XMLTree.parse(data) else {
            throw ImportProblem(file: fileName, message: "this is not a Word document Tally can read", hint: "open it in Word or LibreOffice and save it as .docx")
        }
        return root.descendants("w:tbl").enumerated().map { index, table in
            ImportedTable(name: "table \(index + 1)", rows: rows(of: table))
        }
    }

    static func rows(of table: XMLTree) -> [[String]] {
        var rows: [[String]] = []
        for row in table.children("w:tr") {
            var cells: [String] = []
            for cell in row.children("w:tc") {
                let properties = cell.child("w:tcPr")
                let span = Int(properties?.child("w:gridSpan")?.attributes["w:val"] ?? "1") ?? 1
                let merge = properties?.child("w:vMerge")
                var text = cell.children("w:p").map(paragraphText).joined(separator: "\n")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                // A cell merged with the one above it holds no text of its own: it shows that one's.
                if let merge, merge.attributes["w:val"] != "restart", let above = rows.last, cells.count < above.count {
                    text = above[cells.count]
                }
                cells += Array(repeating: text, count: max(span, 1))
            }
            rows.append(cells)
        }
        return rows
    }

    static func paragraphText(_ paragraph: XMLTree) -> String {
        var text = ""
        func walk(_ element: XMLTree) {
            switch element.name {
            case "w:t": text += element.text
            case "w:instrText", "w:delText": break
            case "w:tab": text += " "
            case "w:br", "w:cr": text += "\n"
            default: element.children.forEach(walk)
            }
        }
        walk(paragraph)
        return text
    }
}
