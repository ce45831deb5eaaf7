import Diagnostics
import Foundation
import Compute
import Model
import Render

/// Builds the same content again and again, as `tally serve` does after each change, doing only
/// what the change needs: files whose stamp has not changed are not read again, unchanged files
/// are not parsed again, statuses are not worked out again if only prose changed, and only the
/// pages that show a changed body are rendered and written. The output is always what a full
/// build gives. One build at a time: the caller runs builds one after another.
public final class BuildSession {
    public let options: BuildOptions
    let remembering: Bool
    let today: @Sendable () -> CivilDate

    private var contentSnapshot: FolderReader.Snapshot?
    private var themeSnapshot: FolderReader.Snapshot?
    private let parseCache = ParseCache()
    private var loadedTheme: (files: [SourceFile], theme: Theme, diagnostics: DiagnosticList)?
    private var lastAssessments: (structure: Int, asOf: CivilDate, assessments: Assessments)?
    private var memo: RenderMemo?
    private var memoKey: (theme: [SourceFile], asOf: CivilDate)?
    /// What is in the output folder now, by path: nil until a build has written it whole.
    private var written: [String: [UInt8]]?

    /// - Parameter remembering: keep what each build made for the next; a one-off build does not.
    public init(_ options: BuildOptions, remembering: Bool = true, today: @escaping @Sendable () -> CivilDate = Builder.today) {
        self.options = options
        self.remembering = remembering
        self.today = today
    }

    /// Builds, and writes if `write` and there were no errors: the first time by replacing the
    /// output folder whole, then by writing only the files that changed. With `check`, also
    /// works out the reading ease of every summary.
    public func build(write: Bool, check: Bool = false) -> BuildReport {
        var report = BuildReport(diagnostics: DiagnosticList())
        let contentRoot = Builder.displayName(options.contentFolder)
        let themeRoot = Builder.displayName(options.themeFolder)

        var contentFiles: [SourceFile]?
        var themeFiles: [SourceFile]?
        do throws(Diagnostic) {
            let snapshot = try FolderReader.read(options.contentFolder, displayRoot: contentRoot, reusing: remembering ? contentSnapshot : nil)
            contentFiles = snapshot.files
            if remembering { contentSnapshot = snapshot }
        } catch {
            report.diagnostics.append(error)
        }
        do throws(Diagnostic) {
            let snapshot = try FolderReader.read(options.themeFolder, displayRoot: themeRoot, reusing: remembering ? themeSnapshot : nil)
            themeFiles = snapshot.files
            if remembering { themeSnapshot = snapshot }
        } catch {
            report.diagnostics.append(error)
        }
        report.timings.mark("read")

        let parsed = contentFiles.map { ContentParser.parse($0, displayRoot: contentRoot, cache: remembering ? parseCache : nil) }
        let loaded = themeFiles.map { files -> (Theme, DiagnosticList) in
            if let loadedTheme, loadedTheme.files == files { return (loadedTheme.theme, loadedTheme.diagnostics) }
            let (theme, diagnostics) = Theme.load(files, displayRoot: themeRoot)
            if remembering { loadedTheme = (files, theme, diagnostics) }
            return (theme, diagnostics)
        }
        report.timings.mark("parse")
        if let parsed { report.diagnostics.append(contentsOf: parsed.diagnostics) }
        if let loaded { report.diagnostics.append(contentsOf: loaded.1) }
        guard let content = parsed?.content, let (theme, themeDiagnostics) = loaded, !themeDiagnostics.hasErrors,
            let themeFiles
        else {
            return report
        }

        let (asOf, source) = AsAtDate.resolve(
            option: options.asOf, environment: options.environment, siteConfig: content.site.asOf, today: today)
        report.asOf = asOf
        report.asOfSource = source
        report.siteTitle = content.site.title

        let fingerprint = remembering ? ContentFingerprint(content) : nil
        let assessments: Assessments
        if let fingerprint, let last = lastAssessments, last.structure == fingerprint.structure, last.asOf == asOf {
            assessments = last.assessments
        } else {
            assessments = MetricsEngine.assess(content, asOf: asOf)
            if let fingerprint { lastAssessments = (fingerprint.structure, asOf, assessments) }
        }
        report.diagnostics.append(contentsOf: assessments.diagnostics)
        if check {
            let review = PlainLanguageReview.review(content)
            report.plainLanguage = review
            report.diagnostics.append(contentsOf: review.diagnostics)
        }
        report.timings.mark("compute")

        // A memo is only good for the theme, edition and date it was made with.
        let memoUsable = memoKey.map { $0.theme == themeFiles && $0.asOf == asOf } ?? false
        let site = SiteRenderer.render(
            content: content, assessments: assessments, theme: theme, edition: options.edition,
            fingerprint: fingerprint, reusing: memoUsable ? memo : nil)
        report.diagnostics.append(contentsOf: site.diagnostics)
        report.pageCount = site.pageCount
        report.fileCount = site.files.count
        report.pagesRendered = site.memo?.rendered ?? site.pageCount
        report.pagesReused = site.memo?.reused ?? 0
        report.site = site
        report.timings.mark("render")

        guard write, !report.diagnostics.hasErrors else { return report }
        do throws(Diagnostic) {
            if let written {
                let (changed, removed) = try SiteWriter.update(options.outputFolder, with: site.files, previous: written)
                report.writtenPaths = changed
                report.removedPaths = removed
            } else {
                try SiteWriter.replace(options.outputFolder, with: site.files)
            }
            report.wrote = true
            if remembering {
                written = Dictionary(site.files.map { ($0.sitePath, $0.bytes) }, uniquingKeysWith: { first, _ in first })
                memo = site.memo
                memoKey = (themeFiles, asOf)
            }
            report.timings.mark("write")
        } catch {
            report.diagnostics.append(error)
        }
        return report
    }
}
