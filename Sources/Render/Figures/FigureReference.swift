import Diagnostics
import Foundation
import Compute
import Model

/// A value cited in prose: `{{ complaints }}`, `{{ complaints@2015-06-30 }}`,
/// `{{ complaints.since@2012-06-30.percent }}`, `{{ target.calls-answered.status }}`,
/// `{{ plan.2023.overdue }}`. docs/figures.md lists them all.
struct FigureReference: Equatable {
    var text: String

    /// Every `{{ ... }}` in `literal`, with the offset (in characters) where it starts.
    static func find(in literal: String) -> [(reference: FigureReference, offset: Int, range: Range<String.Index>)] {
        var found: [(FigureReference, Int, Range<String.Index>)] = []
        // Most text cites nothing: a look at its bytes is far cheaper than Foundation's search.
        guard literal.utf8.contains(UInt8(ascii: "{")) else { return found }
        var searchStart = literal.startIndex
        while let open = literal.range(of: "{{", range: searchStart..<literal.endIndex),
            let close = literal.range(of: "}}", range: open.upperBound..<literal.endIndex)
        {
            let inner = String(literal[open.upperBound..<close.lowerBound]).trimmingSet(" \t")
            found.append((FigureReference(text: inner), literal.distance(from: literal.startIndex, to: open.lowerBound), open.lowerBound..<close.upperBound))
            searchStart = close.upperBound
        }
        return found
    }
}

/// A reference worked out: the words to show, where they come from, and what to say about them.
struct ResolvedFigure {
    var text: String
    /// The site path (and part) the value comes from, for a link.
    var sitePath: String?
    var anchor: String?
    /// A longer description, for the link's title.
    var description: String
    /// For a change: -1 a fall, 0 none, 1 a rise, to check the words beside it.
    var way: Int? = nil
    /// For a value of a series of more than one: whether it is the highest, and the lowest, shown.
    var extremes: (highest: Bool, lowest: Bool)? = nil
    /// For a value of a series other than its latest: -1 if the latest is lower, 0 the same, 1 higher.
    var wayToLatest: Int? = nil
    /// For a target's figure other than its status: the status, to check the words beside it.
    var targetStatus: TargetAssessment.Status? = nil
    /// For one value of a series: its period, to check a year the words give it, and the value.
    var period: Period? = nil
    var value: Double? = nil
    /// For a count of a plan or a response: how many of its items are finished and overdue,
    /// to check words that say all are finished or none overdue.
    var counts: (finished: Int, total: Int, overdue: Int, agreed: Int?)? = nil
    /// For a target's goal: the day the step in force is due, to check a day the words give it.
    var goalDue: CivilDate? = nil
}

/// Works out what a reference in prose stands for, from the computed figures and trackers.
struct FigureResolver {
    let content: Content
    let assessments: Assessments
    var strings = Strings(language: "en", values: [:])
    /// The day the words citing the figures were written, for words of a dated record (notes,
    /// an update, a plan): "the latest" in them is the latest known that day.
    var writtenOn: CivilDate? = nil

    struct Problem: Error {
        var message: String
        var hint: String
        /// The failed file this follows from, if any.
        var cause: String? = nil
    }

    func resolve(_ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        let parts = reference.text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first, !head.isEmpty else { return .failure(unknown(reference, "the reference is empty")) }
        if ["as-of", "as-at", "plan", "response", "log"].contains(head), let problem = countAfterWords(reference) { return .failure(problem) }
        switch head {
        case "as-of", "as-at":
            return .success(ResolvedFigure(text: strings.longDate(assessments.asOf), description: strings.text("figure-text.as-at")))
        case "target": return resolveTarget(parts.dropFirst(), reference)
        case "plan": return resolvePlan(parts.dropFirst(), reference)
        case "response": return resolveResponse(parts.dropFirst(), reference)
        case "log": return resolveLog(parts.dropFirst(), reference)
        default: return resolveSeries(parts, reference)
        }
    }

    // MARK: Series and metrics

