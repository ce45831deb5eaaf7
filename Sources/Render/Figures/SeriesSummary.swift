import Compute
import Model

/// One sentence that says what a series shows, worked out from its values, in the site's words:
/// "Rose from 24 on 30 June 2005 to a peak of 6,078 on 30 June 2012, then fell to 1,012 on 31 March 2025."
enum SeriesSummary {
    static func sentence(_ series: SeriesValues, _ strings: Strings) -> String {
        let values = series.values
        guard let first = values.first, let last = values.last, first.value != nil, last.value != nil else {
            return strings.text("summary.no-figures")
        }
        // Compared as shown: 83.4% then 83.2%, both shown as 83%, did not fall.
        let shown = { (point: DataPoint) in series.unit.asShown(point.value!) }
        let (firstShown, lastShown) = (shown(first), shown(last))
        // The period in the words the table beside it uses.
        let format = { (point: DataPoint) in
            strings.text(
                point.period.kind == .date ? "summary.value-on" : "summary.value-in",
                [
                    "value": FigureFormat.marked(FigureFormat.value(point.value!, unit: series.unit, approximate: point.approximate, strings), point, strings),
                    "period": strings.period(point.period),
                ])
        }
        var sentence: String
        if values.count == 1 {
            sentence = strings.text("summary.was", ["first": format(first)])
        } else if let peak = series.highest, peak.period != first.period, peak.period != last.period, shown(peak) > firstShown, shown(peak) > lastShown {
            sentence = strings.text("summary.peak", ["first": format(first), "peak": format(peak), "last": format(last)])
        } else if let low = series.lowest, low.period != first.period, low.period != last.period, shown(low) < firstShown, shown(low) < lastShown {
            sentence = strings.text("summary.low", ["first": format(first), "low": format(low), "last": format(last)])
        } else if lastShown > firstShown {
            sentence = strings.text("summary.rose", ["first": format(first), "last": format(last)])
        } else if lastShown < firstShown {
            sentence = strings.text("summary.fell", ["first": format(first), "last": format(last)])
        } else {
            sentence = strings.text("summary.was-both", ["first": format(first), "last": format(last)])
        }
        let gaps = series.gaps.filter { $0 > first.period && $0 < last.period }
        if !gaps.isEmpty {
            sentence += " " + strings.text("summary.gaps", ["periods": strings.listed(gaps.map(strings.period))])
        }
        let notWorkedOut = series.notWorkedOut.filter { $0 > first.period && $0 < last.period }.sorted()
        if !notWorkedOut.isEmpty, let whole = series.derivation?.divisor {
            sentence += " " + strings.text("data.not-worked-out", ["periods": strings.listed(notWorkedOut.map(strings.period)), "whole": whole])
        }
        return sentence
    }
}
