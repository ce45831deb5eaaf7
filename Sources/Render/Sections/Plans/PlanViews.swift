import Markup
import Compute
import Model

/// Template values for the plans list, a plan, its filtered views and its changes page.
enum PlanViews {
    static func index(render: inout PageRender) -> [String: Any] {
        let environment = render.environment
        let plans = environment.content.plans.sorted { ($0.published, $0.id) > ($1.published, $1.id) }
        let items: [[String: Any]] = plans.map { plan in
            let summary = environment.assessments.plans[plan.id]
            var item = summaryItem(plan, summary: summary, render: render)
            if let successor = summary?.supersededBy, let later = environment.content.plan(successor.id) {
                item["supersededBy"] = ["title": later.title, "url": render.url(to: PlanPaths.plan(later.id)), "date": render.date(successor.date)]
            }
            return item
        }
        return [
            "plans": items,
            "csvURL": render.url(to: PlanPaths.csv),
            "jsonURL": render.url(to: PlanPaths.json),
        ]
    }

    /// A plan's name, dates and headline counts, for lists of plans (here and on the home page).
    static func summaryItem(_ plan: Plan, summary: PlanSummary?, render: PageRender) -> [String: Any] {
        let counts = summary?.counts ?? StatusCounts()
        return Chrome.compact([
            "title": plan.title,
            "url": render.url(to: PlanPaths.plan(plan.id)),
            "period": plan.period,
            "published": render.date(plan.published),
            "summary": plan.summary,
            "total": counts.total,
            "finished": counts.finished,
            "overdue": counts.overdue,
            "notReported": counts.notReported,
            "countsSentence": render.strings.plural(
                "counts.plan-summary", count: counts.total,
                ["finished": String(counts.finished), "not-reported": String(counts.notReported), "overdue": String(counts.overdue)]),
            "counts": countItems(counts, render.strings),
        ])
    }

    static func plan(_ plan: Plan, render: inout PageRender) -> [String: Any] {
        let environment = render.environment
        let summary = environment.assessments.plans[plan.id]
        let counts = summary?.counts ?? StatusCounts()
        var view: [String: Any] = [
            "plan": planFacts(plan, render: render),
            "content": render.html(plan.body),
            "counts": countItems(counts, render.strings),
            "total": counts.total,
            "flagCounts": flagItems(counts, render.strings),
            "countsCaption": "Actions of \(plan.title) by status, as at \(environment.asOf.long)",
            "themeLabel": plan.themeLabel,
            "overdueURL": render.url(to: PlanPaths.view(plan.id, FilteredView.overdue.rawValue)),
            "completeURL": render.url(to: PlanPaths.view(plan.id, FilteredView.complete.rawValue)),
            "ownersURL": render.url(to: PlanPaths.view(plan.id, FilteredView.owners.rawValue)),
            "csvURL": render.url(to: PlanPaths.csv),
            "jsonURL": render.url(to: PlanPaths.json),
        ]
        if plan.supersedes != nil { view["changesURL"] = render.url(to: PlanPaths.view(plan.id, "changes")) }
        if let successor = summary?.supersededBy, let later = environment.content.plan(successor.id) {
            view["supersededBy"] = ["title": later.title, "url": render.url(to: PlanPaths.plan(later.id)), "date": render.date(successor.date)]
        }
        view["principles"] = plan.principles.map { principle in
            ["id": principle.id, "title": principle.title, "measures": principle.successMeasures, "hasMeasures": !principle.successMeasures.isEmpty]
        }
        view["successMeasures"] = plan.successMeasures
        view["themes"] = plan.themes.map { theme -> [String: Any] in
            let actions = plan.actions.filter { $0.themeID == theme.id }
            let themeCounts = summary?.byTheme[theme.id] ?? StatusCounts()
            var item = Chrome.compact([
                "id": theme.id,
                "anchor": PlanPaths.themeAnchor(theme.id),
                "heading": themeLabel(theme, in: plan).map { "\($0): \(theme.title)" } ?? theme.title,
                "title": theme.title,
                "leads": theme.leads.isEmpty ? nil : theme.leads.joined(separator: "; "),
                "countsText": countsSentence(themeCounts, render.strings),
                "caption": "Actions: " + (themeLabel(theme, in: plan).map { "\($0): \(theme.title)" } ?? theme.title),
            ])
            if let overview = theme.overview { item["overview"] = render.html(overview) }
            item["rows"] = actions.map { ActionViews.row($0, render: render) }
            return item
        }
        return view
    }

    /// "Workstream 1" when themes are numbered; nil when their ids are words.
    static func themeLabel(_ theme: PlanTheme, in plan: Plan) -> String? {
        theme.id.allSatisfy(\.isNumber) ? "\(plan.themeLabel) \(theme.id)" : nil
    }

    static func planFacts(_ plan: Plan, render: PageRender) -> [String: Any] {
        var facts = Chrome.compact([
            "id": plan.id,
            "title": plan.title,
            "period": plan.period,
            "summary": plan.summary,
            "published": render.date(plan.published),
            "url": render.url(to: PlanPaths.plan(plan.id)),
        ])
        if let source = plan.source {
            facts["source"] = Chrome.compact(["title": source.title, "url": source.url, "published": source.published.map(render.date)])
        }
        if let earlierID = plan.supersedes, let earlier = render.environment.content.plan(earlierID) {
            facts["supersedes"] = ["title": earlier.title, "url": render.url(to: PlanPaths.plan(earlier.id))]
        }
        return facts
    }

