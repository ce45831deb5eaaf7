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
    /// Makes the file; in a session (`remembering`), from `earlier` (the last build's) when it can.
    private let make: @Sendable (SiteEnvironment, _ earlier: MadeFile?, _ remembering: Bool) -> MadeFile

    init(sitePath: String, origin: Origin, produce: @escaping @Sendable (SiteEnvironment) -> [UInt8]) {
        self.sitePath = sitePath
        self.origin = origin
        make = { environment, _, _ in MadeFile(bytes: produce(environment), memo: nil) }
    }

    /// The files of an export (its records as CSV and as JSON), written from one document.
    ///
    /// In a session, when every record would be written as the last build wrote it, the files
    /// are taken as they were; a record whose row is what it was is not even made (`RecordExport`).
    /// Rows are compared as Swift compares values, as a page's look-ups are (`PageAnswer`), so
    /// an edit that only spells an "é" another way shows at the next build. A one-off build makes
    /// the document for each file, so that no list of every record is held while the next is made.
    static func written<Export: RecordExport>(
        _ export: Export.Type, as files: [(sitePath: String, origin: Origin, write: @Sendable (ExportDocument<Export.Record>) -> [UInt8])]
    ) -> [FilePlan] {
        let shared = SharedExport<Export>(users: files.count)
        return files.enumerated().map { index, file in
            var plan = FilePlan(sitePath: file.sitePath, origin: file.origin, shared: shared, writtenAs: file.write)
            plan.waitsForSharedValue = index > 0
            return plan
        }
    }

    private init<Export: RecordExport>(
        sitePath: String, origin: Origin, shared: SharedExport<Export>,
        writtenAs write: @escaping @Sendable (ExportDocument<Export.Record>) -> [UInt8]
    ) {
        self.sitePath = sitePath
        self.origin = origin
        make = { environment, earlier, remembering in
            guard remembering else {
                let (sharedValues, rows) = Export.gather(environment)
                return MadeFile(bytes: write(Export.document(sharedValues, records: rows.map { Export.record($0, sharedValues) })), memo: nil)
            }
            let (memo, document) = shared.take(in: environment, before: earlier?.memo as? ExportMemo<Export>)
            if let document { return MadeFile(bytes: write(document), memo: memo) }
            guard let earlier else { preconditionFailure("an export is taken as it was only from the file the last build made") }
            return MadeFile(bytes: earlier.bytes, memo: memo)
        }
    }

    func produce(_ environment: SiteEnvironment) -> [UInt8] {
        make(environment, nil, false).bytes
    }

    /// The file, taken from `earlier` (the last build's) when it would be made the same; with
    /// what tells so when `remembering`, for the next build.
    func produce(_ environment: SiteEnvironment, earlier: MadeFile?, remembering: Bool) -> MadeFile {
        make(environment, earlier, remembering)
    }
}

/// A file's bytes, and what a session keeps to tell whether the next build would make the same
/// (an `ExportMemo`; nil: not known, so never taken as it was).
struct MadeFile: Sendable {
    var bytes: [UInt8]
    var memo: (any Sendable)?
}
