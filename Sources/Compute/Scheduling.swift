import Diagnostics
import Model

/// A page or update dated after the as-at date: written ahead of its day, and left out of the
/// site (its page, the feed, search, lists and counts) until a build as at that day.
public struct ScheduledItem: Sendable, Hashable {
    public var location: SourceLocation
    public var title: String
    public var date: CivilDate
}

/// Leaves out what is not yet published on a date. Pure.
public enum Scheduling {
    /// `content` without its pages and updates dated after `asOf`, and what was left out, in
    /// date order. The files left out are remembered, so that a link to one can say why it is
    /// not there.
    public static func published(_ content: Content, asOf: CivilDate) -> (Content, [ScheduledItem]) {
        var limited = content
        var scheduled: [(path: String, item: ScheduledItem)] = []
        limited.pages = content.pages.filter { page in
            guard let date = page.date, date > asOf else { return true }
            scheduled.append((page.sourcePath, ScheduledItem(location: SourceLocation(file: page.body.displayPath), title: page.title, date: date)))
            return false
        }
        limited.updates = content.updates.filter { update in
            guard update.date > asOf else { return true }
            scheduled.append((update.sourcePath, ScheduledItem(location: SourceLocation(file: update.body.displayPath), title: update.title, date: update.date)))
            return false
        }
        for (path, item) in scheduled { limited.scheduledPaths[path] = item.date }
        let items = scheduled.map(\.item).sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        return (limited, items)
    }
}
