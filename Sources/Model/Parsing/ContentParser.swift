import Diagnostics

/// What parsing `Content/` gave: the model (with whatever could be read) and every problem found.
public struct ParsedContent: Sendable {
    public var content: Content
    public var diagnostics: DiagnosticList
}

/// Turns the files of `Content/` into the model. Pure: it reads only the files it is given.
public enum ContentParser {
    /// The folders and files Tally reads, for hints about misplaced files.
    public static let knownPlaces = ["site.yaml", "pages/", "updates/", "plans/<plan>/", "groups/", "meetings/", "responses/<response>/", "data/", "metrics.yaml", "targets.yaml", "glossary.yaml", "static/"]

    /// `displayRoot` is how the content folder is named in messages (`Content`).
    public static func parse(_ files: [SourceFile], displayRoot: String = "Content") -> ParsedContent {
        let sink = DiagnosticSink()
        let sorted = files.sorted { $0.path < $1.path }

        var site: SiteConfig?
        var pages: [Page] = []
        var updates: [Update] = []
        var staticFiles: [StaticFile] = []
        var drafts: Set<String> = []
        var planFolders: [String: [SourceFile]] = [:]
        var groups: [MeetingGroup] = []
        var meetings: [Meeting] = []
        var responseFolders: [String: [SourceFile]] = [:]
        var figures = FigureContent()
        var glossary = Glossary()
        let filesByPath = Dictionary(sorted.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

        for file in sorted {
            let parts = file.path.split(separator: "/")
            guard let top = parts.first, !parts.contains(where: { $0.hasPrefix(".") }) else { continue }
            switch (String(top), parts.count, file.pathExtension) {
            case ("site.yaml", 1, _):
                site = SiteConfigReader.read(file, sink: sink)
            case ("pages", 2..., "md"):
                let (page, isDraft) = PageReader.read(file, sink: sink)
                if isDraft { drafts.insert(file.path) } else if let page { pages.append(page) }
            case ("updates", 2, "md"):
                let (update, isDraft) = UpdateReader.read(file, sink: sink)
                if isDraft { drafts.insert(file.path) } else if let update { updates.append(update) }
            case ("groups", 2, "md"):
                if let group = GroupReader.read(file, sink: sink) { groups.append(group) }
            case ("meetings", 2, "md"):
                if let meeting = MeetingReader.read(file, sink: sink) {
                    meetings.append(meeting)
                    if meeting.state != .agreed { drafts.insert(file.path) }
                }
            case ("glossary.yaml", 1, _):
                glossary = GlossaryReader.read(file, sink: sink)
            case ("metrics.yaml", 1, _):
                figures.metrics = MetricsReader.read(file, sink: sink)
            case ("targets.yaml", 1, _):
                figures.targets = TargetsReader.read(file, sink: sink)
            case ("data", 2, "csv"):
                let metadata = filesByPath["data/\(file.baseName).yaml"] ?? filesByPath["data/\(file.baseName).yml"]
                if let series = SeriesReader.read(csv: file, metadata: metadata, sink: sink) { figures.series.append(series) }
            case ("data", 2, "yaml"), ("data", 2, "yml"):
                if filesByPath["data/\(file.baseName).csv"] == nil {
                    sink.warning(
                        "this metadata has no data/\(file.baseName).csv beside it, so it is not used", at: file.location(),
                        hint: "a series is a CSV file and a YAML file with the same name")
                }
            case ("data", 2, "md"):
                if let topic = TopicReader.read(file, sink: sink) { figures.topics.append(topic) }
            case ("responses", 3, "md"):
                responseFolders[String(parts[1]), default: []].append(file)
            case ("plans", 3, "md"):
                planFolders[String(parts[1]), default: []].append(file)
            case ("static", 2..., _):
                staticFiles.append(
                    StaticFile(
                        sourcePath: file.path, displayPath: file.displayPath, sitePath: parts.dropFirst().joined(separator: "/"), bytes: file.bytes))
            default:
                sink.warning(
                    "this file is not part of the site and is ignored", at: file.location(),
                    hint: "Tally reads " + knownPlaces.joined(separator: ", ") + " (see docs/content-format.md)")
            }
        }

        if site == nil, !files.contains(where: { $0.path == "site.yaml" }) {
            sink.error(
                "there is no site.yaml", at: SourceLocation(file: "\(displayRoot)/site.yaml"),
                hint: "create it with at least a title, for example: title: Our action plans")
        }

        updates.sort { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let plans = PlanLinker.link(readPlans(planFolders, drafts: &drafts, sink: sink), sink: sink)
        figures.headlines = site?.headlines ?? []
        figures.headlinesLocation = site?.headlinesLocation
        figures = FigureLinker.link(figures, actionIDs: Set(plans.flatMap(\.actions).map(\.id)), sink: sink)
        // Only agreed notes are published: drafts and withdrawn notes are checked, then left out.
        let linkedMeetings = MeetingLinker.link(meetings, groups: groups, sink: sink).filter { $0.state == .agreed }
        let content = Content(
            site: site ?? SiteConfig(title: "Untitled site"),
            pages: pages,
            updates: updates,
            staticFiles: staticFiles,
            plans: plans,
            groups: groups.sorted { $0.id < $1.id },
            meetings: linkedMeetings,
            responses: ResponseLinker.link(readResponses(responseFolders, drafts: &drafts, sink: sink), sink: sink),
            figures: figures,
            glossary: glossary,
            sourcePaths: Set(files.map(\.path)),
            draftPaths: drafts
        )
        var withSummaries = content
        withSummaries.summaries = sink.summaries.sorted { $0.location < $1.location }
        return ParsedContent(content: withSummaries, diagnostics: sink.list)
    }

    /// Each folder of `responses/`: its `response.md`, then every other file as one recommendation.
    static func readResponses(_ folders: [String: [SourceFile]], drafts: inout Set<String>, sink: DiagnosticSink) -> [Response] {
        var responses: [Response] = []
        for (folder, files) in folders.sorted(by: { $0.key < $1.key }) {
            guard let main = files.first(where: { $0.fileName == "response.md" }) else {
                for file in files {
                    sink.error(
                        "responses/\(folder)/ has no response.md, so this recommendation belongs to no response", at: file.location(),
                        hint: "add responses/\(folder)/response.md with the report's title and when the response was submitted")
                }
                continue
            }
            guard var response = ResponseReader.read(main, folder: folder, sink: sink) else { continue }
            for file in files where file.path != main.path {
                let (recommendation, isDraft) = RecommendationReader.read(file, response: response, sink: sink)
                if isDraft { drafts.insert(file.path) } else if let recommendation { response.recommendations.append(recommendation) }
            }
            responses.append(response)
        }
        return responses
    }

    /// Each folder of `plans/`: its `plan.md`, then every other file in it as one action.
    static func readPlans(_ folders: [String: [SourceFile]], drafts: inout Set<String>, sink: DiagnosticSink) -> [Plan] {
        var plans: [Plan] = []
        for (folder, files) in folders.sorted(by: { $0.key < $1.key }) {
            guard let planFile = files.first(where: { $0.fileName == "plan.md" }) else {
                for file in files {
                    sink.error(
                        "plans/\(folder)/ has no plan.md, so this action belongs to no plan", at: file.location(),
                        hint: "add plans/\(folder)/plan.md with the plan's title, published date and themes")
                }
                continue
            }
            guard var plan = PlanReader.read(planFile, folder: folder, sink: sink) else { continue }
            for file in files where file.path != planFile.path {
                let (action, isDraft) = ActionReader.read(file, plan: plan, sink: sink)
                if isDraft { drafts.insert(file.path) } else if let action { plan.actions.append(action) }
            }
            plans.append(plan)
        }
        return plans
    }
}
