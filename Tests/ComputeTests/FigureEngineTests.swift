import Diagnostics
import Compute
import Model
import Testing

func dataSeries(_ id: String, kind: PeriodKind = .date, unit: String = "people", _ values: [(String, Double?)]) -> DataSeries {
    DataSeries(
        id: id, title: id.capitalized, unit: ValueUnit(name: unit), periodKind: kind,
        points: values.map { DataPoint(period: Period.parse($0.0, as: kind)!, value: $0.1, location: here) },
        sourcePath: "data/\(id).csv", location: here)
}

@Suite struct FigureEngineTests {
    func assess(_ figures: FigureContent, on date: String = "2025-07-17") -> (FigureAssessments, [Diagnostic]) {
        FigureEngine.assess(figures, asOf: day(date))
    }

    /// A total worked out from a provisional figure was shown as final: "180", not "180 (provisional)".
    @Test func aMetricFromAProvisionalOrRevisedFigureIsProvisionalOrRevisedToo() throws {
        var a = dataSeries("a", [("2024-12-31", 100), ("2025-03-31", 120), ("2025-06-30", 130)])
        a.points[1].status = .provisional
        a.points[2].status = .revised
        var b = dataSeries("b", [("2024-12-31", 50), ("2025-03-31", 60), ("2025-06-30", 70)])
        b.points[2].approximate = true
        let figures = FigureContent(
            series: [a, b],
            metrics: [MetricDefinition(id: "total", title: "Total", kind: .sum(["a", "b"]), unit: ValueUnit(name: "people"), location: here)])
        let total = try #require(assess(figures).0.series["total"])
        #expect(total.points.map(\.status) == [nil, .provisional, .revised])
        #expect(total.points.map(\.approximate) == [false, false, true])
    }

    @Test func sumsShareAndRatesAreWorkedOutPeriodByPeriod() throws {
        let figures = FigureContent(
            series: [
                dataSeries("a", [("2024-12-31", 1045), ("2025-03-31", 1012), ("2023-06-30", 1312)]),
                dataSeries("b", [("2024-12-31", 1569), ("2025-03-31", 1532)]),
            ],
            metrics: [
                MetricDefinition(id: "total", title: "Total", kind: .sum(["a", "b"]), unit: ValueUnit(name: "people"), location: here),
                MetricDefinition(id: "share", title: "Share", kind: .share(part: "b", whole: "total"), unit: ValueUnit(name: "percent", decimals: 1), location: here),
                MetricDefinition(id: "rate", title: "Rate", kind: .rate(count: "a", base: "b", per: 1000), unit: ValueUnit(name: "per 1,000"), location: here),
            ])
        let (assessed, problems) = assess(figures)
        #expect(problems.isEmpty)
        let total = try #require(assessed.series["total"])
        #expect(total.points.map(\.period.key) == ["2024-12-31", "2025-03-31"], "only periods both have")
        #expect(total.points.map(\.value) == [2614, 2544])
        #expect(total.derivation == .sum(["A", "B"]))
        let share = try #require(assessed.series["share"]?.latest?.value)
        #expect(abs(share - 60.22) < 0.01)
        let rate = try #require(assessed.series["rate"]?.latest?.value)
        #expect(abs(rate - 660.57) < 0.01)
    }

    @Test func seriesWhosePeriodsDoNotAlignAreRefused() {
        let figures = FigureContent(
            series: [dataSeries("recalls", kind: .calendarYear, [("2024", 619)]), dataSeries("licences", [("2024-12-31", 1376)])],
            metrics: [MetricDefinition(id: "rate", title: "Rate", kind: .rate(count: "recalls", base: "licences", per: 1000), unit: ValueUnit(name: "recalls"), location: here)])
        let (assessed, problems) = assess(figures)
        #expect(assessed.series["rate"] == nil)
        #expect(problems.first?.message == "the metric rate matches series whose periods do not align: recalls is counted by a calendar year, licences is counted by a date")
    }

