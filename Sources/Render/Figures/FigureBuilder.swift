import Diagnostics
import Markup
import Compute
import Model

/// The HTML of a chart or table of figures on one page: a title, a one-sentence summary, the
/// chart, the table of every value, the source and a CSV download.
struct FigureBuilder {
    let content: Content
    let assessments: Assessments
    let pagePath: String
    let strings: Strings

    enum Embed: String {
        case chart, table
    }

    /// `chart complaints enquiries` or `table complaints`: the HTML, or why it cannot be made.
    func embed(_ words: [String], ids: inout Set<String>) -> Result<String, FigureResolver.Problem> {
        guard let first = words.first, let embed = Embed(rawValue: first) else {
            return .failure(FigureResolver.Problem(message: "unknown figure block", hint: "write {{ chart series-id }} or {{ table series-id }}"))
        }
        let requested = Array(words.dropFirst())
        guard !requested.isEmpty else {
            return .failure(FigureResolver.Problem(message: "{{ \(first) }} names no series", hint: "write {{ \(first) series-id }}"))
        }
        var series: [SeriesValues] = []
        for id in requested {
            guard let values = assessments.figures.series[id] else {
                return .failure(
                    FigureResolver.Problem(
                        message: "the \(first) names \"\(id)\", which is not a series or metric",
                        hint: NearestName.suggest(for: id, among: assessments.figures.series.keys).map { "did you mean \"\($0)\"?" }
                            ?? "series are the CSV files of data/, metrics are in metrics.yaml",
                        cause: content.failed.figure(id, in: content.figures)))
            }
            series.append(values)
        }
        if series.count > 1, Set(series.map(\.unit.name)).count > 1 || Set(series.map(\.periodKind)).count > 1 {
            return .failure(
                FigureResolver.Problem(
                    message: "the chart mixes series counted differently (\(series.map { "\($0.id): \($0.unit.name) by \($0.periodKind.label)" }.joined(separator: "; ")))",
                    hint: "chart together only series with the same unit and the same kind of period"))
        }
        let anchor = Slug.unique("chart-" + requested.joined(separator: "-"), in: &ids)
        return .success(figure(series, embed: embed, anchor: anchor))
    }

    func figure(_ series: [SeriesValues], embed: Embed, anchor: String) -> String {
        let title = series.map(\.title).joined(separator: " and ")
        let summary = series.map { (series.count > 1 ? "\($0.title): " : "") + SeriesSummary.sentence($0, strings) }.joined(separator: " ")
        var html = "<figure class=\"chart\" id=\"\(anchor)\">\n"
        html += "<figcaption class=\"chart__caption\"><span class=\"chart__title\">\(HTMLText.escape(title))</span> "
        html += "<span class=\"chart__summary\">\(HTMLText.escape(summary))</span></figcaption>\n"
        let kind = series.first?.chart ?? .line
        if embed == .chart, kind != .none {
            html += ChartSVG(series: series, kind: kind, idPrefix: anchor, title: title, summary: summary, strings: strings).render()
        }
        html += table(series, caption: strings.text("figures.table-caption", ["title": title]), anchor: anchor)
        html += sources(series)
        html += "</figure>\n"
        return html
    }

    /// Every period, with each series' value, and the notes on them.
    func table(_ series: [SeriesValues], caption: String, anchor: String, rowAnchors: Bool = false) -> String {
        let periods = Array(Set(series.flatMap(\.points).map(\.period))).sorted()
        var html = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(HTMLText.escape(caption))\" tabindex=\"0\">\n"
        html += "<table class=\"table table--figures\">\n<caption class=\"visually-hidden\">\(HTMLText.escape(caption))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(HTMLText.escape(strings.text("figures.period")))</th>"
        for values in series {
            let heading = series.count == 1 ? FigureFormat.unitHeading(values.unit.name) : "\(values.title) (\(values.unit.name))"
            html += "<th scope=\"col\" class=\"numeric\">\(HTMLText.escape(heading))</th>"
        }
        html += "<th scope=\"col\">\(HTMLText.escape(strings.text("figures.notes")))</th></tr></thead>\n<tbody>\n"
        for period in periods {
            let id = rowAnchors ? " id=\"\(SeriesPaths.anchor(period))\"" : ""
            html += "<tr\(id)><th scope=\"row\">\(HTMLText.escape(strings.period(period)))</th>"
            var notes: [String] = []
            for values in series {
                let point = values.points.first { $0.period == period }
                if let point, let value = point.value {
                    html += "<td class=\"numeric\">\(FigureFormat.value(value, unit: values.unit, approximate: point.approximate, strings))</td>"
                } else if point != nil || values.periodKind != .date {
                    html += "<td class=\"numeric\">\(HTMLText.escape(strings.text("figures.no-figure")))</td>"
                } else {
                    // Dated series are published on their own dates: this one was not measured on this date.
                    html += "<td class=\"numeric\"><span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">\(HTMLText.escape(strings.text("figures.not-on-this-date")))</span></td>"
                }
                if let status = point?.status { notes.append(strings.text("figures.status-\(status.rawValue)")) }
                // A series' own notes, named by its title when the table holds several.
                var own = point?.note.map { [$0] } ?? []
                if values.notWorkedOut.contains(period), let whole = values.derivation?.divisor {
                    own.append(strings.text("figures.not-worked-out", ["whole": whole]))
                }
                notes += own.map { series.count > 1 ? "\(values.title): \($0)" : $0 }
            }
            html += "<td>\(HTMLText.escape(notes.joined(separator: "; ")))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    func sources(_ series: [SeriesValues]) -> String {
        let lines = series.map { values -> String in
            var line = ""
            if let source = values.source {
                let name = HTMLText.escape(source.title)
                line = strings.html("figures.source", html: ["source": source.url.map { "<a href=\"\(HTMLText.escape($0))\">\(name)</a>" } ?? name]) + " "
            } else if let derivation = values.derivation {
                line = HTMLText.escape(strings.text("figures.worked-out-as", ["derivation": strings.derivation(derivation)])) + " "
            }
            let csv = SitePath.relativeURL(from: pagePath, to: SeriesPaths.csv(values.id))
            let page = SitePath.relativeURL(from: pagePath, to: SeriesPaths.page(values.id))
            if SeriesPaths.page(values.id) != pagePath {
                line += "<a href=\"\(page)\">\(HTMLText.escape(strings.text("figures.about-series", ["series": values.title.lowercasedFirst])))</a> · "
            }
            return line + "<a href=\"\(csv)\">\(HTMLText.escape(strings.text("data.download-csv")))</a>"
        }
        if lines.count == 1 { return "<p class=\"chart__source\">\(lines[0])</p>\n" }
        return "<ul class=\"chart__source\">" + lines.map { "<li>\($0)</li>" }.joined() + "</ul>\n"
    }
}

extension String {
    /// For the middle of a sentence: "In progress" becomes "in progress"; an abbreviation
    /// ("NHS review") is left as written.
    var lowercasedFirst: String {
        guard let first, dropFirst().first?.isLowercase ?? true else { return self }
        return first.lowercased() + dropFirst()
    }
}
