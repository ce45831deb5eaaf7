import Compute
import Model

/// What changed: every tracked item whose status changed since the last meeting, and between
/// the last two meetings.
enum ChangeViews {
    static func page(render: inout PageRender) -> [String: Any] {
        let assessments = render.environment.assessments
        var view: [String: Any] = [:]
        if let since = assessments.sinceLastMeeting {
            var part = report(since, render: render)
            part["caption"] = "Changed statuses since the last meeting, \(since.from.long) to \(since.to.long)"
            view["since"] = part
        }
        if let between = assessments.betweenLastMeetings {
            var part = report(between, render: render)
            part["caption"] = "Changed statuses between the last two meetings, \(between.from.long) to \(between.to.long)"
            view["between"] = part
        }
        return view
    }

    static func report(_ report: ChangeReport, render: PageRender) -> [String: Any] {
        [
            "from": render.date(report.from),
            "to": render.date(report.to),
            "changed": report.changed.map { change(in: $0, render: render) },
            "added": report.added.map { change(in: $0, render: render) },
            "changedCount": report.changed.count,
            "addedCount": report.added.count,
        ]
    }

    static func change(in change: StatusChange, render: PageRender) -> [String: Any] {
        var item: [String: Any] = ["kind": change.kind.rawValue.capitalizedFirst, "id": change.id]
        let (title, url) = link(change, render: render)
        item["title"] = title
        if let url { item["url"] = url }
        if let before = change.before {
            item["before"] = StatusTags.status(before.status, render.strings)
            item["beforeFlags"] = before.isOverdue ? [["label": "Overdue", "colour": "red"]] : []
        }
        item["after"] = StatusTags.status(change.after.status, render.strings)
        item["afterFlags"] = change.after.isOverdue ? [["label": "Overdue", "colour": "red"]] : []
        return item
    }

    static func link(_ change: StatusChange, render: PageRender) -> (String, String?) {
        let content = render.environment.content
        switch change.kind {
        case .planAction:
            guard let action = content.allActions.first(where: { $0.id == change.id }), let plan = content.plan(action.planID) else {
                return (change.id, nil)
            }
            return ("\(ActionViews.heading(action, in: plan)) (\(plan.title))", render.url(to: PlanPaths.action(action)))
        case .meetingAction:
            guard let action = content.allMeetingActions.first(where: { $0.id == change.id }) else { return (change.id, nil) }
            let entry = MeetingPaths.logEntry(action.id, in: render.environment)
            return (action.item.title, render.url(to: entry.page) + "#" + entry.anchor)
        case .recommendation:
            guard let recommendation = content.allRecommendations.first(where: { $0.id == change.id }),
                let response = content.response(recommendation.responseID)
            else { return (change.id, nil) }
            return ("Recommendation \(recommendation.number) (\(response.title))", render.url(to: ResponsePaths.recommendation(recommendation)))
        }
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
