import Diagnostics
import Foundation
import Metrics
import Model
import Render

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var contentFolder: String
    public var themeFolder: String
    public var outputFolder: String
    public var asOf: CivilDate?
    public var edition: Edition
    public var environment: [String: String]

    public init(
        contentFolder: String = "Content", themeFolder: String = "Theme", outputFolder: String = "Site",
        asOf: CivilDate? = nil, edition: Edition = .web, environment: [String: String] = [:]
    ) {
        self.contentFolder = contentFolder
        self.themeFolder = themeFolder
        self.outputFolder = outputFolder
        self.asOf = asOf
        self.edition = edition
        self.environment = environment
    }
}

/// What a build or a check found and did.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    public var asOf: CivilDate?
    public var asOfSource: AsAtDate.Source?
    public var siteTitle: String?
    public var pageCount = 0
    public var fileCount = 0
    /// True when the output folder was replaced.
    public var wrote = false
    public var site: RenderedSite?
    /// The reading ease of every summary: worked out by a check, not a build.
    public var plainLanguage: PlainLanguageReview?
    public var timings = StageTimings()

    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// The whole pipeline: read, parse, render, check, and (for a build) write.
public enum Builder {
    /// Runs every stage it can, so that one run reports every problem; writes only if there
    /// were no errors and `write` is true. The output folder is never left half-written.
    public static func run(_ options: BuildOptions, write: Bool, today: () -> CivilDate = Builder.today) -> BuildReport {
        var report = BuildReport(diagnostics: DiagnosticList())
        let contentRoot = displayName(options.contentFolder)
        let themeRoot = displayName(options.themeFolder)

        var contentFiles: [SourceFile]?
        var themeFiles: [SourceFile]?
        do throws(Diagnostic) {
            contentFiles = try FolderReader.read(options.contentFolder, displayRoot: contentRoot)
        } catch {
            report.diagnostics.append(error)
        }
        do throws(Diagnostic) {
            themeFiles = try FolderReader.read(options.themeFolder, displayRoot: themeRoot)
        } catch {
            report.diagnostics.append(error)
        }

        report.timings.mark("read")
        let parsed = contentFiles.map { ContentParser.parse($0, displayRoot: contentRoot) }
        let loaded = themeFiles.map { Theme.load($0, displayRoot: themeRoot) }
        report.timings.mark("parse")
        if let parsed { report.diagnostics.append(contentsOf: parsed.diagnostics) }
        if let loaded { report.diagnostics.append(contentsOf: loaded.1) }
        guard let content = parsed?.content, let (theme, themeDiagnostics) = loaded, !themeDiagnostics.hasErrors else {
            return report
        }

        let (asOf, source) = AsAtDate.resolve(
            option: options.asOf, environment: options.environment, siteConfig: content.site.asOf, today: today)
        report.asOf = asOf
        report.asOfSource = source
        report.siteTitle = content.site.title

        let assessments = MetricsEngine.assess(content, asOf: asOf)
        report.diagnostics.append(contentsOf: assessments.diagnostics)
        report.timings.mark("compute")
        if !write {
            let review = PlainLanguageReview.review(content)
            report.plainLanguage = review
            report.diagnostics.append(contentsOf: review.diagnostics)
        }
        let site = SiteRenderer.render(content: content, assessments: assessments, theme: theme, edition: options.edition)
        report.diagnostics.append(contentsOf: site.diagnostics)
        report.pageCount = site.pageCount
        report.fileCount = site.files.count
        report.site = site
        report.timings.mark("render")

        guard write, !report.diagnostics.hasErrors else { return report }
        do throws(Diagnostic) {
            try SiteWriter.replace(options.outputFolder, with: site.files)
            report.wrote = true
            report.timings.mark("write")
        } catch {
            report.diagnostics.append(error)
        }
        return report
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
    static func displayName(_ folder: String) -> String {
        var name = folder
        while name.count > 1, name.hasSuffix("/") { name.removeLast() }
        if name.hasPrefix("./") { name.removeFirst(2) }
        return name
    }
}
