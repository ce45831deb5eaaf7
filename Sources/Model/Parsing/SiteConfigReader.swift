import Diagnostics

enum SiteConfigReader {
    static let example = "title: Our action plans"

    static func read(_ file: SourceFile, sink: DiagnosticSink) -> SiteConfig? {
        guard let text = MarkdownFile.decode(file, sink: sink, example: example) else { return nil }
        let root = YAMLParser.parse(text, file: file, firstLine: 1, sink: sink)
        if root == nil, sink.list.hasErrors { return nil }
        let fields = Fields.root(root, file: file, firstLine: 1, sink: sink)
        let title = fields.string("title", required: true, example: example)
        var config = SiteConfig(title: title ?? "Untitled site", location: fields.location)
        config.organisation = fields.string("organisation", example: "organisation: The name of your organisation")
        let languages = fields.strings("languages", example: "languages: [en, cy]")
        config.language = fields.string("language", example: "language: en-GB") ?? languages.first ?? "en-GB"
        config.languageLocation = fields.location(ofKey: "language")
        config.languages = [config.language] + languages.dropFirst()
        if let first = languages.first, first.lowercased() != config.language.lowercased() {
            sink.error(
                "languages: starts with \(first), but language: is \(config.language)", at: fields.location(ofKey: "languages"),
                hint: "list the site's own language first: languages: [\(config.language), ...]")
        }
        for (index, language) in languages.enumerated() where languages[..<index].contains(where: { $0.lowercased() == language.lowercased() }) {
            sink.error("languages: lists \(language) twice", at: fields.location(ofKey: "languages"), hint: "list each language once")
        }
        config.description = fields.string("description")
        config.asOf = fields.date("as_of", example: "as_of: 2025-07-17")
        config.asOfLocation = fields.location(ofKey: "as_of")
        config.footer = fields.markdown("footer")
        config.navigation = fields.objects("navigation", itemName: "link", example: "- title: About\n    link: pages/about.md")
            .compactMap { link in
                let title = link.string("title", required: true, example: "title: About")
                let target = link.string("link", required: true, example: "link: pages/about.md")
                link.finish()
                guard let title, let target else { return nil }
                return NavigationLink(title: title, target: target, location: link.location(ofKey: "link"))
            }
        if let tracking = fields.object("tracking", example: "tracking:\n  stale_after_days: 120") {
            let defaults = TrackingRules()
            config.tracking = TrackingRules(
                staleAfterDays: tracking.int("stale_after_days", example: "stale_after_days: 120", range: 1...3650)
                    ?? defaults.staleAfterDays,
                dueSoonDays: tracking.int("due_soon_days", example: "due_soon_days: 30", range: 0...3650)
                    ?? defaults.dueSoonDays,
                calendarQuarters: tracking.choice("quarters", of: QuarterConvention.self, example: "quarters: calendar") == .calendar,
                financialYearStart: Self.financialYearStart(tracking)
            )
            tracking.finish()
        }
        if let plain = fields.object("plain_language", example: "plain_language:\n  max_grade: 9") {
            config.plainLanguage.maxGrade = plain.int("max_grade", example: "max_grade: 9", range: 1...20) ?? config.plainLanguage.maxGrade
            plain.finish()
        }
        if let paginate = fields.object("paginate", example: "paginate:\n  lists: 50") {
            let limits = 1...100_000
            config.paginate.lists = paginate.int("lists", example: "lists: 50", range: limits) ?? config.paginate.lists
            config.paginate.actionLog = paginate.int("action_log", example: "action_log: 100", range: limits) ?? config.paginate.actionLog
            config.paginate.aToZ = paginate.int("a_to_z", example: "a_to_z: 500", range: limits) ?? config.paginate.aToZ
            paginate.finish()
        }
        config.vocabulary = readVocabulary(fields)
        config.headlines = fields.strings("headline_figures", example: "headline_figures: [open-cases, complaints]")
        config.headlinesLocation = fields.location(ofKey: "headline_figures")
        // Ignored at the top level, every deadline was read with April's year and the year's quarters.
        for name in ["financial_year_starts", "quarters", "stale_after_days", "due_soon_days"] {
            fields.refuse(
                [name], "it belongs under tracking:", hint: "indent it under tracking:, as tracking: {\(name): ...}")
        }
        fields.finish()
        return title == nil ? nil : config
    }

