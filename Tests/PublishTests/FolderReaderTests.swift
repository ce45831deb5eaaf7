import Foundation
import Testing

@testable import Publish

@Suite struct FolderReaderTests {
    /// A folder's entries are read from `readdir`'s buffer, each only as long as its name. Reading
    /// an entry as a whole `dirent` ran past the buffer's end, and a build of the benchmark's
    /// 3,333 minutes crashed now and then: only when the buffer ended where memory did. So this
    /// test, run plainly, checks that every name is read whole; run with
    /// `swift test --sanitize=address` it finds any read past an entry.
    @Test func aFolderOfThousandsOfFilesWithNamesOfEveryLengthIsReadWhole() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/meetings", withIntermediateDirectories: true)
        var expected: [String] = []
        for index in 0..<3000 {
            let name = "minutes-\(index)-" + String(repeating: "x", count: index % 200) + ".md"
            expected.append("meetings/" + name)
            #expect(FileManager.default.createFile(atPath: folder.path + "/" + expected[index], contents: Data()))
        }
        for _ in 0..<5 {
            let files = try FolderReader.read(folder.path, displayRoot: "Content")
            #expect(files.map(\.path) == expected.sorted())
        }
    }
}
