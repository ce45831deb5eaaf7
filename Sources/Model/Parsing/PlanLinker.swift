import Diagnostics

/// Checks what spans files of the plans: themes that exist, action ids used once, links to
/// earlier actions that exist, and plans that supersede plans that exist. Fills in owners from
/// theme leads where an action names none.
enum PlanLinker {
    /// A published plan that supersedes a draft plan, or an action carried from one of its
    /// actions, would point at pages the site does not have: each is an error at its line.
    static func checkNoPlanLinks(to draft: Plan, in plans: [Plan], sink: DiagnosticSink) {
        let draftActions = Set(draft.actions.map(\.item.key))
        let hint = "publish it (take draft: true out of \(draft.location.file)), or take the link out while it is a draft"
        for plan in plans where !plan.isDraft {
            if plan.supersedes == draft.id {
                sink.error("the plan supersedes \"\(draft.id)\", which is a draft", at: plan.location, hint: hint)
            }
            for action in plan.actions {
                for link in action.item.carriedFrom where draftActions.contains(link.key) {
                    sink.error("carried_from names \"\(link.id)\", an action of the draft plan \(draft.id)", at: link.location, hint: hint)
                }
            }
        }
    }

    static func link(_ plans: [Plan], sink: DiagnosticSink, failed: FailedSources = FailedSources()) -> [Plan] {
        var plans = plans.sorted { ($0.published, $0.id) < ($1.published, $1.id) }
        let planIDs = plans.map(\.id)
        var firstByID: [ItemID: (plan: Plan, action: PlanAction)] = [:]

        for planIndex in plans.indices {
            let plan = plans[planIndex]
            // "Action 1.1" in a committee's question must be one action (a number may repeat
            // across themes, which some plans number from 1 each).
            var numbered: [String: PlanAction] = [:]
            for action in plan.actions {
                guard let number = action.number else { continue }
                let place = action.themeID + "\u{0}" + number.lowercased()
                if let first = numbered[place] {
                    sink.error(
                        "two actions of the plan \(plan.id) are numbered \(number) in the same theme (the other is \(first.id))",
                        at: action.item.location, hint: "give each its own number; if the published plan itself used one number twice, tell them apart as written, such as number: \"\(number) (second)\"")
                } else {
                    numbered[place] = action
                }
            }
            if let supersedes = plan.supersedes, !planIDs.contains(supersedes) {
                sink.append(Diagnostic.error(
                    "the plan supersedes \"\(supersedes)\", which is not a plan", at: plan.location,
                    hint: NearestName.hint(for: supersedes, among: planIDs.filter { $0 != plan.id })).following(failed.plan(supersedes)))
            } else if let supersedes = plan.supersedes, let earlier = plans.first(where: { $0.id == supersedes }),
                earlier.published >= plan.published, failed.plan(supersedes) == nil, failed.plan(plan.id) == nil
            {
                // Its actions would be "dropped" by a plan published before them, or on the same day.
                sink.error(
                    "the plan supersedes \"\(supersedes)\", published on \(earlier.published.long), not before it (\(plan.published.long))",
                    at: plan.location, hint: "a plan supersedes an earlier plan: check both plans' published: dates, and which supersedes which")
            }
            for actionIndex in plan.actions.indices {
                var action = plan.actions[actionIndex]
                guard let theme = plan.theme(action.themeID) else {
                    sink.error(
                        "the action's theme \"\(action.themeID)\" is not a theme of the plan \(plan.id)", at: action.themeLocation,
                        hint: NearestName.hint(for: action.themeID, among: plan.themes.map(\.id)))
                    continue
                }
                if action.item.owners.isEmpty { action.item.owners = theme.leads }
                plans[planIndex].actions[actionIndex] = action
                let key = action.item.key
                if let first = firstByID[key] {
                    sink.error(
                        "two actions have the id \"\(action.id)\"", at: action.item.location,
                        hint: "the other is in \(first.action.item.location.file); an id is never reused, so give this one a new id")
                } else {
                    firstByID[key] = (plan, action)
                }
            }
            OwnerNames.check(plans[planIndex], sink: sink)
        }

        let knownIDs = firstByID.values.map(\.action.id).sorted()
        for plan in plans {
            for action in plan.actions {
                for link in action.item.carriedFrom {
                    guard let earlier = firstByID[link.key] else {
                        sink.append(Diagnostic.error(
                            "carried_from names \"\(link.id)\", which is not the id of any action", at: link.location,
                            hint: NearestName.hint(for: link.id, among: knownIDs, listing: false) ?? "check the id on the earlier action's page"
                        ).following(failed.planOfAction(link.id)))
                        continue
                    }
                    // A plan whose date could not be read has no order among the others.
                    if failed.plan(earlier.plan.id) != nil || failed.plan(plan.id) != nil { continue }
                    if earlier.plan.id == plan.id || earlier.plan.published >= plan.published {
                        sink.error(
                            "carried_from names \"\(link.id)\", which is not in an earlier plan", at: link.location,
                            hint: "an action can only continue an action of a plan published before its own")
                    } else if let done = finishedReport(of: earlier.action.item, before: plan.published) {
                        // Its page said "Carried over", the later plan's date outranking the report of its end.
                        sink.error(
                            "carried_from names \"\(link.id)\", reported complete on \(done.long), before this plan was published (\(plan.published.long)): finished, or carried over?",
                            at: link.location,
                            hint: "if this action goes on from finished work, leave carried_from out and say so in its words; if the earlier one was not finished, correct its update (complete-and-ongoing fits work done that goes on)")
                    }
                }
            }
        }
        checkRepeatedWithoutCarry(plans, sink: sink)
        // Each action's place is worked out once, not at every comparison of the sort: a large
        // plan's sort made its keys (a theme looked up, a number split) millions of times.
        for index in plans.indices {
            let plan = plans[index]
            let places = plan.actions.map { (theme: $0.themeOrder(in: plan), number: $0.sortKey) }
            let order = places.indices.sorted { (places[$0].theme, places[$0].number) < (places[$1].theme, places[$1].number) }
            plans[index].actions = order.map { plan.actions[$0] }
        }
        return plans
    }
}

