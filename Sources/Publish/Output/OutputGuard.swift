import Diagnostics
import Foundation

/// Decides whether Tally may replace an output folder (or write a bundle) before anything is
/// written. Tally replaces only what it wrote: a folder that carries its stamp, or one from which
/// it would remove nothing. It never replaces a file, a symbolic link, the content or theme
/// folder, a folder that holds them or the folder you work in, or a project's folder; `--force`
/// lifts only the rule about folders Tally did not write.
public enum OutputGuard {
    /// The folders an output must keep clear of, as given on the command line.
    public struct Protected: Sendable {
        public var content: String
        public var theme: String
        /// The folder `tally` runs in.
        public var workingFolder: String

        public init(content: String, theme: String, workingFolder: String = FileManager.default.currentDirectoryPath) {
            self.content = content
            self.theme = theme
            self.workingFolder = workingFolder
        }
    }

    /// What the guard allows: to go ahead, with a line to show when `--force` replaces a folder
    /// Tally did not write.
    public struct Clearance: Sendable {
        public var notice: String?
    }

    /// Names a project's folder by what it holds: never replaced, even with `--force`.
    static let projectMarkers = ["Package.swift", "site.yaml", ".git"]

    /// Checks a folder that a build is about to replace.
    public static func checkFolder(_ output: String, protected: Protected, force: Bool) throws(Diagnostic) -> Clearance {
        let shown = displayName(output)
        var info = stat()
        let exists = lstat(output, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFLNK {
            throw refusal(
                "the output \(shown) is a symbolic link; Tally does not replace a link or what it points to",
                hint: "build into a real folder: --output Site, or the folder the link points to")
        }
        if exists, info.st_mode & S_IFMT != S_IFDIR {
            throw refusal(
                "the output \(shown) is a file, not a folder; Tally builds a site into a folder and will not replace a file",
                hint: "choose a folder for the site, such as --output Site")
        }
        try checkPlace(output, shown: shown, protected: protected, what: "output folder")
        guard exists else { return Clearance() }
        if OutputStamp.isPresent(in: output) { return Clearance() }

        let names = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).sorted()
        let removable = names.filter { !SiteWriter.isKept($0) }
        guard !removable.isEmpty else { return Clearance() }
        if let marker = projectMarkers.first(where: names.contains) {
            let hint = marker == ".git"
                ? "build into a folder of its own, such as --output Site; if this is a checkout of your published site, delete everything in it but .git, then build (.git is kept); --force does not replace a project's folder"
                : "build into a folder of its own, such as --output Site; --force does not replace a project's folder"
            throw refusal(
                "the output \(shown)/ holds \(marker), so it looks like a project's folder, and Tally did not write it", hint: hint)
        }
        let listed = describe(removable)
        if force {
            return Clearance(
                notice: "tally: --force: replacing \(shown)/, which Tally did not write: \(listed) will be removed (README.md and dotfiles are kept)")
        }
        throw refusal(
            "the output \(shown)/ holds files that Tally did not write (\(listed)), so it is not replaced",
            hint: "build into a new or empty folder, or one Tally built before; to replace this one anyway, add --force")
    }

    /// Checks the path a bundle is about to be written to: a new `.zip`, or a bundle Tally made.
    public static func checkBundle(_ path: String, protected: Protected, force: Bool) throws(Diagnostic) {
        guard path.lowercased().hasSuffix(".zip") else {
            throw refusal("the bundle \(path) must be a .zip file", hint: "give a name that ends in .zip, such as --output site.zip")
        }
        var info = stat()
        let exists = lstat(path, &info) == 0
        if exists, info.st_mode & S_IFMT == S_IFLNK {
            throw refusal(
                "\(path) is a symbolic link; Tally does not replace a link or what it points to", hint: "give the bundle another name")
        }
        if exists, info.st_mode & S_IFMT != S_IFREG {
            throw refusal("\(path) is a folder, not a zip file", hint: "give a file name that ends in .zip")
        }
        try checkPlace(path, shown: path, protected: protected, what: "bundle")
        if exists, !force, !BundleArchive.isBundle(atPath: path) {
            throw refusal(
                "\(path) is not a bundle that Tally made, so it is not replaced",
                hint: "give the bundle another name, or move that file away; to replace it anyway, add --force")
        }
    }

    /// An output may not be, hold or lie inside the content or theme folder, nor be or hold the
    /// folder Tally runs in.
    static func checkPlace(_ output: String, shown: String, protected: Protected, what: String) throws(Diagnostic) {
        let target = resolved(output)
        let guarded: [(path: String, name: String)] = [
            (protected.content, "the content folder"), (protected.theme, "the theme folder"),
        ]
        let hint = what == "bundle"
            ? "write the bundle beside the content, not in it, such as --output site.zip"
            : "build into a folder of its own beside the content, such as --output Site"
        for (folder, name) in guarded {
            let root = resolved(folder)
            let label = displayName(folder) == shown ? name : "\(name), \(displayName(folder))"
            if target == root {
                throw refusal("the \(what) \(shown) is \(label); Tally never writes over it", hint: hint)
            }
            if isInside(root, target) {
                throw refusal("the \(what) \(shown) holds \(label); Tally never writes over it", hint: hint)
            }
            if isInside(target, root) {
                throw refusal("the \(what) \(shown) lies inside \(label); Tally never writes into it", hint: hint)
            }
        }
        let working = resolved(protected.workingFolder)
        if target == working || isInside(working, target) {
            throw refusal("the \(what) \(shown) holds the folder tally is running in; Tally never replaces it", hint: hint)
        }
    }

    static func refusal(_ message: String, hint: String) -> Diagnostic {
        .error(message, at: nil, hint: hint)
    }

    /// True when `path` lies strictly below `folder`.
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path.hasPrefix(folder == "/" ? "/" : folder + "/") && path != folder
    }

    /// The absolute path with `.`, `..` and symbolic links resolved, as far as the path exists.
    static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while existing.path != "/" {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                return ([String(cString: real)] + rest.reversed()).joined(separator: "/")
                    .replacingOccurrences(of: "//", with: "/")
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return "/" + rest.reversed().joined(separator: "/")
    }

    /// A few names and how many more.
    static func describe(_ names: [String]) -> String {
        let shown = names.prefix(3).joined(separator: ", ")
        return names.count > 3 ? "\(shown) and \(names.count - 3) more" : shown
    }

    static func displayName(_ folder: String) -> String {
        Builder.displayName(folder)
    }
}