    private func resolveSeries(_ parts: [String], _ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        let (id, periodKey) = split(parts[0])
        guard let series = assessments.figures.series[id] else {
            let known = Array(assessments.figures.series.keys) + ["target", "plan", "response", "log", "as-of"]
            return .failure(
                Problem(
                    message: "the reference {{ \(reference.text) }} names \"\(id)\", which is not a series, metric or other figure",
                    hint: NearestName.suggest(for: id, among: known).map { "did you mean \"\($0)\"?" }
                        ?? "a reference starts with a series or metric id, or target., plan., response. or log. (see docs/figures.md)",
                    cause: content.failed.figure(id, in: content.figures)))
        }
        var rest = Array(parts.dropFirst())
        var point: DataPoint?
        if let periodKey {
            guard let period = Period.parse(periodKey, as: series.periodKind, financialYearStart: series.financialYearStart), let found = series.point(at: period) else {
                return .failure(
                    Problem(
                        message: "the series \(id) has no value for \"\(periodKey)\"",
                        hint: "its periods are: " + series.values.map(\.period.key).joined(separator: ", ")))
            }
            point = found
        } else if let first = rest.first, let named = namedPoint(first, in: series) {
            point = named
            rest.removeFirst()
            // "previous" is the one before the latest, and shifts with it.
            if first == "previous", let latest = series.latest, let problem = laterThanWords(latest, of: series, reference) { return .failure(problem) }
        } else if let first = rest.first, first == "change" || first.hasPrefix("since@") {
            return resolveChange(series, rest, reference)
        } else {
            point = series.latest
        }
        if periodKey == nil, let point, let problem = laterThanWords(point, of: series, reference) { return .failure(problem) }
        guard let point, let value = point.value else {
            if assessments.figures.notYet.contains(id) {
                // As the site stood on an earlier day, the figure was not yet published.
                return .success(notYet(series))
            }
            return .failure(Problem(message: "the series \(id) has no values", hint: "add values to data/\(id).csv"))
        }
        let where_ = (SeriesPaths.page(series.id), SeriesPaths.anchor(point.period))
        let description = series.source.map {
            strings.text("figure-text.point-with-source", ["series": series.title, "period": strings.period(point.period), "source": $0.title])
        } ?? strings.text("figure-text.point", ["series": series.title, "period": strings.period(point.period)])
        switch rest.first {
        case nil:
            var figure = ResolvedFigure(
                text: FigureFormat.marked(FigureFormat.value(value, unit: series.unit, approximate: point.approximate, strings), point, strings),
                sitePath: where_.0, anchor: where_.1,
                description: description)
            figure.period = point.period
            figure.value = value
            if series.values.count > 1, let highest = series.highest?.value, let lowest = series.lowest?.value {
                let shown = series.unit.asShown(value)
                figure.extremes = (shown >= series.unit.asShown(highest), shown <= series.unit.asShown(lowest))
            }
            if let latest = series.latest, latest.period != point.period, let now = latest.value {
                figure.wayToLatest = way(series.unit.asShown(now) - series.unit.asShown(value))
            }
            return .success(figure)
        case "date", "period":
            return .success(ResolvedFigure(text: strings.period(point.period), sitePath: where_.0, anchor: where_.1, description: description))
        default:
            return .failure(unknownField(rest[0], reference, allowed: ["date", "change", "since@<period>", "latest", "previous", "first", "highest", "lowest"]))
        }
    }

    /// A count of the trackers (or the date) as the site stands, cited in words of an earlier
    /// day: the page would put a later count in them.
    private func countAfterWords(_ reference: FigureReference) -> Problem? {
        guard let day = writtenOn, day < assessments.asOf else { return nil }
        return Problem(
            message: "these words are of \(day.long), but {{ \(reference.text) }} is worked out as the site stands on \(assessments.asOf.long), a later day",
            hint: "write the figure as it was on \(day.long), or cite it from a page of no date")
    }

