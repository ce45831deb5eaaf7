import Foundation
import ZIPFoundation

/// Small Word, Excel and OpenDocument files made by the tests, as the programs write them: a zip
/// of XML parts.
enum OfficeFiles {
    static func zip(_ parts: [String: String]) -> [UInt8] {
        let archive = try! Archive(accessMode: .create)
        for (path, text) in parts.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return Array(archive.data!)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A cell of a Word table: its paragraphs, and how far it spans or merges.
    struct WordCell {
        var lines: [String]
        var span = 1
        var merge: String? = nil

        init(_ text: String, span: Int = 1, merge: String? = nil) {
            lines = text.components(separatedBy: "\n")
            self.span = span
            self.merge = merge
        }
    }

    static func docx(_ tables: [[[WordCell]]], paragraphsBefore: [String] = []) -> [UInt8] {
        var body = paragraphsBefore.map { "<w:p><w:r><w:t>\(escape($0))</w:t></w:r></w:p>" }.joined()
        for table in tables {
            body += "<w:tbl><w:tblPr/>"
            for row in table {
                body += "<w:tr>"
                for cell in row {
                    var properties = ""
                    if cell.span > 1 { properties += "<w:gridSpan w:val=\"\(cell.span)\"/>" }
                    if let merge = cell.merge { properties += merge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(merge)\"/>" }
                    body += "<w:tc><w:tcPr>\(properties)</w:tcPr>"
                    body += cell.lines.map { "<w:p><w:r><w:t xml:space=\"preserve\">\(escape($0))</w:t></w:r></w:p>" }.joined()
                    body += "</w:tc>"
                }
                body += "</w:tr>"
            }
            body += "</w:tbl><w:p/>"
        }
        let document = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
        return zip(["[Content_Types].xml": "<Types/>", "word/document.xml": document])
    }

    /// An Excel workbook of one sheet: rows of cells (strings shared, numbers as they are, a
    /// cell written `date:2025-03-31` stored as Excel's day number with a date style, one written
    /// `red:1012` as a number in the format `#,##0;[Red]-#,##0`, one written `pct:0.45` as a
    /// fraction in a percentage format, one written `month:2024-03-01` as a day shown `Mar-24`). With `date1904`, the workbook
    /// counts days from 1904, as older Excel for Mac saved it.
    static func xlsx(sheet name: String, rows: [[String]], merges: [String] = [], date1904: Bool = false) -> [UInt8] {
        var strings: [String] = []
        var sheetRows = ""
        for (rowIndex, row) in rows.enumerated() {
            sheetRows += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, value) in row.enumerated() where !value.isEmpty {
                let reference = String(UnicodeScalar(65 + columnIndex)!) + String(rowIndex + 1)
                if value.hasPrefix("date:"), let days = excelDays(String(value.dropFirst(5))) {
                    sheetRows += "<c r=\"\(reference)\" s=\"1\"><v>\(date1904 ? days - 1462 : days)</v></c>"
                } else if value.hasPrefix("month:"), let days = excelDays(String(value.dropFirst(6))) {
                    sheetRows += "<c r=\"\(reference)\" s=\"4\"><v>\(date1904 ? days - 1462 : days)</v></c>"
                } else if value.hasPrefix("pct:") {
                    sheetRows += "<c r=\"\(reference)\" s=\"3\"><v>\(value.dropFirst(4))</v></c>"
                } else if value.hasPrefix("red:") {
                    sheetRows += "<c r=\"\(reference)\" s=\"2\"><v>\(value.dropFirst(4))</v></c>"
                } else if Double(value) != nil {
                    sheetRows += "<c r=\"\(reference)\"><v>\(value)</v></c>"
                } else {
                    strings.append(value)
                    sheetRows += "<c r=\"\(reference)\" t=\"s\"><v>\(strings.count - 1)</v></c>"
                }
            }
            sheetRows += "</row>"
        }
        let mergeXML = merges.isEmpty ? "" : "<mergeCells>" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>"
        return zip([
            "xl/workbook.xml": "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets><sheet name=\"\(name)\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
            "xl/_rels/workbook.xml.rels": "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>",
            "xl/worksheets/sheet1.xml": "<worksheet><sheetData>\(sheetRows)</sheetData>\(mergeXML)</worksheet>",
            "xl/sharedStrings.xml": "<sst>" + strings.map { "<si><t>\(escape($0))</t></si>" }.joined() + "</sst>",
            "xl/styles.xml": "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"#,##0;[Red]-#,##0\"/></numFmts>"
                + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"10\"/><xf numFmtId=\"17\"/></cellXfs></styleSheet>",
        ])
    }

    static func excelDays(_ iso: String) -> Int? {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return nil }
        return Int(date.timeIntervalSince1970 / 86_400) + 25_569
    }

    /// An OpenDocument spreadsheet of one sheet, as content.xml writes it: runs of empty cells
    /// repeated, a cell spanning two rows followed by a covered cell.
    static func ods(sheet name: String, xmlRows: String) -> [UInt8] {
        zip([
            "mimetype": "application/vnd.oasis.opendocument.spreadsheet",
            "content.xml": """
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet><table:table table:name="\(name)">\(xmlRows)</table:table></office:spreadsheet></office:body></office:document-content>
                """,
        ])
    }
}
