import Diagnostics
import Markup

enum PlanReader {
    static let example = "title: Action Plan 2025/26, published: 2025-07-17"

    /// "Tenant Improvement Plan 2025/26" with `period: 2024/25`: the page gave both years.
    /// Compared only when each names one year of the same kind: financial ("2025/26", "2025-26"),
    /// or not ("2025"); "Climate Action Plan 2025" may well cover 2025/26.
    static func checkPeriod(_ period: String, againstTitle title: String, at location: SourceLocation, sink: DiagnosticSink) {
        func year(_ text: String) -> String? {
            let tokens = text.split(whereSeparator: { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == ":" })
            let named = Set(tokens.compactMap { token -> String? in
                if let start = DeadlineWords.financialYear(String(token), allowShort: false) { return "\(start)/\((start + 1) % 100)" }
                return DeadlineWords.year(String(token)).map(String.init)
            })
            return named.count == 1 ? named.first : nil
        }
        guard let said = year(title), let given = year(period), said != given, said.contains("/") == given.contains("/") else { return }
        sink.error(
            "the plan's title gives \(said), but its period: is \(given)", at: location,
            hint: "correct the one that was not published; the period is the time the plan covers, as it says")
    }

    /// The plan in `file` (its folder's `plan.md`), without its actions.
    static func read(_ file: SourceFile, folder: String, sink: DiagnosticSink) -> Plan? {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return nil }
        let fields = document.fields
        let title = fields.string("title", required: true, example: "title: Action Plan 2025/26")
        let published = fields.date("published", required: true, example: "published: 2025-07-17")
        var plan = Plan(
            id: folder, title: title ?? folder, published: published ?? CivilDate(daysSinceEpoch: 0),
            body: document.body, sourcePath: file.path, location: fields.location)
        plan.period = fields.string("period", example: "period: 2025/26")
        if let title, let period = plan.period { checkPeriod(period, againstTitle: title, at: fields.location(ofKey: "period"), sink: sink) }
        plan.summary = fields.summary()
        plan.supersedes = fields.string("supersedes", example: "supersedes: 2024-25")
        plan.themeLabel = fields.string("theme_label", example: "theme_label: Workstream")
        plan.successMeasures = fields.strings("success_measures")
        plan.source = fields.object("source", example: "source:\n  title: ...\n  url: https://...").flatMap(readSource)
        plan.principles = fields.objects("principles", itemName: "principle", example: "- id: \"1\"\n  title: ...")
            .compactMap { principle in
                let id = principle.string("id", required: true, example: "id: \"1\"")
                let title = principle.string("title", required: true, example: "title: We publish our data")
                let measures = principle.strings("success_measures")
                principle.finish()
                guard let id, let title else { return nil }
                return Principle(id: id, title: title, successMeasures: measures)
            }
        var themeIDs = Set<String>()
        plan.themes = fields.objects("themes", itemName: "theme", required: true, example: "- id: housing\n  title: Better homes")
            .compactMap { theme in
                let id = theme.string("id", required: true, example: "id: housing")
                let title = theme.string("title", required: true, example: "title: Better homes")
                let leads = theme.strings("leads")
                // A theme's leads own its actions that name no owner: "N/A" would be published as one.
                for lead in leads where OwnerNames.saysNone(lead) {
                    sink.error(
                        "\"\(lead)\" is given as a lead, but it says there is none", at: theme.location(ofKey: "leads"),
                        hint: "write who leads the theme, or leave leads: out; its actions then name their own owners")
                }
                let overview = theme.markdown("overview")
                theme.finish()
                guard let id, let title else { return nil }
                if !themeIDs.insert(id).inserted {
                    sink.error("two themes have the id \"\(id)\"", at: theme.location(ofKey: "id"), hint: "give each theme its own id")
                }
                return PlanTheme(id: id, title: title, leads: leads, overview: overview)
            }
        plan.isDraft = fields.draft()
        fields.finish()
        // Kept without a readable title or date (already errors) so that its actions are read,
        // and what names them is not reported again as if they did not exist.
        return plan
    }

    static func readSource(_ fields: Fields) -> SourceReference? {
        let title = fields.string("title", required: true, example: "title: Annual Report 2024/25")
        let url = fields.string("url")
        let published = fields.date("published")
        fields.finish()
        return title.map { SourceReference(title: $0, url: url, published: published) }
    }
}

