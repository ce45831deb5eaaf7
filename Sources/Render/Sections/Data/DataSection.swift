import Diagnostics
import Markup
import Compute
import Model

/// Figures: an index, topic pages, a page per series (chart, summary, table, source, CSV),
/// the targets, and every figure as JSON.
enum DataSection: SiteSection {
    static let indexes = ["data": SeriesPaths.index]
    static let menu: (place: Int, index: String, title: String)? = (2, "data", "sections.data")

    static func plan(_ content: Content, assessments: Assessments, strings: Strings) -> SectionPlan {
        let figures = content.figures
        guard !figures.isEmpty else { return SectionPlan() }
        let home = Crumb(title: strings.text("sections.home"), sitePath: "index.html")
        let data = Crumb(title: strings.text("sections.data"), sitePath: SeriesPaths.index)
        var pages = [
            PagePlan(
                sitePath: SeriesPaths.index, title: strings.text("sections.data"), kind: .data, breadcrumbs: [home],
                origin: .generated("the data index"), view: { render in DataViews.index(render: &render) })
        ]
        for topic in figures.topics {
            pages.append(
                PagePlan(
                    sitePath: SeriesPaths.topic(topic.slug), title: topic.title, kind: .dataTopic, breadcrumbs: [home, data],
                    origin: .content(SourceLocation(file: topic.body.displayPath)),
                    view: { render in DataViews.topic(topic, render: &render) }))
        }
        let ids = figures.series.map(\.id) + figures.metrics.map(\.id)
        var files: [FilePlan] = []
        for id in ids {
            pages.append(
                PagePlan(
                    sitePath: SeriesPaths.page(id), title: title(of: id, in: figures), kind: .series, breadcrumbs: [home, data],
                    origin: .generated("the page of the series \(id)"), view: { render in DataViews.series(id, render: &render) }))
            files.append(FilePlan(sitePath: SeriesPaths.csv(id), origin: .generated("the CSV of \(id)"), produce: { SeriesExport.csv(id, $0) }))
        }
        if !figures.targets.isEmpty {
            pages.append(
                PagePlan(
                    sitePath: SeriesPaths.targets, title: strings.text("sections.targets"), kind: .targets, breadcrumbs: [home, data],
                    origin: .generated("the targets page"), view: { render in TargetViews.page(render: &render) }))
        }
        files.append(FilePlan(sitePath: SeriesPaths.json, origin: .generated("the figures JSON"), produce: { SeriesExport.json($0) }))
        return SectionPlan(pages: pages, files: files)
    }

    static func title(of id: String, in figures: FigureContent) -> String {
        figures.series.first { $0.id == id }?.title ?? figures.metrics.first { $0.id == id }?.title ?? id
    }

    static func sitePaths(_ content: Content) -> [String: String] {
        var paths: [String: String] = [:]
        for topic in content.figures.topics { paths[topic.sourcePath] = SeriesPaths.topic(topic.slug) }
        for series in content.figures.series {
            paths[series.sourcePath] = SeriesPaths.page(series.id)
            paths["data/\(series.id).yaml"] = SeriesPaths.page(series.id)
        }
        return paths
    }
}

/// Template values for the data index, topic pages and series pages.
enum DataViews {
    static func index(render: inout PageRender) -> View {
        let environment = render.environment
        let figures = environment.content.figures
        let ids = figures.series.map(\.id) + figures.metrics.map(\.id)
        return [
            "topics": figures.topics.map { topic in
                View(["title": topic.title, "url": render.url(to: SeriesPaths.topic(topic.slug)), "summary": topic.summary])
            },
            "series": ids.compactMap { environment.assessments.figures.series[$0] }.map { seriesItem($0, render: render) },
            "targetsURL": figures.targets.isEmpty ? nil : render.url(to: SeriesPaths.targets),
            "jsonURL": render.url(to: SeriesPaths.json),
        ]
    }

