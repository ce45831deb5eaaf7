import Diagnostics
import Foundation
import Compute
import Model
import Testing

@testable import Render

@Suite struct FigureFormatTests {
    @Test(arguments: [
        ("people", "People"), ("re-releases", "Re-releases"), ("tonnes of waste", "Tonnes of waste"), ("tCO2e", "tCO2e"), ("kWh", "kWh"), ("kg", "kg"),
        ("km", "km"), ("mph", "mph"), ("m3", "m3"), ("per 1,000 residents", "per 1,000 residents"), ("£ million", "£ million"),
    ])
    func aUnitIsAHeadingAsWrittenUnlessItIsAWord(unit: String, heading: String) {
        #expect(FigureFormat.unitHeading(unit) == heading)
    }

    @Test func aChangeOfAPercentageIsInPercentagePoints() {
        let percent = ValueUnit(name: "percent", decimals: 1)
        #expect(FigureFormat.signedDifference(5, unit: percent, englishStrings) == "+5 percentage points")
        #expect(FigureFormat.difference(-1, unit: percent, englishStrings) == "1 percentage point")
        #expect(FigureFormat.signedDifference(-33, unit: ValueUnit(name: "people"), englishStrings) == "\u{2212}33")
    }

    @Test func numbersHaveSeparatorsSignsAndUnits() {
        #expect(FigureFormat.value(6078, unit: ValueUnit(name: "people")) == "6,078")
        #expect(FigureFormat.value(1_234_567, unit: ValueUnit(name: "people")) == "1,234,567")
        #expect(FigureFormat.value(60.22, unit: ValueUnit(name: "percent", decimals: 1)) == "60.2%")
        #expect(FigureFormat.value(45, unit: ValueUnit(name: "percent", decimals: 1)) == "45%")
        #expect(FigureFormat.value(600, unit: ValueUnit(name: "people"), approximate: true, englishStrings) == "about 600")
        #expect(FigureFormat.change(-33, unit: ValueUnit(name: "people")) == "\u{2212}33")
        #expect(FigureFormat.change(38, unit: ValueUnit(name: "people")) == "+38")
    }
}

/// A small site with figures, rendered as at 17 July 2025.
func figureSite(_ extra: [String: String] = [:]) -> RenderedSite {
    var files: [String: String] = [
        "data/unreleased.csv": "period,value,note\n2012-06-30,6078,\n2024-12-31,1045,From HL5974\n2025-03-31,1012,\n",
        "data/unreleased.yaml": "title: Unreleased IPP prisoners\nunit: people\nperiod: date\nsource:\n  title: OMSQ\n  url: https://example.org/omsq\n",
        "data/recalls.csv": "period,value\n2015,363\n2016,482\n2019,710\n",
        "data/recalls.yaml": "title: IPP licence recalls\nunit: recalls\nperiod: calendar-year\n",
        "targets.yaml": "targets:\n  - id: parole-reports\n    title: PAROM1 reports on time\n    direction: increase\n    unit: percent\n    steps:\n      - value: 90\n    readings:\n      - date: 2025-05-31\n        value: 83\n        approximate: true\n",
    ]
    files.merge(extra) { _, new in new }
    let (theme, _) = Theme.load(repositoryThemeFiles)
    let model = content(files)
    return SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2025-07-17")!), theme: theme)
}

@Suite struct FigureReferenceTests {
    func rendered(_ markdown: String) -> (html: String, problems: [Diagnostic]) {
        let site = figureSite(["pages/about.md": "---\ntitle: About\n---\n\(markdown)\n"])
        return (site.text(of: "about/index.html") ?? "", site.diagnostics.errors)
    }

    @Test func aReferenceBecomesTheFigureLinkedToItsRow() {
        let (html, problems) = rendered("There were {{ unreleased }} on {{ unreleased.date }}.")
        #expect(problems.isEmpty, "\(problems)")
        #expect(html.contains("There were <a class=\"figure\" href=\"../data/series/unreleased/index.html#p-2025-03-31\" title=\"Unreleased IPP prisoners, 31 March 2025. Source: OMSQ\">1,012</a> on "))
        #expect(html.contains(">31 March 2025</a>."))
    }

    @Test(arguments: [
        ("{{ unreleased@2012-06-30 }}", ">6,078<"), ("{{ unreleased.previous }}", ">1,045<"), ("{{ unreleased.highest.date }}", ">30 June 2012<"),
        ("{{ unreleased.change }}", ">\u{2212}33<"), ("{{ unreleased.change.percent.abs }}", ">3.2%<"), ("{{ unreleased.change.direction }}", ">fell<"),
        ("{{ unreleased.since@2012-06-30.abs }}", ">5,066<"), ("{{ unreleased.since@2012-06-30.percent }}", ">\u{2212}83.3%<"),
        ("{{ recalls }} in {{ recalls.date }}", ">710<"), ("{{ target.parole-reports.status }}", ">off track<"),
        ("{{ target.parole-reports.latest }}", ">about 83%<"), ("{{ as-of }}", "17 July 2025"),
    ])
    func everyKindOfReferenceResolves(markdown: String, expected: String) {
        let (html, problems) = rendered(markdown)
        #expect(problems.isEmpty, "\(problems)")
        #expect(html.contains(expected), "\(markdown) did not give \(expected)")
    }

