import Diagnostics
import Foundation
import Publish

/// Keeps the site folder built while the content changes: builds once, then again after each
/// burst of changes (one build at a time; changes that arrive during a build are built next),
/// and tells the hub so that open pages reload. A failed build writes nothing: the last good
/// site stays in the folder and is served, with the problems shown over it.
public final class Previewer: @unchecked Sendable {
    public let session: BuildSession
    public let hub: LiveReloadHub
    /// Where each build is reported (the terminal).
    private let log: @Sendable (BuildReport, [String]) -> Void
    private let queue = DispatchQueue(label: "tally-preview-builds")
    // Touched only on `queue`.
    private var version = 1
    private var lastFailed = false
    private var waiting: [String] = []
    private var scheduled = false

    public init(session: BuildSession, hub: LiveReloadHub, log: @escaping @Sendable (BuildReport, [String]) -> Void) {
        self.session = session
        self.hub = hub
        self.log = log
    }

    /// The first build, before serving; returns its report.
    public func buildFirst() async -> BuildReport {
        let report = queue.sync { session.build(write: true) }
        queue.sync { lastFailed = !report.succeeded }
        await hub.publish(SiteUpdate(version: 1, problems: report.succeeded ? [] : report.diagnostics.presented.map(\.diagnostic), changedPaths: nil))
        log(report, [])
        return report
    }

    /// Schedules a build for these changed files (paths as the watcher gives them).
    public func changed(_ paths: [String]) {
        queue.async { [self] in
            waiting.append(contentsOf: paths)
            guard !scheduled else { return }
            scheduled = true
            queue.async { [self] in rebuild() }
        }
    }

    private func rebuild() {
        scheduled = false
        let paths = Array(Set(waiting)).sorted()
        waiting = []
        let report = session.build(write: true, changed: paths)
        log(report, paths)
        let update: SiteUpdate?
        if !report.succeeded {
            version += 1
            update = SiteUpdate(version: version, problems: report.diagnostics.presented.map(\.diagnostic), changedPaths: nil)
            lastFailed = true
        } else {
            let changed = Set((report.writtenPaths ?? []) + (report.removedPaths ?? []))
            // After a failure every page shows the overlay, and every page must lose it.
            if lastFailed || report.writtenPaths == nil || changed.contains(where: { $0.hasPrefix("assets/") }) {
                version += 1
                update = SiteUpdate(version: version, problems: [], changedPaths: nil)
            } else if changed.isEmpty {
                update = nil
            } else {
                version += 1
                update = SiteUpdate(version: version, problems: [], changedPaths: changed)
            }
            lastFailed = false
        }
        if let update {
            let hub = hub
            let done = DispatchSemaphore(value: 0)
            Task {
                await hub.publish(update)
                done.signal()
            }
            done.wait()
        }
        session.letGoOfReplaced()
    }
}
