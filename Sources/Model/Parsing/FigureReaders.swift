import Diagnostics
import Yams

/// Reads `metrics.yaml`: series worked out from other series.
enum MetricsReader {
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> [MetricDefinition] {
        guard let text = MarkdownFile.decode(file, sink: sink, example: "metrics: [...]") else { return [] }
        let root = YAMLParser.parse(text, file: file, firstLine: 1, sink: sink)
        let fields = Fields.root(root, file: file, firstLine: 1, sink: sink)
        let metrics = fields.objects("metrics", itemName: "metric", required: true, example: "- id: all-cases\n  sum: [open-cases, closed-cases]")
            .compactMap { metric -> MetricDefinition? in
                let id = metric.string("id", required: true, example: "id: open-share")
                let title = metric.string("title", required: true, example: "title: Open cases as a share of all cases")
                var kind: MetricDefinition.Kind?
                if metric.node("sum") != nil {
                    let ids = metric.strings("sum", example: "sum: [open-cases, closed-cases]")
                    if ids.count < 2 {
                        metric.sink.error("a sum needs at least two series", at: metric.location(ofKey: "sum"), hint: "sum: [open-cases, closed-cases]")
                    } else {
                        kind = .sum(ids)
                    }
                }
                if let share = metric.object("share", example: "share:\n  part: open-cases\n  of: all-cases") {
                    let part = share.string("part", required: true, example: "part: open-cases")
                    let whole = share.string("of", required: true, example: "of: all-cases")
                    share.finish()
                    if let part, let whole { kind = .share(part: part, whole: whole) }
                }
                if let rate = metric.object("rate", example: "rate:\n  count: complaints\n  per: 1000\n  of: residents") {
                    let count = rate.string("count", required: true, example: "count: complaints")
                    let base = rate.string("of", required: true, example: "of: community")
                    let per = rate.int("per", example: "per: 1000", range: 1...1_000_000) ?? 1000
                    rate.finish()
                    if let count, let base { kind = .rate(count: count, base: base, per: Double(per)) }
                }
                // A share is a percentage; anything else counts what its author says it counts.
                let isShare = if case .share = kind { true } else { false }
                let unit = isShare && metric.node("unit") == nil ? ValueUnit(name: "percent", decimals: 1) : metric.unit()
                let chart = metric.choice("chart", of: ChartKind.self) ?? .line
                let measure = metric.string("measure")
                let notes = metric.markdown("notes")
                metric.finish()
                guard let id, let title else { return nil }
                guard let kind else {
                    metric.sink.error(
                        "the metric \(id) does not say how it is worked out", at: metric.location,
                        hint: "give it one of sum: [a, b], share: {part: a, of: b} or rate: {count: a, per: 1000, of: b}")
                    return nil
                }
                return MetricDefinition(
                    id: id, title: title, measure: measure, kind: kind, unit: unit, chart: chart, notes: notes,
                    location: metric.location(ofKey: "id"))
            }
        fields.finish()
        return metrics
    }
}

/// Reads `targets.yaml`: measurable targets, their goals and the readings reported against them.
enum TargetsReader {
    /// "Fewer than 3,000 waiting by March 2026" over a step due at the end of 2026: the page's
    /// headline said one day and the target's status was worked out for another. A title or goal
    /// that gives a day needs a step due that day (or in that month, for a month named).
    static func checkWordsAgainstSteps(title: String?, goal: String?, steps: [TargetStep], at location: SourceLocation?, sink: DiagnosticSink) {
        for (name, words) in [("title", title), ("goal", goal)] {
            guard let words, let inWords = ActionText.deadlineInWords(words, sink: sink), case .date(let said, _) = inWords else { continue }
            let dated = steps.compactMap(\.deadline).filter { $0.reading.dueDate != nil }
            guard !dated.contains(where: { ActionText.disagreement(of: $0, withWords: inWords, sink: sink) == nil }) else { continue }
            let days = dated.compactMap { $0.reading.dueDate?.long }
            sink.error(
                "the target's \(name) gives \(said.long), but "
                    + (days.isEmpty ? "no step of it has a date" : "no step of it is due then (\(days.joined(separator: ", ")))"),
                at: location,
                hint: "correct the one that was not published (a step's by: is the day its value is due); if the \(name)'s date is of something else, say which day counts: by: {text: ..., due: YYYY-MM-DD}")
            return
        }
    }

