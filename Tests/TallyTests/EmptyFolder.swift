import Foundation

/// A new empty folder, removed when the test ends, to run `tally` in as a team would.
final class EmptyFolder {
    let path = NSTemporaryDirectory() + "tally-start-" + UUID().uuidString
    init() throws { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(atPath: path) }

    func tally(_ arguments: String..., in folder: String = "", environment: [String: String] = [:]) throws -> TallyResult {
        try runTally(arguments, in: folder.isEmpty ? path : path + "/" + folder, environment: environment)
    }

    func text(_ relative: String) -> String? { try? String(contentsOfFile: path + "/" + relative, encoding: .utf8) }
    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

    func tree(_ relative: String) -> [String: Data] {
        let root = path + "/" + relative
        var result: [String: Data] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder)
            if !isFolder.boolValue { result[file] = FileManager.default.contents(atPath: root + "/" + file) }
        }
        return result
    }
}
