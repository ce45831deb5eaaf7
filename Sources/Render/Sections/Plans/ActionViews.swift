import Markup
import Compute
import Model

/// Template values for an action: a row in a table, and its own page.
enum ActionViews {
    /// "2.5 Produce a formal Progression Panel policy framework".
    static func heading(_ action: PlanAction, in plan: Plan) -> String {
        action.number.map { "\($0) \(action.item.title)" } ?? action.item.title
    }

    static func row(_ action: PlanAction, render: PageRender) -> [String: Any] {
        let assessment = render.environment.assessments.item(action.id)
        var row = Chrome.compact([
            "id": action.id,
            "number": action.number,
            "title": action.item.title,
            "summary": action.summary,
            "url": render.url(to: PlanPaths.action(action)),
            "owners": action.item.owners.isEmpty ? "Not published" : action.item.owners.joined(separator: "; "),
        ])
        row["due"] = dueEntries(action.item, assessment: assessment, render: render)
        if let assessment {
            row["status"] = StatusTags.status(assessment.status, render.strings)
            row["flags"] = StatusTags.flags(assessment, render.strings)
            if let manual = assessment.manualRAG {
                // A rating given by hand is shown beside the computed one, never instead of it.
                row["manualRating"] = [
                    "manual": StatusTags.rag(manual.rating, render.strings),
                    "computed": assessment.computedRAG.map { StatusTags.rag($0, render.strings) } ?? ["label": render.strings.text("status.not-reported"), "colour": "grey"],
                    "reason": manual.reason,
                ]
            }
            if let due = assessment.nextDue ?? assessment.finalDue {
                row["dueReading"] = (assessment.nextDue != nil ? "next due " : "due ") + due.long
            }
        }
        return row
    }

    /// The deadlines, one per line: labelled by what they belong to when there are several, in the
    /// words in force (a revision's, marked as such, with the words it replaced), and a milestone's
    /// marked done when it is.
    static func dueEntries(
        _ item: TrackedItem, assessment: ItemAssessment?, step: String = "Milestone", render: PageRender
    ) -> [[String: Any]] {
        var labelled: [(label: String?, deadline: Deadline, done: Bool)] = []
        let several = item.allDeadlines.count > 1
        if let own = item.deadline { labelled.append((several ? "Action" : nil, own, false)) }
        for (index, milestone) in item.milestones.enumerated() {
            guard let deadline = milestone.deadline else { continue }
            let done = assessment?.milestones.indices.contains(index) == true && assessment!.milestones[index].isDone
            labelled.append((several ? "\(step) \(index + 1)" : nil, deadline, done))
        }
        guard !labelled.isEmpty else { return [["text": "Not published"]] }
        return labelled.map { entry in
            var view: [String: Any] = ["text": entry.deadline.text]
            if let label = entry.label { view["label"] = label }
            if let revision = entry.deadline.revision(asOf: render.environment.asOf) {
                view["text"] = revision.text
                view["revised"] = ["from": entry.deadline.text, "date": render.date(revision.date)]
            }
            if entry.done { view["done"] = true }
            return view
        }
    }

