import Compute
import Diagnostics
import Markup
import Model

/// A new content file made from the content format: where it goes, and what it says.
public struct NewFile: Sendable, Equatable {
    /// Its path inside the content folder.
    public var path: String
    public var text: String
    /// What to do next, for the terminal.
    public var next: String

    public init(path: String, text: String, next: String) {
        self.path = path
        self.text = text
        self.next = next
    }
}

/// Starting points for the files a communications team writes most: the notes of a meeting, an
/// action, an update, a response and its recommendations. Each is valid content as it stands,
/// kept out of the site (a draft) until it is filled in, with today's date and the next free id.
/// Pure: the content as it is and the date in, the new file out.
public enum Scaffold {
    public struct Failure: Error, Sendable, Equatable {
        public var message: String
        public var hint: String
    }

    /// The notes of a meeting on `date`, listing the group's open actions to report on.
    public static func meeting(
        on date: CivilDate, group requested: String?, slug: String?, content: Content, files: Set<String>
    ) -> Result<NewFile, Failure> {
        let group: MeetingGroup?
        if let requested {
            guard let found = content.group(requested) else {
                return .failure(Failure(
                    message: "there is no group \"\(requested)\"",
                    hint: content.groups.isEmpty
                        ? "add one as groups/<id>.md first (see docs/content-format.md)"
                        : "the groups are: " + content.groups.map(\.id).joined(separator: ", ")))
            }
            group = found
        } else if content.groups.count > 1 {
            return .failure(Failure(
                message: "there are \(content.groups.count) groups: say which met",
                hint: "add --group with one of: " + content.groups.map(\.id).joined(separator: ", ")))
        } else {
            group = content.groups.first
        }
        if let slug, Slug.make(slug) != slug {
            return .failure(Failure(message: "the slug \"\(slug)\" should be lower-case words joined by hyphens", hint: "for example --slug \(Slug.make(slug))"))
        }
        let name = date.iso + (slug.map { "-\($0)" } ?? "")
        let path = "meetings/\(name).md"
        if files.contains(path) || content.meetings.contains(where: { $0.id == name }) {
            return .failure(Failure(
                message: "Content/\(path) already exists",
                hint: "a second meeting on the same day needs a word to tell it apart: tally new meeting --date \(date.iso) --slug board"))
        }

        let assessments = MetricsEngine.assess(content, asOf: date)
        let open = content.meetings
            .filter { $0.groupID == (group?.id ?? $0.groupID) && $0.date < date }
            .flatMap(\.actions)
            .filter { assessments.record(of: $0)?.assessment.status.category == .open }

        var lines = ["---", "date: \(date.iso)"]
        if let slug { lines.append("slug: \(slug)") }
        if let group { lines.append("group: \(group.id)") }
        lines += [
            "# Notes are published only once agreed: change this to agreed then.",
            "status: draft",
            "present: []",
            "apologies: []",
            "# next_meeting:",
            "#   date: YYYY-MM-DD",
            "#   place: in person",
        ]
        if !open.isEmpty {
            // No status is filled in: one uncommented and left as written would publish a guess.
            lines.append("# Report on the open actions from earlier meetings: uncomment each, and give the status the")
            lines.append("# meeting heard (in-progress, complete, carried-forward, dropped ...) and a note.")
            lines.append("# follow_ups:")
            for action in open {
                lines.append("#   - action: \(action.id)  # \(oneLine(action.text, limit: 70))")
                lines.append("#     status: ")
                lines.append("#     note: ")
            }
        }
        lines += [
            "---",
            "## Apologies and introductions",
            "",
            "## First item",
            "",
            ScaffoldText.meetingNotes,
            "",
            "<!-- An action is a paragraph that starts with ACTION: and names its owner, for example:",
            "ACTION: The finance team to share the costings with the group.",
            "When it is due, say so in the front matter: actions: [{number: 1, deadline: YYYY-MM-DD}].",
            "What became of an earlier action goes under follow_ups: above, not in a new ACTION. -->",
            "",
        ]
        return .success(NewFile(
            path: path, text: lines.joined(separator: "\n"),
            next: "Write the notes, then set status: agreed to publish them. tally serve shows them as you type."))
    }