    /// An update of 10 January 2025 citing "the latest" figure: built later, it showed a figure
    /// for a period that ended after the update was written, in its words.
    @Test func aDatedRecordCitesOnlyFiguresKnownOnItsDay() {
        let update = { (words: String) in ["updates/2025-01-10-news.md": "---\ntitle: News\ndate: 2025-01-10\n---\n\(words)\n"] }
        let latest = figureSite(update("There were {{ unreleased }} ({{ unreleased.change }})."))
        #expect(latest.diagnostics.errors.map(\.message) == [
            "these words are of 10 January 2025, but {{ unreleased }} now draws on the value for 31 March 2025, a period that ended after that day",
            "these words are of 10 January 2025, but {{ unreleased.change }} now draws on the value for 31 March 2025, a period that ended after that day",
        ])
        #expect(latest.diagnostics.errors.first?.hint == "cite the figure the words meant by its period: {{ unreleased@2024-12-31 }}")
        #expect(latest.diagnostics.errors.first?.location?.line == 5)
        let named = figureSite(update("There were {{ unreleased@2024-12-31 }}, down from {{ unreleased.first }}; {{ recalls }} recalls in 2019."))
        #expect(named.diagnostics.errors.isEmpty, "\(named.diagnostics.errors)")
        let page = figureSite(["pages/about.md": "---\ntitle: About\n---\nThere are {{ unreleased }}.\n"])
        #expect(page.diagnostics.errors.isEmpty, "a page of no day shows the latest")
        let tracked = figureSite(update("As at {{ as-of }}, {{ target.parole-reports.latest }} against {{ target.parole-reports.goal }}."))
        #expect(tracked.diagnostics.errors.map(\.message) == [
            "these words are of 10 January 2025, but {{ as-of }} is worked out as the site stands on 17 July 2025, a later day",
            "these words are of 10 January 2025, but {{ target.parole-reports.latest }} now draws on the reading of 31 May 2025, after that day",
        ])
    }

    @Test func anUnknownReferenceIsAnErrorAtItsLineAndColumn() {
        let (_, problems) = rendered("Intro.\n\nThere were {{ unrelesed }} people.")
        #expect(problems.count == 1)
        #expect(problems.first?.message == "the reference {{ unrelesed }} names \"unrelesed\", which is not a series, metric or other figure")
        #expect(problems.first?.location == SourceLocation(file: "Content/pages/about.md", line: 6, column: 12))
        #expect(problems.first?.hint == "did you mean \"unreleased\"?")
    }

    @Test func aPeriodTheSeriesDoesNotHaveIsAnError() {
        let (_, problems) = rendered("{{ unreleased@2013-06-30 }}")
        #expect(problems.first?.message == "the series unreleased has no value for \"2013-06-30\"")
    }

    /// Recalls were published for 2016 and 2019 but not 2017 or 2018: "change" was 2019 against
    /// 2016, and prose saying "since the year before" published a three-year change.
    @Test func aChangeAcrossAGapIsAnErrorSayingWhereToMeasureFrom() {
        let (_, problems) = rendered("Recalls {{ recalls.change.direction }} by {{ recalls.change.abs }}.")
        #expect(problems.map(\.message) == Array(repeating: "the series recalls has no value for 2018, the period before its latest, so \"change\" would be measured from 2016", count: 2))
        #expect(problems.first?.hint == "write since@2016 to measure from the last period with a value, and say which period that is")
        let (html, fine) = rendered("Recalls {{ recalls.since@2016.direction }} by {{ recalls.since@2016.abs }} from 2016.")
        #expect(fine.isEmpty, "\(fine)")
        #expect(html.contains(">rose<") && html.contains(">228<"))
    }

    /// "Fell by {{ unreleased.since@2012-06-30.abs }}" on a page of no day: the figure follows the
    /// data, the words stay as written, and the page could say "fell by" of a rise.
    @Test func wordsThatSayWhichWayAChangeWentMustAgreeWithIt() {
        let (_, problems) = rendered(
            "It rose by {{ unreleased.change.abs }}; that is {{ unreleased.since@2012-06-30.abs }} more than in 2012, an increase of {{ unreleased.since@2012-06-30.percent.abs }}.")
        #expect(problems.map(\.message) == [
            "the words say \"rose by\", but {{ unreleased.change.abs }} fell (Change in Unreleased IPP prisoners from 31 December 2024 to 31 March 2025)",
            "the words say \"more\", but {{ unreleased.since@2012-06-30.abs }} fell (Change in Unreleased IPP prisoners from 30 June 2012 to 31 March 2025)",
            "the words say \"an increase of\", but {{ unreleased.since@2012-06-30.percent.abs }} fell (Change in Unreleased IPP prisoners from 30 June 2012 to 31 March 2025)",
        ])
        #expect(problems.first?.hint == "let the figures say which way it went: {{ unreleased.change.direction }} by {{ unreleased.change.abs }}")
        let (_, agreeing) = rendered(
            "It fell by {{ unreleased.change.abs }}, {{ unreleased.since@2012-06-30.abs }} fewer than in 2012; it {{ unreleased.change.direction }} by {{ unreleased.change.abs }} from {{ unreleased.change.from }}. It has not risen by {{ unreleased.change.abs }}.")
        #expect(agreeing.isEmpty, "\(agreeing)")
    }

    /// "Down from {{ x.previous }}" on a page of no day: the value it is measured against stays,
    /// the latest moves, and the words could come to say "down" of a rise.
    @Test func wordsThatSayTheLatestIsUpOrDownFromAValueMustAgreeWithIt() {
        let (_, problems) = rendered(
            "There are {{ unreleased }}, up from {{ unreleased.previous }}. It rose from {{ unreleased.first }} to {{ unreleased }}.")
        #expect(problems.map(\.message) == [
            "the words say \"up from\" {{ unreleased.previous }}, but the latest value is lower",
            "the words say \"rose from\" {{ unreleased.first }}, but the latest value is lower",
        ])
        let (_, fine) = rendered(
            "There are {{ unreleased }}, down from {{ unreleased.previous }}; it {{ unreleased.change.direction }} from {{ unreleased.change.from }}. It rose from {{ unreleased@2024-12-31 }} to {{ unreleased.highest }} once. It is not up from {{ unreleased.previous }}.")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// "In 2024, {{ recalls }} people were recalled": the latest value moves on to 2025's, the
    /// words stay, and the page gave 2025's figure as 2024's.
    @Test func aYearTheWordsGiveAFigureMustBeItsPeriods() {
        let (_, problems) = rendered(
            "In 2024, {{ unreleased }} people had never been released. There were {{ unreleased }} in 2012. 2024 saw {{ unreleased@2025-03-31 }}. This year, {{ unreleased@2024-12-31 }}.")
        #expect(problems.map(\.message) == [
            "the words say \"In 2024\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"in 2012\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"2024\", but {{ unreleased@2025-03-31 }} is the value for 31 March 2025",
            "the words say \"This year\" (2025), but {{ unreleased@2024-12-31 }} is the value for 31 December 2024",
        ])
        let (_, day) = rendered("As at 31 December 2024, {{ unreleased }} people. In March 2025, {{ unreleased }}.")
        #expect(day.map(\.message) == ["the words say \"at 31 December 2024\", but {{ unreleased }} is the value for 31 March 2025"])
        let (_, reading) = rendered("In 2024, {{ target.parole-reports.latest }} were on time. In May 2025, {{ target.parole-reports.latest }}.")
        #expect(reading.map(\.message) == ["the words say \"In 2024\", but {{ target.parole-reports.latest }} is the value for 31 May 2025"])
        #expect(reading.first?.hint == "let the figures say when: {{ target.parole-reports.latest.date }}")
        let (_, quarter) = rendered("In Q3 2024/25, {{ unreleased }} people. In Q4 2024/25, {{ unreleased }}. In winter 2024/25, {{ unreleased@2024-12-31 }}.")
        #expect(quarter.map(\.message) == ["the words say \"In Q3 2024/25\", but {{ unreleased }} is the value for 31 March 2025"])
        #expect(problems.first?.hint == "cite the value for that time, {{ unreleased@<period> }}, or let the figures say when: {{ unreleased.date }}")
        let (_, fine) = rendered(
            "In 2025, {{ unreleased }} had never been released, the fewest since 2012. It fell from {{ unreleased@2012-06-30 }} in 2012 to {{ unreleased }} in 2025. As at 31 December 2024, {{ unreleased@2024-12-31 }}; the plan for 2030 asks for fewer than {{ unreleased }}. In 2024/25, {{ unreleased }}. This year, {{ unreleased }}; last year, {{ unreleased@2024-12-31 }}.")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// "{{ recalls }} people (2024)", "the 2024 total of {{ recalls }}", "in the year to December
    /// 2024", "by 2024": other ways of giving a figure its year, each read as "in 2024" is; and
    /// 2025's figure is not 2024/25's, though the two overlap.
    @Test func aYearGivenInBracketsBeforeAFiguresNounOrAsTheYearToIsItsPeriods() {
        let (_, problems) = rendered(
            "{{ unreleased }} people (2024). The 2024 total was {{ unreleased }}. {{ unreleased }} in the year to December 2024. By 2024 it was {{ unreleased }}. {{ unreleased }} in the year ending December 2024. In 2025/26, {{ unreleased }}.")
        #expect(problems.map(\.message) == [
            "the words say \"(2024)\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"2024 total\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"to December 2024\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"By 2024\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"ending December 2024\", but {{ unreleased }} is the value for 31 March 2025",
            "the words say \"In 2025/26\", but {{ unreleased }} is the value for 31 March 2025",
        ])
        let (_, fine) = rendered(
            "{{ unreleased }} (2024: {{ unreleased@2024-12-31 }}). {{ unreleased }} people (2025). The 2025 total was {{ unreleased }}. {{ unreleased }} in the year to March 2025. {{ unreleased }} (see the 2024 report). {{ unreleased }} in 2025 against {{ unreleased@2024-12-31 }} in 2024.")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// "{{ waits }}, lower than {{ waits.previous }}": the two figures follow the data while the
    /// words stay, and the page could call the higher one lower. So could "a {{ x.change.percent.abs }}
    /// fall" of a rise, and "{{ x }} is the lowest since 2012" of a value with a lower one since.
    @Test func wordsThatCompareTwoFiguresMustBeTrueOfThem() {
        let (_, problems) = rendered(
            "{{ unreleased }}, higher than {{ unreleased.first }}. {{ unreleased }} people, more than {{ unreleased@2024-12-31 }}. {{ unreleased.first }} is less than half {{ unreleased }}. A {{ unreleased.change.percent.abs }} rise. {{ unreleased }} is the highest since 2012.")
        #expect(problems.map(\.message) == [
            "the words say {{ unreleased }} is \"higher than\" {{ unreleased.first }}, but it is 1,012 against 6,078",
            "the words say {{ unreleased }} is \"more than\" {{ unreleased@2024-12-31 }}, but it is 1,012 against 1,045",
            "the words say {{ unreleased.first }} is \"less than half\" {{ unreleased }}, but it is 6,078 against 1,012",
            "the words say \"rise\", but {{ unreleased.change.percent.abs }} fell (Change in Unreleased IPP prisoners from 31 December 2024 to 31 March 2025)",
            "the words say \"the highest since 2012\", but {{ unreleased }} is not: the value for 31 December 2024 was higher",
        ])
        // Written alike on the page, two values are the same to a reader, whatever the data hold.
        let alike = figureSite([
            "data/rounded.csv": "period,value\n2024,119.6\n2025,120.4\n",
            "data/rounded.yaml": "title: Rounded\nunit: people\nperiod: calendar-year\ndecimals: 0\n",
            "pages/about.md": "---\ntitle: About\n---\n{{ rounded }}, the same as {{ rounded.previous }}. {{ rounded }}, higher than {{ rounded.previous }}.\n",
        ])
        #expect(alike.diagnostics.errors.map(\.message) == [
            "the words say {{ rounded }} is \"higher than\" {{ rounded.previous }}, but it is 120 against 120",
        ])
        let (_, fine) = rendered(
            "{{ unreleased }}, lower than {{ unreleased.first }}. {{ unreleased }} staff and more than {{ unreleased.first }} volunteers. {{ unreleased }}, not higher than {{ unreleased.first }}. A {{ unreleased.change.percent.abs }} fall. {{ unreleased.first }} is more than double {{ unreleased }}.")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// "All {{ plan.x.total }} actions are complete" was published of a plan with one of three
    /// done, and "none is overdue" of one with an action overdue.
    @Test func wordsThatSayEveryItemIsFinishedOrNoneOverdueMustBeTrue() {
        let plan = [
            "plans/p/plan.md": "---\ntitle: Plan\npublished: 2025-01-01\nthemes:\n  - id: a\n    title: A\n---\n",
            "plans/p/a1.md": "---\nid: p-1\ntitle: One\ntheme: a\nowner: Clerk\ndeadline: March 2025\n---\n",
            "plans/p/a2.md": "---\nid: p-2\ntitle: Two\ntheme: a\nowner: Clerk\ndeadline: March 2026\nupdates:\n  - {date: 2025-06-01, status: complete}\n---\n",
        ]
        let site = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\nAll {{ plan.p.total }} actions are complete. None of the {{ plan.p.total }} actions is overdue. {{ plan.p.finished }} of {{ plan.p.total }} are finished. All {{ plan.p.total }} actions have an owner. Not all {{ plan.p.total }} are complete. Of {{ plan.p.total }} actions, no update came, and one is overdue. No action was reported late of the {{ plan.p.total }}.\n"]) { _, new in new })
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"all ... complete\", but 1 of 2 are finished as at 17 July 2025",
            "the words say \"none ... overdue\", but 1 is overdue as at 17 July 2025",
        ])
        #expect(site.diagnostics.errors.first?.hint == "let the figures say how many: {{ plan.p.finished }} of {{ plan.p.total }}")
        let response = [
            "responses/r/response.md": "---\ntitle: Response\nsubmitted: 2025-01-10\nrespondent: Council\nreport:\n  title: Audit\n  publisher: Auditors\n  published: 2024-12-01\n---\nOur response.\n",
            "responses/r/r1.md": "---\nnumber: \"1\"\nrecommendation: Keep records.\nagreement: agreed\n---\n",
            "responses/r/r2.md": "---\nnumber: \"2\"\nrecommendation: Publish them.\nagreement: not-agreed\nreason: They are published already.\n---\n",
            "pages/about.md": "---\ntitle: About\n---\nAll {{ response.r.total }} recommendations were accepted. {{ response.r.agreed }} of {{ response.r.total }} were accepted.\n",
        ]
        #expect(figureSite(response).diagnostics.errors.map(\.message) == ["the words say \"all ... accepted\", but 1 of 2 are agreed in full"])
    }

    /// "Most actions ({{ plan.x.finished }} of {{ plan.x.total }}) are complete", "all but one",
    /// "over half", "were all delivered", "all on track", "none ... is late": each was published of a
    /// plan with one of two done and one overdue. (The points of "{{ plan.p.total }}" had ended the
    /// sentence, so words after a second reference were never read.)
    @Test func wordsThatSayMostOrAllButOneAreFinishedOrNoneLateMustBeTrue() {
        let plan = [
            "plans/p/plan.md": "---\ntitle: Plan\npublished: 2025-01-01\nthemes:\n  - id: a\n    title: A\n---\n",
            "plans/p/a1.md": "---\nid: p-1\ntitle: One\ntheme: a\nowner: Clerk\ndeadline: March 2025\n---\n",
            "plans/p/a2.md": "---\nid: p-2\ntitle: Two\ntheme: a\nowner: Clerk\ndeadline: March 2026\nupdates:\n  - {date: 2025-06-01, status: complete}\n---\n",
            "plans/p/a3.md": "---\nid: p-3\ntitle: Three\ntheme: a\nowner: Clerk\ndeadline: March 2026\n---\n",
        ]
        let words = "Most actions ({{ plan.p.finished }} of {{ plan.p.total }}) are complete. All but one of the {{ plan.p.total }} actions are complete. Over half the {{ plan.p.total }} actions are finished. {{ plan.p.total }} actions were all delivered. {{ plan.p.total }} actions, all on track. None of the {{ plan.p.total }} actions is late. {{ plan.p.total }} actions: none overdue. {{ plan.p.total }} actions have been completed. All {{ plan.p.total }} actions are on schedule."
        let site = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(words)\n"]) { _, new in new })
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"most actions ... complete\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"most actions ... complete\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"all but one ... complete\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"over half ... finished\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"all delivered\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"all on track\", but 1 is overdue as at 17 July 2025",
            "the words say \"none ... late\", but 1 is overdue as at 17 July 2025",
            "the words say \"none overdue\", but 1 is overdue as at 17 July 2025",
            "the words say \"actions have been completed\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"all ... on schedule\", but 1 is overdue as at 17 July 2025",
        ])
        let fine = "{{ plan.p.finished }} of {{ plan.p.total }} actions are complete. All {{ plan.p.total }} actions have owners, and {{ plan.p.finished }} is complete. {{ plan.p.total }} actions in all, {{ plan.p.finished }} complete. Most of the {{ plan.p.total }} actions have an owner. {{ plan.p.finished }} actions have been completed. {{ plan.p.total }} actions: {{ plan.p.overdue }} overdue."
        let fineSite = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(fine)\n"]) { _, new in new })
        #expect(fineSite.diagnostics.errors.isEmpty, "\(fineSite.diagnostics.errors.map(\.message))")
    }

    /// A plan of three actions as at 17 July 2025: two overdue, one complete.
    static let twoOverdueOneDone = [
        "plans/p/plan.md": "---\ntitle: Plan\npublished: 2025-01-01\nthemes:\n  - id: a\n    title: A\n---\n",
        "plans/p/a1.md": "---\nid: p-1\ntitle: One\ntheme: a\nowner: Clerk\ndeadline: March 2025\n---\n",
        "plans/p/a2.md": "---\nid: p-2\ntitle: Two\ntheme: a\nowner: Clerk\ndeadline: April 2025\n---\n",
        "plans/p/a3.md": "---\nid: p-3\ntitle: Three\ntheme: a\nowner: Clerk\ndeadline: March 2026\nupdates:\n  - {date: 2025-06-01, status: complete}\n---\n",
    ]

    /// "Both actions are complete ({{ plan.x.finished }})", "Only one action is overdue ({{ ... }})",
    /// "Most of the {{ x }} actions are on track", "{{ x }} actions, the majority complete": each
    /// was published beside counts that said otherwise.
    @Test func aCountInWordsOrAClaimThatMostAreOnTrackBesideACountMustBeTrue() {
        let plan = Self.twoOverdueOneDone
        let words = "Both actions are complete ({{ plan.p.finished }}). Only one action is overdue ({{ plan.p.overdue }}). Most of the {{ plan.p.total }} actions are on track. {{ plan.p.total }} actions, the majority complete. Fewer than half of the {{ plan.p.total }} actions are overdue. Only a minority of the {{ plan.p.total }} actions are overdue. None of the {{ plan.p.total }} actions is complete."
        let site = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(words)\n"]) { _, new in new })
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"both actions ... complete\", but {{ plan.p.finished }} is 1 as at 17 July 2025",
            "the words say \"one action ... overdue\", but {{ plan.p.overdue }} is 2 as at 17 July 2025",
            "the words say \"most ... on track\", but 2 of 3 are overdue as at 17 July 2025",
            "the words say \"majority ... complete\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"fewer than half ... overdue\", but 2 of 3 are overdue as at 17 July 2025",
            "the words say \"minority of ... overdue\", but 2 of 3 are overdue as at 17 July 2025",
            "the words say \"none ... complete\", but 1 of 3 are finished as at 17 July 2025",
        ])
        let fine = "One action is complete ({{ plan.p.finished }}). Two actions are overdue ({{ plan.p.overdue }}). One action is overdue and {{ plan.p.finished }} is complete. {{ plan.p.overdue }} actions are overdue; one action is complete. Fewer than half of the {{ plan.p.total }} actions are complete."
        let fineSite = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(fine)\n"]) { _, new in new })
        #expect(fineSite.diagnostics.errors.isEmpty, "\(fineSite.diagnostics.errors.map(\.message))")
    }

    /// A fire service's words for what it counts ("Both AFIs", "Two areas for improvement"), and
    /// "Every AFI is on track" with the figure after it: each was published beside counts that said
    /// otherwise.
    @Test func aClaimInAnOrganisationsOwnWordsForItsItemsMustBeTrue() {
        let plan = Self.twoOverdueOneDone
        let words = "Both AFIs are complete ({{ plan.p.finished }}). One area for improvement is overdue ({{ plan.p.overdue }}). Every AFI is on track ({{ plan.p.total }} in all)."
        let site = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(words)\n"]) { _, new in new })
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"both afis ... complete\", but {{ plan.p.finished }} is 1 as at 17 July 2025",
            "the words say \"one area ... overdue\", but {{ plan.p.overdue }} is 2 as at 17 July 2025",
            "the words say \"every ... on track\", but 2 are overdue as at 17 July 2025",
        ])
        let fine = "One AFI is complete ({{ plan.p.finished }}). Two areas for improvement are overdue ({{ plan.p.overdue }}). Every action has an owner ({{ plan.p.total }}), and work is on track for {{ plan.p.finished }}."
        let fineSite = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(fine)\n"]) { _, new in new })
        #expect(fineSite.diagnostics.errors.isEmpty, "\(fineSite.diagnostics.errors.map(\.message))")
    }

    /// "{{ plan.x.finished }} of {{ plan.x.total }} actions (50%) are complete" published "1 of 3
    /// actions (50%)": the count follows the content, the share stays as written.
    @Test func aShareWrittenBesideACountMustBeItsShare() {
        let plan = Self.twoOverdueOneDone
        let words = "{{ plan.p.finished }} of {{ plan.p.total }} actions (50%) are complete. Half of the actions ({{ plan.p.finished }}) are complete. One in two of the {{ plan.p.total }} actions is overdue."
        let site = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(words)\n"]) { _, new in new })
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"50%\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"half\", but 1 of 3 are finished as at 17 July 2025",
            "the words say \"one in two\", but 2 of 3 are overdue as at 17 July 2025",
        ])
        let fine = "{{ plan.p.finished }} of {{ plan.p.total }} actions (33%) are complete. A third of the {{ plan.p.total }} actions are complete. Two thirds ({{ plan.p.overdue }}) are overdue. About half of the {{ plan.p.total }} actions are complete. {{ plan.p.total }} actions, half of them in the first theme."
        let fineSite = figureSite(plan.merging(["pages/about.md": "---\ntitle: About\n---\n\(fine)\n"]) { _, new in new })
        #expect(fineSite.diagnostics.errors.isEmpty, "\(fineSite.diagnostics.errors.map(\.message))")
    }

    /// "Two thirds of the {{ response.x.total }} recommendations were accepted", of two with one agreed.
    @Test func aShareOfAResponsesRecommendationsAgreedMustBeItsShare() {
        let response = [
            "responses/r/response.md": "---\ntitle: Response\nsubmitted: 2025-01-10\nrespondent: Council\nreport:\n  title: Audit\n  publisher: Auditors\n  published: 2024-12-01\n---\nOur response.\n",
            "responses/r/r1.md": "---\nnumber: \"1\"\nrecommendation: Keep records.\nagreement: agreed\n---\n",
            "responses/r/r2.md": "---\nnumber: \"2\"\nrecommendation: Publish them.\nagreement: not-agreed\nreason: They are published already.\n---\n",
            "pages/about.md": "---\ntitle: About\n---\nTwo thirds of the {{ response.r.total }} recommendations were accepted. Half of the {{ response.r.total }} recommendations were accepted.\n",
        ]
        #expect(figureSite(response).diagnostics.errors.map(\.message) == ["the words say \"two thirds\", but 1 of 2 are agreed as at 17 July 2025"])
    }

    /// "{{ recalls }}, down on last year", "a slight fall", "lower than in 2016": the latest value
    /// against the one before it, or a year's, in words that stay while the data moves on.
    @Test func wordsThatSayHowTheLatestStandsAgainstAnEarlierValueMustBeTrue() {
        let (_, problems) = rendered(
            "{{ recalls }}, down on last year. {{ recalls }} recalls, a slight fall. {{ recalls }}, lower than in 2016. {{ recalls }}, below the 2015 level.")
        #expect(problems.map(\.message) == [
            "the words say \"a slight fall\", but {{ recalls }} is higher than the value before it, for 2016",
            "the words say \"lower than in 2016\", but {{ recalls }} is higher than the value for 2016",
            "the words say \"below the 2015 level\", but {{ recalls }} is higher than the value for 2015",
        ], "2016 is not the year before 2019: \"last year\" is not read")
        let (_, fine) = rendered(
            "{{ recalls }}, a sharp rise. {{ recalls }}, higher than in 2016. {{ recalls }}, not lower than in 2015. {{ recalls }} recalls, a fall in the rate of growth.")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// "All {{ log.total }} actions are complete" was published with a meeting action open and overdue.
    @Test func wordsThatSayEveryMeetingActionIsFinishedMustBeTrue() {
        let meetings = [
            "groups/panel.md": "---\ntitle: Panel\n---\nThe panel.\n",
            "meetings/2025-03-04.md": "---\ndate: 2025-03-04\ngroup: panel\nstatus: agreed\nactions:\n  - number: 1\n    deadline: May 2025\n---\n## Items\n\nACTION (Clerk): Send the figures.\n",
            "pages/about.md": "---\ntitle: About\n---\nAll {{ log.total }} actions are complete. None of the {{ log.total }} actions is overdue. {{ log.finished }} of {{ log.total }} are finished; {{ log.overdue }} overdue.\n",
        ]
        let site = figureSite(meetings)
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"all ... complete\", but 0 of 1 are finished as at 17 July 2025",
            "the words say \"none ... overdue\", but 1 is overdue as at 17 July 2025",
        ])
        #expect(site.diagnostics.errors.first?.hint == "let the figures say how many: {{ log.finished }} of {{ log.total }}")
    }

    /// "A record high of {{ recycling }}": the value follows the data, and the words would call a
    /// later, lower one the highest ever.
    @Test func wordsThatCallAValueARecordMustBeTrueOfIt() {
        let (_, problems) = rendered(
            "A record high of {{ unreleased }}. It was {{ unreleased@2024-12-31 }}, the lowest ever. It is {{ unreleased.previous }}, its lowest level.")
        #expect(problems.map(\.message) == [
            "the words say \"record high of\", but {{ unreleased }} is not the highest value of its series (Unreleased IPP prisoners, 31 March 2025. Source: OMSQ)",
            "the words say \"the lowest ever\", but {{ unreleased@2024-12-31 }} is not the lowest value of its series (Unreleased IPP prisoners, 31 December 2024. Source: OMSQ)",
            "the words say \"its lowest level\", but {{ unreleased.previous }} is not the lowest value of its series (Unreleased IPP prisoners, 31 December 2024. Source: OMSQ)",
        ])
        #expect(problems.first?.hint == "cite the record itself, {{ unreleased.highest }} on {{ unreleased.highest.date }}, or give the value by its period: {{ unreleased@<period> }}")
        let (_, true_) = rendered(
            "A record low of {{ unreleased }}; {{ unreleased.highest }}, the highest on record; {{ unreleased@2024-12-31 }}, the lowest since 2012; {{ unreleased@2024-12-31 }}, its lowest level in ten years.")
        #expect(true_.isEmpty, "\(true_)")
    }

    /// "Our goal is {{ target.x.goal }} by December 2025": once December passed, the goal in force
    /// was the next step's, and the page gave it December's day.
    @Test func aDayTheWordsGiveATargetsGoalMustBeItsSteps() {
        let targets = "targets:\n  - id: seen\n    title: Seen within 4 hours\n    unit: percent\n    direction: increase\n    steps:\n      - value: 90\n        by: December 2024\n      - value: 95\n        by: July 2026\n"
        let site = figureSite([
            "targets.yaml": targets,
            "pages/about.md": "---\ntitle: About\n---\nOur goal is {{ target.seen.goal }} by December 2024. By the end of 2024, {{ target.seen.goal }}. It is {{ target.seen.goal }} by July 2026; {{ target.seen.goal }}, set by the board in 2024.\n",
        ])
        #expect(site.diagnostics.errors.map(\.message) == [
            "the words say \"by December 2024\", but {{ target.seen.goal }} is the goal due by 31 July 2026",
            "the words say \"By the end of 2024\", but {{ target.seen.goal }} is the goal due by 31 July 2026",
        ])
    }

    /// "{{ plan.x.finished }}% of actions are complete" published "1%" of one action in seven, and
    /// "{{ x.change.percent }}%" published "+20%%".
    @Test func aPercentSignAfterAFigureIsAnError() {
        let (_, problems) = rendered(
            "{{ unreleased }}% had never been released; they fell by {{ unreleased.change.percent.abs }} per cent. {{ unreleased.change.percent }}. A percentage of {{ unreleased }} people.")
        #expect(problems.map(\.message) == [
            "the words add \"%\" after {{ unreleased }}, but it is a count (1,012), not a percentage",
            "the words add \"per cent\" after {{ unreleased.change.percent.abs }}, which writes its own (3.2%)",
        ])
        #expect(problems.last?.hint == "leave out the \"per cent\": the figure writes it")
    }

    /// "{{ recalls }}, the highest since 2015": a record of the years after 2015, which a later,
    /// higher value makes false.
    @Test func aRecordSinceAYearMustBeTrueOfTheYearsAfterIt() {
        let (_, problems) = rendered("Recalls fell to {{ recalls }}, the lowest since 2015. They reached {{ recalls }}, its lowest level since 2014.")
        #expect(problems.map(\.message) == [
            "the words say \"the lowest since 2015\", but {{ recalls }} is not: the value for 2016 was lower",
            "the words say \"its lowest level since 2014\", but {{ recalls }} is not: the value for 2015 was lower",
        ])
        // A record of its day is not undone by a later value: 482 was the highest since 2015 in 2016.
        let (_, fine) = rendered(
            "Recalls reached {{ recalls }}, the highest since 2015; {{ recalls@2016 }}, the highest since 2015; {{ recalls@2016 }}, the highest in ten years.")
        #expect(fine.isEmpty, "\(fine)")
    }

    /// "We met our target: {{ target.x.latest }}" on a page of no day: the reading follows the
    /// data, the words stay, and the page could say "met" of a target off track.
    @Test func wordsThatSayHowATargetStandsMustAgreeWithIt() {
        let (_, problems) = rendered(
            "We met our target: {{ target.parole-reports.latest }}. We are on track, at {{ target.parole-reports.latest }}. Others were off track, but this one is on track ({{ target.parole-reports.goal }}).")
        #expect(problems.map(\.message) == [
            "the words say \"met our target\", but the target of {{ target.parole-reports.latest }} is off track as at 17 July 2025",
            "the words say \"on track\", but the target of {{ target.parole-reports.latest }} is off track as at 17 July 2025",
            "the words say \"on track\", but the target of {{ target.parole-reports.goal }} is off track as at 17 July 2025",
        ])
        #expect(problems.first?.hint == "let the figures say how it stands: {{ target.parole-reports.status }}")
        let (_, fine) = rendered(
            "We are off track, at {{ target.parole-reports.latest }}. We have not met the target of {{ target.parole-reports.goal }}. The target is {{ target.parole-reports.status }}. Others are on track, but this one is off track ({{ target.parole-reports.latest }}).")
        #expect(fine.isEmpty, "\(fine)")
        let update = figureSite(["updates/2025-06-10-news.md": "---\ntitle: News\ndate: 2025-06-10\n---\nA record low of {{ unreleased@2024-12-31 }} then; we were on track, with {{ target.parole-reports.goal }} the goal.\n"])
        #expect(update.diagnostics.errors.isEmpty, "words of a dated record are of its day: \(update.diagnostics.errors)")
    }

    @Test func referencesInCodeAreLeftAsWritten() {
        let (html, problems) = rendered("Write `{{ unreleased }}` to cite it.")
        #expect(problems.isEmpty)
        #expect(html.contains("<code>{{ unreleased }}</code>"))
    }

    @Test func aChartBlockBecomesAFigureWithSummaryTableAndSource() {
        let (html, problems) = rendered("{{ chart recalls }}")
        #expect(problems.isEmpty, "\(problems)")
        #expect(html.contains("<figure class=\"chart\" id=\"chart-recalls\">"))
        #expect(html.contains("Rose from 363 in 2015 to 710 in 2019. No figure was published for 2017 and 2018."))
        #expect(html.contains("<svg class=\"chart__svg\""))
        #expect(html.contains("<th scope=\"row\">2017</th><td class=\"numeric\">No figure</td>"))
        #expect(html.contains("href=\"../data/series/recalls/recalls.csv\">Download the figures (CSV)</a>"))
    }
}

