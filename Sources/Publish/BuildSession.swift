import Compute
import Diagnostics
import Foundation
import Model
import Render

/// Builds the same content again and again, as `tally serve` does after each change, doing only
/// what the change needs. Files whose stamp has not changed are not read again. When the only
/// change is to prose (the Markdown after the front matter, feeding nothing but the file's own
/// pages), nothing is parsed or worked out again: only the pages that show that prose are
/// rendered, checked and written. Any other change is parsed with unchanged files' readings
/// reused, and rendered whole. Either way the output is what a full build gives. One build at
/// a time: the caller runs builds one after another.
public final class BuildSession {
    public let options: BuildOptions
    let remembering: Bool
    let today: @Sendable () -> CivilDate

    private var contentSnapshot: FolderReader.Snapshot?
    private var themeSnapshot: FolderReader.Snapshot?
    private let parseCache = ParseCache()
    private var loadedTheme: (files: [SourceFile], theme: Theme, diagnostics: DiagnosticList)?
    /// What the last build that rendered made, for the next one to start from.
    private var last: LastRender?
    /// The build `last` replaced, held until `letGoOfReplaced()` (or the next build) frees it.
    private var replaced: LastRender?
    /// What is in the output folder now, by path: nil until a build has written it whole.
    private var written: [String: [UInt8]]?
    /// True when `written` is what `last` rendered.
    private var lastWasWritten = false
    /// True once the output folder has been found safe to replace.
    private var outputCleared = false

    private struct LastRender {
        var contentFiles: [String: SourceFile]
        var themeFiles: [SourceFile]
        var asOf: CivilDate
        var asOfSource: AsAtDate.Source
        var scheduled: [ScheduledItem]
        var content: Content
        var parseDiagnostics: DiagnosticList
        var assessments: Assessments
        var memo: RenderMemo
    }

    /// - Parameter remembering: keep what each build made for the next; a one-off build does not.
    public init(_ options: BuildOptions, remembering: Bool = true, today: @escaping @Sendable () -> CivilDate = Builder.today) {
        self.options = options
        self.remembering = remembering
        self.today = today
    }

    /// Frees, on another thread, what the last build replaced. A preview calls it once it has
    /// told the browser of the build; else the next build does.
    public func letGoOfReplaced() {
        FreedMemory.freeElsewhere(replaced.take())
    }

    /// Builds, and writes if `write` and there were no errors: the first time by replacing the
    /// output folder whole, then by writing only the files that changed. With `check`, also
    /// works out the reading ease of every summary.
    ///
    /// A build is six steps, each below: read, parse, date (the as-at date and the content as it
    /// stood then), compute, render (with the link check), write. Rebuilding after a change to
    /// prose alone is the one seam: after reading, `proseOnlyChanges` finds it, and
    /// `rebuildProse` renders only the pages that show that prose, from what the last build made.
    ///
    /// - Parameter changed: the paths that changed since the last build, as a watcher reports
    ///   them (under the content or theme folder); only they are looked at again. Nil: look at
    ///   every file.
    public func build(write: Bool, check: Bool = false, changed: [String]? = nil) -> BuildReport {
        var report = BuildReport(diagnostics: DiagnosticList())
        if write, !outputCleared, !clearOutput(&report) { return report }
        var sources = read(changed: changed, report: &report)
        report.timings.mark("read")
        // `last` is not bound here: a second reference to what it holds would make the prose
        // rebuild copy every page of the site before changing one.
        if let contentFiles = sources.content, let themeFiles = sources.theme,
            let bodies = proseOnlyChanges(contentFiles, themeFiles: themeFiles, onlyAt: sources.changedContent)
        {
            return rebuildProse(bodies, contentFiles: contentFiles, report: report, write: write, check: check)
        }
        let parsed = parse(sources, report: &report)
        sources = Sources()
        guard var parsed, let dated = date(parsed, report: &report) else {
            last = nil
            return report
        }
        // A one-off build lets go of the model as read once the content as it stood is settled:
        // on a large site, the two together were a fifth of its peak memory.
        if !remembering {
            parsed.content.content = Content(site: dated.content.site)
            FreedMemory.handBack()
        }
        let assessments = compute(dated, check: check, report: &report)
        return renderAndWrite(parsed, dated, assessments: assessments, write: write, report: report)
    }

