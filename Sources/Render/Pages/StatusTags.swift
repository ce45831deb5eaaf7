import Compute
import Model

/// Statuses and flags as template values: `{label, colour, key}`. The label is always shown;
/// the colour only repeats it, so no status depends on colour.
enum StatusTags {
    static func status(_ status: EffectiveStatus, _ strings: Strings) -> [String: Any] {
        ["label": label(status, strings), "key": status.key, "colour": colour(of: status)]
    }

    /// The site's word for a status (`status.<key>` in the strings).
    static func label(_ status: EffectiveStatus, _ strings: Strings) -> String {
        strings.text("status.\(status.key)")
    }

    static func colour(of status: EffectiveStatus) -> String {
        switch status {
        case .reported(.complete): return "green"
        case .reported(.completeAndOngoing): return "turquoise"
        case .reported(.inProgress), .reported(.carriedForward): return "blue"
        case .reported(.onHold): return "yellow"
        case .carried, .reported(.superseded): return "purple"
        case .reported(.notStarted), .notReported, .reported(.dropped), .reported(.cannotAssess), .notAgreed: return "grey"
        }
    }

    /// Overdue, due soon and not updated recently, as tags.
    static func flags(_ assessment: ItemAssessment, _ strings: Strings) -> [[String: Any]] {
        var flags: [[String: Any]] = []
        if assessment.isOverdue { flags.append(["label": strings.text("flags.overdue"), "key": "overdue", "colour": "red"]) }
        if assessment.isDueSoon { flags.append(["label": strings.text("flags.due-soon"), "key": "due-soon", "colour": "orange"]) }
        if assessment.isStale {
            flags.append(["label": strings.text("flags.stale", ["date": assessment.lastActivity.long]), "key": "stale", "colour": "yellow"])
        }
        return flags
    }

    static func rag(_ rag: RAG, _ strings: Strings) -> [String: Any] {
        let colour: String
        switch rag {
        case .red: colour = "red"
        case .amber: colour = "orange"
        case .green: colour = "green"
        }
        return ["label": strings.text("rating.\(rag.rawValue)"), "key": rag.rawValue, "colour": colour]
    }

    /// One sentence per fact that decided the status, for the reader who asks "why?".
    static func explanation(
        _ assessment: ItemAssessment, opened: CivilDate, asOf: CivilDate, rules: TrackingRules, describe: (String) -> String,
        describePlan: (String) -> String = { $0 }
    ) -> [String] {
        var sentences: [String] = []
        switch assessment.status {
        case .carried(let kind):
            if let continuation = assessment.carriedInto.last(where: { $0.date <= asOf }) {
                let verb = kind == .merged ? "merges it into" : kind == .replaced ? "replaces it with" : "carries it over as"
                sentences.append("A later plan, published \(continuation.date.long), \(verb) \(describe(continuation.id)).")
            }
        case .notReported:
            sentences.append("Nothing has been reported on it since it was published on \(opened.long).")
        case .notAgreed:
            sentences.append("It was not agreed, and no steps were set for it, so nothing is to be done.")
        case .reported(let status):
            if case .allStepsDone(let date)? = assessment.derivedFrom {
                sentences.append("Every step of it was reported done, the last by \(date.long).")
            } else if case .leftOutOfPlan(let planID, let date)? = assessment.derivedFrom {
                sentences.append("The plan that replaced its own, \(describePlan(planID)), published \(date.long), did not continue it, so it is closed as dropped.")
            } else if let update = assessment.statusUpdate {
                if let source = update.source {
                    sentences.append("\(status.label) from \(update.date.long), according to \(source).")
                } else {
                    sentences.append("Reported as \(status.label.lowercased()) on \(update.date.long).")
                }
            } else {
                sentences.append("Published as \(status.label.lowercased()) on \(opened.long).")
            }
        }
        if let passed = assessment.deadlinePassedBeforeStatus, let date = assessment.statusDate {
            switch assessment.status.category {
            case .finished:
                sentences.append("\(date.long) is after its deadline of \(passed.long).")
            default:
                sentences.append("Its deadline of \(passed.long) had passed by then, with no completion reported.")
            }
        }
        if assessment.isOverdue, let due = assessment.nextDue {
            sentences.append("It was due by \(due.long) and has not been reported finished, so it is overdue.")
        } else if assessment.isDueSoon, let due = assessment.nextDue {
            sentences.append("It is due by \(due.long), within \(rules.dueSoonDays) days.")
        }
        if assessment.isStale {
            sentences.append(
                "Nothing has been reported for \(assessment.daysSinceActivity) days, more than the \(rules.staleAfterDays) after which an open item counts as not updated recently.")
        }
        return sentences
    }
}