    /// "Fewer than 3,000 waiting" over `direction: increase` was met by 3,490: the page said "met"
    /// beside a headline the figure missed. "Cut waits by 25%" over `value: 25` was a goal of 25,
    /// and "No more than 3,000" over `value: 300` a goal the headline did not give. Only a number a
    /// step gives says which way the goal is met, so "waiting over 52 weeks" beside a goal of
    /// 3,000 says nothing of it; nor do a length of time or a comparison inside the words ("tenants
    /// over 60") give another goal.
    static func checkWordsAgainstGoal(
        title: String?, goal: String?, direction: TargetDirection?, steps: [TargetStep], at location: SourceLocation?, sink: DiagnosticSink
    ) {
        let values = steps.map(\.value)
        guard !values.isEmpty else { return }
        for (name, words) in [("title", title), ("goal", goal)] {
            guard let words else { continue }
            // "Occupancy between 85% and 92%" over `value: 92`: the page judged the figure
            // against 92 alone, and called 88% short of a goal the words say it meets.
            if let range = TargetWords.rangeSaid(in: words), range.ends.contains(where: values.contains) {
                sink.error(
                    "the target's \(name) gives a range (\"\(range.phrase)\"), but a target's goal is one value, met at or above it (direction: increase) or at or below it (decrease)",
                    at: location,
                    hint: "to keep the figure inside the range, make two targets, one for each end (direction: increase for the lower, decrease for the higher); if one end is the goal, give that alone in the \(name)")
                return
            }
            let said = TargetWords.said(in: words)
            let goals = said.filter { values.contains($0.value) }
            // "Reduce waits by 500" read as a level lower is better: 500 is then the level, not the cut.
            // (A figure that counts the cut itself is met upwards, and is left alone.)
            if direction == .decrease, let change = goals.first(where: { $0.isChange && $0.direction == .decrease }) {
                sink.error(
                    "the target's \(name) gives a cut (\"\(change.phrase)\"), but a step's value is the level the figure must come down to",
                    at: location, hint: "give the level the cut brings it to (a cut of 25% from 4,000 is value: 3000)")
                return
            }
            if let direction, let other = goals.first(where: { !$0.isChange && $0.direction != direction }) {
                let wordsDirection = other.direction
                sink.error(
                    "the target's \(name) says \"\(other.phrase)\", "
                        + (wordsDirection == .decrease ? "which is met at or below the goal" : "which is met at or above the goal")
                        + ", but direction: \(direction.rawValue) meets it " + (direction == .decrease ? "at or below" : "at or above"),
                    at: location, hint: "set direction: \(wordsDirection.rawValue), as the \(name) says")
                return
            }
            let stated = said.filter { !$0.isChange && !$0.isTime && $0.statesGoal }
            if goals.isEmpty, let first = stated.first {
                sink.error(
                    "the target's \(name) says \"\(first.phrase)\", but no step's value is that (the steps give "
                        + values.map(\.asWritten).joined(separator: ", ") + ")",
                    at: location, hint: "correct the one that was not published: a step's value is the goal, as the \(name) gives it")
                return
            }
        }
    }

    /// "At least 90% seen within 4 hours" over a target counting people: a goal of 90 people.
    /// Checked once the unit is known, which may come from the series the target reads.
    static func checkPercentInWords(_ target: Target, sink: DiagnosticSink) {
        let values = target.steps.map(\.value)
        for (name, words) in [("title", target.title), ("goal", target.goalText)] {
            guard let words, let said = TargetWords.said(in: words).first(where: { $0.isPercent && values.contains($0.value) }) else { continue }
            sink.error(
                "the target's \(name) gives \(said.value.asWritten)% (\"\(said.phrase)\"), but the target counts \(target.unit.name), not percent",
                at: target.location,
                hint: target.seriesID.map { "a goal that is a share needs a series of percentages; \($0) counts \(target.unit.name)" }
                    ?? "set unit: percent, if the goal is a share")
            return
        }
    }

