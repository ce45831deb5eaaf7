import Foundation
import Testing

/// The output guard as a user meets it: `tally build`, `serve` and `bundle` refuse to replace
/// anything Tally did not write, and change nothing when they refuse.
@Suite struct OutputGuardTests {
    /// Runs `arguments` in a fresh fixture, expects a refusal that says `expected`, and checks
    /// that neither the content, the theme nor `untouched` changed.
    func expectRefusal(
        _ arguments: [String], says expected: String, prepare: (FixtureSite) throws -> Void = { _ in },
        untouched: [String] = [], environment: [String: String] = [:], in subfolder: String = ""
    ) throws {
        let site = try FixtureSite()
        try prepare(site)
        let content = site.tree("Content")
        let theme = site.tree("Theme")
        let others = untouched.map { site.tree($0) }
        let linkTargets = untouched.map { try? FileManager.default.destinationOfSymbolicLink(atPath: site.path + "/" + $0) }
        let result = try runTally(arguments, in: site.path + subfolder, environment: environment)
        #expect(result.status == 1, "exit status of \(arguments)")
        #expect(result.errors.contains("tally: error: "), "stderr was:\n\(result.errors)")
        #expect(result.errors.contains(expected), "stderr was:\n\(result.errors)")
        #expect(result.errors.contains("hint: "), "a refusal says what to do")
        #expect(site.tree("Content") == content, "Content/ changed")
        #expect(site.tree("Theme") == theme, "Theme/ changed")
        for (index, path) in untouched.enumerated() {
            #expect(site.tree(path) == others[index], "\(path) changed")
            #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: site.path + "/" + path)) == linkTargets[index])
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.contains(".tally-") }
        #expect(leftovers.isEmpty, "left beside the output: \(leftovers)")
    }

    @Test func neverBuildsIntoTheContentOrThemeFolder() throws {
        try expectRefusal(["build", "--output", "Content"], says: "the output folder Content is the content folder")
        try expectRefusal(["build", "--output", "Theme"], says: "the output folder Theme is the theme folder")
        try expectRefusal(["build", "--output", "Content/static/site"], says: "lies inside the content folder")
        try expectRefusal(["build", "--output", "Content", "--force"], says: "is the content folder")
        try expectRefusal(["build", "--output", "./Theme/", "--edition", "print"], says: "is the theme folder")
    }

    @Test func neverBuildsIntoAFolderThatHoldsTheProject() throws {
        try expectRefusal(["build", "--output", "."], says: "holds the content folder")
        try expectRefusal(["build", "--output", "..", "--force"], says: "holds the content folder")
        try expectRefusal(
            ["build", "--content", "../Content", "--theme", "../Theme", "--output", "."], says: "holds the folder tally is running in",
            prepare: { try $0.write("work/notes.md", "my own notes") }, untouched: ["work"], in: "/work")
    }

    @Test func neverReplacesAFileOrASymbolicLink() throws {
        try expectRefusal(
            ["build", "--output", "notes.txt"], says: "the output notes.txt is a file, not a folder",
            prepare: { try $0.write("notes.txt", "my notes") }, untouched: ["notes.txt"])
        try expectRefusal(
            ["build", "--output", "link", "--force"], says: "the output link is a symbolic link",
            prepare: { site in
                try site.write("real/page.html", "mine")
                try FileManager.default.createSymbolicLink(atPath: site.path + "/link", withDestinationPath: "real")
            }, untouched: ["link", "real"])
    }

