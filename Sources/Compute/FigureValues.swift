import Model

/// A series ready to cite, chart and tabulate: a published one, or one worked out from others.
public struct SeriesValues: Sendable {
    public var id: String
    public var title: String
    public var measure: String?
    public var unit: ValueUnit
    public var periodKind: PeriodKind
    public var chart: ChartKind
    public var source: SourceReference?
    public var notes: MarkdownText?
    /// For a worked-out series, how: the sum of two series, one as a share of another.
    public var derivation: Derivation?
    /// The series it is worked out from.
    public var inputs: [String]
    /// In period order; gaps (published as empty, or missing from a regular series) have no value.
    public var points: [DataPoint]

    /// Periods of a share or rate whose whole (`of:`) was 0: every input has its figure, but a
    /// share or rate of nothing is no number. Not gaps: the figures were published.
    public var notWorkedOut: Set<Period> = []

    public var values: [DataPoint] { points.filter { $0.value != nil } }
    public var latest: DataPoint? { values.last }
    public var first: DataPoint? { values.first }
    /// The value before the latest.
    public var previous: DataPoint? { values.dropLast().last }
    public var highest: DataPoint? { values.max { ($0.value!, $1.period) < ($1.value!, $0.period) } }
    public var lowest: DataPoint? { values.min { ($0.value!, $0.period) < ($1.value!, $1.period) } }
    public var gaps: [Period] { points.filter { $0.value == nil && !notWorkedOut.contains($0.period) }.map(\.period) }
    /// The month its financial years start, as its periods were read (April when it has none).
    public var financialYearStart: Int { periodKind == .financialYear ? points.first?.period.start.month ?? 4 : 4 }

    public func point(at period: Period) -> DataPoint? {
        points.first { $0.period == period && $0.value != nil }
    }
}

/// What is known about a target as at a date, by the rule in docs/figures.md.
public struct TargetAssessment: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case met = "met"
        case onTrack = "on-track"
        case offTrack = "off-track"
        case notYetReported = "not-yet-reported"
        case missed = "missed"

    }

    public var status: Status
    /// The step of the goal that applies on the date: the first not yet due, else the last.
    public var goal: TargetStep
    public var latest: TargetReading?
    /// For on or off track: the value the latest reading needed to be on a straight path from
    /// the starting point to the goal.
    public var expected: Double?
    /// The step that was due and not met, when the status is missed.
    public var missedStep: TargetStep?
    /// Every reading the status was worked out from: typed in the target, or a series' values.
    public var readings: [TargetReading] = []
}

extension Target {
    /// True when `value` meets `goal` in the target's direction.
    public func meets(_ value: Double, _ goal: Double) -> Bool {
        direction == .increase ? value >= goal : value <= goal
    }
}

/// How a metric is worked out from the series it reads, by their titles.
public enum Derivation: Sendable, Hashable {
    case sum([String])
    case share(part: String, whole: String)
    case rate(count: String, base: String, per: Int)

    /// The title of what a share or rate divides by.
    public var divisor: String? {
        switch self {
        case .sum: nil
        case .share(_, let whole): whole
        case .rate(_, let base, _): base
        }
    }
}
