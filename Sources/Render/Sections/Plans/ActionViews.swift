import Markup
import Compute
import Model

/// What an action's page is drawn from: the action, and its plan without the plan's actions
/// (the page shows none of them), so that an edit to another action leaves the page as it was.
struct ActionPage: Hashable, Sendable {
    var action: PlanAction
    var plan: Plan

    init(action: PlanAction, plan: Plan) {
        self.action = action
        var heading = plan
        heading.actions = []
        self.plan = heading
    }
}

/// Template values for an action: a row in a table, and its own page.
enum ActionViews {
    /// "2.5 Produce a formal Progression Panel policy framework".
    static func heading(_ action: PlanAction) -> String {
        action.number.map { "\($0) \(action.item.title)" } ?? action.item.title
    }

    static func row(_ action: PlanAction, render: PageRender) -> View {
        let assessment = render.assessment(of: action)
        var row = View([
            "id": action.id,
            "number": action.number,
            "title": action.item.title,
            "titleLang": render.untranslatedLanguage(of: action.body.displayPath),
            "summary": action.summary,
            "url": render.url(to: PlanPaths.action(action)),
            "owners": action.item.owners.isEmpty ? render.strings.text("action.not-published") : action.item.owners.joined(separator: "; "),
        ])
        row["due"] = dueEntries(action.item, assessment: assessment, render: render)
        if let assessment {
            row["status"] = StatusTags.status(assessment.status, render.strings)
            row["flags"] = StatusTags.flags(assessment, render.strings)
            if let manual = assessment.manualRAG {
                // A rating given by hand is shown beside the computed one, never instead of it.
                let computed = assessment.computedRAG.map { StatusTags.rag($0, render.strings) }
                    ?? ["label": render.strings.text("status.not-reported"), "colour": TagColour.grey]
                row["manualRating"] = render.strings.html(
                    "action-table.rated", ["reason": manual.reason],
                    html: ["given": StatusTags.tagHTML(StatusTags.rag(manual.rating, render.strings)), "computed": StatusTags.tagHTML(computed)])
            }
            if let due = assessment.nextDue ?? assessment.finalDue {
                row["dueReading"] = render.strings.text(
                    assessment.nextDue != nil ? "action-table.next-due" : "action-table.due-on", ["date": render.strings.longDate(due)])
            }
        }
        return row
    }

    /// The deadlines, one per line: labelled by what they belong to when there are several, in the
    /// words in force (a revision's, marked as such, with the words it replaced), and a milestone's
    /// marked done when it is.
    static func dueEntries(
        _ item: TrackedItem, assessment: ItemAssessment?, step: String = "deadline.milestone-label", render: PageRender
    ) -> [View] {
        var labelled: [(label: String?, deadline: Deadline, done: Bool)] = []
        let several = item.allDeadlines.count > 1
        if let own = item.deadline { labelled.append((several ? render.strings.text("deadline.action-label") : nil, own, false)) }
        for (index, milestone) in item.milestones.enumerated() {
            guard let deadline = milestone.deadline else { continue }
            let done = assessment?.milestones.indices.contains(index) == true && assessment!.milestones[index].isDone
            labelled.append((several ? render.strings.text(step, ["number": String(index + 1)]) : nil, deadline, done))
        }
        guard !labelled.isEmpty else { return [["text": render.strings.text("action.not-published")]] }
        return labelled.map { entry in
            var view: View = ["text": entry.deadline.text]
            if let label = entry.label { view["label"] = label }
            if let revision = entry.deadline.revision(asOf: render.asOf) {
                view["text"] = revision.text
                view["revised"] = revisedTag(render.strings) + " <span class=\"meta\">"
                    + render.strings.html("deadline.revised-from", ["from": entry.deadline.text, "date": render.strings.longDate(revision.date)])
                    + "</span>"
            }
            if entry.done { view["done"] = render.strings.text("deadline.done") }
            return view
        }
    }

