import Diagnostics

/// A series worked out from others, defined in `metrics.yaml`.
public struct MetricDefinition: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The sum of the series, period by period.
        case sum([String])
        /// `part` as a percentage of `whole`.
        case share(part: String, whole: String)
        /// `count` per `per` of `base`: complaints per 1,000 residents.
        case rate(count: String, base: String, per: Double)
    }

    public var id: String
    public var title: String
    public var measure: String?
    public var kind: Kind
    public var unit: ValueUnit
    public var chart: ChartKind
    public var notes: MarkdownText?
    public var location: SourceLocation

    public init(
        id: String, title: String, measure: String? = nil, kind: Kind, unit: ValueUnit, chart: ChartKind = .line,
        notes: MarkdownText? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.measure = measure
        self.kind = kind
        self.unit = unit
        self.chart = chart
        self.notes = notes
        self.location = location
    }

    /// The series it is worked out from.
    public var inputs: [String] {
        switch kind {
        case .sum(let ids): return ids
        case .share(let part, let whole): return [part, whole]
        case .rate(let count, let base, _): return [count, base]
        }
    }
}

/// Which way is better for a target.
public enum TargetDirection: String, Sendable, Hashable, CaseIterable {
    case increase, decrease
}

/// A measurable target, from `targets.yaml`.
public struct Target: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The goal as published, in words.
    public var goalText: String?
    public var unit: ValueUnit
    public var direction: TargetDirection
    /// The goal, stepped: 90% by December 2025, then 95% by July 2026. A step with no deadline
    /// applies all the time ("every quarter").
    public var steps: [TargetStep]
    public var baseline: TargetReading?
    public var readings: [TargetReading]
    /// The series or metric whose values are the readings, instead of typing them here.
    public var seriesID: String?
    /// It gave no `unit:`, and counts what its series counts.
    public var unitFromSeries = false
    /// Where such a target wrote a value as a percentage (`value: 90%`), to be checked against
    /// what its series counts once that is known.
    public var valuesWrittenAsPercent: [SourceLocation] = []
    /// The plan action the target measures.
    public var actionID: String?
    public var notes: MarkdownText?
    public var location: SourceLocation

    public init(
        id: String, title: String, goalText: String? = nil, unit: ValueUnit, direction: TargetDirection,
        steps: [TargetStep], baseline: TargetReading? = nil, readings: [TargetReading] = [], actionID: String? = nil,
        notes: MarkdownText? = nil, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.goalText = goalText
        self.unit = unit
        self.direction = direction
        self.steps = steps
        self.baseline = baseline
        self.readings = readings.sorted { $0.date < $1.date }
        self.actionID = actionID
        self.notes = notes
        self.location = location
    }

    /// Its readings taken from a series' values: each value a reading dated the last day of its
    /// period, with the period's label, the series' source and the value's own note.
    public static func readings(from points: [DataPoint], source: String?) -> [TargetReading] {
        points.compactMap { point in
            point.value.map { value in
                var reading = TargetReading(
                    date: point.period.end, value: value, approximate: point.approximate, source: source,
                    note: point.note, location: point.location)
                reading.seriesPeriod = point.period
                reading.provisional = point.status == .provisional
                return reading
            }
        }
    }
}

public struct TargetStep: Sendable, Hashable {
    public var value: Double
    public var deadline: Deadline?

    public init(value: Double, deadline: Deadline?) {
        self.value = value
        self.deadline = deadline
    }
}

/// A reported value of a target's measure.
public struct TargetReading: Sendable, Hashable {
    /// The day the value is reported as at (the end of the period it covers).
    public var date: CivilDate
    public var value: Double
    public var approximate: Bool
    /// The period covered, as published ("1 June 2024 to 31 May 2025").
    public var period: String?
    /// The period covered, for a reading taken from a series: the site words it.
    public var seriesPeriod: Period?
    public var source: String?
    public var note: String?
    /// A series' value published as provisional: it may still change.
    public var provisional = false
    public var location: SourceLocation

    public init(
        date: CivilDate, value: Double, approximate: Bool = false, period: String? = nil, source: String? = nil,
        note: String? = nil, location: SourceLocation
    ) {
        self.date = date
        self.value = value
        self.approximate = approximate
        self.period = period
        self.source = source
        self.note = note
        self.location = location
    }
}

/// A page about figures: `data/<topic>.md`, prose with charts and figures cited by reference.
public struct DataTopic: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var summary: String?
    /// The editions it appears in; all when nil.
    public var editions: Set<Edition>?
    public var body: MarkdownText
    public var sourcePath: String

    public init(slug: String, title: String, summary: String? = nil, body: MarkdownText, sourcePath: String) {
        self.slug = slug
        self.title = title
        self.summary = summary
        self.body = body
        self.sourcePath = sourcePath
    }
}

/// Everything about figures: series, metrics worked out from them, targets and topic pages.
public struct FigureContent: Sendable, Hashable {
    public var series: [DataSeries] = []
    public var metrics: [MetricDefinition] = []
    public var targets: [Target] = []
    public var topics: [DataTopic] = []
    /// Series to show as headline figures on the home page (from `site.yaml`).
    public var headlines: [String] = []
    /// Where `headline_figures` is written.
    public var headlinesLocation: SourceLocation?
    /// Series some of whose values were left out, in a site shown as it stood on an earlier
    /// day: with none left, they have no figure *yet*, which is not a mistake.
    public var laterSeries: Set<String> = []

    public init(series: [DataSeries] = [], metrics: [MetricDefinition] = [], targets: [Target] = [], topics: [DataTopic] = []) {
        self.series = series
        self.metrics = metrics
        self.targets = targets
        self.topics = topics
    }

    public var isEmpty: Bool { series.isEmpty && metrics.isEmpty && targets.isEmpty && topics.isEmpty }
}
