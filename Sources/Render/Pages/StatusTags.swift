import Markup
import Compute
import Model

/// Statuses and flags as template values: `{label, colour, key}`. The label is always shown;
/// the colour only repeats it, so no status depends on colour.
enum StatusTags {
    static func status(_ status: EffectiveStatus, _ strings: Strings) -> View {
        ["label": label(status, strings), "key": status.key, "colour": colour(of: status)]
    }

    /// The site's word for a status (`status.<key>` in the strings).
    static func label(_ status: EffectiveStatus, _ strings: Strings) -> String {
        strings.text("status.\(status.key)")
    }

    static func colour(of status: EffectiveStatus) -> TagColour {
        switch status {
        case .reported(.complete): return .green
        case .reported(.completeAndOngoing): return .turquoise
        case .reported(.inProgress), .reported(.carriedForward): return .blue
        case .reported(.onHold): return .yellow
        case .carried, .reported(.superseded): return .purple
        case .reported(.notStarted), .notReported, .reported(.dropped), .reported(.cannotAssess), .notAgreed: return .grey
        }
    }

    /// Overdue, due soon and not updated recently, as tags.
    static func flags(_ assessment: ItemAssessment, _ strings: Strings) -> [View] {
        var flags: [View] = []
        if assessment.isOverdue { flags.append(["label": strings.text("flags.overdue"), "key": "overdue", "colour": TagColour.red]) }
        if assessment.isDueSoon { flags.append(["label": strings.text("flags.due-soon"), "key": "due-soon", "colour": TagColour.orange]) }
        if assessment.isStale {
            flags.append(["label": strings.text("flags.stale", ["date": strings.longDate(assessment.lastActivity)]), "key": "stale", "colour": TagColour.yellow])
        }
        return flags
    }

    /// A tag as HTML, for a sentence that holds one: `<strong class="tag tag--red">Red</strong>`.
    static func tagHTML(_ tag: View) -> String {
        "<strong class=\"tag tag--\(tag.text("colour") ?? "grey")\">\(HTMLText.escape(tag.text("label") ?? ""))</strong>"
    }

    static func rag(_ rag: RAG, _ strings: Strings) -> View {
        let colour: TagColour
        switch rag {
        case .red: colour = .red
        case .amber: colour = .orange
        case .green: colour = .green
        }
        return ["label": strings.text("rating.\(rag.rawValue)"), "key": rag.rawValue, "colour": colour]
    }

    /// One sentence per fact that decided the status, for the reader who asks "why?".
    static func explanation(
        _ assessment: ItemAssessment, opened: CivilDate, asOf: CivilDate, rules: TrackingRules, strings: Strings,
        describe: (String) -> String, describePlan: (String) -> String = { $0 }
    ) -> [String] {
        var sentences: [String] = []
        switch assessment.status {
        case .carried(let kind):
            if let continuation = assessment.carriedInto.last(where: { $0.date <= asOf }) {
                sentences.append(strings.text("explanation.\(kind.rawValue)", ["date": strings.longDate(continuation.date), "item": describe(continuation.id)]))
            }
        case .notReported:
            sentences.append(strings.text("explanation.not-reported", ["date": strings.longDate(opened)]))
        case .notAgreed:
            sentences.append(strings.text("explanation.not-agreed"))
        case .reported:
            let label = label(assessment.status, strings)
            if case .allStepsDone(let date)? = assessment.derivedFrom {
                sentences.append(strings.text("explanation.all-steps-done", ["date": strings.longDate(date)]))
            } else if case .leftOutOfPlan(let planID, let date)? = assessment.derivedFrom {
                sentences.append(strings.text("explanation.left-out-of-plan", ["plan": describePlan(planID), "date": strings.longDate(date)]))
            } else if let update = assessment.statusUpdate {
                if let source = update.source {
                    sentences.append(strings.text("explanation.reported-with-source", ["status": label, "date": strings.longDate(update.date), "source": source]))
                } else {
                    sentences.append(strings.text("explanation.reported", ["status-lower": label.lowercasedFirst, "date": strings.longDate(update.date)]))
                }
            } else {
                sentences.append(strings.text("explanation.published-as", ["status-lower": label.lowercasedFirst, "date": strings.longDate(opened)]))
            }
        }
        if let passed = assessment.deadlinePassedBeforeStatus, let date = assessment.statusDate {
            let finished = assessment.status.category == .finished
            let values = ["date": strings.longDate(date), "deadline": strings.longDate(passed.date), "step": passed.step ?? ""]
            switch (finished, passed.step) {
            case (true, nil): sentences.append(strings.text("explanation.finished-after-deadline", values))
            case (false, nil): sentences.append(strings.text("explanation.deadline-passed", values))
            case (true, _?): sentences.append(strings.text("explanation.finished-after-step-deadline", values))
            case (false, _?): sentences.append(strings.text("explanation.step-deadline-passed", values))
            }
        }
        let byStep = assessment.nextDueIsAStep
        if assessment.isOverdue, let due = assessment.nextDue {
            sentences.append(strings.text(byStep ? "explanation.step-overdue" : "explanation.overdue", ["date": strings.longDate(due)]))
        } else if assessment.isDueSoon, let due = assessment.nextDue {
            sentences.append(strings.plural(
                byStep ? "explanation.step-due-soon" : "explanation.due-soon", count: rules.dueSoonDays, ["date": strings.longDate(due)]))
        }
        if assessment.isStale {
            sentences.append(strings.plural("explanation.stale", count: assessment.daysSinceActivity, ["limit": String(rules.staleAfterDays)]))
        }
        return sentences
    }
}
