import Markup
import Compute
import Model

/// Draws series as an SVG chart at build time: no script, text as text, gaps left as gaps, and
/// each series told apart by its line pattern, its markers and a label, not by colour alone.
struct ChartSVG {
    static let width = 720.0
    static let height = 360.0
    static let left = 72.0
    static let right = 24.0
    static let top = 24.0
    static let bottom = 56.0

    var series: [SeriesValues]
    var kind: ChartKind
    /// Prefix for ids inside the SVG, unique on the page.
    var idPrefix: String
    var title: String
    var summary: String
    var strings: Strings

    func render() -> String {
        let values = series.flatMap(\.values).compactMap(\.value)
        let maximum = max(values.max() ?? 1, 0)
        let minimum = min(values.min() ?? 0, 0)
        let axis = NiceScale(minimum: minimum, maximum: maximum)
        // The frame scrolls sideways on a narrow screen, so that labels keep their size.
        var svg = """
            <div class="chart__frame" role="region" aria-label="\(HTMLText.escape(strings.text("figures.chart-label", ["title": title])))" tabindex="0">
            <svg class="chart__svg" viewBox="0 0 \(Self.width.svg) \(Self.height.svg)" role="img" aria-labelledby="\(idPrefix)-title \(idPrefix)-desc" focusable="false">
            <title id="\(idPrefix)-title">\(HTMLText.escape(title))</title>
            <desc id="\(idPrefix)-desc">\(HTMLText.escape(summary))</desc>

            """
        svg += gridAndYAxis(axis)
        if series.count > 1 { svg += legend() }
        svg += kind == .bar ? bars(axis) : lines(axis)
        svg += "<line class=\"chart__axis\" x1=\"\(Self.left.svg)\" y1=\"\(plotBottom.svg)\" x2=\"\((Self.width - Self.right).svg)\" y2=\"\(plotBottom.svg)\"/>\n"
        svg += "</svg>\n</div>\n"
        return svg
    }

    var plotBottom: Double { Self.height - Self.bottom }
    var plotWidth: Double { Self.width - Self.left - Self.right }
    var plotHeight: Double { Self.height - Self.top - Self.bottom }

    func y(_ value: Double, _ axis: NiceScale) -> Double {
        plotBottom - (value - axis.low) / (axis.high - axis.low) * plotHeight
    }

    private func gridAndYAxis(_ axis: NiceScale) -> String {
        let unit = series.first?.unit ?? ValueUnit(name: "")
        var svg = "<g class=\"chart__y-axis\">\n"
        for tick in axis.ticks {
            let position = y(tick, axis)
            svg += "<line class=\"chart__grid\" x1=\"\(Self.left.svg)\" y1=\"\(position.svg)\" x2=\"\((Self.width - Self.right).svg)\" y2=\"\(position.svg)\"/>\n"
            svg += "<text class=\"chart__tick\" x=\"\((Self.left - 8).svg)\" y=\"\((position + 4).svg)\" text-anchor=\"end\">\(FigureFormat.value(tick, unit: unit, decimals: axis.decimals))</text>\n"
        }
        svg += "<text class=\"chart__axis-label\" x=\"\(Self.left.svg)\" y=\"12\" text-anchor=\"start\">\(HTMLText.escape(FigureFormat.unitHeading(unit.name)))</text>\n"
        return svg + "</g>\n"
    }

    /// Each series' line pattern and marker (or bar fill) with its name, above the plot.
    private func legend() -> String {
        var svg = "<g class=\"chart__legend\">\n"
        var x = Self.left + 120
        for (index, values) in series.enumerated() {
            let style = LineStyle.all[index % LineStyle.all.count]
            svg += "<g class=\"chart__series chart__series--\(index + 1)\">"
            if kind == .bar {
                svg += "<rect class=\"chart__bar\" x=\"\(x.svg)\" y=\"2\" width=\"14\" height=\"12\"/>"
            } else {
                svg += "<path class=\"chart__line\" d=\"M\(x.svg) 8 L\((x + 28).svg) 8\"\(style.dash)/>" + style.marker(x: x + 14, y: 8)
            }
            svg += "<text class=\"chart__legend-label\" x=\"\((x + 36).svg)\" y=\"12\">\(HTMLText.escape(values.title))</text></g>\n"
            x += 36 + Double(values.title.count) * 7.2 + 24
        }
        return svg + "</g>\n"
    }