    /// The next action of a plan's theme.
    public static func action(
        in planID: String, theme themeID: String?, title: String?, on date: CivilDate, content: Content, files: Set<String>
    ) -> Result<NewFile, Failure> {
        guard let plan = content.plan(planID) else {
            return .failure(Failure(
                message: "there is no plan \"\(planID)\"",
                hint: content.plans.isEmpty ? "add one as plans/<id>/plan.md first" : "the plans are: " + content.plans.map(\.id).joined(separator: ", ")))
        }
        guard let theme = themeID.map({ plan.theme($0) }) ?? (plan.themes.count == 1 ? plan.themes.first : nil) else {
            return .failure(Failure(
                message: themeID.map { "plan \(planID) has no theme \"\($0)\"" } ?? "plan \(planID) has \(plan.themes.count) themes: say which",
                hint: "add --theme with one of: " + plan.themes.map(\.id).joined(separator: ", ")))
        }
        // Actions are numbered within their theme, counting every file, drafts included.
        let prefix = "plans/\(planID)/\(theme.id)-"
        let taken = files.filter { $0.hasPrefix(prefix) }.compactMap { path in
            Int(path.dropFirst(prefix.count).prefix { $0.isNumber })
        }
        let inTheme = plan.actions.filter { $0.themeID == theme.id }
        let numbered = inTheme.compactMap(\.number).compactMap { Int($0.split(separator: ".").last ?? "") }
        // Ids and numbers continue the scheme the plan already uses (ceap25-H3 after ceap25-H2);
        // a plan with none yet gets planID-theme-1, or planID-theme.1 if it numbers its actions.
        let scheme = IDScheme(learningFrom: inTheme.map(\.id))
            ?? IDScheme.forNewTheme(
                theme.id, otherThemes: plan.themes.map { other in (other.id, plan.actions.filter { $0.themeID == other.id }.map(\.id)) })
        let numberScheme = IDScheme(learningFrom: inTheme.compactMap(\.number))
        let counted = scheme.map { scheme in inTheme.compactMap { scheme.number(of: $0.id) } } ?? []
        let next = max(taken.max() ?? 0, numbered.max() ?? 0, counted.max() ?? 0, scheme == nil ? inTheme.count : 0) + 1
        let usesNumbers = plan.actions.contains { $0.number != nil }
        func actionID(_ number: Int) -> String {
            if let scheme { return scheme.id(number) }
            return usesNumbers ? "\(planID)-\(theme.id).\(number)" : "\(planID)-\(theme.id)-\(number)"
        }
        let allIDs = Set(content.allActions.map { $0.id.lowercased() })
        var bump = next
        while allIDs.contains(actionID(bump).lowercased()) { bump += 1 }
        let id = actionID(bump)
        let number = numberScheme?.id(bump) ?? (usesNumbers ? "\(theme.id).\(bump)" : nil)
        let words = title ?? "New action"
        let slug = Slug.make(words)
        let path = "\(prefix)\(bump)\(slug.isEmpty ? "" : "-" + slug).md"
        if files.contains(path) {
            return .failure(Failure(message: "Content/\(path) already exists", hint: "give the action another --title"))
        }
        var lines = ["---", "id: \(id)"]
        if let number { lines.append("number: \"\(number)\"") }
        lines += [
            "title: \(yamlText(title ?? "The action as published"))",
            "theme: \(yamlText(theme.id))",
            "# Who is responsible; the theme's leads when there are none\(ownerExample(in: plan, theme: theme.id)).",
            "owners: []",
            "# The deadline word for word as published, such as: \(deadlineExample(in: plan, after: date))",
            "# deadline: ",
            "# Remove this line to publish the action.",
            "draft: true",
            "---",
            ScaffoldText.actionBody,
            "",
        ]
        return .success(NewFile(
            path: path, text: lines.joined(separator: "\n"),
            next: "Fill in its title as published, owners and deadline, then remove draft: true. Its id is \(id): never change it once published."))
    }

    /// An owner this plan already names, to show how owners are written here.
    static func ownerExample(in plan: Plan, theme: String) -> String {
        let owners = plan.actions.filter { $0.themeID == theme }.flatMap(\.item.owners) + plan.actions.flatMap(\.item.owners)
        return owners.first.map { ", such as: [\($0)]" } ?? ""
    }