    /// `vocabulary:`: the organisation's words, each mapped to one of Tally's statuses, ratings or
    /// agreement levels.
    /// `financial_year_starts: August` (or `8`): the month the financial year starts. January is
    /// refused: a year from January is the calendar year, which deadlines name as `2026`.
    static func financialYearStart(_ tracking: Fields) -> Int? {
        guard let (text, node) = tracking.scalar("financial_year_starts", required: false, example: "financial_year_starts: April", expected: "a month")
        else { return nil }
        let month = Int(text) ?? DeadlineWords.months[text.lowercased()]
        guard let month, (2...12).contains(month) else {
            tracking.sink.error(
                month == 1
                    ? "a financial year that starts in January is the calendar year"
                    : "\"\(text)\" is not a month a financial year starts in",
                at: tracking.location(of: node),
                hint: month == 1 ? "leave financial_year_starts out, and write such deadlines as years (2026)" : "write the month: financial_year_starts: August")
            return nil
        }
        return month
    }

    /// Whether one meaning is the other's opposite: work done against work not done, or agreed
    /// against not agreed.
    static func saysTheOpposite(_ one: Vocabulary.Meaning, _ other: Vocabulary.Meaning) -> Bool {
        let done: Set<ItemStatus> = [.complete, .completeAndOngoing]
        let notDone: Set<ItemStatus> = [.notStarted, .inProgress, .onHold, .carriedForward]
        switch (one, other) {
        case (.status(let a), .status(let b)): return (done.contains(a) && notDone.contains(b)) || (notDone.contains(a) && done.contains(b))
        case (.agreement(let a), .agreement(let b)): return Set([a, b]) == [.agreed, .notAgreed]
        default: return false
        }
    }

    static func readVocabulary(_ fields: Fields) -> Vocabulary {
        let example = "vocabulary:\n  Achieved: complete\n  Deferred: on-hold\n  Accepted: agreed"
        guard let value = fields.node("vocabulary", example: example) else { return Vocabulary() }
        guard case .mapping(let mapping) = value else {
            fields.sink.error(
                "the field \"vocabulary\" should be a group of word: meaning lines, not \(Fields.describe(value))",
                at: fields.location(of: value), hint: "write it as \(example)")
            return Vocabulary()
        }
        let tally = Vocabulary.canonical.keys.sorted()
        var site: [String: Vocabulary.Meaning] = [:]
        for (key, target) in mapping {
            guard case .scalar(let word) = key, case .scalar(let meant) = target else {
                fields.sink.error("each line of vocabulary is a word and what it means, such as Achieved: complete", at: fields.location(of: key))
                continue
            }
            guard let meaning = Vocabulary.canonical[Vocabulary.normal(meant.string)] else {
                var hint = "map it to one of Tally's words: " + tally.joined(separator: ", ")
                if let near = NearestName.suggest(for: Vocabulary.normal(meant.string), among: tally) { hint = "did you mean \"\(near)\"? " + hint }
                fields.sink.error("\"\(meant.string)\" is not one of Tally's statuses, ratings or agreement levels", at: fields.location(of: target), hint: hint)
                continue
            }
            let normal = Vocabulary.normal(word.string)
            if let earlier = site[normal], earlier != meaning {
                fields.sink.error("\"\(word.string)\" is given two meanings in vocabulary", at: fields.location(of: key), hint: "keep one of them")
            }
            if let own = Vocabulary.canonical[normal], own != meaning {
                fields.sink.error(
                    "\"\(word.string)\" is one of Tally's own words, meaning \(own.key); it cannot be made to mean \(meaning.key)",
                    at: fields.location(of: key), hint: "use Tally's word as it is, or choose another word for your meaning")
                continue
            }
            // "Done: in-progress", "Accepted: not-agreed": a word whose plain sense says the
            // opposite of its mapping is far more often a slip than the organisation's usage.
            if let plain = Vocabulary.builtIn[normal], Self.saysTheOpposite(plain, meaning) {
                fields.sink.error(
                    "\"\(word.string)\" means \(plain.key) in plain words; mapped to \(meaning.key), the pages would say the opposite of the source",
                    at: fields.location(of: key), hint: "check which word the source uses for \(meaning.key), and map that one")
                continue
            }
            site[normal] = meaning
        }
        return Vocabulary(site: site)
    }
}
