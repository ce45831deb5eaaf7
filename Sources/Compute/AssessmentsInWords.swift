import Model

extension Assessments {
    /// The same assessments, in the words of `content` (a copy of the content in another
    /// language): each series' and metric's title, what it measures, its notes and its unit's
    /// word; each step's words and owner's name. Numbers, dates and statuses stay as assessed.
    public func inWords(of content: Content) -> Assessments {
        var copy = self
        let figures = content.figures.series.map { ($0.id, $0.title, $0.measure, $0.notes, $0.unit.name) }
            + content.figures.metrics.map { ($0.id, $0.title, $0.measure, $0.notes, $0.unit.name) }
        for (id, title, measure, notes, unit) in figures {
            guard var values = copy.figures.series[id] else { continue }
            values.title = title
            values.measure = measure
            values.notes = notes
            values.unit.name = unit
            copy.figures.series[id] = values
        }
        func steps(of item: TrackedItem, in assessment: inout ItemAssessment) {
            for index in assessment.milestones.indices where item.milestones.indices.contains(index) {
                assessment.milestones[index].milestone.text = item.milestones[index].text
                assessment.milestones[index].milestone.owner = item.milestones[index].owner
            }
        }
        for action in content.allActions where !action.item.milestones.isEmpty {
            if var assessment = copy.actions[action.item.key] {
                steps(of: action.item, in: &assessment)
                copy.actions[action.item.key] = assessment
            }
        }
        for recommendation in content.allRecommendations where !recommendation.item.milestones.isEmpty {
            if var assessment = copy.recommendations[recommendation.item.key] {
                steps(of: recommendation.item, in: &assessment)
                copy.recommendations[recommendation.item.key] = assessment
            }
        }
        return copy
    }
}
