import Diagnostics
import Foundation
import Render

/// Writes a built site so that the output folder is either the old site or the whole new one:
/// everything goes into a staging folder beside it, which then takes the output folder's place.
public enum SiteWriter {
    /// Files at the top of an output folder that Tally keeps when it replaces the folder: the
    /// README that says the folder is generated, and dotfiles such as `.gitignore`.
    static func isKept(_ name: String) -> Bool {
        name == "README.md" || name.hasPrefix(".")
    }

    public static func replace(_ output: String, with files: [OutputFile]) throws(Diagnostic) {
        let fileManager = FileManager.default
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outputURL.deletingLastPathComponent()
        let name = outputURL.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).staging-\(pid)")
        let old = parent.appendingPathComponent(".\(name).old-\(pid)")

        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try write(files, into: staging)
            try carryOverKeptFiles(from: outputURL, to: staging, generated: Set(files.map(\.sitePath)))
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Diagnostic.error(
                "the site could not be written: \(error.localizedDescription)", at: nil,
                hint: "check that there is space on the disk and that \(parent.path) can be written; \(name)/ is unchanged")
        }

        do {
            if fileManager.fileExists(atPath: outputURL.path) {
                try fileManager.moveItem(at: outputURL, to: old)
                do {
                    try fileManager.moveItem(at: staging, to: outputURL)
                } catch {
                    try? fileManager.moveItem(at: old, to: outputURL)
                    throw error
                }
                try? fileManager.removeItem(at: old)
            } else {
                try fileManager.moveItem(at: staging, to: outputURL)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw Diagnostic.error("the new site could not replace \(name)/: \(error.localizedDescription)", at: nil, hint: nil)
        }
    }

    /// Writes every file under `folder`, creating folders as needed, on all cores.
    static func write(_ files: [OutputFile], into folder: URL) throws {
        let folders = Set(files.map { SitePathFolder.of($0.sitePath) }).sorted()
        for relative in folders where !relative.isEmpty {
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(relative, isDirectory: true), withIntermediateDirectories: true)
        }
        let base = folder.path
        let failures = files.parallelMap { file -> String? in
            let path = base + "/" + file.sitePath
            let written = file.bytes.withUnsafeBytes { buffer in
                FileManager.default.createFile(atPath: path, contents: Data(buffer))
            }
            return written ? nil : file.sitePath
        }
        if let failed = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: failed])
        }
    }

    private static func carryOverKeptFiles(from output: URL, to staging: URL, generated: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        for name in names.sorted() where isKept(name) && !generated.contains(name) {
            try FileManager.default.copyItem(at: output.appendingPathComponent(name), to: staging.appendingPathComponent(name))
        }
    }
}

enum SitePathFolder {
    static func of(_ sitePath: String) -> String {
        guard let slash = sitePath.lastIndex(of: "/") else { return "" }
        return String(sitePath[..<slash])
    }
}