    // MARK: The steps

    /// What the read step found: each folder's files (nil when it could not be read), and the
    /// content files a watcher said changed (nil: any may have).
    private struct Sources {
        var content: [SourceFile]?
        var theme: [SourceFile]?
        var changedContent: Set<String>?
    }

    /// What the parse step made: the model and the theme, with the files they were made from.
    private struct Parsed {
        var content: ParsedContent
        var contentFiles: [SourceFile]
        var theme: Theme
        var themeFiles: [SourceFile]
    }

    /// What the date step settled: the as-at date, and the content as it stood that day.
    private struct Dated {
        var content: Content
        var asOf: CivilDate
        var source: AsAtDate.Source
        var scheduled: [ScheduledItem]
    }

    /// Read: the content and theme folders, only what changed when a watcher said what did.
    private func read(changed: [String]?, report: inout BuildReport) -> Sources {
        var hints = changed.flatMap(hintedPaths)
        var sources = Sources()
        do {
            let (snapshot, usedHints) = try refreshed(
                contentSnapshot, folder: options.contentFolder, displayRoot: Builder.displayName(options.contentFolder),
                paths: hints?.content)
            sources.content = snapshot.files
            report.diagnostics.append(contentsOf: snapshot.problems)
            // A refresh that fell back to reading the whole folder knows nothing of what changed.
            if !usedHints { hints = nil }
            if remembering { contentSnapshot = snapshot }
        } catch {
            Self.record(error, in: &report)
        }
        if let themeFolder = options.themeFolderInUse {
            do {
                let snapshot = try refreshed(themeSnapshot, folder: themeFolder, displayRoot: Builder.displayName(themeFolder), paths: hints?.theme)
                    .snapshot
                sources.theme = snapshot.files
                report.diagnostics.append(contentsOf: snapshot.problems)
                if remembering { themeSnapshot = snapshot }
            } catch {
                Self.record(error, in: &report)
            }
        } else {
            sources.theme = DefaultTheme.sourceFiles
        }
        sources.changedContent = hints?.content
        return sources
    }

    /// Parse: the content into the model (unchanged files' readings reused), and the theme.
    /// Nil when either could not be read or the theme has errors.
    private func parse(_ sources: Sources, report: inout BuildReport) -> Parsed? {
        let themeRoot = options.themeFolderInUse.map(Builder.displayName) ?? "(default theme)"
        let parsed = sources.content.map {
            ContentParser.parse($0, displayRoot: Builder.displayName(options.contentFolder), cache: remembering ? parseCache : nil)
        }
        let loaded = sources.theme.map { files -> (Theme, DiagnosticList) in
            if let loadedTheme, loadedTheme.files == files { return (loadedTheme.theme, loadedTheme.diagnostics) }
            let (theme, diagnostics) = Theme.load(
                files, displayRoot: themeRoot, defaultStrings: DefaultTheme.sourceFiles.filter { $0.path.hasPrefix("strings/") },
                defaultTemplates: DefaultTheme.sourceFiles.filter { $0.path.hasPrefix("templates/") })
            if remembering { loadedTheme = (files, theme, diagnostics) }
            return (theme, diagnostics)
        }
        report.timings.mark("parse")
        if let parsed { report.diagnostics.append(contentsOf: parsed.diagnostics) }
        if let loaded { report.diagnostics.append(contentsOf: loaded.1) }
        guard let parsed, let contentFiles = sources.content, let (theme, themeDiagnostics) = loaded, !themeDiagnostics.hasErrors,
            let themeFiles = sources.theme
        else { return nil }
        // A one-off build lets go of the files' bytes once they are read into the model: on a large
        // site they are a sixth of its peak memory. A session keeps them to tell what changed.
        return Parsed(content: parsed, contentFiles: remembering ? contentFiles : [], theme: theme, themeFiles: themeFiles)
    }

