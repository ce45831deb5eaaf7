import Compute
import Model

/// One sentence that says what a series shows, worked out from its values:
/// "Rose from 24 in June 2005 to a peak of 6,078 in June 2012, then fell to 1,012 in March 2025."
enum SeriesSummary {
    static func sentence(_ series: SeriesValues) -> String {
        let values = series.values
        guard let first = values.first, let last = values.last, let firstValue = first.value, let lastValue = last.value else {
            return "No figures have been published for this series."
        }
        // The period in the words the table beside it uses.
        let format = { (point: DataPoint) in
            FigureFormat.marked(FigureFormat.value(point.value!, unit: series.unit, approximate: point.approximate), point)
                + (point.period.kind == .date ? " on " : " in ") + point.period.label
        }
        var sentence: String
        if values.count == 1 {
            sentence = "Was \(format(first))"
        } else if let peak = series.highest, peak.period != first.period, peak.period != last.period, peak.value! > firstValue, peak.value! > lastValue {
            sentence = "Rose from \(format(first)) to a peak of \(format(peak)), then fell to \(format(last))"
        } else if let low = series.lowest, low.period != first.period, low.period != last.period, low.value! < firstValue, low.value! < lastValue {
            sentence = "Fell from \(format(first)) to a low of \(format(low)), then rose to \(format(last))"
        } else if lastValue > firstValue {
            sentence = "Rose from \(format(first)) to \(format(last))"
        } else if lastValue < firstValue {
            sentence = "Fell from \(format(first)) to \(format(last))"
        } else {
            sentence = "Was \(format(first)) and \(format(last))"
        }
        sentence += "."
        let gaps = series.gaps.filter { $0 > first.period && $0 < last.period }
        if !gaps.isEmpty {
            sentence += " No figure was published for " + listed(gaps.map(\.label)) + "."
        }
        return sentence
    }

    static func listed(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}
