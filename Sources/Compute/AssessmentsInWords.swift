import Model

extension Assessments {
    /// The same assessments, in the words of `content` (a copy of the content in another
    /// language): each series' title, what it measures and its notes; each step's words and
    /// owner's name. Numbers, dates and statuses stay as they were assessed.
    public func inWords(of content: Content) -> Assessments {
        var copy = self
        // Worked-out series (metrics) are counted in units too.
        let units = content.translations[content.site.language]?.site.units ?? [:]
        for (id, values) in copy.figures.series {
            if let word = units[values.unit.name] { copy.figures.series[id]?.unit.name = word }
        }
        for series in content.figures.series {
            guard var values = copy.figures.series[series.id] else { continue }
            values.title = series.title
            values.measure = series.measure
            values.notes = series.notes
            copy.figures.series[series.id] = values
        }
        for metric in content.figures.metrics {
            guard var values = copy.figures.series[metric.id] else { continue }
            values.title = metric.title
            values.measure = metric.measure
            values.notes = metric.notes
            copy.figures.series[metric.id] = values
        }
        func steps(of item: TrackedItem, in assessment: inout ItemAssessment) {
            for index in assessment.milestones.indices where item.milestones.indices.contains(index) {
                assessment.milestones[index].milestone.text = item.milestones[index].text
                assessment.milestones[index].milestone.owner = item.milestones[index].owner
            }
        }
        for action in content.allActions where !action.item.milestones.isEmpty {
            if var assessment = copy.items[action.id] {
                steps(of: action.item, in: &assessment)
                copy.items[action.id] = assessment
            }
        }
        for recommendation in content.allRecommendations where !recommendation.item.milestones.isEmpty {
            if var assessment = copy.recommendations[recommendation.id] {
                steps(of: recommendation.item, in: &assessment)
                copy.recommendations[recommendation.id] = assessment
            }
        }
        return copy
    }
}