    /// A deadline this plan already has, to show how deadlines are written here.
    static func deadlineExample(in plan: Plan, after date: CivilDate) -> String {
        plan.actions.lazy.compactMap { $0.item.allDeadlines.first { $0.reading.dueDate != nil }?.text }.first ?? deadlineExample(after: date)
    }

    /// A deadline after `date` (the end of the next March), so that the example, filled in as it
    /// is, is not refused as already past.
    static func deadlineExample(after date: CivilDate) -> String {
        "March \(date.month < 3 ? date.year : date.year + 1)"
    }

    /// An update dated `date`.
    public static func update(on date: CivilDate, title: String?, files: Set<String>) -> Result<NewFile, Failure> {
        let words = title ?? "News"
        let slug = Slug.make(words)
        let path = "updates/\(date.iso)-\(slug.isEmpty ? "news" : slug).md"
        if files.contains(path) {
            return .failure(Failure(message: "Content/\(path) already exists", hint: "give the update another --title"))
        }
        let lines = [
            "---",
            "title: \(yamlText(title ?? "Title of the update"))",
            "date: \(date.iso)",
            "summary: >-",
            "  " + ScaffoldText.updateSummary,
            "# Remove this line to publish the update.",
            "draft: true",
            "---",
            ScaffoldText.updateBody,
            "",
        ]
        return .success(NewFile(path: path, text: lines.joined(separator: "\n"), next: "Write it, then remove draft: true to publish it."))
    }

    /// A translation of the file at `source` (a page, a response, meeting notes, a series...) into `language`: its words
    /// to overwrite, and the version of the source it translates (`translates:`).
    public static func translation(of source: String, language: String, content: Content, files: Set<String>) -> Result<NewFile, Failure> {
        let others = Array(content.site.languages.dropFirst())
        guard others.contains(where: { $0.lowercased() == language.lowercased() }) else {
            return .failure(Failure(
                message: "the site is not published in \"\(language)\"",
                hint: others.isEmpty
                    ? "list its languages in site.yaml first, its own first: languages: [\(content.site.language), \(language)]"
                    : "its other languages are: " + others.joined(separator: ", ")))
        }
        guard let words = SourceWords.of(source, in: content) else {
            return .failure(Failure(
                message: "Content/\(source) is not a file whose words can be translated",
                hint: "give the path from the content folder of a page, update, plan, action, response, recommendation, group, meeting's notes or data series, or glossary.yaml, metrics.yaml or targets.yaml, such as pages/about.md"))
        }
        let ext = words.isYAML ? "yaml" : "md"
        let path = String(source.dropLast(ext.count + 1)) + ".\(language).\(ext)"
        if files.contains(path) {
            return .failure(Failure(
                message: "Content/\(path) already exists",
                hint: "edit it; tally check --translations says whether its source has changed since"))
        }
        var lines = ["# Translate the words below; dates, statuses, owners and numbers come from \(source)."]
        if let key = words.titleKey, let title = words.title { lines.append("\(key): \(yamlText(title))") }
        if words.titleKey == nil, let title = words.title { lines.append("title: \(yamlText(title))") }
        if let summary = words.summary { lines.append("summary: \(yamlText(summary))") }
        if let entries = words.entries {
            lines.append("\(entries.list):")
            for entry in entries.items {
                lines.append("  - \(entries.name): \(yamlText(entry.name))")
                for (key, value) in entry.words { lines += yamlField(key, value, indent: "    ") }
            }
        } else {
            // Words a deadline reader cannot read (the source gave its day with due:) cannot be checked in translation.
            for (key, value) in words.words where key != "deadline" || (try? content.site.deadlineConventions.read(value).get()) != nil {
                lines += yamlField(key, value, indent: "")
            }
        }
        if let steps = words.steps {
            lines += ["\(steps.key):"] + steps.texts.map { "  - \(yamlText($0))" }
        }
        lines.append("translates: \(words.digest)")
        if let body = words.body {
            lines = ["---"] + lines + ["---"]
            let text = body.text.trimmingWhitespace
            if !text.isEmpty { lines.append(text) }
        }
        lines.append("")
        return .success(NewFile(
            path: path, text: lines.joined(separator: "\n"),
            next: "Put its words into \(language); until then the page shows them as they are."))
    }