    /// A value for a period that ended after the citing words were written, cited as the latest
    /// (or the highest, the change...): the page would put a later figure in words of that day.
    /// A first, highest or lowest value from before that day was the same then.
    private func laterThanWords(_ point: DataPoint, of series: SeriesValues, _ reference: FigureReference) -> Problem? {
        guard let day = writtenOn, point.period.end > day else { return nil }
        let known = series.values.last { $0.period.end <= day }
        return Problem(
            message: "these words are of \(day.long), but {{ \(reference.text) }} now draws on the value for \(point.period.label), a period that ended after that day",
            hint: known.map { "cite the figure the words meant by its period: {{ \(series.id)@\($0.period.key) }}" }
                ?? "no value of \(series.id) was known that day: cite a period ({{ \(series.id)@<period> }}), or take the reference out")
    }

    private func namedPoint(_ name: String, in series: SeriesValues) -> DataPoint?? {
        switch name {
        case "latest": return .some(series.latest)
        case "previous": return .some(series.previous)
        case "first": return .some(series.first)
        case "highest": return .some(series.highest)
        case "lowest": return .some(series.lowest)
        default: return nil
        }
    }

    /// `change` (since the previous value) or `since@<period>`, then `.abs`, `.percent`,
    /// `.percent.abs` or `.direction`.
    private func resolveChange(_ series: SeriesValues, _ parts: [String], _ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        guard let latest = series.latest, let now = latest.value else {
            if assessments.figures.notYet.contains(series.id) { return .success(notYet(series)) }
            return .failure(Problem(message: "the series \(series.id) has no values", hint: "add values to data/\(series.id).csv"))
        }
        if let problem = laterThanWords(latest, of: series, reference) { return .failure(problem) }
        let base: DataPoint?
        if parts[0] == "change" {
            base = series.previous
            // "Fell by 33 since the last quarter" must not be measured from the quarter before it.
            if let base, let gap = series.points.last(where: { $0.value == nil && $0.period > base.period && $0.period < latest.period }) {
                return .failure(Problem(
                    message: "the series \(series.id) has no value for \(gap.period.key), the period before its latest, so \"change\" would be measured from \(base.period.key)",
                    hint: "write since@\(base.period.key) to measure from the last period with a value, and say which period that is"))
            }
        } else {
            let key = String(parts[0].dropFirst("since@".count))
            guard let period = Period.parse(key, as: series.periodKind, financialYearStart: series.financialYearStart), let found = series.point(at: period) else {
                return .failure(
                    Problem(
                        message: "the series \(series.id) has no value for \"\(key)\" to measure the change from",
                        hint: "its periods are: " + series.values.map(\.period.key).joined(separator: ", ")))
            }
            base = found
        }
        guard let base, let then = base.value else {
            return .failure(Problem(message: "the series \(series.id) has only one value, so there is no change", hint: "cite the value itself"))
        }
        let difference = series.unit.asShown(now) - series.unit.asShown(then)
        let description = strings.text(
            "figure-text.change", ["series": series.title, "from": strings.period(base.period), "to": strings.period(latest.period)])
        let figure = { (text: String) in
            ResolvedFigure(
                text: text, sitePath: SeriesPaths.page(series.id), anchor: SeriesPaths.anchor(latest.period), description: description,
                way: way(difference))
        }
        let approximate = base.approximate || latest.approximate
        let change = { (text: String) in figure(FigureFormat.about(text, if: approximate, strings)) }
        switch parts.dropFirst().joined(separator: ".") {
        case "": return .success(change(FigureFormat.signedDifference(difference, unit: series.unit, strings)))
        case "abs": return .success(change(FigureFormat.difference(difference, unit: series.unit, strings)))
        case "percent", "percent.abs":
            let shownThen = series.unit.asShown(then)
            guard shownThen != 0 else { return .failure(Problem(message: "the change from zero has no percentage", hint: "cite the change itself")) }
            let percent = difference / shownThen * 100
            let unit = ValueUnit(name: "percent", decimals: 1)
            return .success(change(parts.last == "abs" ? FigureFormat.value(abs(percent), unit: unit, decimals: 1) : FigureFormat.change(percent, unit: ValueUnit(name: "percent", decimals: 1))))
        case "direction":
            let word = switch way(difference) {
            case 1: "figure-text.rose"
            case -1: "figure-text.fell"
            default: "figure-text.unchanged"
            }
            return .success(figure(strings.text(word)))
        case "from":
            return .success(figure(FigureFormat.value(then, unit: series.unit, approximate: base.approximate, strings)))
        case "from.date":
            return .success(figure(strings.period(base.period)))
        default:
            return .failure(unknownField(parts.dropFirst().joined(separator: "."), reference, allowed: ["abs", "percent", "percent.abs", "direction", "from", "from.date"]))
        }
    }

