import Diagnostics
import Model
import Testing

func series(_ csv: String, metadata: String? = "title: Test series\nunit: people\nperiod: date\n", id: String = "s") -> [String: String] {
    var files = ["data/\(id).csv": csv]
    if let metadata { files["data/\(id).yaml"] = metadata }
    return files
}

@Suite struct PeriodTests {
    @Test(arguments: [
        (PeriodKind.date, "2025-03-31", "2025-03-31", "2025-03-31", "31 March 2025"),
        (.month, "2024-06", "2024-06-01", "2024-06-30", "June 2024"),
        (.quarter, "2024-Q2", "2024-04-01", "2024-06-30", "April to June 2024"),
        (.calendarYear, "2024", "2024-01-01", "2024-12-31", "2024"),
        (.financialYear, "2024/25", "2024-04-01", "2025-03-31", "2024/25"),
    ])
    func readsEachKindOfPeriod(kind: PeriodKind, text: String, start: String, end: String, label: String) throws {
        let period = try #require(Period.parse(text, as: kind))
        #expect(period.start.iso == start)
        #expect(period.end.iso == end)
        #expect(period.label == label)
        #expect(period.key == text)
    }

    @Test func regularPeriodsFollowEachOther() {
        #expect(Period.parse("2024-Q4", as: .quarter)?.next?.key == "2025-Q1")
        #expect(Period.parse("2023/24", as: .financialYear)?.next?.key == "2024/25")
        #expect(Period.parse("2024-12", as: .month)?.next?.key == "2025-01")
        #expect(Period.parse("2025-03-31", as: .date)?.next == nil)
    }

    @Test(arguments: [(PeriodKind.date, "2025-02-30"), (.quarter, "2024-Q5"), (.financialYear, "2024/26"), (.calendarYear, "24")])
    func rejectsPeriodsThatDoNotExist(kind: PeriodKind, text: String) {
        #expect(Period.parse(text, as: kind) == nil)
    }
}

@Suite struct SeriesParsingTests {
    /// "Q1 2025/26" in a series of quarters was refused with the form alone: the hint now says
    /// which calendar quarter it is, since a financial Q1 is not the calendar's 2025-Q1.
    @Test(arguments: [
        ("quarter", "Q1 2025/26", "\"Q1 2025/26\" is the period ending 30 June 2025: write 2025-Q2"),
        ("month", "March 2025", "\"March 2025\" is the period ending 31 March 2025: write 2025-03"),
        ("date", "31/03/2025", "\"31/03/2025\" is the day 31 March 2025: write 2025-03-31"),
        ("financial-year", "FY 2024/25", "\"FY 2024/25\" is the period ending 31 March 2025: write 2024/25"),
        ("quarter", "Spring 2025", "the metadata says the values are for a quarter (period: quarter); write each period as 2024-Q2"),
    ])
    func aPeriodWrittenAnotherWayGetsItsFormInTheHint(kind: String, written: String, hint: String) {
        let parsed = parse(series("period,value\n\(written),5\n", metadata: "title: T\nunit: people\nperiod: \(kind)\n"))
        #expect(parsed.diagnostics.errors.first?.hint == hint)
    }


    @Test func readsValuesGapsNotesAndFlags() throws {
        let parsed = parse(series("period,value,note,status,approximate\n2024-12-31,\"1,045\",From HL5974,revised,\n2025-03-31,,,,\n2023-12-31,600,,,yes\n"))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let values = try #require(parsed.content.figures.series.first)
        #expect(values.points.map(\.period.key) == ["2023-12-31", "2024-12-31", "2025-03-31"], "sorted by period")
        #expect(values.points.map(\.value) == [600, 1045, nil], "an empty value is a gap, not zero")
        #expect(values.points[0].approximate)
        #expect(values.points[1].note == "From HL5974")
        #expect(values.points[1].status == .revised)
    }

