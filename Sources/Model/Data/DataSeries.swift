import Diagnostics

/// A published statistic over time: `data/<id>.csv` with its metadata in `data/<id>.yaml`.
public struct DataSeries: Sendable, Hashable {
    public var id: String
    public var title: String
    /// What is counted, in words ("Households in temporary accommodation at the end of the month").
    public var measure: String?
    public var unit: ValueUnit
    public var periodKind: PeriodKind
    public var source: SourceReference?
    public var notes: MarkdownText?
    public var chart: ChartKind
    /// Values in order of period. A point with no value is a gap: no figure was published.
    public var points: [DataPoint]
    public var sourcePath: String
    public var location: SourceLocation

    public init(
        id: String, title: String, measure: String? = nil, unit: ValueUnit, periodKind: PeriodKind,
        source: SourceReference? = nil, notes: MarkdownText? = nil, chart: ChartKind = .line, points: [DataPoint],
        sourcePath: String, location: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.measure = measure
        self.unit = unit
        self.periodKind = periodKind
        self.source = source
        self.notes = notes
        self.chart = chart
        self.points = points
        self.sourcePath = sourcePath
        self.location = location
    }
}

extension DataSeries {
    /// `data/<id>.yaml`, beside the values' `data/<id>.csv`.
    public var metadataPath: String { String(sourcePath.dropLast(4)) + ".yaml" }
}

/// One value of a series, or a gap.
public struct DataPoint: Sendable, Hashable {
    public var period: Period
    /// Nil when no figure was published for the period: a gap, never zero.
    public var value: Double?
    public var approximate: Bool
    /// Where this value comes from, or anything else a reader should know about it.
    public var note: String?
    public var status: ValueStatus?
    public var location: SourceLocation

    public init(
        period: Period, value: Double?, approximate: Bool = false, note: String? = nil, status: ValueStatus? = nil,
        location: SourceLocation
    ) {
        self.period = period
        self.value = value
        self.approximate = approximate
        self.note = note
        self.status = status
        self.location = location
    }
}

/// A flag on a published value.
public enum ValueStatus: String, Sendable, Hashable, CaseIterable {
    case provisional, revised
}

/// How a chart draws a series.
public enum ChartKind: String, Sendable, Hashable, CaseIterable {
    case line, bar, none
}

/// What a value counts, and how to write it.
public struct ValueUnit: Sendable, Hashable {
    /// The word for what is counted: "people", "complaints", "months", "percent".
    public var name: String
    /// Digits after the decimal point.
    public var decimals: Int

    public init(name: String, decimals: Int = 0) {
        self.name = name
        self.decimals = decimals
    }

    public var isPercent: Bool { name == "percent" || name == "%" }

    /// A value rounded as it is shown, to `decimals`. What a page says of values (rose, fell,
    /// met its goal, none of the whole) holds of them as shown: 83.4% then 83.2%, both shown as
    /// 83%, did not "fall from 83% to 83%".
    public func asShown(_ value: Double) -> Double {
        let scale = (0..<decimals).reduce(1.0) { product, _ in product * 10 }
        return (value * scale).rounded() / scale
    }

    /// The digits after the point a value was written with (up to 6): 5.2 has 1, 45.67 has 2.
    public static func decimalsWritten(_ value: Double) -> Int {
        var scale = 1.0
        for digits in 0...6 {
            if abs((value * scale).rounded() - value * scale) < 1e-6 { return digits }
            scale *= 10
        }
        return 6
    }

    /// Whether `value`, shown with these decimals, would read as none of it (0) or, as a
    /// percentage, as all (100%) when it is neither: 0.4 per 1,000 is not "0", nor 99.96% "100.0%".
    public func showsFalsely(_ value: Double) -> Bool {
        let shown = asShown(value)
        return (shown == 0 && value != 0) || (isPercent && shown == 100 && value != 100)
    }

    /// This unit, with as many more decimals (up to 6) as `values` need so that none shows falsely.
    public func showingTruly(_ values: [Double]) -> ValueUnit {
        var unit = self
        while unit.decimals < 6, values.contains(where: unit.showsFalsely) { unit.decimals += 1 }
        return unit
    }

    /// The same thing counted: the same word, or a percentage written either way.
    public func isSame(as other: ValueUnit) -> Bool { name == other.name || (isPercent && other.isPercent) }
}
