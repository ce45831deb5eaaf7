import Compute
import Model

/// What changed: every tracked item whose status changed since the last meeting, and between
/// the last two meetings.
enum ChangeViews {
    static func page(render: inout PageRender) -> View {
        let assessments = render.environment.assessments
        let strings = render.strings
        var view: View = ["lead": strings.text("changes.lead", ["date": strings.longDate(render.asOf)])]
        for (key, report) in [("since", assessments.sinceLastMeeting), ("between", assessments.betweenLastMeetings)] {
            guard let report else { continue }
            var part = self.report(report, render: render)
            let span = ["from": strings.longDate(report.from), "to": strings.longDate(report.to)]
            part["heading"] = strings.text("changes.\(key)", span)
            part["caption"] = strings.text("changes.\(key)-caption", span)
            view[key] = part
        }
        return view
    }

    static func report(_ report: ChangeReport, render: PageRender) -> View {
        [
            "from": render.date(report.from),
            "to": render.date(report.to),
            "changed": report.changed.map { change(in: $0, render: render) },
            "added": report.added.map { change(in: $0, render: render) },
            "counts": render.strings.text(
                "changes.counts",
                ["changed": render.strings.plural("changes.changed", count: report.changed.count),
                 "added": render.strings.plural("changes.added", count: report.added.count)]),
        ]
    }

    static func change(in change: StatusChange, render: PageRender) -> View {
        var item: View = ["kind": render.strings.text("changes.kind-\(change.kind.rawValue)"), "id": change.id]
        let (title, url) = link(change, render: render)
        item["title"] = title
        if let url { item["url"] = url }
        if let before = change.before {
            item["before"] = StatusTags.status(before.status, render.strings)
            item["beforeFlags"] = before.isOverdue ? [View(["label": render.strings.text("flags.overdue"), "colour": TagColour.red])] : []
        }
        item["after"] = StatusTags.status(change.after.status, render.strings)
        item["afterFlags"] = change.after.isOverdue ? [View(["label": render.strings.text("flags.overdue"), "colour": TagColour.red])] : []
        return item
    }

    static func link(_ change: StatusChange, render: PageRender) -> (String, String?) {
        let index = render.environment.index
        switch change.kind {
        case .planAction:
            guard let action = index.action(change.id), let plan = index.plans[action.planID] else {
                return (change.id, nil)
            }
            return (
                render.strings.text("changes.plan-action", ["action": ActionViews.heading(action), "plan": plan.title]),
                render.url(to: PlanPaths.action(action)))
        case .meetingAction:
            guard let action = index.meetingAction(change.id) else { return (change.id, nil) }
            let entry = MeetingPaths.logEntry(action.id, in: render.environment)
            return (action.item.title, render.url(to: entry.page) + "#" + entry.anchor)
        case .recommendation:
            guard let recommendation = index.recommendation(change.id),
                let response = render.environment.content.response(recommendation.responseID)
            else { return (change.id, nil) }
            return (
                render.strings.text("changes.recommendation", ["number": recommendation.number, "response": response.title]),
                render.url(to: ResponsePaths.recommendation(recommendation)))
        }
    }
}
