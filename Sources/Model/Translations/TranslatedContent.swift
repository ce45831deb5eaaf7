extension Content {
    /// The site in `language`: the same facts, with the words its translations give. What has
    /// no translation keeps its words, and its path is in `untranslatedPaths`.
    public func translated(to language: String) -> Content {
        var copy = self
        copy.site.language = language
        let words = translations[language] ?? LanguageWords(language: language)
        copy.strings = words.strings
        var translator = Translator(words: words)
        copy.pages = pages.map { page in
            var page = page
            translator.apply(page.sourcePath, title: &page.title, summary: &page.summary, body: &page.body)
            return page
        }
        copy.updates = updates.map { update in
            var update = update
            translator.apply(update.sourcePath, title: &update.title, summary: &update.summary, body: &update.body)
            return update
        }
        copy.plans = plans.map { plan in
            var plan = plan
            translator.apply(plan.sourcePath, title: &plan.title, summary: &plan.summary, body: &plan.body)
            for index in plan.themes.indices { plan.themes[index].leads = plan.themes[index].leads.map(translator.name) }
            plan.actions = plan.actions.map { action in
                var action = action
                translator.apply(action.sourcePath, title: &action.item.title, summary: &action.summary, body: &action.body)
                translator.steps(of: action.sourcePath, in: &action.item)
                if let words = words.texts[action.sourcePath]?.words["deadline"] { action.item.deadline?.text = words }
                translator.names(in: &action.item)
                return action
            }
            return plan
        }
        copy.responses = responses.map { translator.translate($0) }
        copy.groups = groups.map { translator.translate($0) }
        copy.meetings = meetings.map { translator.translate($0) }
        copy.figures.topics = figures.topics.map { topic in
            var topic = topic
            translator.apply(topic.sourcePath, title: &topic.title, summary: &topic.summary, body: &topic.body)
            return topic
        }
        copy.figures.series = figures.series.map { translator.translate($0) }
        for index in copy.figures.metrics.indices { copy.figures.metrics[index].unit.name = translator.unit(copy.figures.metrics[index].unit.name) }
        for index in copy.figures.targets.indices { copy.figures.targets[index].unit.name = translator.unit(copy.figures.targets[index].unit.name) }
        copy.glossary = translator.translate(glossary)
        copy.figures.metrics = figures.metrics.map { translator.translate($0) }
        copy.figures.targets = figures.targets.map { translator.translate($0) }
        // Dated updates and follow-ups are not translated: their notes are marked with their language.
        for item in copy.allActions.map(\.item) + copy.allRecommendations.map(\.item) + copy.allMeetingActions.map(\.item) {
            translator.untranslatedBodies.formUnion(item.updates.compactMap(\.note))
        }
        for meeting in copy.meetings {
            translator.untranslatedBodies.formUnion(meeting.followUps.compactMap(\.note))
        }
        copy.untranslatedPaths = translator.untranslated
        copy.untranslatedBodies = translator.untranslatedBodies
        let site = words.site
        if let title = site.title { copy.site.title = title }
        if let organisation = site.organisation { copy.site.organisation = organisation }
        if let description = site.description { copy.site.description = description }
        if let footer = site.footer { copy.site.footer = footer }
        for (index, title) in site.navigation.enumerated() where index < copy.site.navigation.count {
            copy.site.navigation[index].title = title
        }
        return copy
    }
}

extension Content {
    /// The language of the words of what was read from `displayPath` when they are not in the
    /// site's language (an item not translated yet), for marking them with `lang`; else nil.
    public func untranslatedLanguage(of displayPath: String) -> String? {
        guard !untranslatedPaths.isEmpty, untranslatedPaths.contains(displayPath) else { return nil }
        return site.languages.first
    }
}

/// Puts one language's words over the site's, noting what it leaves in the source's language.
private struct Translator {
    let words: LanguageWords
    var untranslated = Set<String>()
    var untranslatedBodies = Set<MarkdownText>()

    init(words: LanguageWords) {
        self.words = words
    }

    func name(_ name: String) -> String { words.site.names[name] ?? name }
    func unit(_ name: String) -> String { words.site.units[name] ?? name }

    /// The translation of the file at `path`, or nil (noting `displayPath` as untranslated).
    mutating func text(of path: String, displayPath: String) -> TranslatedText? {
        guard let text = words.texts[path] else {
            untranslated.insert(displayPath)
            return nil
        }
        return text
    }

    mutating func apply(_ path: String, title: inout String, summary: inout String?, body: inout MarkdownText) {
        guard let text = text(of: path, displayPath: body.displayPath) else { return }
        if let translated = text.title { title = translated }
        if let translated = text.summary { summary = translated }
        apply(text, to: &body)
    }

    /// The translation's text, or the source's marked as in the source's language.
    mutating func apply(_ text: TranslatedText, to body: inout MarkdownText) {
        if text.body.isBlank {
            untranslatedBodies.insert(body)
        } else {
            body = text.body
        }
    }