    /// "approx" was taken as no: a value the source gave as about 600 was published as 600.
    /// "Provisional" or "About 600" in the note only: the headline figures and prose, which do
    /// not show notes, gave the value as final and exact; a forecast is no count at all.
    @Test func aNoteThatSaysWhatTheColumnsDoNotIsAnError() {
        let parsed = parse(series(
            "period,value,note,status,approximate\n2025-01-31,10,Provisional,,\n2025-02-28,11,Provisional,provisional,\n2025-03-31,12,About 12 (rounded),,\n2025-04-30,13,Forecast from the March figures,,\n2025-05-31,14,Counted around the county,,\n2025-06-30,,Provisional figures not yet published,,\n2025-07-31,15,Around 15; approximately,,\n2025-08-31,16,Dros dro,,\n2025-09-30,17,Tua 17,,\n"))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the note says the value is provisional, but it is not marked provisional, so it would be shown as final wherever the note is not",
            "the note says \"about\", but the value is not marked approximate, so it would be shown as exact",
            "the note says \"forecast\", but a series holds figures that were counted",
            "the note says \"around\", but the value is not marked approximate, so it would be shown as exact",
            "the note says the value is provisional, but it is not marked provisional, so it would be shown as final wherever the note is not",
            "the note says \"tua\", but the value is not marked approximate, so it would be shown as exact",
        ])
        #expect(parsed.diagnostics.errors.first?.location?.line == 2)
    }

    /// `decimal_places: 1` was ignored with a warning: 83.5 was published as 84.
    @Test func anotherNameForAFieldOfTheMetadataIsAnError() {
        let parsed = parse(series("period,value\n2025-01-31,83.5\n", metadata: "title: T\nunit: percent\nperiod: date\ndecimal_places: 1\n"))
        #expect(parsed.diagnostics.errors.map(\.message) == ["\"decimal_places\" is not a field: the field for it is \"decimals\""])
        #expect(parsed.diagnostics.errors.first?.location == SourceLocation(file: "Content/data/s.yaml", line: 4, column: 1))
    }

    /// An "approx" or "provisional" column, or a target reading's `estimated: yes`, was ignored
    /// with a warning: its values were published as exact and final.
    @Test func aColumnThatMarksValuesUnderAnotherNameIsAnError() {
        let parsed = parse(series("period,value,approx,provisional\n2025-01-31,600,yes,yes\n"))
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the column \"approx\" is not read: the column for it is \"approximate\"",
            "the column \"provisional\" is not read: the column for it is \"status\"",
        ])
        #expect(parsed.diagnostics.errors.map { $0.location?.column } == [14, 21])
        let reading = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: Calls answered\n    unit: percent\n    direction: increase\n    steps:\n      - value: 90\n    readings:\n      - date: 2025-05-31\n        value: 83\n        estimated: yes\n        status: provisional\n"
        ])
        #expect(reading.diagnostics.errors.map(\.message) == [
            "\"estimated\" is not a field in reading 1 of target 1: the field for it is \"approximate\"",
            "\"status\" is not a field in reading 1 of target 1: the field for it is \"provisional\"",
        ])
        #expect(reading.diagnostics.errors.map(\.hint) == [
            "write approximate: yes when the source says about or around", "write provisional: yes for a value that may still change",
        ])
    }

    @Test func aTargetReadingsNoteIsHeldToItsMarksToo() {
        let reading = { (marks: String) in
            ["targets.yaml": "targets:\n  - id: t\n    title: Calls answered\n    unit: percent\n    direction: increase\n    steps:\n      - value: 90\n    readings:\n      - date: 2025-05-31\n        value: 83\n\(marks)        note: Provisional\n"]
        }
        #expect(parse(reading("")).diagnostics.errors.map(\.hint) == ["add provisional: yes to the reading"])
        let marked = parse(reading("        provisional: yes\n"))
        #expect(marked.diagnostics.errors.isEmpty, "\(marked.diagnostics.items)")
        #expect(marked.content.figures.targets.first?.readings.first?.provisional == true)
    }

    @Test func anApproximateMarkThatIsNotYesOrNoIsAnError() {
        let parsed = parse(series("period,value,approximate\n2024-12-31,600,approx\n2025-03-31,610,yes\n"))
        #expect(parsed.diagnostics.errors.map(\.message) == ["\"approx\" does not say whether the value is approximate"])
        #expect(parsed.diagnostics.errors.first?.location == SourceLocation(file: "Content/data/s.csv", line: 2, column: 16))
    }

    @Test func aNegativeWrittenWithATrueMinusSignIsRead() throws {
        let parsed = parse(series("period,value\n2024-12-31,\u{2212}3.5\n2025-03-31,-2\n"))
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        #expect(try #require(parsed.content.figures.series.first).points.map(\.value) == [-3.5, -2])
    }

    @Test func aNonNumericCellIsAnErrorAtItsLineAndColumn() {
        let parsed = parse(series("period,value\n2024-12-31,1045\n2025-03-31,about 1000\n"))
        let problem = parsed.diagnostic(containing: "is not a number")
        #expect(problem?.message == "\"about 1000\" is not a number")
        #expect(problem?.location == SourceLocation(file: "Content/data/s.csv", line: 3, column: 12))
        #expect(problem?.hint?.contains("leave it empty") == true)
    }

    /// "2025-03-31,5,7": 5.7 written with a decimal comma. The cell after the columns the first
    /// line names was dropped, and 5 was published.
    @Test func aRowWithMoreCellsThanTheFirstLineNamesIsAnError() throws {
        let parsed = parse(series("period,value\n2024-12-31,4.2\n2025-03-31,5,7\n2025-06-30,6,,\n"))
        let problem = parsed.diagnostic(containing: "cells")
        #expect(problem?.message == "this row has 3 cells, but the first line names 2 columns")
        #expect(problem?.location == SourceLocation(file: "Content/data/s.csv", line: 3, column: 14))
        #expect(problem?.hint?.contains("(\"5,7\")") == true)
        #expect(parsed.diagnostics.items.count == 1, "empty cells after the last column are only a spreadsheet's trailing commas")
    }

    /// "2025-11,3,725,,": 3,725 unquoted, in a file with a note column. The row's cells still
    /// fitted the first line (the last two empty), so 3 was published, with "725" as its note.
    @Test func aNumberSplitByItsCommaIntoTheNoteIsAnError() throws {
        let parsed = parse(series("period,value,note,status\n2025-10-31,3980,,\n2025-11-30,3,725,,\n2025-12-31,5,7,\n"))
        let split = parsed.diagnostics.items.filter { $0.message.contains("split by the comma") }
        #expect(split.map(\.message) == [
            "the value \"3\" is followed by \"725\" in the next cell: is it 3,725, split by the comma into two cells?",
            "the value \"5\" is followed by \"7\" in the next cell: is it 5,7, split by the comma into two cells?",
        ])
        #expect(split.first?.location == SourceLocation(file: "Content/data/s.csv", line: 3, column: 12))
        #expect(split.first?.hint?.contains("(\"3,725\")") == true)
        #expect(parsed.diagnostics.items.count == 2)
        // A note in words, and a value quoted whole, are read.
        let fine = parse(series("period,value,note\n2025-10-31,3,725 were counted by hand\n2025-11-30,\"3,725\",Table 2\n"))
        #expect(fine.diagnostics.isEmpty, "\(fine.diagnostics.items)")
    }

    /// `45%` in a series of people: 45 people, or 45% of them? The % was dropped in silence.
    @Test func aPercentageWhereWhatIsCountedIsNotAPercentageIsAnError() throws {
        let people = parse(series("period,value\n2024-12-31,1045\n2025-03-31,45%\n"))
        let problem = people.diagnostic(containing: "is a percentage")
        #expect(problem?.message == "\"45%\" is a percentage, but what is counted is people")
        #expect(problem?.location == SourceLocation(file: "Content/data/s.csv", line: 3, column: 12))
        #expect(problem?.hint?.contains("unit: percent") == true)
        let percent = parse(series("period,value\n2025-03-31,45%\n", metadata: "title: Share\nunit: percent\nperiod: date\n"))
        #expect(percent.diagnostics.isEmpty, "\(percent.diagnostics.items)")
        #expect(try #require(percent.content.figures.series.first).points.first?.value == 45)
    }

    /// £5.2m in a series with no decimals: was shown as "5", a rounding nobody chose.
    @Test func withoutDecimalsValuesAreShownAsWritten() throws {
        let money = "title: Budget\nunit: £ million\nperiod: calendar-year\n"
        let written = parse(series("period,value\n2024,5.2\n2025,6.15\n", metadata: money))
        #expect(try #require(written.content.figures.series.first).unit.decimals == 2)
        let chosen = parse(series("period,value\n2024,5.2\n2025,6.15\n", metadata: money + "decimals: 0\n"))
        #expect(try #require(chosen.content.figures.series.first).unit.decimals == 0)
        let whole = parse(series("period,value\n2024,5\n2025,6\n", metadata: "title: Share\nunit: percent\nperiod: calendar-year\n"))
        #expect(try #require(whole.content.figures.series.first).unit.decimals == 1, "a percentage keeps its one decimal")
    }

    /// 0.96 between 95 and 97 in a series of percentages, pasted from a cell formatted as a
    /// fraction, was published as 0.96%.
    @Test func aPercentageWrittenAsAFractionAmongOthersInPerCentIsAnError() {
        let metadata = "title: Share\nunit: percent\nperiod: calendar-year\n"
        let pasted = parse(series("period,value\n2022,94\n2023,0.96\n2024,97\n", metadata: metadata))
        #expect(pasted.diagnostics.errors.map(\.message) == [
            "0.96 is a share of 1% or less, where every other value of the series is 50% or more: is it 96% written as a fraction?"
        ])
        #expect(pasted.diagnostics.errors.first?.location?.line == 3)
        // A share that grew from under 1%, and one made only of small shares, are as written.
        #expect(parse(series("period,value\n2022,0.5\n2023,12\n2024,45\n", metadata: metadata)).diagnostics.isEmpty)
        #expect(parse(series("period,value\n2022,0.5\n2023,0.7\n2024,0.9\n", metadata: metadata)).diagnostics.isEmpty)
    }

    /// `1.234` in a series of people shown without decimals: 1,234 written with a dot between its
    /// thousands, as much of Europe writes it, was published as "1".
    @Test func aDotBeforeThreeDigitsInFiguresShownWithFewerDecimalsIsAnError() throws {
        let people = parse(series("period,value\n2024-12-31,1.234\n2025-03-31,12.500\n"))
        #expect(people.diagnostics.errors.map(\.message) == [
            "\"1.234\" could be 1234 written with a dot between its thousands, or 1.234 (shown with 0 decimals)",
            "\"12.500\" could be 12500 written with a dot between its thousands, or 12.500 (shown with 0 decimals)",
        ])
        #expect(people.diagnostics.errors.first?.location == SourceLocation(file: "Content/data/s.csv", line: 2, column: 12))
        #expect(people.diagnostics.errors.first?.hint == "write 1234 (or 1,234) for 1234; for 1.234, set decimals: 3 in the metadata")
        let unambiguous = parse(series("period,value\n2024-12-31,0.125\n2025-03-31,1.5\n2025-06-30,\"1,234.567\"\n"))
        #expect(unambiguous.diagnostics.isEmpty, "\(unambiguous.diagnostics.items)")
        let threeDecimals = parse(series("period,value\n2024-12-31,1.234\n", metadata: "title: T\nunit: tonnes\ndecimals: 3\nperiod: date\n"))
        #expect(threeDecimals.diagnostics.isEmpty, "\(threeDecimals.diagnostics.items)")
        #expect(try #require(threeDecimals.content.figures.series.first).points.first?.value == 1.234)
        let target = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    unit: homes\n    steps:\n      - value: 2.500\n"
        ])
        #expect(target.diagnostics.errors.map(\.message) == [
            "\"2.500\" could be 2500 written with a dot between its thousands, or 2.500 (shown with 0 decimals)"
        ])
    }

    /// A German or French site's "1,234" is one point two three four; an English one's, one
    /// thousand two hundred and thirty-four. On a site whose language writes decimals after a
    /// comma it is refused; "0,125" (a decimal comma on any site) was read as 125.
    @Test func aCommaBeforeThreeDigitsIsRefusedWhereTheSitesLanguageWritesDecimalCommas() throws {
        let german = parse(series("period,value\n2024-12-31,\"1,234\"\n2025-03-31,1.5\n2025-06-30,1234\n"), siteYAML: "title: T\nlanguage: de\n")
        #expect(german.diagnostics.errors.map(\.message) == [
            "\"1,234\" could be 1234 (a comma between thousands, as Tally reads numbers) or 1.234 (a decimal comma, as the site's language writes them)"
        ])
        #expect(german.diagnostics.errors.first?.hint == "write 1234 (no separator) or 1.234 (a point before the decimals), whichever it is")
        let british = parse(series("period,value\n2024-12-31,\"1,234\"\n"), siteYAML: "title: T\nlanguage: en-GB\n")
        #expect(british.diagnostics.isEmpty, "\(british.diagnostics.items)")
        #expect(try #require(british.content.figures.series.first).points.first?.value == 1234)
        let leadingZero = parse(series("period,value\n2024-12-31,\"0,125\"\n"))
        #expect(leadingZero.diagnostics.errors.map(\.message) == ["\"0,125\" is not a number"])
        // 12,345.6 as much of Europe writes it was read as 12.3456.
        let dotsThenComma = parse(series("period,value\n2024-12-31,\"12.345,6\"\n2025-03-31,\"1.234.567,8\"\n2025-06-30,\"12,345.6\"\n"))
        #expect(dotsThenComma.diagnostics.errors.map(\.message) == ["\"12.345,6\" is not a number", "\"1.234.567,8\" is not a number"])
        let target = parse(
            ["targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    unit: homes\n    steps:\n      - value: 2,500\n"],
            siteYAML: "title: T\nlanguage: fr\n")
        #expect(target.diagnostics.errors.first?.message.hasPrefix("\"2,500\" could be 2500") == true)
        func decimalComma(_ language: String) -> Bool { SiteConfig(title: "T", language: language).writesDecimalComma }
        #expect(["de", "fr", "es", "nl", "pt-BR", "en-ZA", "fr-CA"].allSatisfy(decimalComma))
        #expect(!["en-GB", "en", "cy", "en-US", "de-CH", "es-MX"].contains(where: decimalComma))
    }

    @Test func aDuplicatePeriodIsAnError() {
        let parsed = parse(series("period,value\n2024-12-31,1045\n2024-12-31,1046\n"))
        let problem = parsed.diagnostic(containing: "given twice")
        #expect(problem?.message == "the period 2024-12-31 is given twice (first on line 2)")
        #expect(problem?.location?.line == 3)
    }

    @Test func aDateThatIsNotADateIsAnError() {
        let parsed = parse(series("period,value\n31/12/2024,1045\n"))
        let problem = parsed.diagnostic(containing: "is not a date")
        #expect(problem?.message == "\"31/12/2024\" is not a date in the form 2025-03-31")
        #expect(problem?.location == SourceLocation(file: "Content/data/s.csv", line: 2, column: 1))
    }

    @Test func aSeriesWithoutMetadataIsAnError() {
        let parsed = parse(series("period,value\n2024-12-31,1045\n", metadata: nil))
        let problem = parsed.diagnostic(containing: "has no metadata")
        #expect(problem?.location?.file == "Content/data/s.csv")
        #expect(problem?.hint?.contains("data/s.yaml") == true)
    }

    @Test func metadataNeedsAKindOfPeriodFromTheList() {
        let parsed = parse(series("period,value\n", metadata: "title: T\nperiod: yearly\n"))
        #expect(parsed.diagnostic(containing: "\"yearly\" is not a valid value for \"period\"")?.hint?.contains("calendar-year") == true)
    }

    @Test func aMetricNamingAnUnknownSeriesIsAnError() {
        var files = series("period,value\n2024-12-31,1\n", id: "recalled")
        files["metrics.yaml"] = "metrics:\n  - id: total\n    title: Total\n    sum: [recalled, unrelesed]\n"
        let problem = parse(files).diagnostic(containing: "which is not a series or metric")
        #expect(problem?.message == "the metric total uses \"unrelesed\", which is not a series or metric")
        #expect(problem?.location == SourceLocation(file: "Content/metrics.yaml", line: 2, column: 5))
    }

    @Test func targetsAreReadWithStepsAndReadings() throws {
        let parsed = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    unit: percent\n    steps:\n      - value: 90\n        by: December 2025\n      - value: 95\n        by: July 2026\n    readings:\n      - date: 2025-05-31\n        value: 83\n        approximate: true\n"
        ])
        #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.items)")
        let target = try #require(parsed.content.figures.targets.first)
        #expect(target.steps.map(\.value) == [90, 95])
        #expect(target.steps.first?.deadline?.reading.dueDate == CivilDate(iso: "2025-12-31"))
        #expect(target.readings.first?.approximate == true)
    }

    @Test func whatIsCountedIsNeverAssumed() throws {
        let missing = parse([
            "data/emissions.csv": "period,value\n2024/25,38100\n", "data/emissions.yaml": "title: Emissions\nperiod: financial-year\n",
            "metrics.yaml": "metrics:\n  - id: both\n    title: Both\n    sum: [emissions, emissions]\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    steps:\n      - value: 90\n",
        ])
        #expect(missing.diagnostics.errors.map(\.message).filter { $0.contains("\"unit\"") } == [
            "missing required field \"unit\"", "missing required field \"unit\" of metric 1", "missing required field \"unit\" of target 1",
        ], "\(missing.diagnostics.items)")

        // A share is a percentage; a target that reads a series counts what the series counts.
        let given = parse([
            "data/homes.csv": "period,value\n2025-06,95\n", "data/homes.yaml": "title: Homes\nunit: homes\nperiod: month\n",
            "metrics.yaml": "metrics:\n  - id: half\n    title: Half\n    share:\n      part: homes\n      of: homes\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    series: homes\n    steps:\n      - value: 90\n",
        ])
        #expect(given.diagnostics.errors.isEmpty, "\(given.diagnostics.items)")
        #expect(given.content.figures.metrics.first?.unit.name == "percent")
        #expect(given.content.figures.targets.first?.unit.name == "homes")

        let disagreeing = parse([
            "data/homes.csv": "period,value\n2025-06,95\n", "data/homes.yaml": "title: Homes\nunit: homes\nperiod: month\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    unit: percent\n    series: homes\n    steps:\n      - value: 90\n",
        ])
        #expect(disagreeing.diagnostics.errors.map(\.message) == ["the target t counts percent, but the series homes it reads counts homes"])
        let percent = parse([
            "data/share.csv": "period,value\n2025-06,45\n", "data/share.yaml": "title: Share\nunit: percent\nperiod: month\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    unit: \"%\"\n    series: share\n    steps:\n      - value: 90\n",
        ])
        #expect(percent.diagnostics.errors.isEmpty, "a percentage written either way is the same unit")
    }

    @Test func aTargetsValueWrittenAsAPercentageMustCountPercentages() {
        let typed = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    unit: homes\n    steps:\n      - value: 90%\n    readings:\n      - date: 2025-05-31\n        value: 83%\n"
        ])
        #expect(typed.diagnostics.errors.map(\.message) == [
            "\"90%\" is a percentage, but what is counted is homes", "\"83%\" is a percentage, but what is counted is homes",
        ])
        #expect(typed.diagnostics.errors.map { $0.location?.line } == [7, 10])
        let fromSeries = parse([
            "data/homes.csv": "period,value\n2025-06,95\n", "data/homes.yaml": "title: Homes\nunit: homes\nperiod: month\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    series: homes\n    steps:\n      - value: 90%\n",
        ])
        let problem = fromSeries.diagnostic(containing: "is a percentage")
        #expect(problem?.message == "a value of the target t is a percentage, but the series homes it reads counts homes")
        #expect(problem?.location == SourceLocation(file: "Content/targets.yaml", line: 7, column: 16))
        let share = parse([
            "data/share.csv": "period,value\n2025-06,45\n", "data/share.yaml": "title: Share\nunit: percent\nperiod: month\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    series: share\n    steps:\n      - value: 90%\n",
        ])
        #expect(share.diagnostics.errors.isEmpty, "\(share.diagnostics.items)")
    }

    /// Summed, homes and people gave a number of nothing; a share of homes in people, a percentage of nothing.
    @Test func aSumOrShareOfFiguresCountedInDifferentUnitsIsAnError() {
        let inputs = [
            "data/homes.csv": "period,value\n2025-06,95\n", "data/homes.yaml": "title: Homes\nunit: homes\nperiod: month\n",
            "data/tenants.csv": "period,value\n2025-06,300\n", "data/tenants.yaml": "title: Tenants\nunit: people\nperiod: month\n",
        ]
        let parsed = parse(inputs.merging([
            "metrics.yaml": "metrics:\n  - id: all\n    title: All\n    unit: homes\n    sum: [homes, tenants]\n  - id: part\n    title: Part\n    share:\n      part: homes\n      of: tenants\n  - id: per\n    title: Per\n    unit: homes per 1,000 people\n    rate:\n      count: homes\n      per: 1000\n      of: tenants\n"
        ]) { first, _ in first })
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the metric all counts homes, but adds series counted otherwise (homes counts homes, tenants counts people)",
            "the metric part is a share of series counted in different units (homes counts homes, tenants counts people)",
        ])
    }

    /// Two goals for one day: the status was worked out against whichever was listed first.
    @Test func twoStepsWithDifferentGoalsForOneDayAreAnError() {
        let parsed = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    unit: percent\n    direction: increase\n    steps:\n      - value: 90\n        by: December 2025\n      - value: 95\n        by: 31/12/2025\n      - value: 97.5\n      - value: 99\n"
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "two steps of the target give different goals for 31 December 2025 (90 and 95)",
            "two steps of the target give different goals at all times (97.5 and 99)",
        ])
    }

    /// "Fewer than 3,000 waiting by March 2026" over a step due at the end of 2026: the headline
    /// said one day and the status was worked out for another.
    @Test func aTitleOrGoalThatGivesADayNeedsAStepDueThatDay() {
        func target(_ id: String, title: String, goal: String? = nil, by: String?) -> String {
            "  - id: \(id)\n    title: \(title)\n" + (goal.map { "    goal: \($0)\n" } ?? "")
                + "    unit: people\n    direction: decrease\n    steps:\n      - value: 3000\n" + (by.map { "        by: \($0)\n" } ?? "")
        }
        let parsed = parse([
            "targets.yaml": "targets:\n"
                + target("a", title: "Fewer than 3000 waiting by March 2026", by: "end of 2026")
                + target("b", title: "Fewer than 3000 waiting by March 2026", by: "TBC")
                + target("c", title: "Fewer than 3000 waiting", goal: "Fewer than 3000 waiting by 30 June 2026.", by: "Q4 2025/26")
                + target("d", title: "Fewer than 3000 waiting by March 2026", by: "Q4 2025/26")
                + target("e", title: "Fewer than 3000 waiting by March 2026", by: "2026-03-24")
                + target("f", title: "Fewer than 3000 waiting by March 2026", by: "{text: end of 2026, due: 2026-03-31}")
                + target("g", title: "Fewer than 3000 waiting", by: "end of 2026")
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the target's title gives 31 March 2026, but no step of it is due then (31 December 2026)",
            "the target's title gives 31 March 2026, but no step of it has a date",
            "the target's goal gives 30 June 2026, but no step of it is due then (31 March 2026)",
        ])
        // At the first target's steps:.
        #expect(parsed.diagnostics.errors.first?.location?.line == 6)
    }

    /// "Fewer than 3,000 waiting" over direction: increase was "met" by 3,490; "Reduce waits by 500"
    /// over value: 500 was a goal of 500 waiting; "No more than 3,000" over value: 300 a goal the
    /// headline never gave; "between 85% and 92%" over value: 92 judged 88% short of it. Words that
    /// qualify what is counted ("waiting over 52 weeks", "tenants over 60", "aged between 18 and
    /// 65") say nothing of the goal.
    @Test func aTargetsWordsMustAgreeWithItsDirectionAndItsGoal() {
        func target(_ id: String, title: String, goal: String? = nil, direction: String, value: String, unit: String = "people") -> String {
            "  - id: \(id)\n    title: \"\(title)\"\n" + (goal.map { "    goal: \"\($0)\"\n" } ?? "")
                + "    unit: \(unit)\n    direction: \(direction)\n    steps:\n      - value: \(value)\n"
        }
        let parsed = parse([
            "targets.yaml": "targets:\n"
                + target("a", title: "Fewer than 3,000 people waiting over 52 weeks", direction: "increase", value: "3000")
                + target("b", title: "Waits", goal: "Reduce long waits to 3,000", direction: "increase", value: "3000")
                + target("c", title: "At least 90% seen within 4 hours", direction: "decrease", value: "90", unit: "percent")
                + target("d", title: "Long waits: 3,000 or fewer", direction: "increase", value: "3000")
                + target("e", title: "Llai na 3,000 yn aros", direction: "increase", value: "3000")
                + target("f", title: "Reduce long waits by 500", direction: "decrease", value: "500")
                + target("g", title: "No more than 3,000 waiting", direction: "decrease", value: "300")
                + target("g2", title: "Vacancies not exceeding 5%", direction: "increase", value: "5", unit: "percent")
                // A range, where a goal is one value: 88% is inside it, and short of 92.
                + target("g3", title: "Bed occupancy between 85% and 92%", direction: "decrease", value: "92", unit: "percent")
                + target("g4", title: "Handovers within 15 minutes", goal: "45\u{2013}50% by March", direction: "increase", value: "50", unit: "percent")
                + target("g5", title: "Rhwng 85% a 92% o welyau'n llawn", direction: "decrease", value: "85", unit: "percent")
                + target("g6", title: "Occupancy between 92% and 85%", direction: "decrease", value: "92", unit: "percent")
                // Read, and agreeing.
                + target("h", title: "Fewer than 3,000 people waiting over 52 weeks", direction: "decrease", value: "3000")
                + target("i", title: "Halve rough sleeping from 6,000 to 3,000", direction: "decrease", value: "3000")
                + target("j", title: "Half of tenants over 60 offered a check", direction: "increase", value: "50", unit: "percent")
                + target("k", title: "Answer complaints in under 20 working days", direction: "increase", value: "95", unit: "percent")
                + target("l", title: "Reduce emissions by 50% from 2019 levels", direction: "increase", value: "50", unit: "percent")
                + target("m", title: "Over 65s: fewer than 3,000 waiting", direction: "decrease", value: "3000")
                + target("m2", title: "Patients aged between 18 and 65 seen within 4 hours", direction: "increase", value: "90", unit: "percent")
                + target("m3", title: "Raise attendance from 85 to 92%", direction: "increase", value: "92", unit: "percent")
                + target("m4", title: "Calls answered in 15-30 seconds: 90% or more", direction: "increase", value: "90", unit: "percent")
                // A goal given as a share, over a count.
                + target("n", title: "At least 90% of people seen within 4 hours", direction: "increase", value: "90")
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "the target's title says \"fewer than 3,000\", which is met at or below the goal, but direction: increase meets it at or above",
            "the target's goal says \"reduce long waits to 3,000\", which is met at or below the goal, but direction: increase meets it at or above",
            "the target's title says \"at least 90%\", which is met at or above the goal, but direction: decrease meets it at or below",
            "the target's title says \"3,000 or fewer\", which is met at or below the goal, but direction: increase meets it at or above",
            "the target's title says \"llai na 3,000\", which is met at or below the goal, but direction: increase meets it at or above",
            "the target's title gives a cut (\"reduce long waits by 500\"), but a step's value is the level the figure must come down to",
            "the target's title says \"no more than 3,000\", but no step's value is that (the steps give 300)",
            "the target's title says \"not exceeding 5%\", which is met at or below the goal, but direction: increase meets it at or above",
            "the target's title gives a range (\"between 85% and 92%\"), but a target's goal is one value, met at or above it (direction: increase) or at or below it (decrease)",
            "the target's goal gives a range (\"45\u{2013}50%\"), but a target's goal is one value, met at or above it (direction: increase) or at or below it (decrease)",
            "the target's title gives a range (\"rhwng 85% a 92%\"), but a target's goal is one value, met at or above it (direction: increase) or at or below it (decrease)",
            "the target's title gives a range (\"between 92% and 85%\"), but a target's goal is one value, met at or above it (direction: increase) or at or below it (decrease)",
            "the target's title gives 90% (\"at least 90%\"), but the target counts people, not percent",
        ])
        #expect(parsed.diagnostics.errors.first?.hint == "set direction: decrease, as the title says")
        // At the first target's direction:.
        #expect(parsed.diagnostics.errors.first?.location?.line == 5)
    }

    /// A step whose value is not a number was reported, then reported again as "no step of it has a date".
    @Test func aStepAlreadyReportedIsNotReportedAgainAsMissing() {
        let parsed = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: Fewer than 3000 waiting by March 2026\n    unit: people\n    direction: decrease\n    steps:\n      - value: 3000 people\n        by: March 2026\n"
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == ["the field \"value\" of step 1 of target 1 should be a number, not \"3000 people\""])
    }

    /// Two readings of one day: the status was worked out from whichever was listed last. A
    /// baseline after the first reading: the line the status is judged against began after it.
    @Test func twoReadingsOfOneDayOrABaselineAfterTheFirstReadingAreErrors() {
        let parsed = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    unit: percent\n    direction: increase\n    baseline: {date: 2025-12-31, value: 60}\n    steps:\n      - value: 75\n    readings:\n      - date: 2025-06-30\n        value: 65\n      - date: 2025-06-30\n        value: 66\n      - date: 2025-09-30\n        value: 70\n      - date: 2025-09-30\n        value: 70\n"
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == [
            "two readings of the target are dated 30 June 2025 (65 on line 10, 66 here)",
            "the target's baseline is dated 31 December 2025, after its first reading (30 June 2025)",
        ])
    }

    /// `value: 0.9` for 90% under readings of 95 was a goal of 0.9%, "met" by any reading; and
    /// readings of 0.95 against a goal of 90 were 0.95%, "missed".
    @Test(arguments: [
        ("0.9", "95", "the target's goal of 0.9% is far below every figure it is judged against (95% or more): is it 90% written as a fraction?"),
        ("90", "0.95", "the target's figures are all 1% or less, against a goal of 90%: are they fractions (0.95 for 95%)?"),
        ("90", "95", nil), ("2", "0.8", nil), ("0.5", "3", nil),
    ] as [(String, String, String?)])
    func aShareWrittenAsAFractionBesideOnesInPerCentIsAnError(goal: String, reading: String, problem: String?) {
        let parsed = parse([
            "targets.yaml": "targets:\n  - id: t\n    title: Seen within 4 hours\n    unit: percent\n    direction: increase\n    steps:\n      - value: \(goal)\n    readings:\n      - date: 2025-06-30\n        value: \(reading)\n"
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == (problem.map { [$0] } ?? []))
    }

    /// Without a direction, a goal of 18 weeks was one to reach upwards: 25 weeks "met" it.
    @Test func aTargetMustSayWhichWayItIsMet() {
        let parsed = parse([
            "targets.yaml": "targets:\n  - id: waits\n    title: Nobody waits over 18 weeks\n    unit: weeks\n    steps:\n      - value: 18\n"
        ])
        let problem = parsed.diagnostic(containing: "direction")
        #expect(problem?.message == "missing required field \"direction\" of target 1")
        #expect(problem?.hint?.contains("direction: decrease (met at the goal or below)") == true)
        #expect(parsed.content.figures.targets.isEmpty)
    }

    @Test func aTargetReadsASeriesOrListsReadingsNeverBoth() throws {
        let both = parse([
            "data/waiting.csv": "period,value\n2025-06,95\n", "data/waiting.yaml": "title: Waiting\nunit: people\nperiod: month\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    series: waiting\n    steps:\n      - value: 90\n    readings:\n      - date: 2025-05-31\n        value: 83\n",
        ])
        #expect(both.diagnostics.errors.map(\.message) == ["the target t takes its readings from the series waiting and lists readings too"])
        let unknown = parse([
            "data/waiting.csv": "period,value\n2025-06,95\n", "data/waiting.yaml": "title: Waiting\nunit: people\nperiod: month\n",
            "targets.yaml": "targets:\n  - id: t\n    title: T\n    direction: increase\n    series: wating\n    steps:\n      - value: 90\n",
        ])
        #expect(unknown.diagnostics.errors.first?.message == "the target t reads the series \"wating\", which is not a series or metric")
        #expect(unknown.diagnostics.errors.first?.hint == "did you mean \"waiting\"?")
        let misplaced = parse(["data/targets.yaml": "targets: []\n"])
        #expect(misplaced.diagnostics.errors.first?.message == "targets.yaml is read from the content folder itself, not from data/")
    }
}
