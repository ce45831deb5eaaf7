import Diagnostics
import Model

/// Everything worked out from the figures as at a date.
public struct FigureAssessments: Sendable {
    public var series: [String: SeriesValues]
    public var targets: [String: TargetAssessment]
    /// Series and metrics with no figure *yet*: their values are dated after the as-at date.
    public var notYet: Set<String> = []

    public init(series: [String: SeriesValues] = [:], targets: [String: TargetAssessment] = [:]) {
        self.series = series
        self.targets = targets
    }

    public func assessment(of target: Target) -> TargetAssessment? { targets[target.id] }

    /// Each of `targets` with its assessment, in their order.
    public func assessed(_ targets: [Target]) -> [(target: Target, assessment: TargetAssessment)] {
        targets.compactMap { target in assessment(of: target).map { (target, $0) } }
    }
}

/// Works out metrics from series, period by period, and assesses targets. Pure.
public enum FigureEngine {
    public static func assess(
        _ figures: FigureContent, asOf: CivilDate, failed: FailedSources = FailedSources()
    ) -> (FigureAssessments, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var series: [String: SeriesValues] = [:]
        for published in figures.series {
            series[published.id] = SeriesValues(
                id: published.id, title: published.title, measure: published.measure,
                unit: published.unit.showingTruly(published.points.compactMap(\.value)), periodKind: published.periodKind, chart: published.chart, source: published.source, notes: published.notes,
                derivation: nil, inputs: [], points: withGaps(published.points, kind: published.periodKind))
        }
        // Metrics may use other metrics: work them out in an order that puts inputs first.
        var notYetSeries = figures.laterSeries
        var pending = figures.metrics
        while !pending.isEmpty {
            guard let index = pending.firstIndex(where: { $0.inputs.allSatisfy { series[$0] != nil } }) else {
                for metric in pending where metric.inputs.allSatisfy({ id in figures.series.contains { $0.id == id } || figures.metrics.contains { $0.id == id } }) {
                    diagnostics.append(
                        .error(
                            "the metric \(metric.id) depends on itself through \(metric.inputs.joined(separator: ", "))", at: metric.location,
                            hint: "a metric can only be worked out from series and metrics that do not use it"))
                }
                break
            }
            let metric = pending.remove(at: index)
            // Inputs whose values all come later: the metric has no figure yet, which is no mistake.
            if metric.inputs.contains(where: { notYetSeries.contains($0) }) {
                if case .success(let values) = derive(metric, from: series) {
                    series[metric.id] = values
                } else {
                    series[metric.id] = SeriesValues(
                        id: metric.id, title: metric.title, measure: metric.measure, unit: metric.unit,
                        periodKind: series[metric.inputs[0]]?.periodKind ?? .calendarYear, chart: metric.chart, source: nil,
                        notes: metric.notes, derivation: nil, inputs: metric.inputs, points: [])
                }
                notYetSeries.insert(metric.id)
                continue
            }
            switch derive(metric, from: series) {
            case .success(let values): series[metric.id] = values
            case .failure(let problem): diagnostics.append(problem)
            }
        }
        let notYet = notYetSeries
        var targets: [String: TargetAssessment] = [:]
        for var target in figures.targets {
            if let id = target.seriesID, let values = series[id] {
                target.readings = Target.readings(from: values.points, source: values.source?.title)
            }
            var assessment = assess(target, asOf: asOf)
            assessment.readings = target.readings
            targets[target.id] = assessment
        }
        for id in figures.headlines where series[id] == nil {
            diagnostics.append(
                Diagnostic.error(
                    "headline_figures names \"\(id)\", which is not a series or metric", at: figures.headlinesLocation,
                    hint: NearestName.suggest(for: id, among: series.keys).map { "did you mean \"\($0)\"?" }
                ).following(failed.figure(id, in: figures)))
        }
        var assessments = FigureAssessments(series: series, targets: targets)
        assessments.notYet = notYet
        return (assessments, diagnostics)
    }