    /// Date: the as-at date, what is scheduled for later, and the content as it stood that day.
    private func date(_ parsed: Parsed, report: inout BuildReport) -> Dated? {
        let asOf: CivilDate
        let source: AsAtDate.Source
        do {
            (asOf, source) = try AsAtDate.resolve(
                option: options.asOf, environment: options.environment, siteConfig: parsed.content.content.site.asOf, today: today)
        } catch {
            report.diagnostics.append(error)
            return nil
        }
        let problems = Self.laterThanToday(asOf, source: source, site: parsed.content.content.site, today: today())
        report.diagnostics.append(contentsOf: problems)
        if problems.contains(where: { $0.severity == .error }) { return nil }
        let (published, scheduled) = Scheduling.published(parsed.content.content, asOf: asOf)
        // A date given for this build may be earlier than the site's own: the site is then shown
        // as it stood that day, and only facts after the site's own date are mistakes.
        let latest = source == .option || source == .environment ? (published.site.asOf ?? today()) : asOf
        let (content, leftOut, laterFacts) = AsItStood.limit(published, asOf: asOf, latest: latest)
        report.diagnostics.append(contentsOf: laterFacts)
        if leftOut.total > 0 {
            report.notes.append("tally: shown as the site stood on \(asOf.long): \(leftOut.described) dated after it left out")
        }
        report.asOf = asOf
        report.asOfSource = source
        report.siteTitle = content.site.title
        report.scheduled = scheduled
        return Dated(content: content, asOf: asOf, source: source, scheduled: scheduled)
    }

