import Markup
import Compute
import Model

/// The targets page: each target's goal, readings and computed status, with the reason for it.
enum TargetViews {
    static func page(render: inout PageRender) -> View {
        let environment = render.environment
        let targets = environment.assessments.figures.assessed(environment.content.figures.targets)
        var counts: [TargetAssessment.Status: Int] = [:]
        for (_, assessment) in targets { counts[assessment.status, default: 0] += 1 }
        render.ids.formUnion(targets.map { SeriesPaths.targetAnchor($0.target.id) })
        return [
            "lead": render.strings.text("targets.lead", ["date": render.strings.longDate(environment.asOf)]),
            "targets": targets.map { item($0.target, $0.assessment, render: &render) },
            "counts": TargetAssessment.Status.allCases.compactMap { status in
                counts[status].map { View(["label": render.strings.text("target-status.\(status.rawValue)"), "colour": colour(status), "count": $0]) }
            },
        ]
    }

    static func colour(_ status: TargetAssessment.Status) -> TagColour {
        switch status {
        case .met: return .green
        case .onTrack: return .turquoise
        case .offTrack: return .orange
        case .missed: return .red
        case .notYetReported: return .grey
        }
    }

    /// The target's unit with decimals enough that no reading looks like a goal it does not
    /// reach: 89.6% shown as "90%, against a goal of 90%", and not met.
    static func shownUnit(_ target: Target, _ assessment: TargetAssessment) -> ValueUnit {
        var unit = target.unit
        let goals = target.steps.map(\.value) + (assessment.expected.map { [$0] } ?? [])
        let values = assessment.readings.map(\.value) + (target.baseline.map { [$0.value] } ?? [])
        func hidden(_ unit: ValueUnit) -> Bool {
            values.contains { value in goals.contains { $0 != value && unit.asShown($0) == unit.asShown(value) } }
        }
        while unit.decimals < 6, hidden(unit) { unit.decimals += 1 }
        return unit
    }

    static func item(_ target: Target, _ assessment: TargetAssessment, render: inout PageRender) -> View {
        let environment = render.environment
        let strings = render.strings
        let unit = shownUnit(target, assessment)
        let format = { (value: Double, approximate: Bool) in FigureFormat.value(value, unit: unit, approximate: approximate, strings) }
        var item: View = [
            "id": target.id, "anchor": SeriesPaths.targetAnchor(target.id), "title": target.title,
            "readingsCaption": render.strings.text("targets.readings-caption", ["target": target.title]),
            "status": View(["label": render.strings.text("target-status.\(assessment.status.rawValue)"), "colour": colour(assessment.status)]),
            "steps": target.steps.map { step -> View in
                var entry: View = ["value": format(step.value, false)]
                if let deadline = step.deadline {
                    entry["by"] = deadline.text
                    if let due = deadline.reading.dueDate { entry["due"] = render.date(due) }
                } else {
                    entry["by"] = render.strings.text("targets.at-all-times")
                }
                return entry
            },
            "readings": assessment.readings.filter { $0.date <= environment.asOf }.reversed().map { reading -> View in
                View([
                    "date": render.date(reading.date), "value": format(reading.value, reading.approximate) + (reading.provisional ? " " + render.strings.text("summary.provisional") : ""), "period": reading.period ?? reading.seriesPeriod.map(render.strings.period),
                    "source": reading.source, "note": reading.note,
                ])
            },
            "explanation": explanation(target, assessment, strings: render.strings),
        ]
        if let goal = target.goalText { item["goal"] = goal }
        if let seriesID = target.seriesID, let series = environment.assessments.figures.series[seriesID] {
            item["series"] = ["title": series.title, "url": render.url(to: SeriesPaths.page(seriesID))]
        }
        if let baseline = target.baseline {
            item["baseline"] = View([
                "date": render.date(baseline.date), "value": format(baseline.value, baseline.approximate), "source": baseline.source,
            ])
        }
        if let latest = assessment.latest {
            item["bar"] = ProgressBar(value: latest.value, goal: assessment.goal.value, unit: unit, direction: target.direction).svg(render.strings)
        }
        if let notes = target.notes { item["notes"] = render.html(notes) }
        if let actionID = target.actionID, let action = environment.index.action(actionID), action.id == actionID,
            let plan = environment.index.plans[action.planID]
        {
            item["action"] = ["title": ActionViews.heading(action), "url": render.url(to: PlanPaths.action(action)), "plan": plan.title]
        }
        return item
    }

