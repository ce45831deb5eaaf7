/// Which form of the site a build makes.
public enum Edition: String, Sendable, CaseIterable, Hashable {
    /// For a web server: the default.
    case web
    /// For computers with no internet (prisons): external links written out as text, nothing
    /// fetched, packed as a zip by `tally bundle`.
    case offline
    /// One printable document.
    case print
}
