import Compute
import Model

/// Every series and metric as CSV (one file each) and as JSON (one file for all).
enum SeriesExport {
    static func csv(_ id: String, _ environment: SiteEnvironment) -> [UInt8] {
        guard let series = environment.assessments.figures.series[id] else { return [] }
        let rows = series.points.map { point in
            [
                point.period.key, point.period.start.iso, point.period.end.iso, environment.strings.period(point.period),
                point.value.map { FigureFormat.number($0, decimals: series.unit.decimals).replacingOccurrences(",", "").replacingOccurrences("\u{2212}", "-") } ?? "",
                point.approximate ? "yes" : "", point.status?.rawValue ?? "", point.note ?? "",
            ]
        }
        return CSVTable(header: ["period", "start", "end", "label", "value", "approximate", "status", "note"], rows: rows).encoded()
    }

    struct Point: Encodable {
        var period: String
        var start: String
        var end: String
        var value: Double?
        var approximate: Bool
        var status: String?
        var note: String?
    }

    struct Series: Encodable {
        var id: String
        var title: String
        var measure: String?
        var unit: String
        var period: String
        var source: String?
        var sourceUrl: String?
        var derivation: String?
        var summary: String
        var points: [Point]
    }

    struct TargetRecord: Encodable {
        var id: String
        var title: String
        var status: String
        var goal: Double
        var goalBy: String?
        var latest: Double?
        var latestDate: String?
    }

    struct Document: Encodable {
        var asOf: String
        var generator = "Tally"
        var series: [Series]
        var targets: [TargetRecord]
    }

    static func json(_ environment: SiteEnvironment) -> [UInt8] {
        let figures = environment.content.figures
        let ids = figures.series.map(\.id) + figures.metrics.map(\.id)
        let series = ids.compactMap { environment.assessments.figures.series[$0] }.map { values in
            Series(
                id: values.id, title: values.title, measure: values.measure, unit: values.unit.name,
                period: values.periodKind.rawValue, source: values.source?.title, sourceUrl: values.source?.url,
                derivation: values.derivation.map(environment.strings.derivation), summary: SeriesSummary.sentence(values, environment.strings),
                points: values.points.map {
                    Point(period: $0.period.key, start: $0.period.start.iso, end: $0.period.end.iso, value: $0.value,
                        approximate: $0.approximate, status: $0.status?.rawValue, note: $0.note)
                })
        }
        let targets = environment.assessments.figures.assessed(figures.targets).map { target, assessment in
            TargetRecord(
                id: target.id, title: target.title, status: assessment.status.rawValue, goal: assessment.goal.value,
                goalBy: assessment.goal.deadline?.text, latest: assessment.latest?.value, latestDate: assessment.latest?.date.iso)
        }
        return JSONExport.encode(Document(asOf: environment.asOf.iso, series: series, targets: targets))
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        components(separatedBy: target).joined(separator: replacement)
    }
}

import Foundation