    static func filtered(_ plan: Plan, _ view: FilteredView, render: inout PageRender) -> [String: Any] {
        let assessments = render.environment.assessments
        var groups: [[String: Any]] = []
        var intro: String
        switch view {
        case .overdue:
            let actions = plan.actions.filter { assessments.item($0.id)?.isOverdue == true }
            intro = "Actions not reported finished whose due date had passed on \(render.environment.asOf.long)."
            groups = actions.isEmpty ? [] : [["rows": actions.map { ActionViews.row($0, render: render) }, "caption": "Overdue actions of \(plan.title)"]]
        case .complete:
            let actions = plan.actions.filter { assessments.item($0.id)?.status.category == .finished }
            intro = "Actions reported complete, or complete and ongoing, by \(render.environment.asOf.long)."
            groups = actions.isEmpty ? [] : [["rows": actions.map { ActionViews.row($0, render: render) }, "caption": "Completed actions of \(plan.title)"]]
        case .owners:
            intro = "Every action under each of its owners. An action with several owners appears under each."
            var byOwner: [String: [PlanAction]] = [:]
            for action in plan.actions {
                for owner in action.item.owners.isEmpty ? ["Owner not published"] : action.item.owners {
                    byOwner[owner, default: []].append(action)
                }
            }
            var taken = Chrome.reservedIDs
            groups = byOwner.keys.sorted { NaturalSortKey($0) < NaturalSortKey($1) }.map { owner in
                [
                    "heading": owner, "anchor": Slug.unique(Slug.make(owner), in: &taken), "caption": "Actions owned by \(owner)",
                    "rows": byOwner[owner]!.map { ActionViews.row($0, render: render) },
                ]
            }
        }
        let count = groups.map { ($0["rows"] as? [[String: Any]])?.count ?? 0 }.reduce(0, +)
        return [
            "plan": planFacts(plan, render: render),
            "intro": intro,
            "groups": groups,
            "hasGroupHeadings": view == .owners,
            "count": count,
            "empty": groups.isEmpty,
            "otherViews": FilteredView.allCases.map { other in
                var item: [String: Any] = ["title": other.title(render.strings), "url": render.url(to: PlanPaths.view(plan.id, other.rawValue))]
                if other == view { item["current"] = true }
                return item
            },
        ]
    }

    static func changes(_ plan: Plan, render: inout PageRender) -> [String: Any] {
        let environment = render.environment
        guard let changes = environment.assessments.planChanges[plan.id],
            let earlier = environment.content.plan(changes.earlierPlanID)
        else { return ["plan": planFacts(plan, render: render)] }
        let actionsByID = Dictionary(environment.content.allActions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func link(_ id: String) -> [String: Any] {
            guard let action = actionsByID[id], let owner = environment.content.plan(action.planID) else { return ["title": id] }
            return ["title": ActionViews.heading(action, in: owner), "url": render.url(to: PlanPaths.action(action))]
        }
        func carries(_ kinds: Set<CarryKind>) -> [[String: Any]] {
            changes.carried.filter { kinds.contains($0.kind) }.map { carry in
                let notes = (actionsByID[carry.to]?.item.carriedFrom ?? []).filter { carry.from.contains($0.id) }.compactMap(\.note)
                return ["to": link(carry.to), "from": carry.from.map(link), "notes": notes]
            }
        }
        return [
            "plan": planFacts(plan, render: render),
            "earlier": ["title": earlier.title, "url": render.url(to: PlanPaths.plan(earlier.id)), "published": render.date(earlier.published)],
            "carriedOver": carries([.carriedOver]),
            "merged": carries([.merged]),
            "replaced": carries([.replaced]),
            "new": changes.new.map(link),
            "dropped": changes.dropped.map(link),
            "finishedBefore": changes.finishedBefore.map(link),
        ]
    }

    static func countItems(_ counts: StatusCounts, _ strings: Strings) -> [[String: Any]] {
        counts.ordered.map { entry in
            var item = StatusTags.status(entry.status, strings)
            item["count"] = entry.count
            return item
        }
    }

    static func flagItems(_ counts: StatusCounts, _ strings: Strings) -> [[String: Any]] {
        [
            ["label": strings.text("flags.overdue"), "colour": "red", "count": counts.overdue],
            ["label": strings.text("flags.due-soon"), "colour": "orange", "count": counts.dueSoon],
            ["label": strings.text("flags.not-updated-recently"), "colour": "yellow", "count": counts.stale],
        ] + (counts.noDeadlineSet == 0 ? [] : [["label": strings.text("flags.no-deadline-set"), "colour": "grey", "count": counts.noDeadlineSet]])
    }

    /// "8 actions: 2 complete, 1 in progress, 5 not reported; 5 overdue."
    static func countsSentence(_ counts: StatusCounts, _ strings: Strings) -> String {
        let parts = counts.ordered.map { "\($0.count) \(StatusTags.label($0.status, strings).lowercasedFirst)" }
        var sentence = strings.plural("counts.actions", count: counts.total)
        if !parts.isEmpty { sentence += ": " + parts.joined(separator: ", ") }
        if counts.overdue > 0 { sentence += "; \(counts.overdue) \(strings.text("flags.overdue").lowercasedFirst)" }
        return sentence + "."
    }
}