    /// The points of a regular series (months, quarters, years) with a gap for every period
    /// missing between the first and the last. Dates are irregular, so they get no gaps.
    static func withGaps(_ points: [DataPoint], kind: PeriodKind) -> [DataPoint] {
        guard kind != .date, let first = points.first, let last = points.last else { return points }
        let byPeriod = Dictionary(points.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        var filled: [DataPoint] = []
        var period: Period? = first.period
        while let current = period, current <= last.period {
            filled.append(byPeriod[current] ?? DataPoint(period: current, value: nil, location: first.location))
            period = current.next
        }
        return filled
    }

    static func derive(_ metric: MetricDefinition, from series: [String: SeriesValues]) -> Result<SeriesValues, Diagnostic> {
        let inputs = metric.inputs.compactMap { series[$0] }
        let kinds = Set(inputs.map(\.periodKind))
        guard kinds.count == 1, let kind = kinds.first else {
            let described = inputs.map { "\($0.id) is counted by \($0.periodKind.label)" }.joined(separator: ", ")
            return .failure(
                .error(
                    "the metric \(metric.id) matches series whose periods do not align: \(described)", at: metric.location,
                    hint: "values are matched period by period, so every series must be counted the same way"))
        }
        let common = inputs.map { Set($0.values.map(\.period)) }.reduce(Set(inputs[0].values.map(\.period))) { $0.intersection($1) }
        guard !common.isEmpty else {
            return .failure(
                .error(
                    "the metric \(metric.id) has no period for which every one of \(metric.inputs.joined(separator: ", ")) has a value",
                    at: metric.location, hint: "values are matched period by period; add figures for the same periods"))
        }
        // A share of a whole is never more than all of it: part: and of: the wrong way round.
        if case .share(let part, let whole) = metric.kind,
            let over = common.sorted().first(where: { (inputs[0].point(at: $0)?.value ?? 0) > (inputs[1].point(at: $0)?.value ?? 0) })
        {
            let partValue = inputs[0].point(at: over)?.value ?? 0
            let wholeValue = inputs[1].point(at: over)?.value ?? 0
            return .failure(
                .error(
                    "the metric \(metric.id) is \(part) as a share of \(whole), but for \(over.key) \(part) (\(partValue.asWritten)) is more than \(whole) (\(wholeValue.asWritten))",
                    at: metric.location, hint: "check which series is the part (part:) and which the whole (of:)"))
        }
        let derivation: Derivation
        let points: [DataPoint] = common.sorted().compactMap { period in
            let values = inputs.map { $0.point(at: period)! }
            let approximate = values.contains(where: \.approximate)
            let value: Double?
            switch metric.kind {
            case .sum: value = values.reduce(0) { $0 + $1.value! }
            case .share: value = values[1].value! == 0 ? nil : values[0].value! / values[1].value! * 100
            case .rate(_, _, let per): value = values[1].value! == 0 ? nil : values[0].value! / values[1].value! * per
            }
            // Worked out from a provisional figure, it may change too; from a revised one, it was revised.
            let status: ValueStatus? = values.contains { $0.status == .provisional } ? .provisional
                : values.contains { $0.status == .revised } ? .revised : nil
            return DataPoint(period: period, value: value, approximate: approximate, status: status, location: metric.location)
        }
        // Shown with the decimals it needs never to read as none or all of the whole when it is
        // neither: 1 of 5,000 is not "0.0%", nor 4,999 of 5,000 "100.0%", nor a rate of 0.4 "0".
        let unit = metric.unit.showingTruly(points.compactMap(\.value))
        let titles = inputs.map(\.title)
        switch metric.kind {
        case .sum: derivation = .sum(titles)
        case .share: derivation = .share(part: titles[0], whole: titles[1])
        case .rate(_, _, let per): derivation = .rate(count: titles[0], base: titles[1], per: Int(per))
        }
        // A month some input has no figure for is a gap, as in a published series: without it the
        // table skipped the month, and the chart's line ran across it.
        var derived = SeriesValues(
            id: metric.id, title: metric.title, measure: metric.measure, unit: unit, periodKind: kind,
            chart: metric.chart, source: nil, notes: metric.notes, derivation: derivation, inputs: metric.inputs,
            points: withGaps(points, kind: kind))
        // Every input has a figure for each of these periods: one with no value divided by 0.
        derived.notWorkedOut = Set(points.filter { $0.value == nil }.map(\.period))
        return .success(derived)
    }

    /// The rule: no reading, not yet reported; the latest reading meets the goal in force, met;
    /// a step (or the final goal) was due and not met by its date, missed; otherwise, on track
    /// if the latest reading is at least where a straight path from the starting point (the
    /// baseline, or the first reading) to the goal would put it on that day, else off track.
    /// A goal with no deadline applies all the time: met or off track.
    public static func assess(_ target: Target, asOf: CivilDate) -> TargetAssessment {
        let readings = target.readings.filter { $0.date <= asOf }
        let steps = target.steps.sorted { ($0.deadline?.reading.dueDate ?? .distantFuture) < ($1.deadline?.reading.dueDate ?? .distantFuture) }
        let goal = steps.first { ($0.deadline?.reading(asOf: asOf).dueDate ?? .distantFuture) >= asOf } ?? steps.last!
        guard let latest = readings.last else {
            return TargetAssessment(status: .notYetReported, goal: goal, latest: nil, expected: nil, missedStep: nil)
        }
        if target.meets(latest.value, goal.value) {
            return TargetAssessment(status: .met, goal: goal, latest: latest, expected: nil, missedStep: nil)
        }
        for step in steps {
            guard let due = step.deadline?.reading(asOf: asOf).dueDate, due < asOf else { continue }
            let byThen = readings.last { $0.date <= due }
            if byThen.map({ !target.meets($0.value, step.value) }) ?? true {
                return TargetAssessment(status: .missed, goal: goal, latest: latest, expected: nil, missedStep: step)
            }
        }
        guard let due = goal.deadline?.reading(asOf: asOf).dueDate,
            let start = target.baseline.map({ ($0.date, $0.value) }) ?? readings.first.map({ ($0.date, $0.value) }),
            start.0 < latest.date, start.0 < due
        else {
            return TargetAssessment(status: .offTrack, goal: goal, latest: latest, expected: nil, missedStep: nil)
        }
        let fraction = Double(start.0.days(until: latest.date)) / Double(start.0.days(until: due))
        let expected = start.1 + (goal.value - start.1) * fraction
        let status: TargetAssessment.Status = target.meets(latest.value, expected) ? .onTrack : .offTrack
        return TargetAssessment(status: status, goal: goal, latest: latest, expected: expected, missedStep: nil)
    }
}

extension CivilDate {
    static let distantFuture = CivilDate(year: 9999, month: 12, day: 31)!
}
