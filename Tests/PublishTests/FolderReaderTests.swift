import Foundation
import Testing

@testable import Publish

@Suite struct FolderReaderTests {
    /// An entry as short as its name, ending where readable memory ends (the last entry of
    /// `readdir`'s buffer, at the end of its memory): reading it as a whole `dirent` crashed a
    /// build of the benchmark's 3,333 minutes now and then. Here the page after the entry cannot
    /// be read at all, so any read past it crashes the test every time.
    @Test func anEntryEndingWhereMemoryEndsIsReadWithoutReadingPastIt() throws {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let memory = try #require(mmap(nil, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        #expect(memory != MAP_FAILED)
        defer { munmap(memory, 2 * page) }
        #expect(mprotect(memory + page, page, PROT_NONE) == 0)
        let name = Array("minutes-2025-03-12.md".utf8CString)
        let offset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        let entry = memory + page - (offset + name.count)
        name.withUnsafeBytes { bytes in (entry + offset).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
        #expect(FolderReader.Walker.name(of: entry.assumingMemoryBound(to: dirent.self)) == "minutes-2025-03-12.md")
    }

    /// Every name of a large folder is read whole; run with `swift test --sanitize=address`, this
    /// also finds any read past an entry in the real `readdir` buffer.
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
