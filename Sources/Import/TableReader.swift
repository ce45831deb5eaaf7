import CSV
import Foundation
import ZIPFoundation

/// Reads the tables of a file by its kind: `.csv`, `.xlsx` (Excel), `.ods` (LibreOffice,
/// and the UK's official statistics), `.docx` (Word).
public enum TableReader {
    public static let kinds = ["csv", "xlsx", "ods", "docx"]

    public static func read(_ bytes: [UInt8], fileName: String) throws(ImportProblem) -> [ImportedTable] {
        let kind = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch kind {
        case "csv": return [try csv(bytes, fileName: fileName)]
        case "xlsx": return try SpreadsheetML.read(try archive(bytes, fileName: fileName), fileName: fileName)
        case "ods": return try OpenDocument.read(try archive(bytes, fileName: fileName), fileName: fileName)
        case "docx": return try WordTables.read(try archive(bytes, fileName: fileName), fileName: fileName)
        default:
            throw ImportProblem(
                file: fileName, message: "Tally cannot read a .\(kind) file",
                hint: "save the table as one of: " + kinds.map { ".\($0)" }.joined(separator: ", "))
        }
    }

    static func csv(_ bytes: [UInt8], fileName: String) throws(ImportProblem) -> ImportedTable {
        var data = bytes[...]
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ImportProblem(file: fileName, message: "the file is not UTF-8 text", hint: "save it as \"CSV UTF-8\"")
        }
        do {
            let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            return ImportedTable(name: "", rows: rows, isCSV: true)
        } catch {
            throw ImportProblem(file: fileName, message: "the CSV cannot be read: \(error)", hint: "check for a quote that is never closed")
        }
    }

    static func archive(_ bytes: [UInt8], fileName: String) throws(ImportProblem) -> Archive {
        do {
            return try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ImportProblem(file: fileName, message: "the file is not the kind its name says, or it is damaged", hint: "open it and save it again")
        }
    }

    /// The bytes of one file inside an archive, or nil when there is none.
    static func entry(_ path: String, in archive: Archive) -> Data? {
        guard let entry = archive[path] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
        } catch {
            return nil
        }
        return data
    }
}
