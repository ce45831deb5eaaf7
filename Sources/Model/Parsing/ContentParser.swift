import Diagnostics

/// What parsing `Content/` gave: the model (with whatever could be read) and every problem found.
public struct ParsedContent: Sendable {
    public var content: Content
    public var diagnostics: DiagnosticList
}

/// Turns the files of `Content/` into the model. Pure: it reads only the files it is given.
public enum ContentParser {
    /// The folders and files Tally reads, for hints about misplaced files.
    public static let knownPlaces = ["site.yaml", "pages/", "updates/", "plans/<plan>/", "groups/", "meetings/", "responses/<response>/", "data/", "metrics.yaml", "targets.yaml", "glossary.yaml", "strings.yaml", "static/"]

    /// `displayRoot` is how the content folder is named in messages (`Content`).
    /// - Parameter cache: readings of earlier builds in this session, reused for unchanged files.
    public static func parse(_ files: [SourceFile], displayRoot: String = "Content", cache: ParseCache? = nil) -> ParsedContent {
        cache?.begin()
        defer { cache?.end() }
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
        var strings = StringTable()
        let filesByPath = Dictionary(sorted.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })

        // site.yaml first: every reader reads statuses in the site's own words.
        let siteFile = filesByPath["site.yaml"]
        let siteReading = siteFile.map { SiteConfigReader.read($0, sink: sink) }
        let vocabulary = siteReading??.vocabulary ?? Vocabulary()
        sink.vocabulary = vocabulary
        sink.deadlines = siteReading??.deadlineConventions ?? DeadlineConventions()
        let readingKey = sink.readingKey
        // A site in more than one language: `about.cy.md` translates `about.md`, and is not a page of its own.
        let otherLanguages = Array((siteReading??.languages ?? []).dropFirst())
        var translationFiles: [(file: SourceFile, language: String, source: String)] = []
        var ownFiles: [SourceFile] = []
        for file in sorted where file.path != "site.yaml" {
            if let (language, source) = TranslationReader.source(of: file.path, languages: otherLanguages) {
                translationFiles.append((file, language, source))
            } else {
                ownFiles.append(file)
            }
        }
        let contexts = {
            ownFiles.map { file in
                let own = FileReading.context(of: file, filesByPath: filesByPath)
                return own.isEmpty ? readingKey : own + readingKey
            }
        }
        let readings = read(ownFiles, contexts: contexts, run: .alone, sink: sink, cache: cache) { file, sink in
            .file(FileReading.read(file, filesByPath: filesByPath, sink: sink))
        }.map { value -> FileReading in
            if case .file(let reading) = value { return reading }
            return .skipped
        }
        site = siteReading ?? nil
        for (file, reading) in zip(ownFiles, readings) {
            switch reading {
            case .skipped: continue
            case .site(let config): site = config
            case .page(let page, let isDraft):
                if isDraft { drafts.insert(file.path) } else if let page { pages.append(page) }
            case .update(let update, let isDraft):
                if isDraft { drafts.insert(file.path) } else if let update { updates.append(update) }
            case .group(let group): if let group { groups.append(group) }
            case .meeting(let meeting):
                if let meeting {
                    meetings.append(meeting)
                    if meeting.state != .agreed { drafts.insert(file.path) }
                }
            case .glossary(let read): glossary = read
            case .strings(let read): strings = read
            case .metrics(let metrics): figures.metrics = metrics
            case .targets(let targets): figures.targets = targets
            case .series(let series): if let series { figures.series.append(series) }
            case .topic(let topic, let isDraft): if isDraft { drafts.insert(file.path) } else if let topic { figures.topics.append(topic) }
            case .partOfResponse(let folder): responseFolders[folder, default: []].append(file)
            case .partOfPlan(let folder): planFolders[folder, default: []].append(file)
            case .staticFile(let staticFile): staticFiles.append(staticFile)
            }
        }

        if site == nil, !files.contains(where: { $0.path == "site.yaml" }) {
            sink.error(
                "there is no site.yaml", at: SourceLocation(file: "\(displayRoot)/site.yaml"),
                hint: "create it with at least a title, for example: title: Our action plans")
        }

