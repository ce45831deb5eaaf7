import Foundation
import Testing

@testable import Preview

/// A site folder with a page, a stylesheet, a secret beside it, and links in and out of it.
final class SiteFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "tally-preview-" + UUID().uuidString
        let fileManager = FileManager.default
        try fileManager.createDirectory(atPath: path + "/Site/about", withIntermediateDirectories: true)
        try fileManager.createDirectory(atPath: path + "/Site/assets", withIntermediateDirectories: true)
        try Data("home".utf8).write(to: URL(fileURLWithPath: path + "/Site/index.html"))
        try Data("about".utf8).write(to: URL(fileURLWithPath: path + "/Site/about/index.html"))
        try Data("body{}".utf8).write(to: URL(fileURLWithPath: path + "/Site/assets/style.css"))
        try Data("secret".utf8).write(to: URL(fileURLWithPath: path + "/secret.txt"))
        try fileManager.createSymbolicLink(atPath: path + "/Site/escape.txt", withDestinationPath: path + "/secret.txt")
        try fileManager.createSymbolicLink(atPath: path + "/Site/outside", withDestinationPath: path)
        try fileManager.createSymbolicLink(atPath: path + "/Site/home.html", withDestinationPath: path + "/Site/index.html")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var resolver: SiteFileResolver { SiteFileResolver(root: path + "/Site")! }

    func served(_ request: String) -> String? {
        resolver.file(for: request).flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
    }
}

@Suite struct SiteFileResolverTests {
    @Test func servesFilesAndTheIndexOfAFolder() throws {
        let site = try SiteFolder()
        #expect(site.served("/") == "home")
        #expect(site.served("/about/") == "about")
        #expect(site.served("/about/index.html") == "about")
        #expect(site.served("/assets/style.css?v=2") == "body{}")
        #expect(site.served("/about%2Findex.html") == "about")
        #expect(site.served("/home.html") == "home", "a link inside the folder is followed")
    }

    @Test(arguments: [
        "/../secret.txt", "/../../etc/passwd", "/about/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt",
        "/escape.txt", "/outside/secret.txt", "/about/%00", "/%", "/%zz", "/%c0%ae%c0%ae/secret.txt", "/missing.html", "/assets",
    ])
    func servesNothingOutsideTheFolder(request: String) throws {
        let site = try SiteFolder()
        #expect(site.resolver.file(for: request) == nil, "\(request) must not be served")
    }

    @Test func doublyEncodedDotsAreANameNotAStepUp() throws {
        let site = try SiteFolder()
        #expect(site.resolver.file(for: "/%252e%252e/secret.txt") == nil)
    }

    @Test func aFolderWithoutItsSlashIsRedirectedSoThatRelativeLinksWork() throws {
        let site = try SiteFolder()
        #expect(site.resolver.resolve("/about") == .redirect("/about/"))
        #expect(site.resolver.resolve("/about/") == .file(site.resolver.file(for: "/about/")!))
        #expect(site.resolver.resolve("/outside") == nil)
        #expect(site.resolver.resolve("/../about") == nil)
    }

    @Test func aFolderThatDoesNotExistServesNothing() {
        #expect(SiteFileResolver(root: "/no/such/folder/\(UUID().uuidString)") == nil)
    }
}
