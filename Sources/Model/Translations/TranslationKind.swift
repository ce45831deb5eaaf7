/// What a translation translates, known by its source's path, and which of the source's fields
/// are words a translation gives. Every other field is a fact, written once in the source.
enum TranslationKind: Sendable {
    /// A page, an update, a plan, an action or a page about figures: `title`, `summary`, text.
    case page
    /// `responses/<response>/response.md`.
    case response
    /// Any other file of a response's folder: its `recommendation`, `summary`, `reason`, text.
    case recommendation
    /// `groups/<group>.md`.
    case group
    /// `meetings/<notes>.md`: its ACTION paragraphs are matched to the source's by order.
    case meeting
    /// `data/<series>.yaml`: a series' title, what it measures, its notes.
    case series
    /// `glossary.yaml`: each term's expansion and explanation.
    case glossary
    /// `metrics.yaml` and `targets.yaml`: each one's words, by its id.
    case metrics, targets

    init?(source: String) {
        let parts = source.split(separator: "/")
        switch (parts.first.map(String.init), parts.count, source.hasSuffix(".md")) {
        case ("pages", 2..., true), ("updates", 2, true), ("plans", 3, true): self = .page
        case ("data", 2, true): self = .page
        case ("data", 2, false) where source.hasSuffix(".yaml"): self = .series
        case ("responses", 3, true): self = parts.last == "response.md" ? .response : .recommendation
        case ("groups", 2, true): self = .group
        case ("meetings", 2, true): self = .meeting
        case ("glossary.yaml", 1, false): self = .glossary
        case ("metrics.yaml", 1, false): self = .metrics
        case ("targets.yaml", 1, false): self = .targets
        default: return nil
        }
    }

    /// Its Markdown text below the front matter is translated (the YAML files have none).
    var hasText: Bool { ![.series, .glossary, .metrics, .targets].contains(self) }

    /// The field that names it, required in a translation: a recommendation is named by its words.
    var titleKey: String? {
        switch self {
        case .recommendation: "recommendation"
        case .meeting, .glossary, .metrics, .targets: nil
        default: "title"
        }
    }

    /// The fields of the source that are words, besides its title (see `titleKey`).
    var words: [String] {
        switch self {
        case .page: ["summary", "deadline"]
        case .response: ["summary"]
        case .meeting: ["title", "summary"]
        case .recommendation: ["summary", "reason", "unavailable"]
        case .group: ["summary", "meets"]
        case .series: ["measure", "notes"]
        case .glossary, .metrics, .targets: entryList.map { [$0.list] } ?? []
        }
    }

    /// The field of an item's steps, whose words a translation gives as a list, one for each step in order.
    var stepsKey: String? {
        switch self {
        case .page: "milestones"
        case .recommendation: "steps"
        default: nil
        }
    }

    /// Every field a translation of this kind may have.
    var allowed: Set<String> { Set(words + [titleKey, stepsKey, "translates"].compactMap { $0 }) }

    static let described = "pages, updates, plans, actions, responses, recommendations, groups, meeting notes, data, metrics, targets and the glossary"

    /// For a file that is a list of entries (the glossary, metrics, targets): the field that lists
    /// them, the field that names each (as the source names it), and each one's words.
    var entryList: (list: String, name: String, words: [String])? {
        switch self {
        case .glossary: ("terms", "term", ["expansion", "explanation"])
        case .metrics: ("metrics", "id", ["title", "measure", "notes"])
        case .targets: ("targets", "id", ["title", "goal", "notes"])
        default: nil
        }
    }
}
