import Foundation

/// The repository, found from this file's place in it.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The `tally` binary that `swift build` made next to the tests.
let tallyBinary: URL = {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        .appendingPathComponent("tally")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
    return repositoryRoot.appendingPathComponent(".build/debug/tally")
}()

struct TallyResult {
    var status: Int32
    var output: String
    var errors: String
}

/// Runs `tally` with `arguments` in `folder` and waits for it.
func runTally(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> TallyResult {
    let process = Process()
    process.executableURL = tallyBinary
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var variables = ProcessInfo.processInfo.environment
    variables.removeValue(forKey: "SOURCE_DATE_EPOCH")
    for (key, value) in environment { variables[key] = value }
    process.environment = variables
    let outputFile = folder + "/.stdout-\(UUID().uuidString)"
    let errorFile = folder + "/.stderr-\(UUID().uuidString)"
    _ = FileManager.default.createFile(atPath: outputFile, contents: nil)
    _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
    defer {
        try? FileManager.default.removeItem(atPath: outputFile)
        try? FileManager.default.removeItem(atPath: errorFile)
    }
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
    process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
    try process.run()
    process.waitUntilExit()
    let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
    return TallyResult(status: process.terminationStatus, output: read(outputFile), errors: read(errorFile))
}

/// A new folder with a small valid site (Content/ and a copy of the repository's Theme/), and
/// a previous build in Site/, removed when the test ends.
final class FixtureSite {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tally-e2e-" + UUID().uuidString
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true)
        try fileManager.copyItem(atPath: repositoryRoot.appendingPathComponent("Theme").path, toPath: path + "/Theme")
        try write("Content/site.yaml", "title: Fixture site\nas_of: 2025-07-17\n")
        try write("Content/pages/index.md", "---\ntitle: Home\n---\nRead [about](about.md).\n")
        try write("Content/pages/about.md", "---\ntitle: About\n---\n## Who we are\n")
        try write("Content/updates/2025-07-17-news.md", "---\ntitle: News\ndate: 2025-07-17\n---\nText.\n")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relative)
    }

    func tally(_ arguments: String..., environment: [String: String] = [:]) throws -> TallyResult {
        try runTally(arguments, in: path, environment: environment)
    }

    /// Every file under `relative`, with its bytes.
    func tree(_ relative: String = "Site") -> [String: Data] {
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