    /// An action's page is drawn from the action and its plan's own facts (`ActionPage`).
    static func page(_ subject: ActionPage, render: inout PageRender) -> View {
        page(subject.action, in: subject.plan, render: &render)
    }

    static func page(_ action: PlanAction, in plan: Plan, render: inout PageRender) -> View {
        let assessment = render.assessment(of: action)
        let item = action.item
        let theme = plan.theme(action.themeID)
        var view = View([
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
                "label": PlanViews.themeLabel(theme, in: plan, render.strings), "title": theme.title,
                "url": render.url(to: PlanPaths.plan(plan.id)) + "#" + PlanPaths.themeAnchor(theme.id),
            ]
        }
        if let deadline = item.deadline { view["deadline"] = deadlineView(deadline, render: render) }
        if let assessment {
            view["status"] = StatusTags.status(assessment.status, render.strings)
            view["flags"] = StatusTags.flags(assessment, render.strings)
            view["statusDate"] = assessment.statusDate.map(render.date)
            view["explanation"] = StatusTags.explanation(
                assessment, opened: item.opened, asOf: render.asOf, rules: render.trackingRules, strings: render.strings,
                describe: { id in describe(id, render: render) },
                describePlan: { id in render.plan(id)?.title ?? id })
            if let computed = assessment.computedRAG {
                view["computedRAG"] = StatusTags.rag(computed, render.strings)
            } else if assessment.status == .notReported {
                // No rating without facts: the reader is told why there is none.
                view["computedRAG"] = View(["label": render.strings.text("status.not-reported"), "key": "not-reported", "colour": TagColour.grey])
            }
            if let manual = assessment.manualRAG {
                var tag = StatusTags.rag(manual.rating, render.strings)
                tag["reason"] = manual.reason
                view["manualRAG"] = tag
                view["ragDisagrees"] = assessment.ragDisagrees
            }
            if let progress = assessment.progress {
                view["progress"] = render.strings.plural(
                    "action.milestones-done", count: progress.total, ["done": String(progress.done)])
            }
            view["milestones"] = assessment.milestones.map { milestone in milestoneView(milestone, render: render) }
            view["hasMilestones"] = !assessment.milestones.isEmpty
            view["carriedInto"] = assessment.carriedInto.map { continuation -> View in
                var entry = actionLink(continuation.id, render: render)
                entry["date"] = render.date(continuation.date)
                return ["sentence": carrySentence(
                    "action.carried-into", how: continuation.kind, link: entry, date: continuation.date, note: nil, strings: render.strings)]
            }
        }
        view["carriedFrom"] = item.carriedFrom.map { link -> View in
            let entry = actionLink(link.id, render: render)
            return ["sentence": carrySentence("action.carried-from", how: link.kind, link: entry, date: nil, note: link.note, strings: render.strings)]
        }
        view["updates"] = item.updates.reversed().map { update -> View in
            var entry: View = ["date": render.date(update.date), "status": StatusTags.status(.reported(update.status), render.strings)]
            if let note = update.note { entry["note"] = render.html(note) }
            if let source = update.source { entry["source"] = source }
            return entry
        }
        view["content"] = render.html(ifNotBlank: action.body)
        return view
    }

    /// A deadline as published and as read, its revisions, and (under `inForce`) the words and
    /// reading that count on the as-at date, which is what every status is computed from.
    static func deadlineView(_ deadline: Deadline, render: PageRender) -> View {
        var view = View(["text": deadline.text]).merging(readingView(deadline.reading, render: render))
        if let revision = deadline.revision(asOf: render.asOf) {
            let inForce = View(["text": revision.text, "date": render.date(revision.date), "reason": revision.reason])
                .merging(readingView(revision.reading, render: render))
            view["revisedTo"] = inForce
            view["inForce"] = inForce
        } else {
            view["inForce"] = view
        }
        if let revision = deadline.revision(asOf: render.asOf) {
            view["revisedHTML"] = render.strings.html(
                "deadline.revised", ["date": render.strings.longDate(revision.date), "text": revision.text, "reason": revision.reason],
                html: ["tag": revisedTag(render.strings)])
        }
        view["revisions"] = deadline.revisions.map { revision -> String in
            var values = ["date": render.strings.longDate(revision.date), "text": revision.text, "reason": revision.reason]
            if let due = revision.reading.dueDate { values["read-as"] = render.strings.longDate(due) }
            return render.strings.text(values["read-as"] == nil ? "deadline.revision" : "deadline.revision-read-as", values)
        }
        return view
    }

