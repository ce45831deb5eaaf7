import Diagnostics
import Model

/// The content as it stood on the as-at date: every fact dated after it left out.
///
/// Two dates decide it. The as-at date is the day the site shows. The site's own date (its
/// `as_of`, else today) is the latest day a fact can be dated: a fact after *that* is almost
/// always a typing mistake, and is an error. A fact between the two, in a build as at an
/// earlier day (`--as-of 2024-06-30`), was simply not known yet: it is left out and counted.
public enum AsItStood {
    /// What was left out, by kind, for the one line a build prints.
    public struct LeftOut: Sendable, Hashable {
        public var updates = 0
        public var meetings = 0
        public var plans = 0
        public var responses = 0
        public var revisions = 0
        public var completions = 0
        public var dataPoints = 0
        public var readings = 0

        public var total: Int { updates + meetings + plans + responses + revisions + completions + dataPoints + readings }

        /// "12 updates, 1 meeting, 3 data points".
        public var described: String {
            [
                (updates, "update"), (meetings, "meeting"), (plans, "plan"), (responses, "response"),
                (revisions, "deadline revision"), (completions, "milestone completion"), (dataPoints, "data point"),
                (readings, "target reading"),
            ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)\($0.0 == 1 ? "" : "s")" }.joined(separator: ", ")
        }
    }

    /// `content` without what is dated after `asOf`; errors for what is dated after `latest`.
    public static func limit(_ content: Content, asOf: CivilDate, latest: CivilDate) -> (Content, LeftOut, [Diagnostic]) {
        var limiter = Limiter(asOf: asOf, latest: max(latest, asOf))
        let limited = limiter.limit(content)
        return (limited, limiter.leftOut, limiter.problems)
    }

    struct Limiter {
        let asOf: CivilDate
        let latest: CivilDate
        var leftOut = LeftOut()
        var problems: [Diagnostic] = []

        /// "after the as-at date, 17 July 2025", or in a build as at an earlier day, "after the
        /// site's own date".
        var boundary: String {
            latest == asOf ? "the as-at date, \(asOf.long)" : "the latest date the site's facts can have, \(latest.long)"
        }

        static let hint = "check the date; to show the site as at a later day, build with --as-of (or set as_of in site.yaml)"

        /// True when a fact dated `date` is kept; counts or reports it otherwise.
        mutating func keep(
            _ date: CivilDate, _ count: WritableKeyPath<LeftOut, Int>, problem: @autoclosure () -> (String, SourceLocation?),
            hint: String = Limiter.hint
        ) -> Bool {
            guard date > asOf else { return true }
            if date > latest {
                let (message, location) = problem()
                problems.append(.error("\(message) is after \(boundary)", at: location, hint: hint))
            } else {
                leftOut[keyPath: count] += 1
            }
            return false
        }

        mutating func limit(_ content: Content) -> Content {
            var content = content
            var laterPaths: [String: CivilDate] = [:]
            content.plans = content.plans.filter { plan in
                guard plan.published > asOf else { return true }
                // A plan published after the date is simply not there yet, whatever the date.
                leftOut.plans += 1
                laterPaths[plan.sourcePath] = plan.published
                for action in plan.actions { laterPaths[action.sourcePath] = plan.published }
                return false
            }
            content.responses = content.responses.filter { response in
                guard response.submitted > asOf else { return true }
                leftOut.responses += 1
                laterPaths[response.sourcePath] = response.submitted
                for recommendation in response.recommendations { laterPaths[recommendation.sourcePath] = response.submitted }
                return false
            }
            content.meetings = content.meetings.filter { meeting in
                let kept = keep(
                    meeting.date, \.meetings, problem: ("the notes of \(meeting.date.long) are agreed, but that", meeting.location),
                    hint: "notes can only be agreed after the meeting: check the date, or set status: draft")
                if !kept { laterPaths[meeting.sourcePath] = meeting.date }
                return kept
            }
            for planIndex in content.plans.indices {
                for actionIndex in content.plans[planIndex].actions.indices {
                    if let item = limit(content.plans[planIndex].actions[actionIndex].item) {
                        content.plans[planIndex].actions[actionIndex].item = item
                    }
                }
            }
            for meetingIndex in content.meetings.indices {
                for actionIndex in content.meetings[meetingIndex].actions.indices {
                    if let item = limit(content.meetings[meetingIndex].actions[actionIndex].item) {
                        content.meetings[meetingIndex].actions[actionIndex].item = item
                    }
                }
            }
            for responseIndex in content.responses.indices {
                for index in content.responses[responseIndex].recommendations.indices {
                    if let item = limit(content.responses[responseIndex].recommendations[index].item) {
                        content.responses[responseIndex].recommendations[index].item = item
                    }
                }
            }
            for index in content.figures.series.indices {
                let series = content.figures.series[index]
                let kept = series.points.filter { point in
                    keep(
                        point.period.start, \.dataPoints,
                        problem: ("the value for \(point.period.label) is for a period that starts on \(point.period.start.long), which", point.location),
                        hint: "check the period; to show the site as at a later day, build with --as-of")
                }
                // A period still running on the latest day a fact can have: its value is for part
                // of it, or a forecast, and a page would give it as the whole period's.
                for point in kept where point.period.end > latest && point.value != nil && point.status != .provisional {
                    problems.append(.error(
                        "the value for \(point.period.label) is for a period that runs to \(point.period.end.long), after \(boundary), so it is for part of the period or a forecast, and would be read as the whole period's",
                        at: point.location,
                        hint: "mark it provisional in a status column (it is then shown as \"(provisional)\" wherever it appears, with its note), or give it once the period has ended"))
                }
                if kept.count < series.points.count { content.figures.laterSeries.insert(series.id) }
                content.figures.series[index].points = kept
            }
            for index in content.figures.targets.indices {
                content.figures.targets[index].readings = content.figures.targets[index].readings.filter { reading in
                    keep(reading.date, \.readings, problem: ("the reading of \(reading.date.long)", reading.location))
                }
                if let baseline = content.figures.targets[index].baseline,
                    !keep(baseline.date, \.readings, problem: ("the baseline of \(baseline.date.long)", baseline.location))
                {
                    content.figures.targets[index].baseline = nil
                }
            }
            content.laterPaths = laterPaths
            return content
        }

