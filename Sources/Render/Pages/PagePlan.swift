import Diagnostics
import Foundation
import Model

/// Where a file of the site comes from, for messages when two would be written to one path.
public enum Origin: Sendable, Hashable {
    case content(SourceLocation)
    case theme(SourceLocation)
    case generated(String)

    var description: String {
        switch self {
        case .content(let location), .theme(let location): return location.file
        case .generated(let what): return what
        }
    }

    var location: SourceLocation? {
        switch self {
        case .content(let location), .theme(let location): return location
        case .generated: return nil
        }
    }
}

/// A step back up the site, shown as a breadcrumb.
public struct Crumb: Sendable, Hashable {
    public var title: String
    public var sitePath: String

    public init(title: String, sitePath: String) {
        self.title = title
        self.sitePath = sitePath
    }
}

/// An HTML page the site will have, decided before any page is rendered.
struct PagePlan: Sendable {
    var sitePath: String
    var title: String
    /// The kind of page, and so the theme's template that draws it.
    var kind: PageKind
    /// The pages above it, the home page first; empty for the home page itself.
    var breadcrumbs: [Crumb]
    var origin: Origin
    /// The page's own values for its template; shared values (site, navigation...) are added by `Chrome`.
    var view: @Sendable (inout PageRender) -> View
    /// False for the later pages of a list: search finds the items themselves.
    var searchable = true
    /// The one value the page is drawn from besides what it looks up (`PageRead`); nil for a
    /// page whose view may hold anything else, which a session then builds again at every change.
    private(set) var subject: PageSubject?

    init(
        sitePath: String, title: String, kind: PageKind, breadcrumbs: [Crumb], origin: Origin,
        view: @escaping @Sendable (inout PageRender) -> View, searchable: Bool = true
    ) {
        self.sitePath = sitePath
        self.title = title
        self.kind = kind
        self.breadcrumbs = breadcrumbs
        self.origin = origin
        self.view = view
        self.searchable = searchable
    }

    /// A page drawn from `subject` alone by `view`, which is given nothing else (pass a
    /// function, not a closure that holds other values): in a session the page is taken from
    /// the last build when its plan, its subject and its look-ups are what they were.
    init<Subject: Hashable & Sendable>(
        sitePath: String, title: String, kind: PageKind, breadcrumbs: [Crumb], origin: Origin,
        subject: Subject, view: @escaping @Sendable (Subject, inout PageRender) -> View, searchable: Bool = true
    ) {
        // One copy of the subject, held by the view and compared by a session.
        let box = SubjectBox(subject)
        self.init(
            sitePath: sitePath, title: title, kind: kind, breadcrumbs: breadcrumbs, origin: origin,
            view: { render in view(box.value, &render) }, searchable: searchable)
        self.subject = PageSubject(box: box)
    }

    /// True when `other` is this plan as an earlier build made it: the same page of the same subject.
    func isSame(as other: PagePlan) -> Bool {
        guard let subject, subject == other.subject else { return false }
        return sitePath == other.sitePath && kind == other.kind && title == other.title && breadcrumbs == other.breadcrumbs
            && origin == other.origin && searchable == other.searchable
    }
}

/// The value a page is drawn from (`PagePlan.subject`).
struct PageSubject: Hashable, Sendable {
    fileprivate let box: AnySubjectBox

    static func == (one: PageSubject, other: PageSubject) -> Bool {
        one.box === other.box || one.box.isEqual(to: other.box)
    }

    func hash(into hasher: inout Hasher) {
        box.hash(into: &hasher)
    }
}

/// A subject of any type, compared with another of the same type.
private class AnySubjectBox: @unchecked Sendable {
    func isEqual(to other: AnySubjectBox) -> Bool { false }
    func hash(into hasher: inout Hasher) {}
}

// Immutable: `value` is a `let` of a `Sendable` type.
private final class SubjectBox<Subject: Hashable & Sendable>: AnySubjectBox, @unchecked Sendable {
    let value: Subject

    init(_ value: Subject) {
        self.value = value
    }

