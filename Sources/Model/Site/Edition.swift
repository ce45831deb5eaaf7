/// Which form of the site a build makes.
public enum Edition: String, Sendable, CaseIterable, Hashable {
    /// For a web server: the default.
    case web
    /// For computers with no internet (in a prison or a secure hospital, say): external links written out as text, nothing
    /// fetched, packed as a zip by `tally bundle`.
    case offline
    /// One printable document.
    case print
}

extension Set where Element == Edition {
    /// True when something limited to these editions (nil: all) appears in `edition`.
    public static func includes(_ editions: Set<Edition>?, _ edition: Edition) -> Bool {
        editions?.contains(edition) ?? true
    }
}