    static func read(_ file: SourceFile, sink: DiagnosticSink) -> [Target] {
        guard let text = MarkdownFile.decode(file, sink: sink, example: "targets: [...]") else { return [] }
        let root = YAMLParser.parse(text, file: file, firstLine: 1, sink: sink)
        let fields = Fields.root(root, file: file, firstLine: 1, sink: sink)
        let targets = fields.objects("targets", itemName: "target", required: true, example: "- id: response-times\n  title: ...")
            .compactMap { target -> Target? in
                let id = target.string("id", required: true, example: "id: response-times")
                let title = target.string("title", required: true, example: "title: Complaints answered within 20 days")
                // A target that reads a series counts what the series counts, unless it says otherwise.
                let unitFromSeries = target.node("series") != nil && target.node("unit") == nil
                let unit = unitFromSeries ? ValueUnit(name: "") : target.unit()
                // Never assumed: "reduce waiting to 18 weeks" read as a goal to reach or beat upwards
                // was met by any reading over 18.
                let direction = target.choice(
                    "direction", of: TargetDirection.self, required: true,
                    example: "direction: increase (met at the goal or above), or direction: decrease (met at the goal or below)")
                // Two goals for one day (or two for all the time): which applies?
                var goalByDay: [CivilDate?: Double] = [:]
                let stepFields = target.objects("steps", itemName: "step", required: true, example: "- value: 90\n  by: December 2025")
                let steps = stepFields.compactMap { step -> TargetStep? in
                        let value = step.number("value", required: true, unit: unit)
                        let deadline = step.deadline("by")
                        step.finish()
                        guard let value else { return nil }
                        let day = deadline?.reading.dueDate
                        if let other = goalByDay[day], other != value, deadline == nil || day != nil {
                            let goals = [other, value].map(\.asWritten).joined(separator: " and ")
                            step.sink.error(
                                day.map { "two steps of the target give different goals for \($0.long) (\(goals))" }
                                    ?? "two steps of the target give different goals at all times (\(goals))",
                                at: step.location, hint: "give each step its own by:, or keep one of them")
                        }
                        goalByDay[day] = value
                        return TargetStep(value: value, deadline: deadline)
                    }
                // A step already reported would only be reported again as missing.
                if steps.count == stepFields.count {
                    checkWordsAgainstSteps(title: title, goal: target.string("goal"), steps: steps, at: target.location(ofKey: "steps"), sink: target.sink)
                    checkWordsAgainstGoal(
                        title: title, goal: target.string("goal"), direction: direction, steps: steps,
                        at: target.location(ofKey: "direction"), sink: target.sink)
                }
                let baseline = target.object("baseline").flatMap { readReading($0, unit: unit) }
                let readings = target.objects("readings", itemName: "reading", example: "- date: 2025-05-31\n  value: 83")
                    .compactMap { readReading($0, unit: unit) }
                checkReadings(readings, baseline: baseline, sink: target.sink)
                if unit.isPercent, direction == .increase {
                    checkFractions(steps: steps, readings: readings + (baseline.map { [$0] } ?? []), at: target.location(ofKey: "steps"), sink: target.sink)
                }
                let seriesID = target.string("series", example: "series: complaints-on-time")
                if seriesID != nil, !readings.isEmpty {
                    target.sink.error(
                        "the target \(id ?? "") takes its readings from the series \(seriesID!) and lists readings too",
                        at: target.location(ofKey: "readings"),
                        hint: "keep one: the series (its values are the readings), or the readings typed here")
                }
                var result = Target(
                    id: id ?? "", title: title ?? "", goalText: target.string("goal"), unit: unit, direction: direction ?? .increase,
                    steps: steps, baseline: baseline, readings: readings, actionID: target.string("action"),
                    notes: target.markdown("notes"), location: target.location(ofKey: "id"))
                result.seriesID = seriesID
                result.unitFromSeries = unitFromSeries
                if unitFromSeries {
                    result.valuesWrittenAsPercent = ["steps", "baseline", "readings"].flatMap { target.valuesWrittenAsPercent(under: $0) }
                }
                target.finish()
                return id == nil || title == nil || direction == nil || steps.isEmpty ? nil : result
            }
        fields.finish()
        return targets
    }

    /// Two readings of one day: which is the latest? A baseline after a reading: the line the
    /// status is judged against started after the figures it judges.
    static func checkReadings(_ readings: [TargetReading], baseline: TargetReading?, sink: DiagnosticSink) {
        var byDay: [CivilDate: TargetReading] = [:]
        for reading in readings {
            if let first = byDay[reading.date], first.value != reading.value {
                sink.error(
                    "two readings of the target are dated \(reading.date.long) (\(first.value.asWritten) on line \(first.location.line), \(reading.value.asWritten) here)",
                    at: reading.location, hint: "keep one: a corrected figure replaces the one it corrects")
            }
            byDay[reading.date] = byDay[reading.date] ?? reading
        }
        if let baseline, let first = readings.min(by: { $0.date < $1.date }), baseline.date > first.date {
            sink.error(
                "the target's baseline is dated \(baseline.date.long), after its first reading (\(first.date.long))",
                at: baseline.location, hint: "a baseline is where the target starts from: date it on or before the first reading, or make it a reading")
        }
    }