@Suite struct SeriesSummaryTests {
    func values(_ points: [(String, Double?)], kind: PeriodKind = .date) -> SeriesValues {
        let (assessed, _) = FigureEngine.assess(FigureContent(series: [dataSeries("s", kind: kind, points)]), asOf: CivilDate(iso: "2030-01-01")!)
        return assessed.series["s"]!
    }

    @Test func describesAPeakFallAndRise() {
        #expect(SeriesSummary.sentence(values([("2005-06-30", 24), ("2012-06-30", 6078), ("2025-03-31", 1012)]), englishStrings)
            == "Rose from 24 on 30 June 2005 to a peak of 6,078 on 30 June 2012, then fell to 1,012 on 31 March 2025.")
        #expect(SeriesSummary.sentence(values([("2022-06-30", 3246), ("2024-12-31", 1376)]), englishStrings) == "Fell from 3,246 on 30 June 2022 to 1,376 on 31 December 2024.")
        #expect(SeriesSummary.sentence(values([("2024", 602)], kind: .calendarYear), englishStrings) == "Was 602 in 2024.")
    }

    /// 89.6% shown without decimals read "90%, against a goal of 90%", beside "does not meet it".
    @Test func aReadingShortOfItsGoalIsNeverShownAsTheGoal() {
        let site = figureSite([
            "targets.yaml": "targets:\n  - id: answered\n    title: Calls answered\n    direction: increase\n    unit: percent\n    decimals: 0\n    steps:\n      - value: 90\n    readings:\n      - date: 2025-05-31\n        value: 89.6\n",
            "pages/calls.md": "---\ntitle: Calls\n---\n{{ target.answered.latest }} against {{ target.answered.goal }}.\n",
        ])
        let targets = site.text(of: "data/targets/index.html") ?? ""
        #expect(targets.contains("The latest reading, 89.6% on 31 May 2025, against a goal of 90% at all times."))
        #expect(!targets.contains(">90%</td>"), "the reading in the table too")
        #expect(site.text(of: "calls/index.html")?.contains(">89.6%</a> against <a") == true)
    }

    /// 83.4% then 83.2%, shown without decimals, "fell from 83% to 83%", and were "down 0
    /// percentage points": changes are worked out between the values as shown.
    @Test func valuesThatAreShownTheSameDidNotChange() {
        var series = dataSeries("s", kind: .calendarYear, [("2023", 83.4), ("2024", 83.2), ("2025", 83.45)])
        series.unit = ValueUnit(name: "percent", decimals: 0)
        let (assessed, _) = FigureEngine.assess(FigureContent(series: [series]), asOf: CivilDate(iso: "2030-01-01")!)
        #expect(SeriesSummary.sentence(assessed.series["s"]!, englishStrings) == "Was 83% in 2023 and 83% in 2025.")
        let site = figureSite([
            "data/share.csv": "period,value\n2023,83.4\n2024,83.2\n", "data/share.yaml": "title: Share\nunit: percent\ndecimals: 0\nperiod: calendar-year\n",
            "pages/share.md": "---\ntitle: Share\n---\nThe share {{ share.change.direction }} ({{ share.change }}).\n",
        ])
        #expect(site.text(of: "share/index.html")?.contains("The share <a") == true)
        #expect(site.text(of: "share/index.html")?.contains(">did not change</a> (<a") == true)
        #expect(site.text(of: "data/series/share/index.html")?.contains("no change from 2023") == true)
    }

    /// From "about 600" to 650 was "up 50": the change is no surer than the value it starts from.
    @Test func aChangeFromAnApproximateValueIsApproximate() {
        let site = figureSite([
            "data/staff.csv": "period,value,approximate\n2023,600,yes\n2024,650,\n", "data/staff.yaml": "title: Staff\nunit: people\nperiod: calendar-year\n",
            "pages/staff.md": "---\ntitle: Staff\n---\nStaff numbers changed by {{ staff.change }} ({{ staff.change.percent }}).\n",
        ])
        #expect(site.text(of: "staff/index.html")?.contains(">about +50</a> (<a") == true)
        #expect(site.text(of: "staff/index.html")?.contains(">about +8.3%</a>)") == true)
        #expect(site.text(of: "data/series/staff/index.html")?.contains("up about 50 from about 600") == true)
    }
}

