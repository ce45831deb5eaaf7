import Diagnostics
import Foundation
import Model
import Render
import Testing

@testable import Publish

@Suite struct BundleTests {
    let asOf = CivilDate(year: 2025, month: 7, day: 17)!
    let site = [
        OutputFile(sitePath: "index.html", bytes: Array("<p>Home</p>".utf8)),
        OutputFile(sitePath: "about/index.html", bytes: Array("<p>About</p>".utf8)),
        OutputFile(sitePath: "assets/style.css", bytes: Array("body{}".utf8)),
    ]

    /// Tally's own English strings, as every site starts with them.
    static let english: Strings = {
        let file = DefaultTheme.sourceFiles.first { $0.path == "strings/en.yaml" }!
        return Strings.resolve(defaults: StringsReader.read(file).0, theme: nil, site: StringTable(), language: "en").0
    }()

    var contents: BundleContents { BundleContents.make(site: site, siteTitle: "IPP Action Plans", asOf: asOf, strings: [Self.english]) }

    @Test func everyFileSitsInOneFolderNamedForTheSiteAndDate() {
        #expect(contents.folder == "ipp-action-plans-2025-07-17")
        #expect(contents.entries.map(\.path) == [
            "ipp-action-plans-2025-07-17/MANIFEST.sha256", "ipp-action-plans-2025-07-17/README.txt",
            "ipp-action-plans-2025-07-17/about/index.html", "ipp-action-plans-2025-07-17/assets/style.css",
            "ipp-action-plans-2025-07-17/index.html",
        ])
    }

    @Test func theManifestListsEveryOtherFileAsSha256sumWritesIt() throws {
        let manifest = String(decoding: try #require(contents.manifest).bytes, as: UTF8.self)
        let lines = manifest.split(separator: "\n").map(String.init)
        #expect(lines.map { String($0.dropFirst(66)) } == ["README.txt", "about/index.html", "assets/style.css", "index.html"])
        // sha256 of "<p>Home</p>", as `printf '<p>Home</p>' | sha256sum` gives it.
        #expect(lines.last == "\(BundleContents.sha256Hex(Array("<p>Home</p>".utf8)))  index.html")
        #expect(BundleContents.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func theReadmeSaysHowToOpenAndCheckIt() throws {
        let readme = String(decoding: try #require(contents.entries.first { $0.path.hasSuffix("README.txt") }).bytes, as: UTF8.self)
        #expect(readme.contains("Open the file index.html in a web browser"))
        #expect(readme.contains("sha256sum -c MANIFEST.sha256"))
        #expect(readme.contains("Offline edition, status as at 17 July 2025"))
        #expect(readme.contains("\r\n"))
        #expect(!readme.contains("\r\r\n"))
        #expect(readme.contains("MANIFEST.sha256 lists every other file in this folder (4 files)"))
    }

    @Test func theReadmeIsInTheSitesWords() throws {
        let words = Strings.resolve(
            defaults: StringsReader.read(DefaultTheme.sourceFiles.first { $0.path == "strings/en.yaml" }!).0, theme: nil,
            site: StringsReader.read(SourceFile(path: "strings.yaml", text: "bundle:\n  readme: \"{site}: agor index.html ({date}, {files} ffeil)\"\n")).0,
            language: "en").0
        let contents = BundleContents.make(site: site, siteTitle: "Cynllun", asOf: asOf, strings: [words])
        let readme = String(decoding: try #require(contents.entries.first { $0.path.hasSuffix("README.txt") }).bytes, as: UTF8.self)
        #expect(readme == "Cynllun: agor index.html (17 July 2025, 4 ffeil)\r\n")
    }

    @Test func theSameContentsGiveTheSameZipByteForByte() throws {
        let first = try BundleArchive.zip(contents, asOf: asOf)
        let second = try BundleArchive.zip(BundleContents.make(site: site, siteTitle: "IPP Action Plans", asOf: asOf, strings: [Self.english]), asOf: asOf)
        #expect(first == second)
        #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let unpacked = try BundleArchive.unzip(first)
        #expect(unpacked.files.map(\.path) == contents.entries.map(\.path))
        #expect(unpacked.files.map(\.bytes) == contents.entries.map(\.bytes))
        #expect(unpacked.damaged.isEmpty)
    }

    @Test func anUnchangedBundleVerifies() {
        let result = BundleVerifier.verify(contents.entries.map { ($0.path, $0.bytes) }, zipName: "b.zip")
        #expect(result.diagnostics.isEmpty)
        #expect(result.checkedFiles == 4)
    }

    @Test func aChangedMissingOrAddedFileIsReportedByName() {
        var files = contents.entries.map { (path: $0.path, bytes: $0.bytes) }
        files[files.firstIndex { $0.path.hasSuffix("/index.html") && !$0.path.contains("about") }!].bytes = Array("<p>Hacked</p>".utf8)
        files.removeAll { $0.path.hasSuffix("style.css") }
        files.append(("ipp-action-plans-2025-07-17/run.exe", [0x4D, 0x5A]))
        let problems = BundleVerifier.verify(files, zipName: "b.zip").diagnostics.errors
        let messages = problems.map(\.message)
        #expect(messages.contains { $0.hasPrefix("index.html has been changed: its SHA-256 is ") })
        #expect(messages.contains("assets/style.css is in the manifest but missing from the zip"))
        #expect(messages.contains("run.exe is in the zip but not in the manifest"))
        #expect(problems.count == 3)
        let changed = problems.first { $0.message.hasPrefix("index.html") }
        #expect(changed?.location == SourceLocation(file: "b.zip/ipp-action-plans-2025-07-17/MANIFEST.sha256", line: 4))
    }

    @Test func aFileThatCannotBeUnpackedIsReportedAsDamagedAndTheRestAreStillChecked() {
        var files = contents.entries.map { (path: $0.path, bytes: $0.bytes) }
        files.removeAll { $0.path.hasSuffix("about/index.html") }
        files[files.firstIndex { $0.path.hasSuffix("style.css") }!].bytes = Array("body{color:red}".utf8)
        let problems = BundleVerifier.verify(
            files, damaged: ["ipp-action-plans-2025-07-17/about/index.html"], zipName: "b.zip"
        ).diagnostics.errors
        #expect(problems.map(\.message).contains("about/index.html is damaged: its data in the zip cannot be unpacked"))
        #expect(problems.map(\.message).contains { $0.hasPrefix("assets/style.css has been changed") })
        #expect(problems.count == 2)
    }

    @Test func aManifestOtherThanTheOneGivenIsReported() throws {
        let files = contents.entries.map { (path: $0.path, bytes: $0.bytes) }
        let real = BundleContents.sha256Hex(try #require(contents.manifest).bytes)
        #expect(BundleVerifier.verify(files, zipName: "b.zip", expectedManifest: real.uppercased()).diagnostics.isEmpty)
        let wrong = BundleVerifier.verify(files, zipName: "b.zip", expectedManifest: String(repeating: "0", count: 64))
        #expect(wrong.diagnostics.errors.first?.message.hasPrefix("MANIFEST.sha256 is not the one you were given") == true)
    }

    @Test func aZipWithNoManifestOrThatIsNotAZipIsReported() {
        let noManifest = BundleVerifier.verify([("x/index.html", [1])], zipName: "b.zip")
        #expect(noManifest.diagnostics.errors.first?.message == "this zip has no MANIFEST.sha256")
        #expect(throws: BundleArchive.Failure.self) { try BundleArchive.unzip(Array("not a zip".utf8)) }
    }
}
