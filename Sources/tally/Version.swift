/// What `tally --version` says: the version, and the commit a packaged binary was built from.
enum TallyVersion {
    static let number = "0.2.0"

    static var description: String {
        "tally \(number) (" + (ReleaseCommit.hash.map { "commit \($0)" } ?? "built from a working copy") + ")"
    }
}
