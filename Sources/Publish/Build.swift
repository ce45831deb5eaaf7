import Diagnostics
import Foundation
import Compute
import Model
import Render

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    /// The theme folder; nil: `Theme` when there is one, else the theme inside tally.
    public var themeFolder: String?
    public var outputFolder: String
    public var asOf: CivilDate?
    public var edition: Edition
    public var environment: [String: String]
    /// Replace an output folder that Tally did not write (`--force`); never the content or theme.
    public var force: Bool

    public init(
        contentFolder: String = "Content", themeFolder: String? = nil, outputFolder: String = "Site",
        asOf: CivilDate? = nil, edition: Edition = .web, environment: [String: String] = [:], force: Bool = false
    ) {
        self.contentFolder = contentFolder
        self.themeFolder = themeFolder
        self.outputFolder = outputFolder
        self.asOf = asOf
        self.edition = edition
        self.environment = environment
        self.force = force
    }

    /// The folders an output must keep clear of.
    public var protectedFolders: OutputGuard.Protected {
        OutputGuard.Protected(content: contentFolder, theme: themeFolderInUse ?? "Theme")
    }

    /// The theme folder this build reads, or nil for the theme inside tally.
    public var themeFolderInUse: String? {
        if let themeFolder { return themeFolder }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: "Theme", isDirectory: &isFolder) && isFolder.boolValue ? "Theme" : nil
    }
}

/// What a build or a check found and did.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    /// Lines to show besides the problems: what `--force` replaced, leftovers removed, what is
    /// scheduled for later.
    public var notes: [String] = []
    public var asOf: CivilDate?
    public var asOfSource: AsAtDate.Source?
    /// Pages and updates dated after the as-at date, left out of the site.
    public var scheduled: [ScheduledItem] = []
    public var siteTitle: String?
    public var pageCount = 0
    public var fileCount = 0
    /// True when the output folder was replaced.
    public var wrote = false
    public var site: RenderedSite?
    /// The reading ease of every summary: worked out by a check, not a build.
    public var plainLanguage: PlainLanguageReview?
    /// Pages with no translation, and translations whose source has changed since: worked out
    /// by a check, reported by `tally check --translations`.
    public var translationReview: [Diagnostic] = []
    public var timings = StageTimings()
    /// For a session's later builds: the files written or removed (nil when the whole folder
    /// was replaced), and how many pages were rendered and how many taken from the last build.
    public var writtenPaths: [String]?
    public var removedPaths: [String]?
    public var pagesRendered = 0
    public var pagesReused = 0

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// The whole pipeline: read, parse, render, check, and (for a build) write.
public enum Builder {
    /// Runs every stage it can, so that one run reports every problem; writes only if there
    /// were no errors and `write` is true. The output folder is never left half-written.
    public static func run(_ options: BuildOptions, write: Bool, today: @escaping @Sendable () -> CivilDate = Builder.today) -> BuildReport {
        BuildSession(options, remembering: false, today: today).build(write: write, check: !write)
    }

    /// Today's date in the machine's time zone: used only when nothing else fixes the date.
    @Sendable public static func today() -> CivilDate {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? CivilDate(daysSinceEpoch: now / 86_400)
    }

    /// A folder as the user should see it in messages: as given, without a trailing slash.
    public static func displayName(_ folder: String) -> String {
        var name = folder
        while name.count > 1, name.hasSuffix("/") { name.removeLast() }
        if name.hasPrefix("./") { name.removeFirst(2) }
        return name
    }
}
