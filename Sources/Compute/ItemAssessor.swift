import Diagnostics
import Model

/// Assesses tracked items as at a date. Pure: the same item, date and rules give the same result.
public struct ItemAssessor: Sendable {
    public var asOf: CivilDate
    public var rules: TrackingRules

    public init(asOf: CivilDate, rules: TrackingRules) {
        self.asOf = asOf
        self.rules = rules
    }

    /// - Parameters:
    ///   - carriedInto: later items that continue this one.
    ///   - endedBy: a later plan that did not continue it: it is dropped from that plan's day.
    ///   - notAgreed: a recommendation not agreed, with no steps: closed from the start.
    public func assess(
        _ item: TrackedItem, carriedInto: [Continuation] = [], endedBy: PlanEnding? = nil, notAgreed: Bool = false
    ) -> ItemAssessment {
        // The status an item was published with holds from its publication: an update dated
        // earlier (work done before a plan came out) does not come after it.
        let published = item.initialStatus ?? item.statusFromDeadlines
        let update = item.updates.last { $0.date <= asOf && (published == nil || $0.date >= item.opened) }
        let continuation = carriedInto.filter { $0.date <= asOf }.max { ($0.date, $0.id) < ($1.date, $1.id) }

        var status: EffectiveStatus = .notReported
        var statusDate: CivilDate?
        var derivedFrom: StatusSource?
        if notAgreed {
            status = .notAgreed
            statusDate = item.opened
            derivedFrom = .notAgreed
        } else if let initial = published {
            status = .reported(initial)
            statusDate = item.opened
        }
        if let update {
            status = .reported(update.status)
            statusDate = update.date
            derivedFrom = nil
        }
        // Every step reported done, after any update: the item is done.
        if !notAgreed, !item.milestones.isEmpty, let lastDone = allStepsDone(item), update.map({ $0.date < lastDone }) ?? true,
            status.category != .finished
        {
            status = .reported(.complete)
            statusDate = lastDone
            derivedFrom = .allStepsDone(lastDone)
        }
        if let continuation, update.map({ continuation.date > $0.date }) ?? true {
            status = .carried(continuation.kind)
            statusDate = continuation.date
            derivedFrom = nil
        } else if continuation == nil, let endedBy, endedBy.date <= asOf, status.category == .open || status.category == .unknown,
            update.map({ endedBy.date > $0.date }) ?? true
        {
            status = .reported(.dropped)
            statusDate = endedBy.date
            derivedFrom = .leftOutOfPlan(planID: endedBy.planID, date: endedBy.date)
        }

        let category = status.category
        let isFinished = category == .finished
        let isOpen = category == .open

        let milestones = item.milestones.map { milestone -> MilestoneAssessment in
            let reading = milestone.deadline?.reading(asOf: asOf)
            let done = isFinished || (milestone.completed.map { $0 <= asOf } ?? false)
                || reading == .complete(ongoing: false) || reading == .complete(ongoing: true)
            let overdue = isOpen && !done && (reading?.dueDate.map { $0 < asOf } ?? false)
            return MilestoneAssessment(milestone: milestone, reading: reading, isDone: done, isOverdue: overdue)
        }

        var openDueDates = milestones.filter { !$0.isDone }.compactMap(\.dueDate)
        let ownDue = item.deadline?.reading(asOf: asOf).dueDate
        if let ownDue { openDueDates.append(ownDue) }
        let allDueDates = milestones.compactMap(\.dueDate) + (ownDue.map { [$0] } ?? [])
        let nextDue = isOpen ? openDueDates.min() : nil

        let isOverdue = isOpen && (nextDue.map { $0 < asOf } ?? false)
        let isDueSoon = isOpen && !isOverdue && (nextDue.map { asOf.days(until: $0) <= rules.dueSoonDays } ?? false)

        var lastActivity = item.opened
        if let update, update.date > lastActivity { lastActivity = update.date }
        for milestone in item.milestones {
            if let completed = milestone.completed, completed <= asOf, completed > lastActivity { lastActivity = completed }
        }
        let daysSinceActivity = max(lastActivity.days(until: asOf), 0)
        let isStale = isOpen && daysSinceActivity > rules.staleAfterDays

        var deadlinePassedBeforeStatus: PassedDeadline?
        if category == .finished || category == .closed, let statusDate, statusDate > item.opened {
            if let own = item.deadline?.reading(asOf: statusDate).dueDate, own < statusDate {
                deadlinePassedBeforeStatus = PassedDeadline(date: own, step: nil)
            } else {
                deadlinePassedBeforeStatus = item.milestones.filter { !($0.completed.map { $0 <= statusDate } ?? false) }
                    .compactMap { step in step.deadline?.reading(asOf: statusDate).dueDate.map { PassedDeadline(date: $0, step: step.text) } }
                    .filter { $0.date < statusDate }
                    .min { $0.date < $1.date }
            }
        }

        let computedRAG: RAG?
        switch category {
        case .finished: computedRAG = .green
        case .closed, .unknown: computedRAG = nil
        case .open where status == .notReported:
            // Nothing is known: no rating, rather than a green that says all is well.
            computedRAG = nil
        case .open:
            if isOverdue {
                computedRAG = .red
            } else if isDueSoon || isStale || status == .reported(.onHold) {
                computedRAG = .amber
            } else {
                computedRAG = .green
            }
        }

        var assessment = ItemAssessment(
            status: status, statusDate: statusDate, statusUpdate: derivedFrom == nil && status != .notReported ? update : nil,
            isOverdue: isOverdue, isDueSoon: isDueSoon,
            isStale: isStale, lastActivity: lastActivity, daysSinceActivity: daysSinceActivity, nextDue: nextDue,
            finalDue: allDueDates.max(), milestones: milestones, computedRAG: computedRAG, manualRAG: item.manualRAG,
            carriedInto: carriedInto.sorted { ($0.date, $0.id) < ($1.date, $1.id) },
            deadlinePassedBeforeStatus: deadlinePassedBeforeStatus)
        assessment.derivedFrom = derivedFrom
        assessment.nextDueIsAStep = nextDue != nil && nextDue != ownDue
        assessment.hasDeadlineToBeConfirmed = item.allDeadlines.contains { $0.reading(asOf: asOf) == .toBeConfirmed }
        return assessment
    }

    /// The day the last of an item's milestones was reported done, when all of them were by the
    /// as-at date (a milestone published as "Complete" counts as done from the start).
    func allStepsDone(_ item: TrackedItem) -> CivilDate? {
        var last = item.opened
        for milestone in item.milestones {
            if let reading = milestone.deadline?.reading(asOf: asOf), case .complete = reading { continue }
            guard let completed = milestone.completed, completed <= asOf else { return nil }
            last = max(last, completed)
        }
        return last
    }
}
