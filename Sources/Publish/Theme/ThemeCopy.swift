import Diagnostics
import Foundation

/// Writes the theme inside tally out to a folder: never over anything.
public enum ThemeCopy {
    /// Writes every file of the default theme under `folder`, which must not exist or be empty.
    /// Returns how many files were written.
    public static func write(to folder: String) throws(Diagnostic) -> Int {
        let shown = Builder.displayName(folder)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            guard isFolder.boolValue, names.isEmpty else {
                throw Diagnostic.error(
                    "\(shown) already exists, so the theme is not written there", at: nil,
                    hint: "give a new folder: tally theme copy MyTheme, then build with --theme MyTheme")
            }
        }
        for file in DefaultTheme.files {
            let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw Diagnostic.error("\(shown)/\(file.path) could not be written: \(error.localizedDescription)", at: nil, hint: nil)
            }
        }
        return DefaultTheme.files.count
    }
}
