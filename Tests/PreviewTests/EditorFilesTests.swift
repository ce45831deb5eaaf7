import Testing
@testable import Preview

@Suite struct EditorFilesTests {
    @Test func editorsSwapAndBackupFilesAreNotContent() {
        for path in ["Content/.about.md.swp", "Content/about.md~", "Content/4913", "Content/#about.md#", "Content/.#about.md",
                     "Content/plans/p.md.swp", "Content/about.md___jb_tmp___", "Content/x.tmp"] {
            #expect(EditorFiles.isTemporary(path), "\(path)")
        }
    }

    @Test func contentFilesAreNot() {
        for path in ["Content/about.md", "Content/site.yaml", "Content/data/series.csv", "Theme/templates/page.mustache", "Content/static/report.pdf"] {
            #expect(!EditorFiles.isTemporary(path), "\(path)")
        }
    }
}