    /// part: and of: the wrong way round gave a "share" of 150%.
    @Test func aShareWhosePartIsMoreThanItsWholeIsRefused() {
        let figures = FigureContent(
            series: [dataSeries("retrofitted", [("2024-12-31", 300)]), dataSeries("homes", [("2024-12-31", 200)])],
            metrics: [MetricDefinition(id: "done", title: "Done", kind: .share(part: "retrofitted", whole: "homes"), unit: ValueUnit(name: "percent", decimals: 1), location: here)])
        let (assessed, problems) = assess(figures)
        #expect(assessed.series["done"] == nil)
        #expect(problems.map(\.message) == ["the metric done is retrofitted as a share of homes, but for 2024-12-31 retrofitted (300) is more than homes (200)"])
    }

    /// 1 of 5,000 complaints upheld was shown as "0.0%": none.
    @Test func aShareIsGivenTheDecimalsToNeverReadAsNoneOrAllWhenItIsNeither() throws {
        func shareUnit(_ part: Double, of whole: Double) -> ValueUnit? {
            let figures = FigureContent(
                series: [dataSeries("upheld", [("2024-12-31", part)]), dataSeries("complaints", [("2024-12-31", whole)])],
                metrics: [MetricDefinition(id: "upheld-share", title: "Upheld", kind: .share(part: "upheld", whole: "complaints"), unit: ValueUnit(name: "percent", decimals: 1), location: here)])
            return assess(figures).0.series["upheld-share"]?.unit
        }
        #expect(shareUnit(1, of: 5000)?.decimals == 2, "0.02%, not 0.0%")
        #expect(shareUnit(4999, of: 5000)?.decimals == 2, "99.98%, not 100.0%")
        #expect(shareUnit(9_999_999, of: 10_000_000)?.decimals == 5, "99.99999%")
        #expect(shareUnit(30, of: 60)?.decimals == 1)
        #expect(shareUnit(0, of: 60)?.decimals == 1, "none is none")
    }

    /// A rate of 0.4 deaths per 1,000 in a series shown with no decimals was published as "0",
    /// and 99.96% as "100.0%": a figure the data does not say.
    @Test func aSeriesOrRateIsGivenTheDecimalsToNeverReadAsNoneOrAllWhenItIsNeither() throws {
        func unit(_ series: DataSeries) -> ValueUnit? { assess(FigureContent(series: [series])).0.series[series.id]?.unit }
        #expect(unit(dataSeries("deaths", unit: "deaths per 1,000", [("2024-12-31", 3), ("2025-12-31", 0.4)]))?.decimals == 1, "0.4, not 0")
        #expect(unit(dataSeries("deaths", unit: "deaths per 1,000", [("2024-12-31", -0.3)]))?.decimals == 1, "−0.3, not 0")
        #expect(unit(dataSeries("deaths", unit: "deaths per 1,000", [("2024-12-31", 3.46), ("2025-12-31", 0)]))?.decimals == 0, "3.46 rounds to 3, which is no falsehood")
        var share = dataSeries("seen", unit: "percent", [("2024-12-31", 99.96)])
        share.unit.decimals = 1
        #expect(unit(share)?.decimals == 2, "99.96%, not 100.0%")
        let rate = FigureContent(
            series: [dataSeries("deaths", [("2024-12-31", 2)]), dataSeries("residents", [("2024-12-31", 5000)])],
            metrics: [MetricDefinition(id: "rate", title: "Rate", kind: .rate(count: "deaths", base: "residents", per: 1000), unit: ValueUnit(name: "deaths per 1,000"), location: here)])
        #expect(assess(rate).0.series["rate"]?.unit.decimals == 1, "0.4 per 1,000, not 0")
    }

    @Test func aTargetThatReadsASeriesTakesItsValuesAsReadings() throws {
        var target = Target(
            id: "t", title: "T", unit: ValueUnit(name: "people"), direction: .decrease,
            steps: [TargetStep(value: 100, deadline: nil)], location: here)
        target.seriesID = "waiting"
        let figures = FigureContent(series: [dataSeries("waiting", kind: .month, [("2025-05", 130), ("2025-06", 95)])], targets: [target])
        let (assessed, problems) = assess(figures)
        #expect(problems.isEmpty)
        let assessment = try #require(assessed.targets["t"])
        #expect(assessment.status == .met)
        #expect(assessment.readings.map(\.value) == [130, 95])
        #expect(assessment.latest?.date == day("2025-06-30"))
        #expect(assessment.latest?.seriesPeriod?.key == "2025-06")
    }