        /// An item without its updates, deadline revisions and completions after the date.
        /// The item without what is left out; nil when nothing is. An item is changed only when
        /// something is left out of it: changed, it is copied, and copies of unchanged items made
        /// every later step compare them field by field instead of by reference.
        mutating func limit(_ item: TrackedItem) -> TrackedItem? {
            var limited = item
            var changed = false
            let updates = item.updates.filter { update in
                // A follow-up at a later meeting is counted with that meeting.
                let fromLaterMeeting = update.source?.hasPrefix("the notes of the meeting of") == true
                if fromLaterMeeting, update.date > asOf, update.date <= latest { return false }
                return keep(update.date, \.updates, problem: ("the update of \(update.date.long)", update.location))
            }
            if updates.count != item.updates.count {
                limited.updates = updates
                changed = true
            }
            if let deadline = item.deadline, let kept = limit(deadline) {
                limited.deadline = kept
                changed = true
            }
            for index in item.milestones.indices {
                let milestone = item.milestones[index]
                if let deadline = milestone.deadline, let kept = limit(deadline) {
                    limited.milestones[index].deadline = kept
                    changed = true
                }
                // "completed: April 2024" is read as the month's last day: built as at a day inside
                // it, whether the step was done by then cannot be told. Nor, as at any earlier
                // day, for "By April 2024".
                let words = milestone.completedText
                if let completed = milestone.completed, let words, completed > asOf, completed <= latest,
                    milestone.completedSince.map({ $0 <= asOf }) ?? true
                {
                    let time = milestone.completedSince.map { "names a time from \($0.long) to \(completed.long)" }
                        ?? "says only that it was done by \(completed.long)"
                    problems.append(.error(
                        "the milestone's completed: \(words) \(time), and the site is shown as at \(asOf.long): whether the step was done by then cannot be told",
                        at: milestone.location,
                        hint: "give the day it was completed (completed: YYYY-MM-DD), or build as at a day after \(completed.long) with --as-of"))
                    limited.milestones[index].completed = nil
                    limited.milestones[index].completedText = nil
                    changed = true
                } else if let completed = milestone.completed,
                    !keep(
                        completed, \.completions,
                        problem: (
                            words.map { "the milestone's completed: \($0) is read as its last day, \(completed.long), which" }
                                ?? "the milestone is marked completed on \(completed.long), which", milestone.location),
                        hint: words == nil ? Limiter.hint : "give the day it was completed (completed: YYYY-MM-DD), or build as at a later day with --as-of")
                {
                    limited.milestones[index].completed = nil
                    limited.milestones[index].completedText = nil
                    changed = true
                }
            }
            return changed ? limited : nil
        }

        /// The deadline without the revisions made after the date; nil when there are none.
        mutating func limit(_ deadline: Deadline) -> Deadline? {
            let revisions = deadline.revisions.filter { revision in
                keep(revision.date, \.revisions, problem: ("the deadline revision of \(revision.date.long)", revision.location))
            }
            guard revisions.count != deadline.revisions.count else { return nil }
            var limited = deadline
            limited.revisions = revisions
            return limited
        }
    }
}