extension PlanLinker {
    /// The day of the last report before `day` when it said the item was complete (not complete
    /// and ongoing): nil when the last report said otherwise, or there was none. (A report of the
    /// day itself outranks the carry, and the item is shown complete.)
    static func finishedReport(of item: TrackedItem, before day: CivilDate) -> CivilDate? {
        let last = item.updates.filter { $0.date < day }.max { $0.date < $1.date }
        guard let last else { return nil }
        return last.status == .complete ? last.date : nil
    }

    /// A plan that supersedes another shows each earlier action it does not continue as
    /// dropped. An action of the later plan in the same words as one of those, still open when
    /// it was published, is most often the same work with its carried_from left out: dropped,
    /// or carried over?
    static func checkRepeatedWithoutCarry(_ plans: [Plan], sink: DiagnosticSink) {
        let carried = Set(plans.flatMap { $0.actions.flatMap { $0.item.carriedFrom.map(\.key) } })
        for plan in plans {
            guard let id = plan.supersedes, let earlier = plans.first(where: { $0.id == id }), earlier.published < plan.published else { continue }
            var openByWords: [String: PlanAction] = [:]
            for action in earlier.actions where !carried.contains(action.item.key) {
                let item = action.item
                let status = item.updates.last { $0.date <= plan.published }?.status ?? item.initialStatus ?? item.statusFromDeadlines
                if let status, status.endsTheWork { continue }
                let words = Vocabulary.normal(item.title)
                if openByWords[words] == nil { openByWords[words] = action }
            }
            for action in plan.actions {
                guard let same = openByWords[Vocabulary.normal(action.item.title)] else { continue }
                sink.error(
                    "this action has the same words as \(same.id) of \(earlier.id), which this plan supersedes without continuing it, so \(same.id) would be shown as dropped",
                    at: action.item.location,
                    hint: "if it continues that action, add carried_from: \(same.id); if it is new work, say in its title how it differs")
            }
        }
    }
}

extension PlanAction {
    func themeOrder(in plan: Plan) -> Int {
        plan.themes.firstIndex { $0.id == themeID } ?? Int.max
    }

    /// Orders "2.10" after "2.9".
    var sortKey: NaturalSortKey { NaturalSortKey(number ?? id) }
}
