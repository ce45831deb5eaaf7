import Diagnostics
import Model

/// Everything computed from the content as at one date.
public struct Assessments: Sendable {
    public var asOf: CivilDate
    public var rules: TrackingRules
    // Each kind by its id as the content compares ids (without regard to case). Read through
    // the functions below, which take the item itself, so no page joins by a string it made.
    var actions: ByItem<ItemAssessment>
    var plans: [ItemID: PlanSummary]
    var planChanges: [ItemID: PlanChanges]
    var recommendations: ByItem<ItemAssessment>
    var responses: [ItemID: ResponseSummary]
    var meetingActions: ByItem<MeetingActionRecord>
    /// Series, metrics and targets as at the date.
    public var figures: FigureAssessments
    /// From the latest meeting held up to the as-at date.
    public var sinceLastMeeting: ChangeReport?
    /// Between the two latest meetings held.
    public var betweenLastMeetings: ChangeReport?
    public var diagnostics: DiagnosticList

    public func assessment(of action: PlanAction) -> ItemAssessment? { actions[action.item.key] }
    public func assessment(of recommendation: Recommendation) -> ItemAssessment? { recommendations[recommendation.item.key] }
    /// A meeting action's assessment with its action-log facts.
    public func record(of action: MeetingAction) -> MeetingActionRecord? { meetingActions[action.item.key] }
    /// By the item's key: for a page that records what it looked up, and compares the answers later.
    public func assessment(ofActionKeyed key: ItemID) -> ItemAssessment? { actions[key] }
    public func record(ofMeetingActionKeyed key: ItemID) -> MeetingActionRecord? { meetingActions[key] }
    public func summary(ofPlanKeyed key: ItemID) -> PlanSummary? { plans[key] }
    public func assessment(ofRecommendationKeyed key: ItemID) -> ItemAssessment? { recommendations[key] }
    public func summary(of plan: Plan) -> PlanSummary? { plans[plan.key] }
    /// What changed between `plan` and the plan it supersedes; nil for a plan that supersedes none.
    public func changes(of plan: Plan) -> PlanChanges? { planChanges[plan.key] }
    public func summary(of response: Response) -> ResponseSummary? { responses[response.key] }
}

/// Works out every status, count and comparison as at a date. Pure.
public enum MetricsEngine {
    public static func assess(_ content: Content, asOf: CivilDate) -> Assessments {
        let rules = content.site.tracking
        let assessor = ItemAssessor(asOf: asOf, rules: rules)
        var diagnostics = DiagnosticList()

        // A later action's carried_from makes each earlier action "carried into" it, from the
        // day the later plan was published.
        var carried: [ItemID: [Continuation]] = [:]
        for plan in content.plans {
            for action in plan.actions {
                for link in action.item.carriedFrom {
                    carried[link.key, default: []]
                        .append(Continuation(id: action.id, kind: link.kind, date: plan.published))
                }
            }
        }

        // What each later plan carried, added and dropped; an earlier action it dropped is closed
        // as dropped from its publication, on every page that shows it.
        var changes: [ItemID: PlanChanges] = [:]
        var ended: [ItemID: PlanEnding] = [:]
        for plan in content.plans {
            guard let earlierID = plan.supersedes, let earlier = content.plan(earlierID) else { continue }
            let comparison = compare(plan, with: earlier, rules: rules)
            changes[plan.key] = comparison
            for id in comparison.dropped { ended[ItemID(id)] = PlanEnding(planID: plan.id, date: plan.published) }
        }

        // Three parts that need nothing of each other, on all cores: the plans' actions; the
        // meetings' actions, the recommendations and the figures; what changed between the two
        // latest meetings.
        let held = content.meetings.filter { $0.date <= asOf }.map(\.date)
        let (continuations, endings) = (carried, ended)
        let ((items, plans, stepProblems), (meetingActions, recommendations, responses, figures, figureProblems), (entries, between)) = inParallel({
            var items = ByItem<ItemAssessment>(minimumCapacity: content.plans.reduce(0) { $0 + $1.actions.count })
            var plans: [ItemID: PlanSummary] = [:]
            var stepProblems: [Diagnostic] = []
            for plan in content.plans {
                var byTheme: [String: StatusCounts] = [:]
                var counts = StatusCounts()
                for action in plan.actions {
                    let assessment = assessor.assess(
                        action.item, carriedInto: continuations[action.item.key] ?? [], endedBy: endings[action.item.key])
                    items[action.item.key] = assessment
                    if let problem = StepsAndDeadline.moreToDo(action.item, assessment, asOf: asOf) { stepProblems.append(problem) }
                    counts.add(assessment)
                    byTheme[action.themeID, default: StatusCounts()].add(assessment)
                }
                plans[plan.key] = PlanSummary(planID: plan.id, counts: counts, byTheme: byTheme, supersededBy: nil)
            }
            for plan in content.plans {
                guard let earlier = plan.supersedes.map(ItemID.init), plans[earlier] != nil, plan.published <= asOf else { continue }
                plans[earlier]?.supersededBy = (plan.id, plan.published)
            }
            return (items, plans, stepProblems)
        }, {
            let meetingActions = MeetingMetrics.records(content, assessor: assessor)
            var recommendations = ByItem<ItemAssessment>(minimumCapacity: content.responses.reduce(0) { $0 + $1.recommendations.count })
            for recommendation in content.allRecommendations {
                recommendations[recommendation.item.key] = assessor.assess(recommendation.item, notAgreed: recommendation.isNotAgreedWithNoSteps)
            }
            let responses = Dictionary(
                uniqueKeysWithValues: content.responses.map { ($0.key, ResponseSummary.of($0, assessments: recommendations)) })
            let (figures, figureProblems) = FigureEngine.assess(content.figures, asOf: asOf, failed: content.failed)
            return (meetingActions, recommendations, responses, figures, figureProblems)
        }, {
            let entries = trackedEntries(content, continuations: continuations, endings: endings)
            let between = held.count >= 2 ? ChangeReport.between(held[held.count - 2], held[held.count - 1], entries: entries, rules: rules) : nil
            return (entries, between)
        })
        diagnostics.append(contentsOf: stepProblems)
        diagnostics.append(contentsOf: figureProblems)

        let atAsOf = { (entry: TrackedEntry) -> ItemAssessment? in
            switch entry.kind {
            case .planAction: return items[entry.item.key]
            case .meetingAction: return meetingActions[entry.item.key]?.assessment
            case .recommendation: return recommendations[entry.item.key]
            }
        }
        let since = held.last.map { ChangeReport.between($0, asOf, entries: entries, rules: rules, assessedAtTo: atAsOf) }

        return Assessments(
            asOf: asOf, rules: rules, actions: items, plans: plans, planChanges: changes, recommendations: recommendations,
            responses: responses, meetingActions: meetingActions, figures: figures,
            sinceLastMeeting: since, betweenLastMeetings: between, diagnostics: diagnostics)
    }