enum ActionReader {
    static let example = "id: 2025-26-data-1, title: ..., theme: data"

    /// An action of `plan`; `nil` when it cannot be read. `isDraft` tells the caller to leave it out.
    static func read(_ file: SourceFile, plan: Plan, sink: DiagnosticSink) -> (action: PlanAction?, isDraft: Bool) {
        guard let document = MarkdownFile.open(file, sink: sink, example: example) else { return (nil, false) }
        let fields = document.fields
        let id = fields.string("id", required: true, example: "id: \(plan.id)-1")
        let idLocation = fields.location(ofKey: "id")
        if let id, !isValidID(id) {
            sink.error(
                "the id \"\(id)\" has characters that cannot be used in an address", at: idLocation,
                hint: "use letters, digits, dots and hyphens, for example 2023-2.5")
        }
        let title = fields.string("title", required: true, example: "title: Publish the repairs policy")
        let themeID = fields.string("theme", required: true, example: "theme: \(plan.themes.first?.id ?? "1")")
        let item = TrackedItem(
            id: id ?? file.baseName, title: title ?? file.baseName, owners: fields.owners(),
            deadline: fields.deadline(), milestones: fields.milestones(), opened: plan.published,
            initialStatus: fields.status("status"), updates: fields.updates(), manualRAG: fields.manualRAG(),
            carriedFrom: fields.carriedFrom(), location: idLocation)
        fields.checkRevisions(of: item, since: "the plan was published")
        fields.checkDeadlinesBeforeOpening(of: item, since: "the plan was published")
        fields.checkUpdatesAgainstSteps(of: item)
        // "Publish the strategy by March 2026" (or "within six months") with no deadline: never
        // overdue, beside words that say when.
        let inWords = title.flatMap { ActionText.deadlineInWords($0, sink: sink) }
        if item.deadline == nil, item.milestones.isEmpty, let inWords {
            sink.error(
                inWords.withoutDeadline, at: fields.location(ofKey: "title"),
                hint: "add its deadline as published (deadline: \(inWords.example(nextMeeting: nil))); deadline: Ongoing if the words set a standard to keep, or TBC if no day is set")
        } else if let deadline = item.deadline, let problem = ActionText.dayBesideNone(
            deadline, withWords: inWords, subject: "the action's title gives", words: "the title", at: fields.location(ofKey: "deadline"))
        {
            sink.append(problem)
        } else if let deadline = item.deadline, let (said, due) = ActionText.disagreement(of: deadline, withWords: inWords, sink: sink) {
            // "... in every ward by June 2026", due in Quarter 3 2025/26: the page said one day
            // and the tracker held the action to another.
            sink.error(
                "the action's title gives \(said.long), but its deadline is \(due.long)", at: fields.location(ofKey: "deadline"),
                hint: "correct the one the plan did not publish; a deadline moved since is a revision (deadline: {text: ..., revised: [...]}); if the title's date is of something else, say which day counts: deadline: {text: ..., due: YYYY-MM-DD}")
        }
        // Deadline "Complete" says it was done when published; a status that says otherwise
        // leaves two readings of the same fact.
        if item.statusFromDeadlines != nil, let status = item.initialStatus, status != .complete, status != .completeAndOngoing {
            sink.error(
                "the deadline says the action was complete when the plan was published, but status: says \(status.rawValue)",
                at: fields.location(ofKey: "status"),
                hint: "correct the one the plan did not publish: leave status: out (or write status: complete), or give the deadline's own words")
        }
        let summary = fields.summary()
        fields.checkSummary(summary, against: item)
        let action = PlanAction(
            item: item, planID: plan.id, themeID: themeID ?? "", number: fields.string("number"),
            summary: summary, measures: fields.strings("measures"),
            unavailable: fields.string("unavailable"), body: document.body, sourcePath: file.path,
            themeLocation: fields.location(ofKey: "theme"))
        let isDraft = fields.draft()
        fields.finish()
        return (id == nil || themeID == nil ? nil : action, isDraft)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "." || $0 == "-" || $0 == "_"
        } && !id.hasPrefix(".")
    }
}