    /// A site shown as at a day that has not come: what is due before then is shown overdue, as
    /// if nothing more would be reported. In site.yaml (the site's own date, the latest its facts
    /// can have) that is a slip of the year, and an error; asked for with `--as-of`, a warning.
    static func laterThanToday(_ asOf: CivilDate, source: AsAtDate.Source, site: SiteConfig, today: CivilDate) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let own = site.asOf, own > today {
            problems.append(.error(
                "as_of is \(own.long), after today (\(today.long)): the site would be shown as it will be then, as if nothing more were reported, and facts dated up to then would be let through",
                at: site.asOfLocation, hint: "as_of is the day the site shows, and the latest its facts can have: check the year"))
        }
        if asOf > today, source != .siteConfig {
            problems.append(.warning(
                "the site is shown as at \(asOf.long), after today (\(today.long)): what is due before then is shown overdue, as if nothing more were reported",
                at: nil, hint: "give a day that has come, or leave the date out to show the site as at \(site.asOf.map { "its as_of, \($0.long)" } ?? "today")"))
        }
        return problems
    }

    /// Compute: every status and figure. (A change to prose alone is rebuilt without this step.)
    private func compute(_ dated: Dated, check: Bool, report: inout BuildReport) -> Assessments {
        let assessments = MetricsEngine.assess(dated.content, asOf: dated.asOf)
        report.diagnostics.append(contentsOf: assessments.diagnostics)
        if check { addReadingEase(dated.content, to: &report) }
        report.timings.mark("compute")
        return assessments
    }

    /// Render and write: every page (its links checked), then the files. A one-off build writes
    /// each batch of pages into a staging folder as it is rendered, so a large site is never held
    /// whole in memory; a session keeps its pages for the next build, and writes what changed.
    private func renderAndWrite(
        _ parsed: Parsed, _ dated: Dated, assessments: Assessments, write: Bool, report start: BuildReport
    ) -> BuildReport {
        var report = start
        var staging: SiteStaging?
        if !remembering, write, options.edition != .print, !report.diagnostics.hasErrors {
            do {
                staging = try SiteStaging(output: options.outputFolder)
            } catch {
                Self.record(error, in: &report)
                return report
            }
        }
        // A one-off build that will write nothing, for errors found before rendering, still
        // renders every page (for the problems only rendering finds) but keeps none: held whole,
        // a site of 100,000 notes with one error took 3.7 GB.
        let discarding = !remembering && write && options.edition != .print && report.diagnostics.hasErrors
        // Pages whose templates are given what they were given last time are taken as they were.
        var previous = last.flatMap { $0.themeFiles == parsed.themeFiles ? $0.memo : nil }
        let site = SiteRenderer.render(
            content: dated.content, assessments: assessments, theme: parsed.theme, edition: options.edition, remembering: remembering,
            previous: previous,
            emit: discarding
                ? { _ in }
                : staging.map { staging in
                    var sinceHandedBack = 0
                    return { files in
                        staging.write(files)
                        sinceHandedBack += files.reduce(0) { $0 + $1.bytes.count }
                        if sinceHandedBack >= FreedMemory.batch {
                            FreedMemory.handBack()
                            sinceHandedBack = 0
                        }
                    }
                })
        // Let go of here, not at the end of this function: the last build is freed on another
        // thread below only if nothing else still holds it.
        previous = nil
        report.diagnostics.append(contentsOf: site.diagnostics)
        record(site, in: &report)
        if let staging {
            report.timings.mark("render and write")
            finish(staging, report: &report)
            return report
        }
        // Freeing every page of a large site took a twentieth of a field edit: the last build's
        // pages are let go of once this build is reported (`letGoOfReplaced()`), so that the
        // freeing takes no core from this one.
        letGoOfReplaced()
        replaced = last.take()
        if let memo = site.memo {
            last = LastRender(
                contentFiles: Dictionary(parsed.contentFiles.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first }),
                themeFiles: parsed.themeFiles, asOf: dated.asOf, asOfSource: dated.source, scheduled: dated.scheduled,
                content: dated.content, parseDiagnostics: parsed.content.diagnostics, assessments: assessments,
                memo: memo)
        } else {
            last = nil
        }
        report.timings.mark("render")
        writeIfGood(site, write: write, report: &report)
        return report
    }

    // MARK: The output folder, the seam and the report

    /// Checks, before anything is read, that the output folder is Tally's to replace, and removes
    /// what killed builds left beside it. False (with the reason in the report) when it is not.
    private func clearOutput(_ report: inout BuildReport) -> Bool {
        do {
            let clearance = try OutputGuard.checkFolder(options.outputFolder, protected: options.protectedFolders, force: options.force)
            if let notice = clearance.notice { report.notes.append(notice) }
        } catch {
            report.diagnostics.append(error)
            return false
        }
        if let swept = Leftovers.sweep(besides: options.outputFolder) { report.notes.append(swept) }
        outputCleared = true
        return true
    }

    /// A folder's files: from the last read with only `paths` looked at again when that can be
    /// done, else read whole (reusing files whose stamp is unchanged).
    private func refreshed(
        _ snapshot: FolderReader.Snapshot?, folder: String, displayRoot: String, paths: Set<String>?
    ) throws(Diagnostic) -> (snapshot: FolderReader.Snapshot, usedHints: Bool) {
        if remembering, let snapshot, let paths,
            let refreshed = FolderReader.refresh(snapshot, folder: folder, displayRoot: displayRoot, paths: paths)
        {
            return (refreshed, true)
        }
        return (try FolderReader.read(folder, displayRoot: displayRoot, reusing: remembering ? snapshot : nil), false)
    }

    /// The changed paths relative to the content and theme folders; nil if one is neither.
    private func hintedPaths(_ paths: [String]) -> (content: Set<String>, theme: Set<String>)? {
        let content = Self.absolute(options.contentFolder) + "/"
        let theme = Self.absolute(options.themeFolderInUse ?? "Theme") + "/"
        var result = (content: Set<String>(), theme: Set<String>())
        for path in paths {
            let full = Self.absolute(path)
            if full.hasPrefix(content) {
                result.content.insert(String(full.dropFirst(content.count)))
            } else if full.hasPrefix(theme) {
                result.theme.insert(String(full.dropFirst(theme.count)))
            } else {
                return nil
            }
        }
        return result
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The new bodies, when there was a last build and every change since is to prose alone;
    /// else nil. With `paths`, only the files at those paths can have changed.
    private func proseOnlyChanges(_ files: [SourceFile], themeFiles: [SourceFile], onlyAt paths: Set<String>?) -> [MarkdownText]? {
        guard let last, themeFiles == last.themeFiles, files.count == last.contentFiles.count else { return nil }
        let candidates = paths.map { paths in files.filter { paths.contains($0.path) } } ?? files
        var bodies: [MarkdownText] = []
        for file in candidates {
            guard let before = last.contentFiles[file.path] else { return nil }
            if before.bytes == file.bytes { continue }
            guard let body = ContentParser.proseOnlyChange(from: before, to: file), last.content.body(of: file.path) != nil else {
                return nil
            }
            bodies.append(body)
        }
        // The date statuses are worked out at must be the same: only a clock could move it.
        guard let (asOf, _) = try? AsAtDate.resolve(
            option: options.asOf, environment: options.environment, siteConfig: last.content.site.asOf, today: today)
        else { return nil }
        return asOf == last.asOf ? bodies : nil
    }

    private func rebuildProse(
        _ bodies: [MarkdownText], contentFiles: [SourceFile], report start: BuildReport, write: Bool, check: Bool
    ) -> BuildReport {
        var report = start
        // The session lets go of its own copy, so that the memo can be brought up to date in place.
        var state = last!
        last = nil
        for body in bodies {
            _ = state.content.replaceBody(with: body)
        }
        let changedPaths = Set(bodies.map(\.sourcePath))
        for file in contentFiles where changedPaths.contains(file.path) { state.contentFiles[file.path] = file }
        report.asOf = state.asOf
        report.asOfSource = state.asOfSource
        report.scheduled = state.scheduled
        report.siteTitle = state.content.site.title
        report.diagnostics.append(contentsOf: state.parseDiagnostics)
        report.timings.mark("parse")
        report.diagnostics.append(contentsOf: state.assessments.diagnostics)
        if check { addReadingEase(state.content, to: &report) }
        report.timings.mark("compute")

        let site = SiteRenderer.rerender(&state.memo, bodies: bodies)
        report.diagnostics.append(contentsOf: site.diagnostics)
        record(site, in: &report)
        last = state
        report.timings.mark("render")
        writeIfGood(site, write: write, report: &report)
        return report
    }

    /// Puts a streamed site in place if the build had no errors, else throws it away.
    private func finish(_ staging: SiteStaging, report: inout BuildReport) {
        guard !report.diagnostics.hasErrors else {
            staging.discard()
            return
        }
        do {
            if let warning = try staging.commit() { report.diagnostics.append(warning) }
            report.wrote = true
        } catch {
            Self.record(error, in: &report)
        }
    }

    /// A failure to read or write, as a problem in the report.
    private static func record(_ error: any Error, in report: inout BuildReport) {
        if let problem = error as? Diagnostic {
            report.diagnostics.append(problem)
        } else {
            report.diagnostics.error("the build failed: \(error)", at: nil)
        }
    }

    private func addReadingEase(_ content: Content, to report: inout BuildReport) {
        let review = PlainLanguageReview.review(content)
        report.plainLanguage = review
        report.diagnostics.append(contentsOf: review.diagnostics)
        report.translationReview = TranslationReview.review(content)
    }

    private func record(_ site: RenderedSite, in report: inout BuildReport) {
        report.pageCount = site.pageCount
        report.fileCount = site.fileCount
        report.pagesRendered = site.rendered
        report.pagesReused = site.reused
        // The memo is the session's alone: a report holding it too would make the next prose
        // edit copy every page before changing one.
        var files = site
        files.memo = nil
        report.site = files
    }

    /// Writes the site if asked and there were no errors: only the files that changed when the
    /// folder holds the last build's output, else every file that differs from what is there.
    private func writeIfGood(_ site: RenderedSite, write: Bool, report: inout BuildReport) {
        // Changes are counted from the last render: they are all that differs on disk only if
        // that render was written.
        let onlyChangesDiffer = lastWasWritten && site.changedPaths != nil
        lastWasWritten = false
        guard write, !report.diagnostics.hasErrors else { return }
        do {
            if var written {
                let candidates = onlyChangesDiffer
                    ? site.files.filter { site.changedPaths!.contains($0.sitePath) }
                    : site.files
                let (changed, removed) = try SiteWriter.update(
                    options.outputFolder, with: candidates, previous: written, removingAbsentFrom: site.files)
                for file in candidates { written[file.sitePath] = file.bytes }
                for path in removed { written.removeValue(forKey: path) }
                self.written = remembering ? written : nil
                report.writtenPaths = changed
                report.removedPaths = removed
            } else {
                if let warning = try SiteWriter.replace(options.outputFolder, with: site.files) { report.diagnostics.append(warning) }
                if remembering { written = Dictionary(site.files.map { ($0.sitePath, $0.bytes) }, uniquingKeysWith: { first, _ in first }) }
            }
            report.wrote = true
            lastWasWritten = true
            report.timings.mark("write")
        } catch {
            Self.record(error, in: &report)
        }
    }
}