    /// Why the target has its status, in sentences.
    static func explanation(_ target: Target, _ assessment: TargetAssessment, strings: Strings) -> [String] {
        let unit = shownUnit(target, assessment)
        let format = { (value: Double) in FigureFormat.value(value, unit: unit) }
        let goal = assessment.goal
        let goalText = goal.deadline.map { strings.text("target-explanation.goal-by", ["value": format(goal.value), "deadline": $0.text]) }
            ?? strings.text("target-explanation.goal-always", ["value": format(goal.value)])
        guard let latest = assessment.latest else {
            return [strings.text("target-explanation.no-reading", ["goal": goalText])]
        }
        var value = FigureFormat.value(latest.value, unit: unit, approximate: latest.approximate, strings)
        if latest.provisional { value += " " + strings.text("summary.provisional") }
        var sentences = [
            strings.text(
                latest.period == nil && latest.seriesPeriod == nil ? "target-explanation.latest" : "target-explanation.latest-with-period",
                ["value": value, "date": strings.longDate(latest.date), "period": latest.period ?? latest.seriesPeriod.map(strings.period) ?? "", "goal": goalText])
        ]
        switch assessment.status {
        case .met:
            sentences.append(strings.text("target-explanation.met"))
        case .missed:
            if let step = assessment.missedStep {
                sentences.append(strings.text(
                    "target-explanation.missed",
                    ["value": format(step.value), "deadline": step.deadline?.text ?? strings.text("target-explanation.its-date")]))
            }
        case .onTrack, .offTrack:
            if let expected = assessment.expected {
                sentences.append(strings.text(
                    assessment.status == .onTrack ? "target-explanation.on-track" : "target-explanation.off-track", ["expected": format(expected)]))
            } else if goal.deadline == nil {
                sentences.append(strings.text("target-explanation.always-short"))
            } else {
                sentences.append(strings.text("target-explanation.no-earlier"))
            }
        case .notYetReported:
            break
        }
        return sentences
    }
}

/// A bar from zero showing the latest reading against the goal, labelled in text.
struct ProgressBar {
    var value: Double
    var goal: Double
    var unit: ValueUnit
    var direction: TargetDirection

    func svg(_ strings: Strings) -> String {
        let maximum = max(value, goal, 1) * 1.1
        // Narrow, so that its label stays 12 px or more on a phone.
        let width = 300.0
        let valueX = value / maximum * width
        let goalX = goal / maximum * width
        let label = strings.text("targets.bar-label", ["value": FigureFormat.value(value, unit: unit), "goal": FigureFormat.value(goal, unit: unit)])
        return """
            <svg class="progress" viewBox="0 0 \(width.svg) 44" role="img" aria-label="\(HTMLText.escape(label))" focusable="false">
            <rect class="progress__track" x="0" y="8" width="\(width.svg)" height="20"/>
            <rect class="progress__value" x="0" y="8" width="\(max(valueX, 1).svg)" height="20"/>
            <line class="progress__goal" x1="\(goalX.svg)" y1="2" x2="\(goalX.svg)" y2="34"/>
            <text class="progress__label" x="\(min(goalX + 4, width - 4).svg)" y="42" text-anchor="\(goalX > width - 60 ? "end" : "start")">\(HTMLText.escape(strings.text("targets.bar-goal", ["goal": FigureFormat.value(goal, unit: unit)])))</text>
            </svg>
            """
    }
}
