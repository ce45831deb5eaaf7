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
                var (title, summary, body) = (action.item.title, action.summary, action.body)
                translator.apply(action.sourcePath, title: &title, summary: &summary, body: &body)
                (action.item.title, action.summary, action.body) = (title, summary, body)
                translator.trackedWords(of: action.sourcePath, in: &action.item)
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
        copy.figures.metrics = figures.metrics.map { translator.translate($0) }
        copy.figures.targets = figures.targets.map { translator.translate($0) }
        copy.glossary = translator.translate(glossary)
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

    /// The language of `text` when it is kept in the site's language in a translated copy (a
    /// translation without text, an update's note); else nil. Hashes nothing outside a copy.
    public func untranslatedLanguage(of text: MarkdownText) -> String? {
        guard !untranslatedBodies.isEmpty, untranslatedBodies.contains(text) else { return nil }
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

    /// An item's owners by their names in this language, and the words of its steps and deadline
    /// that the translation of `path` gives (a meeting's actions have none of their own).
    func trackedWords(of path: String?, in item: inout TrackedItem) {
        item.owners = item.owners.map(name)
        for index in item.milestones.indices { item.milestones[index].owner = item.milestones[index].owner.map(name) }
        guard let path, let text = words.texts[path] else { return }
        // The reader has matched the steps one for one, and read the deadline as the source's day.
        if text.steps.count == item.milestones.count {
            for (index, words) in text.steps.enumerated() where item.milestones[index].text != nil { item.milestones[index].text = words }
        }
        if let deadline = text.words["deadline"] { item.deadline?.text = deadline }
    }

    /// The translation's notes, or the source's marked as in the source's language.
    mutating func notes(_ translated: MarkdownText?, over notes: inout MarkdownText?) {
        if let translated {
            notes = translated
        } else if let notes {
            untranslatedBodies.insert(notes)
        }
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
            trackedWords(of: recommendation.sourcePath, in: &recommendation.item)
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
        for index in meeting.actions.indices { trackedWords(of: nil, in: &meeting.actions[index].item) }
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
        let text = words.texts[series.metadataPath]
        if let title = text?.title { series.title = title }
        if let measure = text?.words["measure"] { series.measure = measure }
        notes(text?.notes, over: &series.notes)
        return series
    }

    /// The words of the entry `name` of `path` (glossary.yaml, metrics.yaml, targets.yaml), with
    /// its notes, or the source's marked as in the source's language.
    mutating func entry(_ name: String, of path: String, notes: inout MarkdownText?) -> [String: String] {
        let text = words.texts[path]
        self.notes(text?.entryNotes[name], over: &notes)
        return text?.entries[name] ?? [:]
    }

    mutating func translate(_ metric: MetricDefinition) -> MetricDefinition {
        var metric = metric
        metric.unit.name = unit(metric.unit.name)
        let words = entry(metric.id, of: "metrics.yaml", notes: &metric.notes)
        metric.title = words["title"] ?? metric.title
        metric.measure = words["measure"] ?? metric.measure
        return metric
    }

    mutating func translate(_ target: Target) -> Target {
        var target = target
        target.unit.name = unit(target.unit.name)
        let words = entry(target.id, of: "targets.yaml", notes: &target.notes)
        target.title = words["title"] ?? target.title
        target.goalText = words["goal"] ?? target.goalText
        return target
    }

    mutating func translate(_ glossary: Glossary) -> Glossary {
        var glossary = glossary
        for index in glossary.terms.indices {
            var none: MarkdownText?
            let words = entry(glossary.terms[index].term, of: "glossary.yaml", notes: &none)
            glossary.terms[index].expansion = words["expansion"] ?? glossary.terms[index].expansion
            glossary.terms[index].explanation = words["explanation"] ?? glossary.terms[index].explanation
        }
        return glossary
    }
}