    /// A series in a list: its title, latest value and where to read more.
    static func seriesItem(_ series: SeriesValues, render: PageRender) -> View {
        var item: View = [
            "title": series.title, "url": render.url(to: SeriesPaths.page(series.id)), "id": series.id,
            "summary": SeriesSummary.sentence(series, render.strings),
        ]
        if let latest = series.latest, let value = latest.value {
            item["latest"] = FigureFormat.value(value, unit: series.unit, approximate: latest.approximate, render.strings)
            let strings = render.strings
            item["latestPeriod"] = strings.period(latest.period)
            let provisional = latest.status == .provisional
            if provisional { item["latestProvisional"] = true }
            item["latestAt"] = strings.text(provisional ? "data.at-provisional" : "data.at", ["period": strings.period(latest.period)])
            if let previous = series.previous, let before = previous.value {
                let difference = series.unit.asShown(value) - series.unit.asShown(before)
                let values = [
                    "difference": FigureFormat.about(
                        FigureFormat.difference(difference, unit: series.unit, strings), if: latest.approximate || previous.approximate, strings),
                    "value": FigureFormat.value(before, unit: series.unit, approximate: previous.approximate, strings),
                    "period": strings.period(previous.period),
                ]
                item["change"] = strings.text(difference == 0 ? "data.no-change" : difference > 0 ? "data.up" : "data.down", values)
            }
        }
        if let measure = series.measure { item["measure"] = measure }
        return item
    }

    static func topic(_ topic: DataTopic, render: inout PageRender) -> View {
        View(["summary": topic.summary, "content": render.html(topic.body)])
    }

    static func series(_ id: String, render: inout PageRender) -> View {
        let environment = render.environment
        guard let series = environment.assessments.figures.series[id] else { return [:] }
        let builder = FigureBuilder(content: environment.content, assessments: environment.assessments, pagePath: render.sitePath, strings: render.strings)
        var view = seriesItem(series, render: render)
        view["title"] = nil  // the page's title is the shared one
        let title = series.title
        let summary = SeriesSummary.sentence(series, render.strings)
        if series.chart != .none {
            render.ids.insert("chart")
            view["chart"] = ChartSVG(series: [series], kind: series.chart, idPrefix: "chart", title: title, summary: summary, strings: render.strings).render()
        }
        render.ids.formUnion(series.points.map { SeriesPaths.anchor($0.period) })
        view["table"] = builder.table([series], caption: render.strings.text("data.every-figure-of", ["title": title]), anchor: "figures", rowAnchors: true)
        view["sources"] = builder.sources([series])
        view["unit"] = series.unit.name
        view["period"] = render.strings.text("data.period-\(series.periodKind.rawValue)")
        if let derivation = series.derivation {
            view["derivation"] = render.strings.derivation(derivation)
            view["inputs"] = series.inputs.compactMap { environment.assessments.figures.series[$0] }.map {
                ["title": $0.title, "url": render.url(to: SeriesPaths.page($0.id))]
            }
        }
        if let source = series.source {
            view["source"] = View(["title": source.title, "url": source.url])
        }
        if let notes = series.notes { view["notes"] = render.html(notes) }
        view["csvURL"] = render.url(to: SeriesPaths.csv(series.id))
        let gaps = series.gaps
        var gapWords: [String] = []
        if !gaps.isEmpty {
            gapWords.append(render.strings.text("data.gaps", ["periods": render.strings.listed(gaps.map { render.strings.period($0) })]))
        }
        if !series.notWorkedOut.isEmpty, let whole = series.derivation?.divisor {
            let periods = render.strings.listed(series.notWorkedOut.sorted().map { render.strings.period($0) })
            gapWords.append(render.strings.text("data.not-worked-out", ["periods": periods, "whole": whole]))
        }
        if !gapWords.isEmpty { view["gaps"] = gapWords.joined(separator: " ") }
        return view
    }
}