    override func isEqual(to other: AnySubjectBox) -> Bool {
        // The box is cast, not its value: a cast of the value copied every subject compared.
        guard let other = other as? SubjectBox<Subject> else { return false }
        return other.value == value
    }

    override func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}

/// Any other file of the site: a stylesheet, a download, a feed.
struct FilePlan: Sendable {
    var sitePath: String
    var origin: Origin
    /// Made from a value another file makes first (an export's second format): in a session it
    /// is made after the other work, so that no core waits for that value while work is left.
    private(set) var waitsForSharedValue = false
    /// Makes the file; given a digest's use (in a session), it also digests the value it is made from.
    private let make: @Sendable (SiteEnvironment, _ earlier: MadeFile?, _ digesting: Bool) -> MadeFile

    init(sitePath: String, origin: Origin, produce: @escaping @Sendable (SiteEnvironment) -> [UInt8]) {
        self.sitePath = sitePath
        self.origin = origin
        make = { environment, _, _ in MadeFile(bytes: produce(environment), digest: nil) }
    }

    /// Files written from one value (an export's records, as CSV and as JSON). In a session, when
    /// the value is the one a file was last written from (by `ByteDigest`, which tells apart any
    /// two values written differently), the file is taken as it was instead of written again;
    /// the value and its digest are made once for all the files, not once for each. A one-off
    /// build makes it for each file, so that no list of every record is held while the next is made.
    static func written<Source: Encodable & Sendable>(
        from source: @escaping @Sendable (SiteEnvironment) -> Source, as files: [(sitePath: String, origin: Origin, write: @Sendable (Source) -> [UInt8])]
    ) -> [FilePlan] {
        let shared = SharedValue(source, users: files.count)
        return files.enumerated().map { index, file in
            var plan = FilePlan(sitePath: file.sitePath, origin: file.origin, shared: shared, writtenAs: file.write)
            plan.waitsForSharedValue = index > 0
            return plan
        }
    }

    private init<Source: Encodable & Sendable>(
        sitePath: String, origin: Origin, shared: SharedValue<Source>, writtenAs write: @escaping @Sendable (Source) -> [UInt8]
    ) {
        self.sitePath = sitePath
        self.origin = origin
        make = { environment, earlier, digesting in
            guard digesting else { return MadeFile(bytes: write(shared.make(environment)), digest: nil) }
            let (value, digest) = shared.valueAndDigest(in: environment)
            if let digest, let earlier, earlier.digest == digest { return earlier }
            return MadeFile(bytes: write(value), digest: digest)
        }
    }

    func produce(_ environment: SiteEnvironment) -> [UInt8] {
        make(environment, nil, false).bytes
    }

    /// The file, taken from `earlier` (the last build's) if it was made from the same value;
    /// with its value's digest when `digesting`, for the next build.
    func produce(_ environment: SiteEnvironment, earlier: MadeFile?, digesting: Bool) -> MadeFile {
        make(environment, earlier, digesting)
    }
}

/// A file's bytes, and the digest of the value they were written from (nil: not known).
struct MadeFile: Sendable {
    var bytes: [UInt8]
    var digest: Int?
}

/// A value several files are written from, made once for all of them in a session
/// (`FilePlan.written`), and let go of once the last has taken it.
private final class SharedValue<Source: Encodable & Sendable>: @unchecked Sendable {
    // Guarded by `lock`: the files are made on all cores, and the second waits for the first's value.
    private let lock = NSLock()
    private var made: (value: Source, digest: Int?)?
    private var taken = 0
    private let users: Int
    let make: @Sendable (SiteEnvironment) -> Source

    init(_ make: @escaping @Sendable (SiteEnvironment) -> Source, users: Int) {
        self.make = make
        self.users = users
    }

    func valueAndDigest(in environment: SiteEnvironment) -> (Source, Int?) {
        lock.lock()
        defer { lock.unlock() }
        let value = made ?? {
            let value = make(environment)
            return (value, ByteDigest.of(value))
        }()
        taken += 1
        if taken == users {
            made = nil
            taken = 0
        } else {
            made = value
        }
        return value
    }
}