    static func readingView(_ reading: DeadlineReading, render: PageRender) -> View {
        if case .due(let date, let rule) = reading { return ["readAs": render.date(date), "rule": render.strings.rule(rule, date: date)] }
        return ["readAsText": render.strings.reading(reading) ?? ""]
    }

    /// When a step was done, in the source's words when they name a time ("done in April 2024",
    /// "done by March 2024", never "done in By March 2024"); nil for a day, which is written as
    /// the site writes dates.
    static func completedWords(_ milestone: Milestone, render: PageRender) -> String? {
        guard let words = milestone.completedText, milestone.completedSince != milestone.completed else { return nil }
        let first = words.prefix { $0.isLetter }.lowercased()
        guard ["by", "before", "in", "on", "during", "erbyn", "cyn", "ym", "yn"].contains(first) else {
            return render.strings.text("milestone.done-in", ["text": words])
        }
        return render.strings.text("milestone.done-when", ["when": first + words.dropFirst(first.count)])
    }

    static func milestoneView(_ milestone: MilestoneAssessment, render: PageRender) -> View {
        var view = View(["text": milestone.milestone.text, "owner": milestone.milestone.owner])
        if let deadline = milestone.milestone.deadline { view["deadline"] = deadlineView(deadline, render: render) }
        if let completed = milestone.milestone.completed {
            view["completedText"] = completedWords(milestone.milestone, render: render)
                ?? render.strings.text("milestone.done-by", ["date": render.strings.longDate(completed)])
        }
        view["state"] =
            milestone.isDone
            ? View(["label": render.strings.text("milestone.done"), "colour": TagColour.green])
            : milestone.isOverdue
                ? View(["label": render.strings.text("flags.overdue"), "colour": TagColour.red])
                : View(["label": render.strings.text("milestone.not-done"), "colour": TagColour.grey])
        return view
    }

    static func actionLink(_ id: String, render: PageRender) -> View {
        guard let action = render.action(id), let plan = render.plan(action.planID)
        else { return ["title": id, "id": id] }
        return ["title": heading(action), "id": action.id, "url": render.url(to: PlanPaths.action(action)), "planTitle": plan.title]
    }

    static func describe(_ id: String, render: PageRender) -> String {
        guard let action = render.action(id) else { return id }
        return render.strings.text("explanation.action", ["id": action.id, "title": action.item.title])
    }

    static func revisedTag(_ strings: Strings, key: String = "deadline.revised-tag") -> String {
        "<strong class=\"tag tag--revised\">\(HTMLText.escape(strings.text(key)))</strong>"
    }

    /// "Carried over from 1.2 Write the policy (Plan 2024): the target went up", as HTML.
    static func carrySentence(
        _ key: String, how: CarryKind, link: View, date: CivilDate?, note: String?, strings: Strings
    ) -> String {
        let title = HTMLText.escape(link.text("title") ?? "")
        var values = ["how": strings.text("status.\(how.rawValue)")]
        if let plan = link.text("planTitle") { values["plan"] = plan }
        if let date { values["date"] = strings.longDate(date) }
        let item = link.text("url").map { "<a href=\"\(HTMLText.escape($0))\">\(title)</a>" } ?? title
        var sentence = strings.html(values["plan"] == nil ? key : key + "-plan", values, html: ["item": item])
        if let note { sentence += strings.html("action.carry-note", ["note": note]) }
        return sentence
    }
}