    // MARK: Lines, on a time axis

    private func lines(_ axis: NiceScale) -> String {
        let points = series.flatMap(\.points)
        guard let firstDay = points.map(\.period.end).min()?.daysSinceEpoch, let lastDay = points.map(\.period.end).max()?.daysSinceEpoch else {
            return ""
        }
        let span = Double(max(lastDay - firstDay, 1))
        let x = { (period: Period) in Self.left + 12 + Double(period.end.daysSinceEpoch - firstDay) / span * (self.plotWidth - 24) }
        // Quarters and years are drawn at their last day, so a tick on 1 January would sit beside
        // the wrong year's point: each point is labelled under itself instead.
        let kinds = Set(points.map(\.period.kind))
        var svg =
            kinds.isSubset(of: [.quarter, .calendarYear, .financialYear])
            ? pointLabels(Array(Set(points.map(\.period))).sorted(), x: x)
            : xLabels(years: (CivilDate(daysSinceEpoch: firstDay).year...CivilDate(daysSinceEpoch: lastDay).year), x: { year in
                let day = CivilDate(year: year, month: 1, day: 1)!.daysSinceEpoch
                return Self.left + 12 + Double(day - firstDay) / span * (self.plotWidth - 24)
            }, within: firstDay...lastDay)
        for (index, line) in series.enumerated() {
            let style = LineStyle.all[index % LineStyle.all.count]
            svg += "<g class=\"chart__series chart__series--\(index + 1)\">\n"
            // A gap breaks the line: each run of values is its own path.
            var runs: [[DataPoint]] = [[]]
            for point in line.points {
                if point.value == nil { runs.append([]) } else { runs[runs.count - 1].append(point) }
            }
            for run in runs where !run.isEmpty {
                let path = run.enumerated().map { offset, point in
                    "\(offset == 0 ? "M" : "L")\(x(point.period).svg) \(y(point.value!, axis).svg)"
                }.joined(separator: " ")
                svg += "<path class=\"chart__line\" d=\"\(path)\"\(style.dash)/>\n"
            }
            for point in line.values {
                svg += style.marker(x: x(point.period), y: y(point.value!, axis)) + "\n"
            }
            svg += "</g>\n"
        }
        return svg
    }

    private func xLabels(years: ClosedRange<Int>, x: (Int) -> Double, within days: ClosedRange<Int>) -> String {
        let count = years.count
        let step = count <= 8 ? 1 : count <= 16 ? 2 : count <= 40 ? 5 : 10
        var svg = "<g class=\"chart__x-axis\">\n"
        for year in years where year % step == 0 {
            let day = CivilDate(year: year, month: 1, day: 1)!.daysSinceEpoch
            guard days.contains(day) || years.count == 1 else { continue }
            let position = x(year)
            svg += "<line class=\"chart__tick-mark\" x1=\"\(position.svg)\" y1=\"\(plotBottom.svg)\" x2=\"\(position.svg)\" y2=\"\((plotBottom + 6).svg)\"/>\n"
            svg += "<text class=\"chart__tick\" x=\"\(position.svg)\" y=\"\((plotBottom + 22).svg)\" text-anchor=\"middle\">\(year)</text>\n"
        }
        return svg + "</g>\n"
    }

    private func pointLabels(_ periods: [Period], x: (Period) -> Double) -> String {
        let labelEvery = periods.count <= 8 ? 1 : Int((Double(periods.count) / 8).rounded(.up))
        var svg = "<g class=\"chart__x-axis\">\n"
        for (index, period) in periods.enumerated() where index % labelEvery == 0 {
            let position = x(period)
            svg += "<line class=\"chart__tick-mark\" x1=\"\(position.svg)\" y1=\"\(plotBottom.svg)\" x2=\"\(position.svg)\" y2=\"\((plotBottom + 6).svg)\"/>\n"
            svg += "<text class=\"chart__tick\" x=\"\(position.svg)\" y=\"\((plotBottom + 22).svg)\" text-anchor=\"middle\">\(HTMLText.escape(strings.shortPeriod(period)))</text>\n"
        }
        return svg + "</g>\n"
    }

    // MARK: Bars, one slot per period

