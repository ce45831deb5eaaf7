import Diagnostics

/// What one file of `Content/` is, read on its own: the first pass of parsing, which runs on all
/// cores. Files that belong to a plan or a response are only sorted here, and read once their
/// plan or response is known.
enum FileReading: Sendable {
    case skipped
    case site(SiteConfig?)
    case page(Page?, isDraft: Bool)
    case update(Update?, isDraft: Bool)
    case group(MeetingGroup?)
    case meeting(Meeting?)
    case glossary(Glossary)
    case strings(StringTable)
    case metrics([MetricDefinition])
    case targets([Target])
    case series(DataSeries?)
    case topic(DataTopic?, isDraft: Bool)
    case partOfPlan(folder: String)
    case partOfResponse(folder: String)
    case staticFile(StaticFile)

    /// The bytes besides its own that reading `file` depends on: a series' metadata, or
    /// whether a metadata file has its series.
    static func context(of file: SourceFile, filesByPath: [String: SourceFile]) -> [UInt8] {
        guard file.path.hasPrefix("data/") else { return [] }
        switch file.pathExtension {
        case "csv":
            return (filesByPath["data/\(file.baseName).yaml"] ?? filesByPath["data/\(file.baseName).yml"])?.bytes ?? []
        case "yaml", "yml":
            return filesByPath["data/\(file.baseName).csv"] == nil ? [0] : [1]
        default:
            return []
        }
    }

    static func read(_ file: SourceFile, filesByPath: [String: SourceFile], sink: DiagnosticSink) -> FileReading {
        let parts = file.path.split(separator: "/")
        guard let top = parts.first, !parts.contains(where: { $0.hasPrefix(".") }) else { return .skipped }
        switch (String(top), parts.count, file.pathExtension) {
        case ("site.yaml", 1, _):
            return .site(SiteConfigReader.read(file, sink: sink))
        case ("pages", 2..., "md"):
            let (page, isDraft) = PageReader.read(file, sink: sink)
            return .page(page, isDraft: isDraft)
        case ("updates", 2, "md"):
            let (update, isDraft) = UpdateReader.read(file, sink: sink)
            return .update(update, isDraft: isDraft)
        case ("groups", 2, "md"):
            return .group(GroupReader.read(file, sink: sink))
        case ("meetings", 2, "md"):
            return .meeting(MeetingReader.read(file, sink: sink))
        case ("glossary.yaml", 1, _):
            return .glossary(GlossaryReader.read(file, sink: sink))
        case ("strings.yaml", 1, _):
            let (table, problems) = StringsReader.read(file)
            for problem in problems.items { sink.append(problem) }
            return .strings(table)
        case ("metrics.yaml", 1, _):
            return .metrics(MetricsReader.read(file, sink: sink))
        case ("targets.yaml", 1, _):
            return .targets(TargetsReader.read(file, sink: sink))
        case ("data", 2, "csv"):
            let metadata = filesByPath["data/\(file.baseName).yaml"] ?? filesByPath["data/\(file.baseName).yml"]
            return .series(SeriesReader.read(csv: file, metadata: metadata, sink: sink))
        case ("data", 2, "yaml"), ("data", 2, "yml"):
            if ["targets", "metrics"].contains(file.baseName), filesByPath["data/\(file.baseName).csv"] == nil {
                sink.error(
                    "\(file.baseName).yaml is read from the content folder itself, not from data/", at: file.location(),
                    hint: "move it beside site.yaml")
            } else if filesByPath["data/\(file.baseName).csv"] == nil {
                sink.warning(
                    "this metadata has no data/\(file.baseName).csv beside it, so it is not used", at: file.location(),
                    hint: "a series is a CSV file and a YAML file with the same name")
            }
            return .skipped
        case ("data", 2, "md"):
            let (topic, isDraft) = TopicReader.read(file, sink: sink)
            return .topic(topic, isDraft: isDraft)
        case ("responses", 3, "md"):
            return .partOfResponse(folder: String(parts[1]))
        case ("plans", 3, "md"):
            return .partOfPlan(folder: String(parts[1]))
        case ("static", 2..., _):
            return .staticFile(
                StaticFile(
                    sourcePath: file.path, displayPath: file.displayPath, sitePath: parts.dropFirst().joined(separator: "/"),
                    bytes: file.bytes))
        default:
            sink.warning(
                "this file is not part of the site and is ignored", at: file.location(),
                hint: "Tally reads " + ContentParser.knownPlaces.joined(separator: ", ") + " (see docs/content-format.md)")
            return .skipped
        }
    }
}
