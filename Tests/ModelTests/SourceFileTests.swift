import Diagnostics
import Model
import Testing

@Suite struct SourceFileTests {
    @Test func notUTF8IsReportedAtTheLineAndColumnOfTheBadByte() {
        let bytes = Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8)
        let file = SourceFile(path: "pages/cafe.md", displayPath: "Content/pages/cafe.md", bytes: bytes)
        guard case .failure(let diagnostic) = file.text() else {
            Issue.record("Latin-1 text was read as UTF-8")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "Content/pages/cafe.md", line: 2, column: 11))
        #expect(diagnostic.message == "the file is not UTF-8 text")
        #expect(diagnostic.hint != nil)
    }

    @Test func windowsLineEndingsAndAByteOrderMarkAreRemoved() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("a\r\nb\r\n".utf8)
        let text = try SourceFile(path: "x.md", displayPath: "x.md", bytes: bytes).text().get()
        #expect(text == "a\nb\n")
    }

    @Test func namesItsParts() {
        let file = SourceFile(path: "updates/2025-07-17-report.md", text: "")
        #expect(file.fileName == "2025-07-17-report.md")
        #expect(file.baseName == "2025-07-17-report")
        #expect(file.pathExtension == "md")
    }
}

@Suite struct FrontMatterTests {
    let file = SourceFile(path: "pages/a.md", displayPath: "Content/pages/a.md", text: "")

    @Test func splitsFrontMatterFromTheBodyAndKnowsWhereTheBodyStarts() throws {
        let document = try FrontMatterDocument.split("---\ntitle: A\nsummary: B\n---\nBody\n", of: file).get()
        #expect(document.yaml == "title: A\nsummary: B")
        #expect(document.yamlFirstLine == 2)
        #expect(document.body.text == "Body\n")
        #expect(document.body.firstLine == 5)
    }

    @Test func aFileWithoutFrontMatterIsAllBody() throws {
        let document = try FrontMatterDocument.split("Just text\n", of: file).get()
        #expect(document.yaml == nil)
        #expect(document.body.firstLine == 1)
    }

    @Test func unclosedFrontMatterIsAnErrorOnLineOne() {
        guard case .failure(let diagnostic) = FrontMatterDocument.split("---\ntitle: A\nBody\n", of: file) else {
            Issue.record("unclosed front matter was accepted")
            return
        }
        #expect(diagnostic.location == SourceLocation(file: "Content/pages/a.md", line: 1, column: 1))
        #expect(diagnostic.message.contains("never closed"))
        #expect(diagnostic.hint?.contains("---") == true)
    }
}