    /// Every tracked item of the site, whatever it belongs to.
    static func trackedEntries(
        _ content: Content, continuations: [ItemID: [Continuation]], endings: [ItemID: PlanEnding]
    ) -> [TrackedEntry] {
        var entries: [TrackedEntry] = []
        for action in content.allActions {
            let key = action.item.key
            entries.append(TrackedEntry(kind: .planAction, item: action.item, continuations: continuations[key] ?? [], endedBy: endings[key]))
        }
        for action in content.allMeetingActions {
            entries.append(TrackedEntry(kind: .meetingAction, item: action.item, continuations: []))
        }
        for recommendation in content.allRecommendations {
            entries.append(TrackedEntry(
                kind: .recommendation, item: recommendation.item, continuations: [], notAgreed: recommendation.isNotAgreedWithNoSteps))
        }
        return entries
    }

    /// Carried over, merged, replaced, new, dropped and finished before, between `plan` and the
    /// plan it supersedes. What counts as finished is judged on the day `plan` was published.
    static func compare(_ plan: Plan, with earlier: Plan, rules: TrackingRules) -> PlanChanges {
        let earlierIDs = Set(earlier.actions.map(\.item.key))
        var carried: [PlanChanges.Carry] = []
        var new: [String] = []
        var continued = Set<ItemID>()
        for action in plan.actions {
            let links = action.item.carriedFrom.filter { earlierIDs.contains($0.key) }
            if links.isEmpty {
                if action.item.carriedFrom.isEmpty { new.append(action.id) }
                continue
            }
            let kind: CarryKind = links.count > 1 ? .merged : links[0].kind
            carried.append(PlanChanges.Carry(from: links.map(\.id), to: action.id, kind: kind))
            continued.formUnion(links.map(\.key))
        }
        let atPublication = ItemAssessor(asOf: plan.published, rules: rules)
        var dropped: [String] = []
        var finished: [String] = []
        for action in earlier.actions where !continued.contains(action.item.key) {
            if atPublication.assess(action.item).status.category == .finished {
                finished.append(action.id)
            } else {
                dropped.append(action.id)
            }
        }
        return PlanChanges(
            planID: plan.id, earlierPlanID: earlier.id, carried: carried, new: new, dropped: dropped, finishedBefore: finished)
    }
}
