import Foundation
import Testing

/// Every input kept under Tests/Fuzz/<target>/ (what fuzzing found, and inputs made to be
/// nasty) run through its fuzz target, built plainly: each must be read without a crash.
@Suite struct FuzzReplayTests {
    @Test(arguments: ["frontmatter", "deadline", "series", "markdown"])
    func keptInputsReadWithoutACrash(target: String) throws {
        let binary = tallyBinary.deletingLastPathComponent().appendingPathComponent("fuzz-\(target)")
        let folder = repositoryRoot.appendingPathComponent("Tests/Fuzz/\(target)")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { folder.path + "/" + $0 }
        #expect(!inputs.isEmpty)
        let process = Process()
        process.executableURL = binary
        process.arguments = inputs
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "fuzz-\(target) on \(inputs.count) inputs:\n\(text)")
        #expect(text.contains("replayed \(inputs.count) input"))
    }
}
