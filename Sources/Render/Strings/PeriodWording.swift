import Compute
import Model

extension Strings {
    /// A period as tables and sentences name it, in the site's words for months and dates:
    /// `31 March 2025`, `June 2024`, `April to June 2024`, `2024`, `2024/25`.
    func period(_ period: Period) -> String {
        switch period.kind {
        case .date: return longDate(period.end)
        case .month: return text("date.month", ["month": monthName(period.end.month), "year": String(period.end.year)])
        case .quarter:
            return text("date.quarter", [
                "from": monthName(period.start.month), "to": monthName(period.end.month), "year": String(period.end.year),
            ])
        case .calendarYear, .financialYear: return period.key
        }
    }

    /// A period under a chart's axis, where room is short: `Jun 2024`... as the strings say
    /// (`2024 Q2` for a quarter), a year as it is written.
    func shortPeriod(_ period: Period) -> String {
        switch period.kind {
        case .date, .month: return text("date.month", ["month": monthName(period.end.month), "year": String(period.end.year)])
        case .quarter: return text("date.quarter-short", ["number": String(period.end.month / 3), "year": String(period.end.year)])
        case .calendarYear, .financialYear: return period.key
        }
    }
}

extension Strings {
    /// How a metric is worked out, in the site's words: "the sum of A and B".
    func derivation(_ derivation: Derivation) -> String {
        switch derivation {
        case .sum(let titles): return text("figures.sum", ["series": listed(titles)])
        case .share(let part, let whole): return text("figures.share", ["part": part, "whole": whole])
        case .rate(let count, let base, let per): return text("figures.rate", ["count": count, "base": base, "per": FigureFormat.grouped(per)])
        }
    }
}
