import Foundation

/// The small file Tally puts at the top of every folder it builds, so that a later build knows
/// the folder is Tally's to replace. A folder without it is replaced only when Tally would
/// remove nothing from it (it is empty, or holds only a README.md and dotfiles, which are kept),
/// or with `--force`.
public enum OutputStamp {
    /// A dotfile: web servers commonly refuse to serve them, and Tally keeps dotfiles anyway.
    public static let fileName = ".tally-site"

    static let firstLine = "This folder was written by Tally, the static site generator (tally build)."
    public static let text = """
        \(firstLine)
        Tally replaces everything in it on each build, except README.md and files whose names start
        with a dot. Keep nothing else here: edit the content and build again.

        """

    /// True when `folder` carries Tally's stamp.
    static func isPresent(in folder: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: folder + "/" + fileName) else { return false }
        return String(decoding: data.prefix(firstLine.utf8.count), as: UTF8.self) == firstLine
    }

    static var bytes: [UInt8] { Array(text.utf8) }
}
