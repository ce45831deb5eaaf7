import Diagnostics
import Model

/// An action whose milestones are all reported done is complete from the last of them, unless
/// its own deadline is later than every milestone's: the milestones may then be only the first
/// part of the work ("Agree the rules" by December, of "Double the take-up" by 2027), and the page
/// would say the whole was done.
enum StepsAndDeadline {
    /// The problem, when the action was worked out complete from its milestones alone and its own
    /// deadline falls after all of theirs.
    static func moreToDo(_ item: TrackedItem, _ assessment: ItemAssessment, asOf: CivilDate) -> Diagnostic? {
        guard case .allStepsDone(let lastDone)? = assessment.derivedFrom, let deadline = item.deadline else { return nil }
        let reading = deadline.reading(asOf: asOf)
        // "Ongoing", "Quarterly": the work goes on after its steps; done, or done and going on?
        switch reading {
        case .ongoing, .recurring:
            return .error(
                "every milestone of \(item.id) is reported done, the last on \(lastDone.long), but its deadline, \"\(deadline.text)\", says the work goes on: is it complete, or complete and ongoing?",
                at: deadline.location,
                hint: "add an update with status: complete-and-ongoing (or complete) on the day")
        default: break
        }
        guard let due = reading.dueDate else { return nil }
        let stepsDue = item.milestones.compactMap { $0.deadline?.reading(asOf: asOf).dueDate }
        if let lastStepDue = stepsDue.max(), lastStepDue >= due { return nil }
        let later = stepsDue.max().map { "later than its last milestone's (\($0.long))" } ?? "after them"
        return .error(
            "every milestone of \(item.id) is reported done, the last on \(lastDone.long), but its own deadline, \(due.long), is \(later): is the action complete, or is there more to do?",
            at: deadline.location,
            hint: "if the whole action is done, add an update with status: complete on the day; if not, add an update with its status, or a milestone for the rest")
    }
}