    @Test func refusesAFolderTallyDidNotWriteUnlessForced() throws {
        try expectRefusal(
            ["build", "--output", "mine"], says: "the output mine/ holds files that Tally did not write (a.txt, b)",
            prepare: { site in
                try site.write("mine/a.txt", "keep me")
                try site.write("mine/b/c.txt", "and me")
            }, untouched: ["mine"])
        try expectRefusal(
            ["build", "--output", "project", "--force"], says: "holds Package.swift, so it looks like a project's folder",
            prepare: { try $0.write("project/Package.swift", "// swift-tools-version: 6.1") }, untouched: ["project"])

        let site = try FixtureSite()
        try site.write("mine/a.txt", "replace me")
        try site.write("mine/README.md", "kept")
        try site.write("mine/.gitignore", "*")
        let forced = try site.tally("build", "--output", "mine", "--force")
        #expect(forced.status == 0)
        #expect(forced.errors.contains("--force: replacing mine/, which Tally did not write: a.txt will be removed"))
        let built = site.tree("mine")
        #expect(built["a.txt"] == nil && built["index.html"] != nil)
        #expect(built["README.md"] == Data("kept".utf8) && built[".gitignore"] == Data("*".utf8))
        #expect(built[".tally-site"].map { String(decoding: $0, as: UTF8.self) }?.contains("written by Tally") == true)
        // Now it carries the stamp: the next build replaces it without --force.
        try site.write("mine/stray.html", "left by hand")
        #expect(try site.tally("build", "--output", "mine").status == 0)
        #expect(site.tree("mine")["stray.html"] == nil)
    }

    @Test func buildsIntoAnEmptyFolderOrOneWithOnlyAREADMEAndDotfiles() throws {
        let site = try FixtureSite()
        try site.write("Fresh/README.md", "This folder is generated.")
        try site.write("Fresh/.nojekyll", "")
        let result = try site.tally("build", "--output", "Fresh")
        #expect(result.status == 0, "\(result.errors)")
        #expect(site.tree("Fresh")["README.md"] == Data("This folder is generated.".utf8))
        #expect(site.tree("Fresh")[".nojekyll"] != nil)
        try FileManager.default.createDirectory(atPath: site.path + "/Empty", withIntermediateDirectories: true)
        #expect(try site.tally("build", "--output", "Empty").status == 0)
    }

    @Test func serveRefusesTheSameFolders() throws {
        try expectRefusal(["serve", "--port", "0", "--output", "Content"], says: "is the content folder")
        try expectRefusal(
            ["serve", "--port", "0", "--output", "mine"], says: "holds files that Tally did not write",
            prepare: { try $0.write("mine/a.txt", "keep me") }, untouched: ["mine"])
    }

    @Test func bundleOverwritesOnlyAZipItMade() throws {
        try expectRefusal(
            ["bundle", "--output", "Content/site.yaml"], says: "the bundle Content/site.yaml must be a .zip file")
        try expectRefusal(["bundle", "--output", "Content/static/copy.zip"], says: "lies inside the content folder")
        try expectRefusal(
            ["bundle", "--output", "photos.zip"], says: "photos.zip is not a bundle that Tally made",
            prepare: { try $0.write("photos.zip", "not really a zip") }, untouched: ["photos.zip"])

        let site = try FixtureSite()
        #expect(try site.tally("bundle", "--output", "copy.zip").status == 0)
        let again = try site.tally("bundle", "--output", "copy.zip", "--as-of", "2025-07-18")
        #expect(again.status == 0, "a bundle Tally made is replaced: \(again.errors)")
        #expect(try site.tally("bundle", "--verify", "copy.zip").status == 0)
        try site.write("other.zip", "mine")
        #expect(try site.tally("bundle", "--output", "other.zip", "--force").status == 0)
    }

    @Test func aLaterBuildRemovesWhatAStoppedBuildLeftAndSaysSo() throws {
        let site = try FixtureSite()
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let pid = gone.processIdentifier
        try site.write(".Site.tally-staging-\(pid)/index.html", "half a site")
        try site.write(".Site.tally-old-\(pid)/index.html", "an old site")
        try site.write(".Site.tally-staging-1/index.html", "a running build's")  // process 1 is running
        let result = try site.tally("build")
        #expect(result.status == 0)
        #expect(result.errors.contains("tally: removed what builds that stopped part-way left beside Site/: .Site.tally-old-\(pid), .Site.tally-staging-\(pid)"))
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(!names.contains(".Site.tally-staging-\(pid)") && !names.contains(".Site.tally-old-\(pid)"))
        #expect(names.contains(".Site.tally-staging-1"), "a running process's folder is left alone")
    }
}