    private func bars(_ axis: NiceScale) -> String {
        let periods = Array(Set(series.flatMap(\.points).map(\.period))).sorted()
        guard !periods.isEmpty else { return "" }
        let slot = plotWidth / Double(periods.count)
        let groupWidth = slot * 0.7
        let barWidth = groupWidth / Double(series.count)
        let labelEvery = periods.count <= 12 ? 1 : Int((Double(periods.count) / 12).rounded(.up))
        var svg = "<g class=\"chart__x-axis\">\n"
        for (index, period) in periods.enumerated() where index % labelEvery == 0 {
            let center = Self.left + slot * (Double(index) + 0.5)
            svg += "<text class=\"chart__tick\" x=\"\(center.svg)\" y=\"\((plotBottom + 22).svg)\" text-anchor=\"middle\">\(HTMLText.escape(strings.shortPeriod(period)))</text>\n"
        }
        svg += "</g>\n"
        for (seriesIndex, values) in series.enumerated() {
            svg += "<g class=\"chart__series chart__series--\(seriesIndex + 1)\">\n"
            for (index, period) in periods.enumerated() {
                let x = Self.left + slot * Double(index) + (slot - groupWidth) / 2 + barWidth * Double(seriesIndex)
                guard let point = values.points.first(where: { $0.period == period }), let value = point.value else {
                    // A gap: no bar, and a word where it would be.
                    svg += "<text class=\"chart__gap\" x=\"\((x + barWidth / 2).svg)\" y=\"\((plotBottom - 8).svg)\" text-anchor=\"middle\">\(HTMLText.escape(strings.text("figures.gap")))</text>\n"
                    continue
                }
                let top = y(max(value, 0), axis)
                let bottom = y(min(value, 0), axis)
                svg += "<rect class=\"chart__bar\" x=\"\(x.svg)\" y=\"\(top.svg)\" width=\"\((barWidth - 2).svg)\" height=\"\(max(bottom - top, 0.5).svg)\"/>\n"
                if periods.count * series.count <= 16 {
                    svg += "<text class=\"chart__value\" x=\"\((x + barWidth / 2 - 1).svg)\" y=\"\((top - 6).svg)\" text-anchor=\"middle\">\(FigureFormat.value(value, unit: values.unit))</text>\n"
                }
            }
            svg += "</g>\n"
        }
        return svg
    }
}

/// How one series' line looks: a dash pattern and a marker shape, so lines differ in greyscale.
enum LineStyle: Sendable, CaseIterable {
    case solidCircles, dashedSquares, dottedTriangles

    static let all = allCases

    var dash: String {
        switch self {
        case .solidCircles: return ""
        case .dashedSquares: return " stroke-dasharray=\"8 5\""
        case .dottedTriangles: return " stroke-dasharray=\"2 4\""
        }
    }

    func marker(x: Double, y: Double) -> String {
        switch self {
        case .solidCircles:
            return "<circle class=\"chart__marker\" cx=\"\(x.svg)\" cy=\"\(y.svg)\" r=\"4\"/>"
        case .dashedSquares:
            return "<rect class=\"chart__marker chart__marker--square\" x=\"\((x - 4).svg)\" y=\"\((y - 4).svg)\" width=\"8\" height=\"8\"/>"
        case .dottedTriangles:
            return "<path class=\"chart__marker chart__marker--triangle\" d=\"M\(x.svg) \((y - 5).svg) L\((x + 5).svg) \((y + 4).svg) L\((x - 5).svg) \((y + 4).svg) Z\"/>"
        }
    }
}

/// An axis from a round low to a round high with a handful of round ticks.
struct NiceScale {
    var low: Double
    var high: Double
    var step: Double
    var decimals: Int

    init(minimum: Double, maximum: Double, ticks: Int = 5) {
        let range = max(maximum - minimum, 1e-9)
        let rough = range / Double(ticks)
        var magnitude = 1.0
        while magnitude * 10 <= rough { magnitude *= 10 }
        while magnitude > rough { magnitude /= 10 }
        let candidates = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }
        step = candidates.first { $0 >= rough } ?? magnitude * 10
        low = (minimum / step).rounded(.down) * step
        high = max((maximum / step).rounded(.up) * step, low + step)
        decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2
    }

    var ticks: [Double] {
        stride(from: low, through: high + step / 1000, by: step).map { $0 }
    }
}

extension Double {
    /// A coordinate written the same way on every machine: one decimal, no exponent.
    var svg: String {
        let tenths = Int((self * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
