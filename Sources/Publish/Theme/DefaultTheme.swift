import Model
import Render

/// The theme inside the binary: Tally's own templates and assets, used when a site has no
/// `Theme/` folder, and written out by `tally theme copy` for a team that wants to change it.
public enum DefaultTheme {
    /// The theme's files, as a build reads them from a folder.
    public static var sourceFiles: [SourceFile] {
        files.map { SourceFile(path: $0.path, displayPath: "(default theme)/\($0.path)", text: $0.text) }
    }

    /// For each page's template, the names its pages are given (see `TemplateNames`).
    public static var namesByTemplate: [(template: String, names: [String])] {
        TemplateNames.byTemplate(sourceFiles.filter { $0.path.hasPrefix("templates/") })
    }
}