    /// `key: value`, or a `|` block for words on several lines.
    static func yamlField(_ key: String, _ value: String, indent: String) -> [String] {
        guard value.contains("\n") else { return ["\(indent)\(key): \(yamlText(value))"] }
        return ["\(indent)\(key): |"] + value.trimmingWhitespace.split(separator: "\n", omittingEmptySubsequences: false).map { "\(indent)  \($0)" }
    }

    /// A response to an inspection report, submitted on `date`, with its first recommendation.
    public static func response(id: String, title: String?, on date: CivilDate, content: Content, files: Set<String>) -> Result<[NewFile], Failure> {
        guard Slug.make(id) == id, !id.isEmpty else {
            return .failure(Failure(message: "the id \"\(id)\" should be lower-case words joined by hyphens", hint: "for example \(Slug.make(id).isEmpty ? "audit-2025" : Slug.make(id))"))
        }
        if files.contains(where: { $0.hasPrefix("responses/\(id)/") }) {
            return .failure(Failure(message: "Content/responses/\(id)/ already exists", hint: "add a recommendation to it with tally new recommendation --response \(id)"))
        }
        let response = [
            "---",
            "title: \(yamlText(title.map { "Response to \($0)" } ?? "Response to the report"))",
            "submitted: \(date.iso)",
            "respondent: " + ScaffoldText.respondent,
            "report:",
            "  title: \(yamlText(title ?? ScaffoldText.reportTitle))",
            "  # publisher: Who wrote the report",
            "  # published: YYYY-MM-DD",
            "# Remove this line to publish the response and its recommendations.",
            "draft: true",
            "---",
            ScaffoldText.responseBody,
            "",
        ]
        let first = recommendationText(number: "1", deadline: deadlineExample(after: date))
        return .success([
            NewFile(path: "responses/\(id)/response.md", text: response.joined(separator: "\n"), next: ""),
            NewFile(
                path: "responses/\(id)/01-recommendation.md", text: first,
                next: "Fill in the report and each recommendation (tally new recommendation --response \(id) adds the next), then remove draft: true from response.md."),
        ])
    }

    /// The next recommendation of a response.
    public static func recommendation(in responseID: String, on date: CivilDate, content: Content? = nil, files: Set<String>) -> Result<NewFile, Failure> {
        let prefix = "responses/\(responseID)/"
        guard files.contains(prefix + "response.md") else {
            return .failure(Failure(message: "there is no response \"\(responseID)\"", hint: "start one with tally new response --id \(responseID)"))
        }
        let numbers = files.filter { $0.hasPrefix(prefix) }.compactMap { Int($0.dropFirst(prefix.count).prefix { $0.isNumber }) }
        // The number continues the response's own scheme: R3 after R2, 1.4 after 1.3.
        let published = content?.responses.first { $0.id == responseID }?.recommendations.map(\.number) ?? []
        let scheme = IDScheme(learningFrom: published)
        let counted = scheme.map { scheme in published.compactMap(scheme.number(of:)) } ?? []
        let next = max(numbers.max() ?? 0, counted.max() ?? 0) + 1
        let path = prefix + (next < 10 ? "0\(next)" : "\(next)") + "-recommendation.md"
        let number = scheme?.id(next) ?? String(next)
        return .success(NewFile(path: path, text: recommendationText(number: number, deadline: deadlineExample(after: date)), next: "Fill it in, then remove draft: true."))
    }

    static func recommendationText(number: String, deadline: String) -> String {
        [
            "---",
            "number: \(yamlText(number))",
            "recommendation: " + ScaffoldText.recommendation,
            "# As the response says: agreed, partly-agreed or not-agreed (the last two need a reason:)",
            "# agreement: ",
            "# addressed_to: Who must act on it",
            "# steps:",
            "#   - text: What will be done",
            "#     owner: Who does it",
            "#     deadline: \(deadline)",
            "# Remove this line to publish the recommendation.",
            "draft: true",
            "---",
            ScaffoldText.recommendationBody,
            "",
        ].joined(separator: "\n")
    }

    /// A YAML value that stays text whatever it holds.
    static func yamlText(_ text: String) -> String {
        let plain = text.allSatisfy { $0.isLetter || $0.isNumber || " -.,'()/".contains($0) } && !text.hasPrefix("-") && !text.isEmpty
            && !["yes", "no", "true", "false", "null", "on", "off"].contains(text.lowercased()) && Double(text) == nil
        if plain { return text }
        return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func oneLine(_ text: String, limit: Int) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}
