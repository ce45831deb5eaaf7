extension Content {
    /// Every name of a person, post, organisation or group the content gives: owners, leads,
    /// respondents, publishers, chairs, members, those present and those who sent apologies.
    /// A translation can give each a name in its language (`names:` in `site.cy.yaml`).
    public var names: Set<String> {
        var names = Set<String>()
        func add(_ item: TrackedItem) {
            names.formUnion(item.owners)
            names.formUnion(item.milestones.compactMap(\.owner))
        }
        for plan in plans {
            names.formUnion(plan.themes.flatMap(\.leads))
            plan.actions.forEach { add($0.item) }
        }
        for response in responses {
            names.formUnion([response.publisher, response.respondent].compactMap { $0 })
            for recommendation in response.recommendations {
                add(recommendation.item)
                if let addressedTo = recommendation.addressedTo { names.insert(addressedTo) }
            }
        }
        for group in groups {
            names.formUnion(group.members)
            if let chair = group.chair { names.insert(chair) }
        }
        for meeting in meetings {
            names.formUnion(meeting.present + meeting.apologies)
            meeting.actions.forEach { add($0.item) }
        }
        return names
    }
}

extension FigureContent {
    /// Every unit series and targets are counted in ("people", "tCO2e", "percent").
    public var units: Set<String> {
        Set(series.map(\.unit.name) + metrics.map(\.unit.name) + targets.map(\.unit.name))
    }
}