    @Test func missingYearsAreGapsNotZeros() throws {
        let (assessed, _) = assess(FigureContent(series: [dataSeries("recalls", kind: .calendarYear, [("2015", 363), ("2016", 482), ("2019", 710)])]))
        let recalls = try #require(assessed.series["recalls"])
        #expect(recalls.points.map(\.period.key) == ["2015", "2016", "2017", "2018", "2019"])
        #expect(recalls.points.map(\.value) == [363, 482, nil, nil, 710])
        #expect(recalls.gaps.map(\.key) == ["2017", "2018"])
    }
}

@Suite struct TargetStatusTests {
    func target(steps: [(Double, String?)], readings: [(String, Double)], baseline: (String, Double)? = nil, direction: TargetDirection = .increase) -> Target {
        Target(
            id: "t", title: "T", unit: ValueUnit(name: "percent"), direction: direction,
            steps: steps.map { TargetStep(value: $0.0, deadline: $0.1.map(deadline)) },
            baseline: baseline.map { TargetReading(date: day($0.0), value: $0.1, location: here) },
            readings: readings.map { TargetReading(date: day($0.0), value: $0.1, location: here) }, location: here)
    }

    func status(_ target: Target, on date: String) -> TargetAssessment.Status {
        FigureEngine.assess(target, asOf: day(date)).status
    }

    @Test func noReadingIsNotYetReportedNotAnError() {
        #expect(status(target(steps: [(100, nil)], readings: []), on: "2025-07-17") == .notYetReported)
    }

    @Test func aReadingThatMeetsTheGoalIsMet() {
        #expect(status(target(steps: [(90, nil)], readings: [("2025-05-31", 91)]), on: "2025-07-17") == .met)
        #expect(status(target(steps: [(10, nil)], readings: [("2025-05-31", 8)], direction: .decrease), on: "2025-07-17") == .met)
    }

    @Test func aGoalForAllTimesThatIsNotMetIsOffTrack() {
        #expect(status(target(steps: [(90, nil)], readings: [("2025-05-31", 83)]), on: "2025-07-17") == .offTrack)
    }

    @Test func onOrOffTrackFollowsAStraightPathFromTheStartToTheGoal() {
        // From 70% on 1 January 2025 to 90% by 31 December 2025: by 2 July, about 80% is needed.
        let onPath = target(steps: [(90, "December 2025")], readings: [("2025-07-02", 81)], baseline: ("2025-01-01", 70))
        #expect(status(onPath, on: "2025-07-17") == .onTrack)
        #expect(FigureEngine.assess(onPath, asOf: day("2025-07-17")).expected.map { Int($0.rounded()) } == 80)
        let behind = target(steps: [(90, "December 2025")], readings: [("2025-07-02", 75)], baseline: ("2025-01-01", 70))
        #expect(status(behind, on: "2025-07-17") == .offTrack)
        #expect(status(target(steps: [(4, "July 2026")], readings: [("2025-07-17", 0)]), on: "2025-07-17") == .offTrack, "no earlier point to draw from")
    }

    @Test func aStepDueAndNotMetIsMissedAndTheNextStepThenApplies() {
        let stepped = target(steps: [(90, "December 2025"), (95, "July 2026")], readings: [("2025-11-30", 88), ("2026-02-28", 93)])
        #expect(status(stepped, on: "2025-12-15") == .offTrack)
        let assessment = FigureEngine.assess(stepped, asOf: day("2026-03-01"))
        #expect(assessment.status == .missed)
        #expect(assessment.missedStep?.value == 90)
        #expect(assessment.goal.value == 95)
        #expect(status(target(steps: [(90, "December 2025"), (95, "July 2026")], readings: [("2026-06-30", 96)]), on: "2026-07-01") == .met)
    }
}