    /// -1 for a fall, 0 for none, 1 for a rise.
    private func way(_ difference: Double) -> Int {
        difference > 0 ? 1 : difference < 0 ? -1 : 0
    }

    // MARK: Targets and trackers

    private func resolveTarget(_ parts: ArraySlice<String>, _ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        let ids = content.figures.targets.map(\.id)
        guard let id = parts.first, let target = content.figures.targets.first(where: { $0.id == id }),
            let assessment = assessments.figures.targets[id]
        else {
            return .failure(
                Problem(
                    message: "the reference {{ \(reference.text) }} names a target that does not exist",
                    hint: NearestName.hint(for: parts.first ?? "", among: ids) ?? "targets are defined in targets.yaml"))
        }
        let field = parts.dropFirst().joined(separator: ".")
        let figure = { (text: String) in
            ResolvedFigure(
                text: text, sitePath: SeriesPaths.targets, anchor: SeriesPaths.targetAnchor(id), description: target.title,
                targetStatus: field == "status" ? nil : assessment.status)
        }
        if field == "status", let problem = countAfterWords(reference) { return .failure(problem) }
        if field.hasPrefix("latest"), let day = writtenOn, let latest = assessment.latest, latest.date > day {
            return .failure(Problem(
                message: "these words are of \(day.long), but {{ \(reference.text) }} now draws on the reading of \(latest.date.long), after that day",
                hint: "write the reading the words meant as a figure, or cite it from a page of no date"))
        }
        switch field {
        case "status": return .success(figure(strings.text("target-status.\(assessment.status.rawValue)").lowercasedFirst))
        case "goal":
            var goal = figure(FigureFormat.value(assessment.goal.value, unit: TargetViews.shownUnit(target, assessment)))
            goal.goalDue = assessment.goal.deadline?.reading(asOf: assessments.asOf).dueDate
            return .success(goal)
        case "latest":
            guard let latest = assessment.latest else { return .success(figure(strings.text("figure-text.not-yet-reported"))) }
            let value = FigureFormat.value(latest.value, unit: TargetViews.shownUnit(target, assessment), approximate: latest.approximate, strings)
            var reading = figure(latest.provisional ? value + " " + strings.text("summary.provisional") : value)
            // The day of the reading, to check a year or a month the words give it.
            reading.period = Period.parse(latest.date.iso, as: .date)
            return .success(reading)
        case "latest.date":
            return .success(figure(assessment.latest.map { strings.longDate($0.date) } ?? strings.text("figure-text.not-yet-reported")))
        default:
            return .failure(unknownField(parts.dropFirst().joined(separator: "."), reference, allowed: ["status", "goal", "latest", "latest.date"]))
        }
    }

    private func resolvePlan(_ parts: ArraySlice<String>, _ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        guard let id = parts.first, let plan = content.plan(id), let summary = assessments.summary(of: plan) else {
            return .failure(
                Problem(
                    message: "the reference {{ \(reference.text) }} names a plan that does not exist",
                    hint: NearestName.hint(for: parts.first ?? "", among: content.plans.map(\.id)) ?? "plans are the folders of plans/"))
        }
        let counts = summary.counts
        let values: [String: Int] = [
            "total": counts.total, "finished": counts.finished, "complete": counts.finished, "open": counts.open,
            "overdue": counts.overdue, "due-soon": counts.dueSoon, "not-updated": counts.stale, "not-reported": counts.notReported,
        ]
        let field = parts.dropFirst().joined(separator: ".")
        guard let value = values[field] else { return .failure(unknownField(field, reference, allowed: values.keys.sorted())) }
        return .success(ResolvedFigure(
            text: FigureFormat.grouped(value), sitePath: PlanPaths.plan(plan.id), anchor: "progress",
            description: strings.text(
                "figure-text.plan",
                ["plan": plan.title, "counted": strings.text("figure-text.plan-\(field)"), "date": strings.longDate(assessments.asOf)]),
            counts: (counts.finished, counts.total, counts.overdue, nil)))
    }

