import Foundation
import Testing

/// Every fact the content holds and Tally computes with is shown to the reader and exported:
/// deadlines of meeting actions, revised deadlines, hand-given ratings, what a continuation changed.
@Suite(.serialized) struct ContentFactsTests {
    func council() throws -> CouncilSite { try SecondOrganisationTests.built.get() }

    @Test func aMeetingActionsDeadlineIsOnItsMeetingTheLogAndBothExports() throws {
        let site = try council()
        #expect(site.page("meetings/2025-03-12/index.html").contains("Due: “March 2026” (31 March 2026)."))
        #expect(site.page("meetings/actions/index.html").contains("Deadline</dt><dd class=\"summary-list__value\">“March 2026”: due by 31 March 2026"))
        let csv = site.page("meetings/actions.csv").split(separator: "\r\n")
        #expect(csv[0].contains("owners,deadline_as_published,deadline_due,deadline_revised_to,deadline_revised_on,deadline_revision_reason,status"))
        #expect(csv.contains { $0.contains(",Fleet Manager,March 2026,2026-03-31,,,,") })
        let record = try #require(try site.records("meetings/actions.json", "actions").first { ($0["owners"] as? [String]) == ["Fleet Manager"] })
        #expect(record["deadline_due"] as? String == "2026-03-31")
        #expect(record["due_soon"] as? Bool == false)
    }

    @Test func aRevisedDeadlineIsMarkedInThePlanTableWithTheWordsItReplacedAndExported() throws {
        let site = try council()
        let plan = site.page("plans/ceap-2025/index.html")
        #expect(plan.contains("June 2026 <strong class=\"tag tag--revised\">Revised</strong> <span class=\"meta\">from “Early 2026” on 1 September 2025</span>"))
        let action = site.page("plans/ceap-2025/ceap25-T1/index.html")
        #expect(action.contains("Revised on 1 September 2025 to “June 2026”"))
        let row = try #require(site.page("plans/actions.csv").split(separator: "\r\n").first { $0.contains(",ceap25-T1,") })
        #expect(row.contains("Early 2026,2026-03-31,June 2026,2025-09-01,The bus operator asked for a summer start.,"))
    }

    @Test func aRatingGivenByHandIsShownBesideTheComputedOneInThePlanTable() throws {
        let plan = try council().page("plans/ceap-2024/index.html")
        #expect(plan.contains("Rated <strong class=\"tag tag--orange\">Amber</strong> by the organisation (computed: "))
        #expect(plan.contains("The heat pump supplier went into administration."))
    }

    @Test func whatAContinuationChangedIsOnTheActionTheChangesPageAndTheExport() throws {
        let site = try council()
        let note = "The target went up from 150 to 500 homes."
        #expect(site.page("plans/ceap-2025/ceap25-H1/index.html").contains("(Climate Emergency Action Plan 2024): \(note)"))
        #expect(site.page("plans/ceap-2025/changes/index.html").contains("<span class=\"meta meta--block\">\(note)</span>"))
        let row = try #require(site.page("plans/actions.csv").split(separator: "\r\n").first { $0.contains(",ceap25-H1,,homes,") })
        #expect(row.contains(",ceap24-H1,carried-over,\(note),"))
    }

    @Test func aChangeOfAPercentageIsInPercentagePointsAndAProvisionalValueSaysSo() throws {
        let site = try council()
        let home = site.page("index.html")
        #expect(home.contains("at April to June 2025 (provisional); up 1 percentage point from 44% at January to March 2025"))
        #expect(home.contains(">45% (provisional)</a> of the council’s electricity"))
        #expect(home.contains("1 percentage point</a> more than the quarter before"))
        let series = site.page("data/series/renewable-share/index.html")
        #expect(series.contains("Rose from 40% in July to September 2024 to 45% (provisional) in April to June 2025."))
        #expect(!series.contains("5.0%"))
    }

    @Test func aPeriodHasOneLabelAUnitKeepsItsCaseAndEachTickIsUnderItsPoint() throws {
        let site = try council()
        let series = site.page("data/series/renewable-share/index.html")
        #expect(series.contains("<th scope=\"row\">April to June 2025</th>"), "the table and the summary name the quarter alike")
        for (x, label) in [("84", "2024 Q3"), ("286.2", "2024 Q4"), ("684", "2025 Q2")] {
            #expect(series.contains("<text class=\"chart__tick\" x=\"\(x)\" y=\"326\" text-anchor=\"middle\">\(label)</text>"))
            #expect(series.contains("<circle class=\"chart__marker\" cx=\"\(x)\""), "a point at \(x), under its label")
        }
        let emissions = site.page("data/series/emissions/index.html")
        #expect(emissions.contains(">tCO2e</text>"))
        #expect(emissions.contains("<th scope=\"col\" class=\"numeric\">tCO2e</th>"))
        #expect(!emissions.contains("TCO2e"))
    }

    @Test func thePrintEditionHoldsTheSeriesPagesAndWritesOutEveryAddress() throws {
        let site = try CouncilSite()
        let built = try site.tally("build", "--edition", "print", "--output", "Print")
        #expect(built.status == 0, "\(built.errors)")
        let document = String(decoding: FileManager.default.contents(atPath: site.path + "/Print/index.html") ?? Data(), as: UTF8.self)
        #expect(document.contains("<li value=\"") && document.contains("Share of the council&#39;s electricity from renewable sources</a></li>"),
            "the series page is a part in the contents list")
        #expect(document.contains("Greenford City Council energy bills</a><span class=\"print-url\"> (https://example.org/greenford/energy-bills)</span>"))
    }

    @Test func aTargetThatReadsASeriesShowsItsValuesAsReadings() throws {
        let targets = try council().page("data/targets/index.html")
        #expect(targets.contains("The latest reading, 45% (provisional) on 30 June 2025 (April to June 2025), against a goal of 50% by March 2027."))
        #expect(targets.contains("<td class=\"numeric\">44%</td><td>January to March 2025</td><td>Greenford City Council energy bills"))
        #expect(targets.contains("Readings from</dt><dd class=\"summary-list__value\"><a href=\"../series/renewable-share/index.html\">"))
    }
}