    /// A share written as a fraction beside others written in per cent: `value: 0.9` for 90%,
    /// under readings of 95, was a goal of 0.9% "met" by any reading; readings of 0.95 under a
    /// goal of 90 were 0.95% and "missed". Only the unmistakable are refused: a goal to raise a
    /// share to 1% or less when every figure is 10% or more, or figures of 1% or less against a
    /// goal of 50% or more.
    static func checkFractions(steps: [TargetStep], readings: [TargetReading], at location: SourceLocation, sink: DiagnosticSink) {
        let figures = readings.map(\.value)
        guard !figures.isEmpty else { return }
        if let step = steps.first(where: { $0.value > 0 && $0.value <= 1 }), figures.allSatisfy({ $0 >= 10 }) {
            sink.error(
                "the target's goal of \(step.value.asWritten)% is far below every figure it is judged against (\(figures.min()!.asWritten)% or more): is it \((step.value * 100).asWritten)% written as a fraction?",
                at: location, hint: "write percentages as numbers of per cent: value: \((step.value * 100).asWritten)")
        } else if let step = steps.first(where: { $0.value >= 50 }), figures.allSatisfy({ $0 >= 0 && $0 <= 1 }) {
            sink.error(
                "the target's figures are all 1% or less, against a goal of \(step.value.asWritten)%: are they fractions (\(figures.max()!.asWritten) for \((figures.max()! * 100).asWritten)%)?",
                at: location, hint: "write percentages as numbers of per cent: value: \((figures.max()! * 100).asWritten)")
        }
    }

    static func readReading(_ fields: Fields, unit: ValueUnit) -> TargetReading? {
        let date = fields.date("date", required: true, example: "date: 2025-05-31")
        let value = fields.number("value", required: true, unit: unit)
        var reading = TargetReading(
            date: date ?? CivilDate(daysSinceEpoch: 0), value: value ?? 0, approximate: fields.bool("approximate") ?? false,
            period: fields.string("period"), source: fields.string("source"), note: fields.string("note"),
            location: fields.location)
        reading.provisional = fields.bool("provisional") ?? false
        if let note = reading.note,
            let problem = SeriesReader.noteProblem(
                note, status: reading.provisional ? .provisional : nil, approximate: reading.approximate,
                marks: ("add provisional: yes to the reading", "add approximate: yes to the reading"))
        {
            fields.sink.error(problem.message, at: fields.location(ofKey: "note"), hint: problem.hint)
        }
        fields.finish()
        return date == nil || value == nil ? nil : reading
    }
}

enum TopicReader {
    /// The topic, and whether it is a draft (`draft: true`: checked, then left out of every output).
    static func read(_ file: SourceFile, sink: DiagnosticSink) -> (topic: DataTopic?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: "title: Complaints") else { return (nil, false) }
        let fields = document.fields
        let title = fields.string("title", required: true, example: "title: Complaints")
        let slug = AddressSlug.read(fields, file: file)
        var topic = DataTopic(slug: slug ?? "", title: title ?? file.baseName, summary: fields.summary(), body: document.body, sourcePath: file.path)
        topic.editions = fields.editions()
        let isDraft = fields.draft()
        fields.finish()
        return (slug == nil ? nil : topic, isDraft)
    }
}

extension Fields {
    /// Where the `value:` fields of the group or list of groups under `key` are written as
    /// percentages (`value: 90%`). Reads the YAML alone: the fields are read, and reported, elsewhere.
    func valuesWrittenAsPercent(under key: String) -> [SourceLocation] {
        let groups: [Node] = switch given(key) {
        case .sequence(let items)?: Array(items)
        case let group?: [group]
        case nil: []
        }
        return groups.compactMap { group in
            guard case .mapping(let fields) = group, let value = fields["value"], case .scalar(let scalar) = value,
                scalar.string.trimming(" ").hasSuffix("%")
            else { return nil }
            return location(of: value)
        }
    }

    /// A number such as `90`, `97.5` or `83`, counted in `unit` (a unit with no name is not yet
    /// known: a target's that is taken from its series).
    func number(_ key: String, required: Bool = false, unit: ValueUnit) -> Double? {
        guard let (text, value) = scalar(key, required: required, example: "\(key): 90", expected: "a number") else { return nil }
        guard let number = SeriesReader.parseNumber(text) else {
            sink.error("the field \(label(key)) should be a number, not \"\(text)\"", at: location(of: value), hint: "write it as digits: \(key): 97.5")
            return nil
        }
        if let problem = SeriesReader.percentProblem(text, unit: unit, fix: "set unit: percent for the target")
            ?? SeriesReader.decimalCommaProblem(text, decimalComma: sink.deadlines.decimalComma)
            ?? SeriesReader.thousandsDotProblem(text, unit: unit, fix: "set decimals: 3")
        {
            sink.error(problem.message, at: location(of: value), hint: problem.hint)
            return nil
        }
        return number
    }
}

import Markup

