/// The commit a packaged binary was built from: scripts/package writes it into its copy of the
/// source. A build from a working copy has none.
enum ReleaseCommit {
    static let hash: String? = nil
}
