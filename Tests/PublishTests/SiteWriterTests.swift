import Foundation
import Publish
import Render
import Testing

/// A new empty folder for one test, removed when the test ends.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tally-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Every file below `relative`, with its contents.
    func tree(_ relative: String) -> [String: String] {
        let root = path + "/" + relative
        var result: [String: String] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? [] {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder)
            if !isFolder.boolValue { result[file] = read(relative + "/" + file) }
        }
        return result
    }
}

@Suite struct SiteWriterTests {
    @Test func replacesTheWholeFolderButKeepsItsREADMEAndDotfiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("Site/README.md", "generated")
        try folder.write("Site/.gitignore", "*")
        try folder.write("Site/stale/index.html", "old page")
        try SiteWriter.replace(
            folder.path + "/Site",
            with: [OutputFile(sitePath: "index.html", bytes: Array("new".utf8)), OutputFile(sitePath: "a/b/c.css", bytes: [])])
        var built = folder.tree("Site")
        #expect(built.removeValue(forKey: ".tally-site")?.hasPrefix("This folder was written by Tally") == true)
        #expect(built == ["README.md": "generated", ".gitignore": "*", "index.html": "new", "a/b/c.css": ""])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["Site"])
    }

    @Test func namesWhatItLeavesBesideTheFolderSoALaterBuildCanTellIt() throws {
        let folder = try TemporaryFolder()
        try folder.write("Site/index.html", "old")
        try folder.write(".Site.tally-staging-2147483000/index.html", "left by a killed build")
        try folder.write(".Other.tally-staging-2147483000/index.html", "another output's")
        let line = Leftovers.sweep(besides: folder.path + "/Site")
        #expect(line == "tally: removed what a build that stopped part-way left beside Site/: .Site.tally-staging-2147483000")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: folder.path)) == ["Site", ".Other.tally-staging-2147483000"])
        #expect(Leftovers.sweep(besides: folder.path + "/Site") == nil)
    }

    @Test func createsTheFolderWhenThereIsNone() throws {
        let folder = try TemporaryFolder()
        try SiteWriter.replace(folder.path + "/Out", with: [OutputFile(sitePath: "index.html", bytes: Array("x".utf8))])
        #expect(folder.read("Out/index.html") == "x")
    }

    @Test func aFailedWriteLeavesTheOldSiteAsItWas() throws {
        let folder = try TemporaryFolder()
        try folder.write("Site/index.html", "old")
        // A file and a folder cannot have the same path, so this write must fail part-way.
        #expect(throws: (any Error).self) {
            try SiteWriter.replace(
                folder.path + "/Site",
                with: [OutputFile(sitePath: "a", bytes: []), OutputFile(sitePath: "a/b.html", bytes: [])])
        }
        #expect(folder.tree("Site") == ["index.html": "old"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["Site"])
    }
}
