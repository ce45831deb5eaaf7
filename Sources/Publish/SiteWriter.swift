import Diagnostics
import Foundation
import Render

/// Writes a built site so that the output folder is either the old site or the whole new one:
/// everything goes into a staging folder beside it, which then takes the output folder's place.
public enum SiteWriter {
    /// Files at the top of an output folder that Tally keeps when it replaces the folder: the
    /// README that says the folder is generated, and dotfiles such as `.gitignore` (but not
    /// Tally's own stamp and temporary files, which it writes anew).
    static func isKept(_ name: String) -> Bool {
        name == "README.md" || (name.hasPrefix(".") && !name.hasPrefix(".tally-"))
    }

    /// Replaces the output folder with `files`; returns a warning to show if the old site could
    /// not be removed after the swap.
    @discardableResult
    public static func replace(_ output: String, with files: [OutputFile]) throws(Diagnostic) -> Diagnostic? {
        let staging = try SiteStaging(output: output)
        staging.write(files)
        return try staging.commit()
    }

    /// Brings an output folder that holds `previous` up to `files`: writes the files that are new
    /// or differ (each to a temporary name, then renamed over the old one, so a reader never
    /// sees half a file) and removes those that are gone. Returns the paths written and removed.
    /// `site`, when given, is every file the folder should hold (of which `files` are those that
    /// may have changed): files not in it are removed.
    public static func update(
        _ output: String, with files: [OutputFile], previous: [String: [UInt8]], removingAbsentFrom site: [OutputFile]? = nil
    ) throws(Diagnostic) -> (written: [String], removed: [String]) {
        let root = URL(fileURLWithPath: output).standardizedFileURL.path
        let changed = files.filter { previous[$0.sitePath] != $0.bytes }
        var removed: [String] = []
        if (site ?? files).count != previous.count || site == nil {
            let current = Set((site ?? files).map(\.sitePath))
            removed = previous.keys.filter { !current.contains($0) }.sorted()
        }
        for file in changed {
            let folder = SitePath.folder(of: file.sitePath)
            let path = root + "/" + file.sitePath
            let temporary = root + "/" + (folder.isEmpty ? "" : folder + "/") + ".tally-partial-\(ProcessInfo.processInfo.processIdentifier)-" + (file.sitePath.split(separator: "/").last.map(String.init) ?? "file")
            do {
                if !folder.isEmpty { try FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true) }
            } catch {
                throw Diagnostic.error("the folder for \(file.sitePath) could not be made: \(error.localizedDescription)", at: nil, hint: nil)
            }
            guard writeFile(temporary, file.bytes), rename(temporary, path) == 0 else {
                unlink(temporary)
                throw Diagnostic.error(
                    "\(file.sitePath) could not be written: \(String(cString: strerror(errno)))", at: nil,
                    hint: "check that there is space on the disk and that \(output)/ can be written")
            }
        }
        for path in removed {
            unlink(root + "/" + path)
        }
        return (changed.map(\.sitePath), removed)
    }

    /// Writes every file under `folder`, creating folders as needed, on all cores. Plain POSIX
    /// calls: each file is new in a new folder, so Foundation's write-to-a-temporary-then-rename
    /// would only double the work (the folder as a whole is what is swapped into place).
    static func write(_ files: [OutputFile], into folder: URL) throws {
        let base = folder.path
        var folders = Set<String>()
        for file in files {
            var relative = SitePath.folder(of: file.sitePath)
            while !relative.isEmpty, folders.insert(relative).inserted { relative = SitePath.folder(of: relative) }
        }
        // Sorted, a folder comes before the folders inside it.
        for relative in folders.sorted() where mkdir(base + "/" + relative, 0o755) != 0 && errno != EEXIST {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: relative, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        let failures = files.parallelMap { file -> String? in
            writeFile(base + "/" + file.sitePath, file.bytes) ? nil : file.sitePath
        }
        if let failed = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: failed])
        }
    }

    static func writeFile(_ path: String, _ bytes: [UInt8]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    static func carryOverKeptFiles(from output: URL, to staging: URL, generated: Set<String>) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        for name in names.sorted() where isKept(name) && !generated.contains(name) {
            try FileManager.default.copyItem(at: output.appendingPathComponent(name), to: staging.appendingPathComponent(name))
        }
    }
}