    func names(in item: inout TrackedItem) {
        item.owners = item.owners.map(name)
        for index in item.milestones.indices { item.milestones[index].owner = item.milestones[index].owner.map(name) }
    }

    /// The reader has matched the steps one for one.
    func steps(of path: String, in item: inout TrackedItem) {
        guard let steps = words.texts[path]?.steps, steps.count == item.milestones.count else { return }
        for (index, words) in steps.enumerated() where item.milestones[index].text != nil { item.milestones[index].text = words }
    }

    mutating func translate(_ response: Response) -> Response {
        var response = response
        var summary = response.summary
        apply(response.sourcePath, title: &response.title, summary: &summary, body: &response.body)
        response.summary = summary
        response.publisher = response.publisher.map(name)
        response.respondent = response.respondent.map(name)
        response.recommendations = response.recommendations.map { recommendation in
            var recommendation = recommendation
            recommendation.addressedTo = recommendation.addressedTo.map(name)
            names(in: &recommendation.item)
            steps(of: recommendation.sourcePath, in: &recommendation.item)
            guard let text = text(of: recommendation.sourcePath, displayPath: recommendation.body.displayPath) else { return recommendation }
            if let words = text.title { recommendation.item.title = words }
            if let summary = text.summary { recommendation.summary = summary }
            if let reason = text.words["reason"] { recommendation.reason = reason }
            if let unavailable = text.words["unavailable"] { recommendation.unavailable = unavailable }
            apply(text, to: &recommendation.body)
            return recommendation
        }
        return response
    }

    mutating func translate(_ group: MeetingGroup) -> MeetingGroup {
        var group = group
        group.chair = group.chair.map(name)
        group.members = group.members.map(name)
        apply(group.sourcePath, title: &group.title, summary: &group.summary, body: &group.body)
        if let meets = words.texts[group.sourcePath]?.words["meets"] { group.meets = meets }
        return group
    }

    mutating func translate(_ meeting: Meeting) -> Meeting {
        var meeting = meeting
        meeting.present = meeting.present.map(name)
        meeting.apologies = meeting.apologies.map(name)
        for index in meeting.actions.indices { names(in: &meeting.actions[index].item) }
        guard let text = text(of: meeting.sourcePath, displayPath: meeting.body.displayPath) else { return meeting }
        if let title = text.title { meeting.title = title }
        if let summary = text.summary { meeting.summary = summary }
        apply(text, to: &meeting.body)
        // The reader has matched the translation's ACTION paragraphs to the source's one for one.
        if !text.body.isBlank, text.actions.count == meeting.actions.count {
            for (index, action) in text.actions.enumerated() {
                meeting.actions[index].text = action.text
                meeting.actions[index].section = action.section
                meeting.actions[index].bodyLine = action.bodyLine
                meeting.actions[index].item.title = ShortTitle.make(action.text)
            }
        }
        return meeting
    }

    mutating func translate(_ series: DataSeries) -> DataSeries {
        var series = series
        series.unit.name = unit(series.unit.name)
        guard let text = text(of: series.metadataPath, displayPath: series.location.file) else { return series }
        if let title = text.title { series.title = title }
        if let measure = text.words["measure"] { series.measure = measure }
        if let notes = text.notes {
            series.notes = notes
        } else if let notes = series.notes {
            untranslatedBodies.insert(notes)
        }
        return series
    }

    mutating func translate(_ metric: MetricDefinition) -> MetricDefinition {
        var metric = metric
        guard let text = words.texts["metrics.yaml"] else { return metric }
        if let title = text.entries[metric.id]?["title"] { metric.title = title }
        if let measure = text.entries[metric.id]?["measure"] { metric.measure = measure }
        if let notes = text.entryNotes[metric.id] {
            metric.notes = notes
        } else if let notes = metric.notes {
            untranslatedBodies.insert(notes)
        }
        return metric
    }

    mutating func translate(_ target: Target) -> Target {
        var target = target
        guard let text = words.texts["targets.yaml"] else { return target }
        if let title = text.entries[target.id]?["title"] { target.title = title }
        if let goal = text.entries[target.id]?["goal"] { target.goalText = goal }
        if let notes = text.entryNotes[target.id] {
            target.notes = notes
        } else if let notes = target.notes {
            untranslatedBodies.insert(notes)
        }
        return target
    }

    mutating func translate(_ glossary: Glossary) -> Glossary {
        var glossary = glossary
        guard let path = glossary.terms.first?.location.file,
            let text = text(of: "glossary.yaml", displayPath: path)
        else { return glossary }
        for index in glossary.terms.indices {
            guard let term = text.terms[glossary.terms[index].term] else { continue }
            if let expansion = term.expansion { glossary.terms[index].expansion = expansion }
            if let explanation = term.explanation { glossary.terms[index].explanation = explanation }
        }
        return glossary
    }
}
