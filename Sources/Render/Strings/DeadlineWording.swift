import Model

extension Strings {
    /// How a deadline's words were read, in the site's words: "the end of September 2023".
    func rule(_ rule: DeadlineRule, date: CivilDate) -> String {
        switch rule {
        case .dateGiven:
            return text("deadline-rule.date-given", ["date": longDate(date)])
        case .dateGivenDayFirst:
            return text("deadline-rule.date-given-day-first", ["date": longDate(date)])
        case .endOfMonth:
            return text("deadline-rule.end-of-month", ["month": monthName(date.month), "year": String(date.year)])
        case .endOfYear:
            return text("deadline-rule.end-of-year", ["year": String(date.year)])
        case .endOfSeason(let name, let year, let from, let to):
            return text("deadline-rule.end-of-season", ["season": name, "year": year, "from": monthName(from), "to": monthName(to)])
        case .endOfPart(let label, let year, let from, let to):
            return text("deadline-rule.end-of-part", ["part": label, "year": String(year), "from": monthName(from), "to": monthName(to)])
        case .endOfFinancialPart(let label, let financialYear, let from, let to, let year):
            // "October 2025 to March 2026": a part that runs over the new year names both years.
            return text(
                "deadline-rule.end-of-financial-part",
                [
                    "part": label, "financial-year": financialYear, "from": monthName(from) + (from > to ? " \(year - 1)" : ""),
                    "to": monthName(to), "year": String(year),
                ])
        case .endOfFinancialYear(let written):
            // The year runs from the day after the same day a year before: 1 April to 31 March.
            return text(
                "deadline-rule.end-of-financial-year",
                ["financial-year": written, "from": "1 \(monthName(date.month % 12 + 1))", "to": "\(date.day) \(monthName(date.month))"])
        }
    }

    /// What a deadline that names no day was read as: "no due date (ongoing)".
    func reading(_ reading: DeadlineReading) -> String? {
        switch reading {
        case .due: return nil
        case .ongoing: return text("deadline-rule.ongoing")
        case .recurring(let every): return text("deadline-rule.recurring", ["every": every])
        case .toBeConfirmed: return text("deadline-rule.to-be-confirmed")
        case .complete(let ongoing): return text(ongoing ? "deadline-rule.complete-ongoing" : "deadline-rule.complete")
        }
    }
}