/// A new site written beside the output folder, batch by batch as it is rendered, then put in
/// the folder's place whole, or thrown away: the output folder is never half-written.
public final class SiteStaging: @unchecked Sendable {
    let outputURL: URL
    let stagingURL: URL
    // Touched only on `writer`.
    private var writtenPaths = Set<String>()
    private var failure: Error?
    /// Batches are written on a queue of their own, so the next batch is rendered while one is
    /// written (creating files is a tenth of a build, and would otherwise leave a core idle).
    private let writer = DispatchQueue(label: "tally.site-staging")
    /// At most two batches wait to be written, so a slow disk does not fill memory with pages.
    private let waiting = DispatchSemaphore(value: 2)

    public init(output: String) throws(Diagnostic) {
        outputURL = URL(fileURLWithPath: output).standardizedFileURL
        stagingURL = Leftovers.url(besides: outputURL, kind: .staging)
        do {
            try? FileManager.default.removeItem(at: stagingURL)
            try FileManager.default.createDirectory(at: stagingURL, withIntermediateDirectories: true)
            guard SiteWriter.writeFile(stagingURL.path + "/" + OutputStamp.fileName, OutputStamp.bytes) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
            }
        } catch {
            throw Diagnostic.error(
                "the site could not be written: \(error.localizedDescription)", at: nil,
                hint: "check that \(outputURL.deletingLastPathComponent().path) can be written; \(outputURL.lastPathComponent)/ is unchanged")
        }
    }

    /// Writes a batch of files, after those given before; the first failure is kept and
    /// reported by `commit`.
    public func write(_ files: [OutputFile]) {
        waiting.wait()
        writer.async { [self] in
            defer { waiting.signal() }
            guard failure == nil else { return }
            do {
                try SiteWriter.write(files, into: stagingURL)
                writtenPaths.formUnion(files.map(\.sitePath))
            } catch {
                failure = error
            }
        }
    }

    /// Puts the new site in the output folder's place, keeping the old folder's README and
    /// dotfiles. Returns a warning when the old site, once swapped out, could not be removed.
    @discardableResult
    public func commit() throws(Diagnostic) -> Diagnostic? {
        let fileManager = FileManager.default
        let name = outputURL.lastPathComponent
        writer.sync {}
        do {
            if let failure { throw failure }
            try SiteWriter.carryOverKeptFiles(from: outputURL, to: stagingURL, generated: writtenPaths)
        } catch {
            discard()
            throw Diagnostic.error(
                "the site could not be written: \(error.localizedDescription)", at: nil,
                hint: "check that there is space on the disk and that \(outputURL.deletingLastPathComponent().path) can be written; \(name)/ is unchanged")
        }
        let old = Leftovers.url(besides: outputURL, kind: .old)
        do {
            if fileManager.fileExists(atPath: outputURL.path) {
                try fileManager.moveItem(at: outputURL, to: old)
                do {
                    try fileManager.moveItem(at: stagingURL, to: outputURL)
                } catch {
                    try? fileManager.moveItem(at: old, to: outputURL)
                    throw error
                }
                do {
                    try fileManager.removeItem(at: old)
                } catch {
                    return .warning(
                        "the new site is in \(name)/, but the old one, moved to \(old.lastPathComponent), could not be removed: \(error.localizedDescription)",
                        at: nil, hint: "delete \(old.lastPathComponent) by hand; the next build also tries to")
                }
            } else {
                try fileManager.moveItem(at: stagingURL, to: outputURL)
            }
        } catch {
            discard()
            throw Diagnostic.error("the new site could not replace \(name)/: \(error.localizedDescription)", at: nil, hint: nil)
        }
        return nil
    }

    /// Throws the new site away; the output folder is as it was.
    public func discard() {
        writer.sync {}
        try? FileManager.default.removeItem(at: stagingURL)
    }
}

