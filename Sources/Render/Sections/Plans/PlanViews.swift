import Markup
import Compute
import Model

/// Template values for the plans list, a plan, its filtered views and its changes page.
enum PlanViews {
    static func index(render: inout PageRender) -> View {
        let environment = render.environment
        let plans = environment.content.plans.sorted { ($0.published, $0.id) > ($1.published, $1.id) }
        let items: [View] = plans.map { plan in
            let summary = environment.assessments.summary(of: plan)
            var item = summaryItem(plan, summary: summary, render: render)
            if let successor = summary?.supersededBy, let later = environment.content.plan(successor.id) {
                item["supersededBy"] = View(["title": later.title, "url": render.url(to: PlanPaths.plan(later.id)), "date": render.date(successor.date)])
            }
            return item
        }
        return [
            "lead": render.strings.text("plans.lead", ["date": render.strings.longDate(environment.asOf)]),
            "plans": items,
            "csvURL": render.url(to: PlanPaths.csv),
            "jsonURL": render.url(to: PlanPaths.json),
        ]
    }

    /// A plan's name, dates and headline counts, for lists of plans (here and on the home page).
    static func summaryItem(_ plan: Plan, summary: PlanSummary?, render: PageRender) -> View {
        let counts = summary?.counts ?? StatusCounts()
        return View([
            "title": plan.title,
            "titleLang": render.environment.content.untranslatedLanguage(of: plan.body.displayPath),
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

    static func plan(_ plan: Plan, render: inout PageRender) -> View {
        let summary = render.summary(of: plan)
        let counts = summary?.counts ?? StatusCounts()
        var view: View = [
            "plan": planFacts(plan, render: render),
            "content": render.html(plan.body),
            "counts": countItems(counts, render.strings),
            "total": counts.total,
            "flagCounts": flagItems(counts, render.strings),
            "countsCaption": render.strings.text("plan.counts-caption", ["plan": plan.title, "date": render.strings.longDate(render.asOf)]),
            "countsItems": render.strings.text("count-table.actions"),
            "countsAll": render.strings.text("count-table.all-actions"),
            "overdueURL": render.url(to: PlanPaths.view(plan.id, FilteredView.overdue.rawValue)),
            "completeURL": render.url(to: PlanPaths.view(plan.id, FilteredView.complete.rawValue)),
            "ownersURL": render.url(to: PlanPaths.view(plan.id, FilteredView.owners.rawValue)),
            "csvURL": render.url(to: PlanPaths.csv),
            "jsonURL": render.url(to: PlanPaths.json),
        ]
        if plan.supersedes != nil { view["changesURL"] = render.url(to: PlanPaths.view(plan.id, "changes")) }
        if let successor = summary?.supersededBy, let later = render.plan(successor.id) {
            view["supersededBy"] = render.strings.html(
                "plan.replaced-notice", ["plan": later.title, "date": render.strings.longDate(successor.date)],
                links: ["later": render.url(to: PlanPaths.plan(later.id))])
        }
        view["principles"] = plan.principles.map { principle -> View in
            ["id": principle.id, "title": principle.title, "measures": principle.successMeasures, "hasMeasures": !principle.successMeasures.isEmpty]
        }
        view["successMeasures"] = plan.successMeasures
        view["themes"] = plan.themes.map { theme -> View in
            let actions = plan.actions.filter { $0.themeID == theme.id }
            let themeCounts = summary?.byTheme[theme.id] ?? StatusCounts()
            var item = View([
                "id": theme.id,
                "anchor": PlanPaths.themeAnchor(theme.id),
                "heading": themeHeading(theme, in: plan, render.strings),
                "title": theme.title,
                "leads": theme.leads.isEmpty ? nil : theme.leads.joined(separator: "; "),
                "countsText": countsSentence(themeCounts, render.strings),
                "caption": render.strings.text("plan.theme-caption", ["theme": themeHeading(theme, in: plan, render.strings)]),
            ])
            if let overview = theme.overview { item["overview"] = render.html(overview) }
            item["rows"] = actions.map { ActionViews.row($0, render: render) }
            return item
        }
        return view
    }

    /// "Workstream 1" when themes are numbered; nil when their ids are words.
    static func themeLabel(_ theme: PlanTheme, in plan: Plan, _ strings: Strings) -> String? {
        guard theme.id.allSatisfy(\.isNumber) else { return nil }
        return strings.text("plan.numbered-theme", ["label": plan.themeLabel ?? strings.text("action.theme"), "number": theme.id])
    }

    /// "Workstream 1: Sentence progression", or the theme's title when its id is a word.
    static func themeHeading(_ theme: PlanTheme, in plan: Plan, _ strings: Strings) -> String {
        themeLabel(theme, in: plan, strings).map { strings.text("plan.theme-heading", ["label": $0, "title": theme.title]) } ?? theme.title
    }

    static func planFacts(_ plan: Plan, render: PageRender) -> View {
        var facts = View([
            "id": plan.id,
            "title": plan.title,
            "period": plan.period,
            "summary": plan.summary,
            "published": render.date(plan.published),
            "url": render.url(to: PlanPaths.plan(plan.id)),
        ])
        if let source = plan.source {
            facts["source"] = View(["title": source.title, "url": source.url, "published": source.published.map(render.date)])
        }
        if let earlierID = plan.supersedes, let earlier = render.plan(earlierID) {
            facts["supersedes"] = ["title": earlier.title, "url": render.url(to: PlanPaths.plan(earlier.id))]
        }
        return facts
    }

    /// A filtered view of a plan is drawn from the plan and the view (`PlanViewPage`).
    static func filtered(_ page: PlanViewPage, render: inout PageRender) -> View {
        filtered(page.plan, page.view, render: &render)
    }

    static func filtered(_ plan: Plan, _ view: FilteredView, render: inout PageRender) -> View {
        var groups: [View] = []
        var intro: String
        switch view {
        case .overdue:
            let actions = plan.actions.filter { render.assessment(of: $0)?.isOverdue == true }
            intro = render.strings.text("plan-views.overdue-intro", ["date": render.strings.longDate(render.asOf)])
            groups = actions.isEmpty ? [] : [[
                "rows": actions.map { ActionViews.row($0, render: render) },
                "caption": render.strings.text("plan-views.overdue-caption", ["plan": plan.title]),
            ]]
        case .complete:
            let actions = plan.actions.filter { render.assessment(of: $0)?.status.category == .finished }
            intro = render.strings.text("plan-views.complete-intro", ["date": render.strings.longDate(render.asOf)])
            groups = actions.isEmpty ? [] : [[
                "rows": actions.map { ActionViews.row($0, render: render) },
                "caption": render.strings.text("plan-views.complete-caption", ["plan": plan.title]),
            ]]
        case .owners:
            intro = render.strings.text("plan-views.owners-intro")
            var byOwner: [String: [PlanAction]] = [:]
            for action in plan.actions {
                for owner in action.item.owners.isEmpty ? [render.strings.text("plan-views.no-owner")] : action.item.owners {
                    byOwner[owner, default: []].append(action)
                }
            }
            var taken = Chrome.reservedIDs
            groups = byOwner.keys.sorted { NaturalSortKey($0) < NaturalSortKey($1) }.map { owner in
                [
                    "heading": owner, "anchor": Slug.unique(Slug.make(owner), in: &taken), "caption": render.strings.text("plan-views.owner-caption", ["owner": owner]),
                    "rows": byOwner[owner]!.map { ActionViews.row($0, render: render) },
                ]
            }
        }
        let count = groups.map { $0.list("rows")?.count ?? 0 }.reduce(0, +)
        return [
            "plan": planFacts(plan, render: render),
            "intro": intro,
            "groups": groups,
            "hasGroupHeadings": view == .owners,
            "count": count,
            "empty": groups.isEmpty ? render.strings.text("plan-views.none", ["date": render.strings.longDate(render.asOf)]) : nil as String?,
            "otherViews": FilteredView.allCases.map { other in
                var item: View = ["title": other.title(render.strings), "url": render.url(to: PlanPaths.view(plan.id, other.rawValue))]
                if other == view { item["current"] = true }
                return item
            },
        ]
    }

    static func changes(_ plan: Plan, render: inout PageRender) -> View {
        let environment = render.environment
        guard let changes = environment.assessments.changes(of: plan),
            let earlier = environment.content.plan(changes.earlierPlanID)
        else { return ["plan": planFacts(plan, render: render)] }
        func link(_ id: String) -> View {
            guard let action = environment.index.action(id), environment.index.plans[action.planID] != nil else { return ["title": id] }
            return ["title": ActionViews.heading(action), "url": render.url(to: PlanPaths.action(action))]
        }
        func linkHTML(_ link: View) -> String {
            let title = HTMLText.escape(link.text("title") ?? "")
            return link.text("url").map { "<a href=\"\($0)\">\(title)</a>" } ?? title
        }
        func carries(_ kinds: Set<CarryKind>) -> [View] {
            changes.carried.filter { kinds.contains($0.kind) }.map { carry in
                let from = Set(carry.from.map(ItemID.init))
                let notes = (environment.index.action(carry.to)?.item.carriedFrom ?? []).filter { from.contains($0.key) }.compactMap(\.note)
                let sentence = render.strings.html(
                    "plan-changes.\(carry.kind.rawValue)-sentence",
                    html: ["later": linkHTML(link(carry.to)), "earlier": render.strings.listed(carry.from.map { linkHTML(link($0)) })])
                return ["to": link(carry.to), "from": carry.from.map(link), "notes": notes, "sentence": sentence]
            }
        }
        return [
            "plan": planFacts(plan, render: render),
            "lead": render.strings.html(
                "plan-changes.lead", ["plan": earlier.title, "date": render.strings.longDate(earlier.published)],
                links: ["earlier": render.url(to: PlanPaths.plan(earlier.id))]),
            "carriedOver": carries([.carriedOver]),
            "merged": carries([.merged]),
            "replaced": carries([.replaced]),
            "new": changes.new.map(link),
            "dropped": changes.dropped.map(link),
            "finishedBefore": changes.finishedBefore.map(link),
        ]
    }

    static func countItems(_ counts: StatusCounts, _ strings: Strings) -> [View] {
        counts.ordered.map { entry in
            var item = StatusTags.status(entry.status, strings)
            item["count"] = entry.count
            return item
        }
    }

    static func flagItems(_ counts: StatusCounts, _ strings: Strings) -> [View] {
        [
            ["label": strings.text("flags.overdue"), "colour": TagColour.red, "count": counts.overdue],
            ["label": strings.text("flags.due-soon"), "colour": TagColour.orange, "count": counts.dueSoon],
            ["label": strings.text("flags.not-updated-recently"), "colour": TagColour.yellow, "count": counts.stale],
        ] + (counts.noDeadlineSet == 0 ? [] : [["label": strings.text("flags.no-deadline-set"), "colour": TagColour.grey, "count": counts.noDeadlineSet]])
    }

    /// "8 actions: 2 complete, 1 in progress, 5 not reported; 5 overdue."
    static func countsSentence(_ counts: StatusCounts, _ strings: Strings) -> String {
        let parts = counts.ordered.map {
            strings.text("counts.status-count", ["count": String($0.count), "status": StatusTags.label($0.status, strings).lowercasedFirst])
        }
        let actions = strings.plural("counts.actions", count: counts.total)
        let overdue = strings.text("counts.status-count", ["count": String(counts.overdue), "status": strings.text("flags.overdue").lowercasedFirst])
        switch (parts.isEmpty, counts.overdue > 0) {
        case (true, _): return strings.text("counts.theme", ["actions": actions])
        case (false, false): return strings.text("counts.theme-statuses", ["actions": actions, "statuses": parts.joined(separator: ", ")])
        case (false, true):
            return strings.text("counts.theme-statuses-overdue", ["actions": actions, "statuses": parts.joined(separator: ", "), "overdue": overdue])
        }
    }
}