/// Checks what spans the figure files: metrics and targets that name series and actions that
/// exist, and one id per series or metric.
enum FigureLinker {
    static func link(_ figures: FigureContent, actionIDs: Set<String>, sink: DiagnosticSink, failed: FailedSources = FailedSources()) -> FigureContent {
        var known: [String: SourceLocation] = [:]
        for series in figures.series { known[series.id] = series.location }
        for metric in figures.metrics {
            if let first = known[metric.id] {
                sink.error(
                    "the metric \(metric.id) has the same id as \(first.file)", at: metric.location,
                    hint: "give it another id: references name series and metrics by id")
            }
            known[metric.id] = metric.location
        }
        for metric in figures.metrics {
            for input in metric.inputs where known[input] == nil {
                sink.append(Diagnostic.error(
                    "the metric \(metric.id) uses \"\(input)\", which is not a series or metric", at: metric.location,
                    hint: NearestName.suggest(for: input, among: known.keys).map { "did you mean \"\($0)\"?" }
                        ?? "add data/\(input).csv and data/\(input).yaml").following(failed.files["series:\(input)"]))
            }
        }
        var units: [String: ValueUnit] = [:]
        for series in figures.series { units[series.id] = series.unit }
        for metric in figures.metrics { units[metric.id] = metric.unit }
        // A sum of homes and people, or a share of homes in people, is not a figure.
        for metric in figures.metrics {
            let counted = metric.inputs.compactMap { id in units[id].map { (id, $0) } }
            let (checked, sameAs): ([(String, ValueUnit)], ValueUnit?) = switch metric.kind {
            case .sum: (counted, metric.unit)
            case .share: (counted, nil)
            case .rate: ([], nil)
            }
            guard let first = checked.first else { continue }
            let expected = sameAs ?? first.1
            if checked.contains(where: { !$0.1.isSame(as: expected) }) {
                let listed = checked.map { "\($0.0) counts \($0.1.name)" }.joined(separator: ", ")
                sink.error(
                    sameAs != nil
                        ? "the metric \(metric.id) counts \(expected.name), but adds series counted otherwise (\(listed))"
                        : "the metric \(metric.id) is a share of series counted in different units (\(listed))",
                    at: metric.location,
                    hint: "a sum or a share needs figures of one kind: if they count the same thing, give them the same unit:")
            }
        }
        var linked = figures
        for index in linked.targets.indices where linked.targets[index].unitFromSeries {
            guard let seriesID = linked.targets[index].seriesID, let unit = units[seriesID] else { continue }
            linked.targets[index].unit = unit
            for place in linked.targets[index].valuesWrittenAsPercent where !unit.isPercent {
                sink.error(
                    "a value of the target \(linked.targets[index].id) is a percentage, but the series \(seriesID) it reads counts \(unit.name)",
                    at: place, hint: "write the number of \(unit.name) without %, or read a series of percentages")
            }
        }
        for target in linked.targets where !target.unit.name.isEmpty && !target.unit.isPercent {
            TargetsReader.checkPercentInWords(target, sink: sink)
        }
        var targetIDs = Set<String>()
        for target in figures.targets {
            if !target.unitFromSeries, let seriesID = target.seriesID, let seriesUnit = units[seriesID], !seriesUnit.isSame(as: target.unit) {
                sink.error(
                    "the target \(target.id) counts \(target.unit.name), but the series \(seriesID) it reads counts \(seriesUnit.name)",
                    at: target.location,
                    hint: "leave unit: out of the target, so that it counts what its series counts, or read a series counted in \(target.unit.name)")
            }
            if !targetIDs.insert(target.id).inserted {
                sink.error("two targets have the id \"\(target.id)\"", at: target.location, hint: "give each target its own id")
            }
            if let seriesID = target.seriesID, known[seriesID] == nil {
                sink.append(Diagnostic.error(
                    "the target \(target.id) reads the series \"\(seriesID)\", which is not a series or metric", at: target.location,
                    hint: NearestName.suggest(for: seriesID, among: known.keys).map { "did you mean \"\($0)\"?" }
                        ?? "add data/\(seriesID).csv and data/\(seriesID).yaml").following(failed.files["series:\(seriesID)"]))
            }
            if let action = target.actionID, !actionIDs.contains(action) {
                sink.append(Diagnostic.error(
                    "the target \(target.id) names the action \"\(action)\", which is not the id of any action", at: target.location,
                    hint: NearestName.suggest(for: action, among: actionIDs).map { "did you mean \"\($0)\"?" } ?? "check the id on the action's page"
                ).following(failed.planOfAction(action)))
            }
        }
        return linked
    }
}
