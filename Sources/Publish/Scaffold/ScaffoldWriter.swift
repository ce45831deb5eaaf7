import Diagnostics
import Foundation
import Model

/// Reads the content a scaffold needs, and writes new files without ever replacing one.
public enum ScaffoldWriter {
    /// The content folder's model and the paths of all its files, drafts included.
    public static func survey(_ folder: String) throws(Diagnostic) -> (content: Content, files: Set<String>) {
        let files = try FolderReader.read(folder, displayRoot: Builder.displayName(folder))
        return (ContentParser.parse(files, displayRoot: Builder.displayName(folder)).content, Set(files.map(\.path)))
    }

    /// Every file of the content folder, read as a build reads it.
    public static func files(_ folder: String) throws(Diagnostic) -> [SourceFile] {
        try FolderReader.read(folder, displayRoot: Builder.displayName(folder))
    }

    /// Replaces a file that exists with new text, whole or not at all (written beside it, then renamed).
    public static func replace(_ path: String, in folder: String, with text: String) throws(Diagnostic) {
        let full = URL(fileURLWithPath: folder).standardizedFileURL.path + "/" + path
        let temporary = (full as NSString).deletingLastPathComponent + "/.tally-partial-\(ProcessInfo.processInfo.processIdentifier)-" + (path as NSString).lastPathComponent
        guard SiteWriter.writeFile(temporary, Array(text.utf8)), rename(temporary, full) == 0 else {
            unlink(temporary)
            throw Diagnostic.error("\(Builder.displayName(folder))/\(path) could not be written: \(String(cString: strerror(errno)))", at: nil, hint: nil)
        }
    }

    /// Creates each file; refuses, changing nothing, if any of them exists.
    public static func create(_ newFiles: [NewFile], in folder: String) throws(Diagnostic) {
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        let display = Builder.displayName(folder)
        for file in newFiles where FileManager.default.fileExists(atPath: root + "/" + file.path) {
            throw Diagnostic.error(
                "\(display)/\(file.path) already exists", at: SourceLocation(file: "\(display)/\(file.path)"),
                hint: "tally new never replaces a file: edit it, or choose another name")
        }
        var created: [String] = []
        for file in newFiles {
            let path = root + "/" + file.path
            do {
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            } catch {
                throw Diagnostic.error("the folder for \(display)/\(file.path) could not be made: \(error.localizedDescription)", at: nil, hint: nil)
            }
            // O_EXCL: if the file appeared meanwhile, it is not replaced.
            let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                let reason = String(cString: strerror(errno))
                for done in created { unlink(done) }
                throw Diagnostic.error("\(display)/\(file.path) could not be created: \(reason)", at: SourceLocation(file: "\(display)/\(file.path)"), hint: nil)
            }
            let bytes = Array(file.text.utf8)
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            guard written == bytes.count else {
                unlink(path)
                for done in created { unlink(done) }
                throw Diagnostic.error("\(display)/\(file.path) could not be written", at: nil, hint: "check that there is space on the disk")
            }
            created.append(path)
        }
    }
}