    private func resolveResponse(_ parts: ArraySlice<String>, _ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        guard let id = parts.first, let response = content.response(id), let summary = assessments.summary(of: response) else {
            return .failure(
                Problem(
                    message: "the reference {{ \(reference.text) }} names a response that does not exist",
                    hint: NearestName.hint(for: parts.first ?? "", among: content.responses.map(\.id)) ?? "responses are the folders of responses/"))
        }
        let values: [String: Int] = [
            "total": summary.total, "agreed": summary.agreement[.agreed, default: 0],
            "partly-agreed": summary.agreement[.partlyAgreed, default: 0], "not-agreed": summary.agreement[.notAgreed, default: 0],
            "overdue-steps": summary.overdueSteps, "steps": summary.steps, "finished": summary.implementation.finished,
        ]
        let field = parts.dropFirst().joined(separator: ".")
        guard let value = values[field] else { return .failure(unknownField(field, reference, allowed: values.keys.sorted())) }
        return .success(ResolvedFigure(
            text: FigureFormat.grouped(value), sitePath: ResponsePaths.response(response.id), anchor: "summary",
            description: strings.text("figure-text.response", ["response": response.title, "counted": strings.text("figure-text.response-\(field)")]),
            counts: (summary.implementation.finished, summary.total, summary.overdueSteps, summary.agreement[.agreed, default: 0])))
    }

    private func resolveLog(_ parts: ArraySlice<String>, _ reference: FigureReference) -> Result<ResolvedFigure, Problem> {
        let records = content.allMeetingActions.compactMap(assessments.record(of:))
        let values: [String: Int] = [
            "total": records.count, "open": records.filter { $0.assessment.status.category == .open }.count,
            "finished": records.filter { $0.assessment.status.category == .finished }.count,
            "overdue": records.filter(\.assessment.isOverdue).count,
            "not-reported-since-raised": records.filter(\.notReportedSinceRaised).count,
            "not-reported-at-last-meeting": records.filter(\.isNotReportedAtLaterMeeting).count,
        ]
        let field = parts.joined(separator: ".")
        guard let value = values[field] else { return .failure(unknownField(field, reference, allowed: values.keys.sorted())) }
        // The counts words beside the figure are checked against: "All {{ log.total }} actions are complete".
        return .success(ResolvedFigure(
            text: FigureFormat.grouped(value), sitePath: MeetingPaths.log, anchor: nil,
            description: strings.text("figure-text.log", ["counted": strings.text("figure-text.log-\(field)")]),
            counts: (values["finished"] ?? 0, records.count, values["overdue"] ?? 0, nil)))
    }

    // MARK: Helpers

    /// As the site stood on an earlier day, the series had no figure yet.
    private func notYet(_ series: SeriesValues) -> ResolvedFigure {
        let date = strings.longDate(assessments.asOf)
        return ResolvedFigure(
            text: strings.text("figure-text.not-yet", ["date": date]), sitePath: SeriesPaths.page(series.id), anchor: nil,
            description: strings.text("figure-text.not-yet-description", ["series": series.title, "date": date]))
    }

    private func split(_ head: String) -> (String, String?) {
        guard let at = head.firstIndex(of: "@") else { return (head, nil) }
        return (String(head[..<at]), String(head[head.index(after: at)...]))
    }

    private func unknown(_ reference: FigureReference, _ message: String) -> Problem {
        Problem(message: message, hint: "write a reference as {{ series-id }} or {{ series-id.date }} (see docs/figures.md)")
    }

    private func unknownField(_ field: String, _ reference: FigureReference, allowed: [String]) -> Problem {
        Problem(
            message: "the reference {{ \(reference.text) }} asks for \"\(field)\", which it does not have",
            hint: NearestName.suggest(for: field, among: allowed).map { "did you mean \"\($0)\"?" } ?? "use one of: " + allowed.joined(separator: ", "))
    }
}

extension String {
    func trimmingSet(_ set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

