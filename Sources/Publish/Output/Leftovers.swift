import Foundation

/// The folders and files Tally makes beside an output while it writes it: a staging folder for
/// the new site, the old site while it is swapped out, a bundle being written. Each has one
/// recognisable name, `.<output>.tally-<kind>-<process id>`, so that a later build can remove
/// those whose process has gone (a build that was killed) and say so.
public enum Leftovers {
    public enum Kind: String, CaseIterable, Sendable {
        case staging, old, partial
    }

    /// `.Site.tally-staging-4242` beside `Site`.
    static func url(besides output: URL, kind: Kind, process: Int32 = ProcessInfo.processInfo.processIdentifier) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).tally-\(kind.rawValue)-\(process)")
    }

    /// The process that made a leftover of `output` named `name`, or nil if the name is not one.
    static func process(of name: String, output: String) -> Int32? {
        let prefix = ".\(output).tally-"
        guard name.hasPrefix(prefix) else { return nil }
        let rest = name.dropFirst(prefix.count)
        for kind in Kind.allCases where rest.hasPrefix(kind.rawValue + "-") {
            return Int32(rest.dropFirst(kind.rawValue.count + 1))
        }
        return nil
    }

    /// Removes what builds of `output` that are no longer running left beside it; returns a line
    /// saying what was removed, or nil when there was nothing.
    public static func sweep(besides output: String) -> String? {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        let parent = url.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var removed: [String] = []
        var stuck: [String] = []
        for name in names.sorted() {
            guard let process = process(of: name, output: url.lastPathComponent), !isRunning(process) else { continue }
            do {
                try FileManager.default.removeItem(at: parent.appendingPathComponent(name))
                removed.append(name)
            } catch {
                stuck.append(name)
            }
        }
        var lines: [String] = []
        if !removed.isEmpty {
            lines.append("tally: removed \(removed.count == 1 ? "what a build" : "what builds") that stopped part-way left beside \(url.lastPathComponent)/: \(removed.joined(separator: ", "))")
        }
        if !stuck.isEmpty {
            lines.append("tally: warning: could not remove \(stuck.joined(separator: ", ")), left by a build that stopped part-way; delete it by hand")
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func isRunning(_ process: Int32) -> Bool {
        if process == ProcessInfo.processInfo.processIdentifier { return true }
        return kill(process, 0) == 0 || errno == EPERM
    }
}
