import Diagnostics
import Foundation
import Model

/// Reads every file of a folder (the content or the theme) into memory.
enum FolderReader {
    /// The files under `folder`, with paths relative to it, in path order. Hidden files and
    /// folders (names starting with ".") are skipped.
    static func read(_ folder: String, displayRoot: String) throws(Diagnostic) -> [SourceFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw Diagnostic.error(
                "the folder \"\(displayRoot)\" does not exist", at: nil,
                hint: folderHint(folder))
        }
        guard isDirectory.boolValue else {
            throw Diagnostic.error("\"\(displayRoot)\" is a file, not a folder", at: nil, hint: nil)
        }
        let root = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        guard
            let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else {
            throw Diagnostic.error("the folder \"\(displayRoot)\" cannot be read", at: nil, hint: nil)
        }
        var files: [SourceFile] = []
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            let fullPath = url.standardizedFileURL.path
            guard fullPath.hasPrefix(rootPath) else { continue }
            let relative = String(fullPath.dropFirst(rootPath.count))
            let display = displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
            guard let data = FileManager.default.contents(atPath: fullPath) else {
                throw Diagnostic.error("the file cannot be read", at: SourceLocation(file: display), hint: "check its permissions")
            }
            files.append(SourceFile(path: relative, displayPath: display, bytes: [UInt8](data)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// "did you mean ..." among the folders next to the one asked for.
    private static func folderHint(_ folder: String) -> String {
        let url = URL(fileURLWithPath: folder)
        let parent = url.deletingLastPathComponent().path
        let siblings = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        if let near = NearestName.suggest(for: url.lastPathComponent, among: siblings.filter { !$0.hasPrefix(".") }) {
            return "did you mean \"\(near)\"?"
        }
        return "run tally from the folder that holds Content/ and Theme/, or pass --content and --theme"
    }
}
