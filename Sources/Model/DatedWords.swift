extension Content {
    /// The day words were written, when they belong to a dated record: a meeting's notes (and
    /// its follow-ups' notes), an update, a plan or its actions (the day it was published), a
    /// response or its recommendations (the day it was submitted), an item's dated update. Nil
    /// for words of no day (free pages, data topics). Figures cited in dated words must be ones
    /// known that day.
    public func dayWritten(_ markdown: MarkdownText) -> CivilDate? {
        // By place, not by words: in a session, edited prose is shown before the model has it.
        func same(_ other: MarkdownText?) -> Bool {
            guard let other else { return false }
            return other.sourcePath == markdown.sourcePath && other.firstLine == markdown.firstLine
                && other.firstColumnOffset == markdown.firstColumnOffset
        }
        func noteDay(_ item: TrackedItem) -> CivilDate? { item.updates.first { same($0.note) }?.date }
        for meeting in meetings where meeting.sourcePath == markdown.sourcePath {
            if same(meeting.body) || meeting.followUps.contains(where: { same($0.note) }) { return meeting.date }
        }
        for update in updates where same(update.body) { return update.date }
        for plan in plans {
            if same(plan.body) { return plan.published }
            for action in plan.actions where action.sourcePath == markdown.sourcePath {
                return same(action.body) ? plan.published : noteDay(action.item)
            }
        }
        for response in responses {
            if same(response.body) { return response.submitted }
            for recommendation in response.recommendations where recommendation.sourcePath == markdown.sourcePath {
                return same(recommendation.body) ? response.submitted : noteDay(recommendation.item)
            }
        }
        return nil
    }
}