        updates.sort { ($0.date, $1.slug) > ($1.date, $0.slug) }
        let readPlans = readPlans(planFolders, drafts: &drafts, sink: sink, cache: cache)
        let readResponses = readResponses(responseFolders, drafts: &drafts, sink: sink, cache: cache)
        // What failed so far: problems the links between files find that follow from it are folded.
        let failed = FailedSources(sink.list, displayRoot: displayRoot)
        figures.headlines = site?.headlines ?? []
        figures.headlinesLocation = site?.headlinesLocation
        let readFigures = figures
        let readMeetings = meetings
        let readGroups = groups
        // Plans and figures are linked on one core while meetings are linked on the other.
        let ((plans, linkedFigures), linkedMeetings) = sink.both({ sink in
            let linked = PlanLinker.link(readPlans, sink: sink, failed: failed)
            for draft in linked where draft.isDraft { PlanLinker.checkNoPlanLinks(to: draft, in: linked, sink: sink) }
            let plans = linked.filter { !$0.isDraft }
            return (plans, FigureLinker.link(readFigures, actionIDs: Set(plans.flatMap(\.actions).map(\.id)), sink: sink, failed: failed))
        }, { sink in
            // Only agreed notes are published: drafts and withdrawn notes are checked, then left out.
            MeetingLinker.link(readMeetings, groups: readGroups, sink: sink, failed: failed).filter { $0.state == .agreed }
        })
        figures = linkedFigures
        let content = Content(
            site: site ?? SiteConfig(title: "Untitled site"),
            pages: pages,
            updates: updates,
            staticFiles: staticFiles,
            plans: plans,
            groups: groups.sorted { $0.id < $1.id },
            meetings: linkedMeetings,
            responses: ResponseLinker.link(readResponses, sink: sink),
            figures: figures,
            glossary: glossary,
            sourcePaths: Set(files.map(\.path)),
            draftPaths: drafts
        )
        var withSummaries = content
        withSummaries.failed = failed
        withSummaries.strings = strings
        withSummaries.summaries = sink.summaries.sorted { $0.location < $1.location }
        if !otherLanguages.isEmpty {
            withSummaries.translations = TranslationReader.read(
                translationFiles, sources: Set(ownFiles.map(\.path)), content: withSummaries, languages: otherLanguages, sink: sink)
        }
        return ParsedContent(content: withSummaries, diagnostics: sink.list)
    }

    /// Each folder of `responses/`: its `response.md`, then every other file as one recommendation.
    static func readResponses(
        _ folders: [String: [SourceFile]], drafts: inout Set<String>, sink: DiagnosticSink, cache: ParseCache?
    ) -> [Response] {
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
            let (readResponse, isDraft) = ResponseReader.read(main, folder: folder, sink: sink)
            if isDraft {
                // A draft response is checked, then left out with all its recommendations.
                drafts.formUnion(files.map(\.path))
                let parent = readResponse ?? Response(
                    id: folder, title: folder, report: SourceReference(title: ""), submitted: CivilDate(daysSinceEpoch: 0),
                    body: MarkdownText(text: "", sourcePath: main.path, displayPath: main.displayPath, firstLine: 1), sourcePath: main.path,
                    location: main.location())
                _ = sink.readAll(files.filter { $0.path != main.path }) { file, sink in RecommendationReader.read(file, response: parent, sink: sink) }
                continue
            }
            guard var response = readResponse else { continue }
            let members = files.filter { $0.path != main.path }
            let parent = response
            // One context for every recommendation of the response, made once (as a plan's actions').
            let context = main.bytes + sink.readingKey
            let recommendations = read(
                members, contexts: { Array(repeating: context, count: members.count) }, run: .recommendations(folder: folder), sink: sink, cache: cache
            ) {
                file, sink in
                let (recommendation, isDraft) = RecommendationReader.read(file, response: parent, sink: sink)
                return .recommendation(recommendation, isDraft: isDraft)
            }
            for (file, value) in zip(members, recommendations) {
                guard case .recommendation(let recommendation, let isDraft) = value else { continue }
                if isDraft { drafts.insert(file.path) } else if let recommendation { response.recommendations.append(recommendation) }
            }
            responses.append(response)
        }
        return responses
    }

    /// Each file as `read` reads it, from the cache when there is one and it holds the file's
    /// reading with the context at its place in `contexts` (made only when there is a cache).
    private static func read(
        _ files: [SourceFile], contexts: () -> [[UInt8]], run: ParseCache.Run, sink: DiagnosticSink, cache: ParseCache?,
        _ read: @Sendable (SourceFile, DiagnosticSink) -> ParseCache.Value
    ) -> [ParseCache.Value] {
        guard let cache else { return sink.readAll(files, read) }
        return cache.values(of: files, contexts: contexts(), run: run, sink: sink, read: read)
    }

    /// Each folder of `plans/`: its `plan.md`, then every other file in it as one action.
    static func readPlans(
        _ folders: [String: [SourceFile]], drafts: inout Set<String>, sink: DiagnosticSink, cache: ParseCache?
    ) -> [Plan] {
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
            // The plan's own file is read again only when it changed: plans are read one after another.
            let readPlan = read([planFile], contexts: { [sink.readingKey] }, run: .plan(folder: folder), sink: sink, cache: cache) { file, sink in
                .plan(PlanReader.read(file, folder: folder, sink: sink))
            }
            guard case .plan(var plan?) = readPlan.first else { continue }
            let members = files.filter { $0.path != planFile.path }
            let parent = plan
            // One context for every action of the plan, made once: made for each, it copied the
            // plan's file for every one of them.
            let context = planFile.bytes + sink.readingKey
            let actions = read(members, contexts: { Array(repeating: context, count: members.count) }, run: .actions(folder: folder), sink: sink, cache: cache) {
                file, sink in
                let (action, isDraft) = ActionReader.read(file, plan: parent, sink: sink)
                return .action(action, isDraft: isDraft)
            }
            // A draft plan is checked with the others, then left out with all its actions (below).
            if plan.isDraft { drafts.formUnion(files.map(\.path)) }
            for (file, value) in zip(members, actions) {
                guard case .action(let action, let isDraft) = value else { continue }
                if isDraft { drafts.insert(file.path) } else if let action { plan.actions.append(action) }
            }
            plans.append(plan)
        }
        return plans
    }
}
