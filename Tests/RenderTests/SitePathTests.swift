import Testing

@testable import Render

@Suite struct SitePathTests {
    @Test(arguments: [
        ("index.html", "about/index.html", "about/index.html"),
        ("about/index.html", "index.html", "../index.html"),
        ("updates/x/index.html", "updates/index.html", "../index.html"),
        ("updates/x/index.html", "assets/style.css", "../../assets/style.css"),
        ("a/b/index.html", "a/b/index.html", "index.html"),
        ("index.html", "files/My Report.pdf", "files/My%20Report.pdf"),
    ])
    func linksAreRelativeAndNameAFile(from: String, to: String, expected: String) {
        #expect(SitePath.relativeURL(from: from, to: to) == expected)
    }

    /// Plain paths take a shortcut on their bytes; it must give what splitting them gives.
    @Test func theShortcutForPlainPathsAgreesWithSplittingThem() {
        let paths = [
            "index.html", "about/index.html", "a/index.html", "ab/index.html", "a/b/index.html", "a/bc/index.html",
            "ab/c/index.html", "a/b/c/d.html", "updates/x/index.html", "updates/index.html", "updates.csv",
            "assets/style.css", "plans/2025-26/2025-26-recall-2/index.html", "plans/2025-26/index.html",
            "files/My Report.pdf", "a//b.html", "/a/b.html", "a/b/", "café/index.html",
        ]
        for page in paths {
            for target in paths {
                #expect(
                    SitePath.relativeURL(from: page, to: target) == SitePath.relativeURLBySegments(from: page, to: target),
                    "from \(page) to \(target)")
            }
        }
    }

    @Test func normalisesAndRefusesToLeaveTheTop() {
        #expect(SitePath.normalise("pages/./a/../b.md") == "pages/b.md")
        #expect(SitePath.normalise("pages/../../x") == nil)
        // Paths already normal come back as they are; the rest as the parts give them.
        for (path, normal) in [
            ("plans/p/a1/index.html", "plans/p/a1/index.html"), ("a/.../b", "a/.../b"), (".hidden/x", ".hidden/x"), ("", ""),
            ("/a/b/", "a/b"), ("a//b", "a/b"), ("./a", "a"), ("a/.", "a"), ("a/b/..", "a"), ("..a/b..", "..a/b.."),
        ] {
            #expect(SitePath.normalise(path) == normal, "\(path)")
        }
        #expect(SitePath.rootPrefix(from: "updates/x/index.html") == "../../")
        #expect(SitePath.rootPrefix(from: "index.html") == "")
    }
}

@Suite struct LinkTableTests {
    let table = LinkTable(
        sitePathBySource: [
            "pages/about.md": "about/index.html", "pages/index.md": "index.html",
            "updates/a.md": "updates/a/index.html", "static/files/r.pdf": "files/r.pdf",
        ],
        sitePaths: ["index.html", "about/index.html", "updates/index.html", "updates/a/index.html", "files/r.pdf"],
        sourcePaths: ["pages/about.md", "pages/index.md", "updates/a.md", "pages/broken.md", "pages/draft.md", "static/files/r.pdf"],
        draftPaths: ["pages/draft.md"])

    func resolve(_ path: String, from source: String = "pages/index.md") -> Result<(String, String?), LinkTable.Problem> {
        table.resolve(path, fragment: nil, from: source)
    }

    @Test func resolvesContentFilesRelativeToTheLinkingFile() throws {
        #expect(try resolve("about.md").get().0 == "about/index.html")
        #expect(try resolve("../updates/a.md").get().0 == "updates/a/index.html")
        #expect(try resolve("../static/files/r.pdf").get().0 == "files/r.pdf")
        #expect(try resolve("/pages/about.md", from: "updates/a.md").get().0 == "about/index.html")
    }

    @Test func resolvesSitePathsFromTheTop() throws {
        #expect(try resolve("/updates/").get().0 == "updates/index.html")
        #expect(try resolve("/updates").get().0 == "updates/index.html")
        #expect(try resolve("/").get().0 == "index.html")
    }

    @Test func aMissingFileIsAProblemWithTheNearestName() {
        guard case .failure(let problem) = resolve("abuot.md") else {
            Issue.record("a link to a missing file resolved")
            return
        }
        #expect(problem.message == "the link \"abuot.md\" goes to pages/abuot.md, which does not exist")
        #expect(problem.hint == "did you mean \"about.md\"?")
    }

    @Test func draftsAndBrokenFiles() {
        guard case .failure(let draft) = resolve("draft.md"), case .failure(let broken) = resolve("broken.md") else {
            Issue.record("a link to an unpublished file resolved")
            return
        }
        #expect(draft.message.contains("draft"))
        #expect(!draft.isAlreadyReported)
        #expect(broken.isAlreadyReported)
    }

    @Test func aLinkCannotLeaveTheContentFolder() {
        guard case .failure(let problem) = resolve("../../etc/passwd") else {
            Issue.record("a link left the content folder")
            return
        }
        #expect(problem.message.contains("outside"))
    }
}