@Suite struct ChartSVGTests {
    func chart(_ kind: ChartKind, _ points: [(String, Double?)], periods: PeriodKind = .calendarYear) -> String {
        let (assessed, _) = FigureEngine.assess(FigureContent(series: [dataSeries("s", kind: periods, points)]), asOf: CivilDate(iso: "2030-01-01")!)
        return ChartSVG(series: [assessed.series["s"]!], kind: kind, idPrefix: "c", title: "T", summary: "S", strings: englishStrings).render()
    }

    @Test func aGapBreaksTheLineInTwo() {
        let svg = chart(.line, [("2015", 363), ("2016", 482), ("2019", 710), ("2020", 700)])
        #expect(svg.components(separatedBy: "<path class=\"chart__line\"").count - 1 == 2)
        #expect(svg.components(separatedBy: "<circle class=\"chart__marker\"").count - 1 == 4)
    }

    @Test func aMissingBarSaysNoneAndValuesAreWrittenOnBars() {
        let svg = chart(.bar, [("2015", 363), ("2017", 500)])
        #expect(svg.components(separatedBy: "<rect class=\"chart__bar\"").count - 1 == 2)
        #expect(svg.contains(">none</text>"))
        #expect(svg.contains(">363</text>"))
    }

    @Test func theChartIsLabelledAndTheSameEveryTime() {
        let svg = chart(.line, [("2015", 363), ("2016", 482)])
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""))
        #expect(svg.contains("<title id=\"c-title\">T</title>"))
        #expect(svg.contains(">0</text>") && svg.contains(">500</text>"), "the axis starts at zero with round ticks")
        #expect(svg == chart(.line, [("2015", 363), ("2016", 482)]))
        #expect(!svg.contains("style="), "no inline styles, which the Content-Security-Policy forbids")
    }

    @Test func niceScalesUseRoundSteps() {
        let scale = NiceScale(minimum: 0, maximum: 6078)
        #expect(scale.ticks == [0, 2000, 4000, 6000, 8000])
        #expect(NiceScale(minimum: 0, maximum: 28).ticks.last == 30)
    }
}