    static func page(_ action: PlanAction, in plan: Plan, render: inout PageRender) -> [String: Any] {
        let environment = render.environment
        let assessment = environment.assessments.item(action.id)
        let item = action.item
        let theme = plan.theme(action.themeID)
        var view = Chrome.compact([
            "id": action.id,
            "number": action.number,
            "actionTitle": item.title,
            "summary": action.summary,
            "unavailable": action.unavailable,
            "owners": item.owners.isEmpty ? nil : item.owners,
            "ownersMissing": item.owners.isEmpty ? true : nil,
        ])
        view["measures"] = action.measures
        view["plan"] = PlanViews.planFacts(plan, render: render)
        if let theme {
            view["theme"] = [
                "label": PlanViews.themeLabel(theme, in: plan), "title": theme.title,
                "url": render.url(to: PlanPaths.plan(plan.id)) + "#" + PlanPaths.themeAnchor(theme.id),
            ]
        }
        if let deadline = item.deadline { view["deadline"] = deadlineView(deadline, render: render) }
        if let assessment {
            view["status"] = StatusTags.status(assessment.status, render.strings)
            view["flags"] = StatusTags.flags(assessment, render.strings)
            view["statusDate"] = assessment.statusDate.map(render.date)
            view["explanation"] = StatusTags.explanation(
                assessment, opened: item.opened, asOf: environment.asOf, rules: environment.assessments.rules, strings: render.strings,
                describe: { id in describe(id, environment: environment) },
                describePlan: { id in environment.index.plans[id]?.title ?? id })
            if let computed = assessment.computedRAG {
                view["computedRAG"] = StatusTags.rag(computed, render.strings)
            } else if assessment.status == .notReported {
                // No rating without facts: the reader is told why there is none.
                view["computedRAG"] = ["label": render.strings.text("status.not-reported"), "key": "not-reported", "colour": "grey"]
            }
            if let manual = assessment.manualRAG {
                var tag = StatusTags.rag(manual.rating, render.strings)
                tag["reason"] = manual.reason
                view["manualRAG"] = tag
                view["ragDisagrees"] = assessment.ragDisagrees
            }
            if let progress = assessment.progress {
                view["progress"] = "\(progress.done) of \(progress.total) milestones done"
            }
            view["milestones"] = assessment.milestones.map { milestone in milestoneView(milestone, render: render) }
            view["hasMilestones"] = !assessment.milestones.isEmpty
            view["carriedInto"] = assessment.carriedInto.map { continuation -> [String: Any] in
                var entry = actionLink(continuation.id, environment: environment, render: render)
                entry["how"] = continuation.kind.label
                entry["date"] = render.date(continuation.date)
                return entry
            }
        }
        view["carriedFrom"] = item.carriedFrom.map { link -> [String: Any] in
            var entry = actionLink(link.id, environment: environment, render: render)
            entry["how"] = link.kind.label
            if let note = link.note { entry["note"] = note }
            return entry
        }
        view["updates"] = item.updates.reversed().map { update -> [String: Any] in
            var entry: [String: Any] = ["date": render.date(update.date), "status": StatusTags.status(.reported(update.status), render.strings)]
            if let note = update.note { entry["note"] = render.html(note) }
            if let source = update.source { entry["source"] = source }
            return entry
        }
        view["content"] = render.html(ifNotBlank: action.body)
        return view
    }

    /// A deadline as published and as read, its revisions, and (under `inForce`) the words and
    /// reading that count on the as-at date, which is what every status is computed from.
    static func deadlineView(_ deadline: Deadline, render: PageRender) -> [String: Any] {
        var view: [String: Any] = ["text": deadline.text]
        view.merge(readingView(deadline.reading, render: render)) { _, new in new }
        if let revision = deadline.revision(asOf: render.environment.asOf) {
            var inForce: [String: Any] = ["text": revision.text, "date": render.date(revision.date), "reason": revision.reason]
            inForce.merge(readingView(revision.reading, render: render)) { _, new in new }
            view["revisedTo"] = inForce
            view["inForce"] = inForce
        } else {
            view["inForce"] = view
        }
        view["revisions"] = deadline.revisions.map { revision -> [String: Any] in
            var entry: [String: Any] = ["date": render.date(revision.date), "text": revision.text, "reason": revision.reason]
            entry.merge(readingView(revision.reading, render: render)) { _, new in new }
            return entry
        }
        return view
    }

    static func readingView(_ reading: DeadlineReading, render: PageRender) -> [String: Any] {
        switch reading {
        case .due(let date, let rule): return ["readAs": render.date(date), "rule": rule]
        case .ongoing: return ["readAsText": "no due date (ongoing)"]
        case .recurring(let every): return ["readAsText": "no due date (recurring: \(every))"]
        case .toBeConfirmed: return ["readAsText": "no deadline set yet (to be confirmed)"]
        case .complete(let ongoing): return ["readAsText": ongoing ? "complete when published, and ongoing" : "complete when published"]
        }
    }

    static func milestoneView(_ milestone: MilestoneAssessment, render: PageRender) -> [String: Any] {
        var view = Chrome.compact(["text": milestone.milestone.text, "owner": milestone.milestone.owner])
        if let deadline = milestone.milestone.deadline { view["deadline"] = deadlineView(deadline, render: render) }
        if let completed = milestone.milestone.completed {
            view["completedText"] = "done " + (milestone.milestone.completedText.map { "in \($0)" } ?? "by \(completed.long)")
        }
        view["state"] =
            milestone.isDone
            ? ["label": "Done", "colour": "green"]
            : milestone.isOverdue ? ["label": "Overdue", "colour": "red"] : ["label": "Not reported as done", "colour": "grey"]
        return view
    }

    static func actionLink(_ id: String, environment: SiteEnvironment, render: PageRender) -> [String: Any] {
        guard let action = environment.index.action(id), let plan = environment.index.plans[action.planID]
        else { return ["title": id, "id": id] }
        return ["title": heading(action, in: plan), "id": action.id, "url": render.url(to: PlanPaths.action(action)), "planTitle": plan.title]
    }

    static func describe(_ id: String, environment: SiteEnvironment) -> String {
        guard let action = environment.index.action(id) else { return id }
        return "action \(action.id) (\(action.item.title))"
    }
}