@Suite struct DataPagesTests {
    @Test func theDataPagesAndDownloadsAreBuilt() throws {
        let site = figureSite()
        #expect(site.diagnostics.errors.isEmpty, "\(site.diagnostics.errors)")
        let paths = Set(site.files.map(\.sitePath))
        for path in ["data/index.html", "data/series/unreleased/index.html", "data/series/unreleased/unreleased.csv", "data/targets/index.html", "data/figures.json"] {
            #expect(paths.contains(path), "\(path) is missing")
        }
        let csv = site.text(of: "data/series/recalls/recalls.csv") ?? ""
        #expect(csv.contains("2017,2017-01-01,2017-12-31,2017,,,,\r\n"), "a gap is an empty value in the download")
        let page = site.text(of: "data/series/unreleased/index.html") ?? ""
        #expect(page.contains("<tr id=\"p-2025-03-31\"><th scope=\"row\">31 March 2025</th><td class=\"numeric\">1,012</td>"))
        let targets = site.text(of: "data/targets/index.html") ?? ""
        #expect(targets.contains("<strong class=\"tag tag--orange\">Off track</strong>"))
        #expect(targets.contains("The goal applies at all times, and the latest reading does not meet it."))
    }

    /// A rate whose base was 0 for a year: the page said "No figure was published" for it, though
    /// both figures were. And years one input had no figure for were left out of the metric's
    /// table, and its chart's line ran across them.
    @Test func aShareOrRateOfNothingSaysWhyItHasNoFigureAndAYearAnInputLacksIsAGap() {
        let site = figureSite([
            "data/staff.csv": "period,value\n2015,10\n2016,0\n2019,20\n", "data/staff.yaml": "title: Staff\nunit: people\nperiod: calendar-year\n",
            "metrics.yaml": "metrics:\n  - id: per-staff\n    title: Recalls per member of staff\n    unit: recalls per member of staff\n    rate:\n      count: recalls\n      per: 1\n      of: staff\n",
        ])
        #expect(site.diagnostics.errors.isEmpty, "\(site.diagnostics.errors)")
        let page = site.text(of: "data/series/per-staff/index.html") ?? ""
        #expect(page.contains("2016: not worked out, since Staff was 0 (a share or rate of nothing is no number)."))
        #expect(page.contains("Not worked out: Staff was 0, and a share or rate of nothing is no number"))
        #expect(!page.contains("No figure was published for 2016"))
        #expect(page.contains("No figure was published for 2017 and 2018."), "a year with no figures is still a gap")
    }
}

func dataSeries(_ id: String, kind: PeriodKind, _ values: [(String, Double?)]) -> DataSeries {
    let place = SourceLocation(file: "Content/data/\(id).csv")
    return DataSeries(
        id: id, title: id, unit: ValueUnit(name: "people"), periodKind: kind,
        points: values.map { DataPoint(period: Period.parse($0.0, as: kind)!, value: $0.1, location: place) },
        sourcePath: "data/\(id).csv", location: place)
}
