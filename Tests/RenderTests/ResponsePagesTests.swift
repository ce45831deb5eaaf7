import Foundation
import Compute
import Model
import Testing

@testable import Render

@Suite struct ResponsePagesTests {
    let files: [String: String] = [
        "responses/r1/response.md": "---\ntitle: Response to the inspection\nsubmitted: 2024-01-03\nreport:\n  title: An inspection\n---\nIntroduction.\n",
        "responses/r1/a.md": "---\nnumber: 1\naddressed_to: Ministry of Justice\nrecommendation: Work with others.\nagreement: agreed\nsteps:\n  - owner: Deputy Director\n    deadline: Ongoing\n  - owner: NHS England\n    deadline: December 2025\n---\nWe will.\n",
        "responses/r1/b.md": "---\nnumber: 2\naddressed_to: HMPPS\nrecommendation: Train staff.\nagreement: not-agreed\nreason: Not affordable.\n---\n",
    ]

    func site() -> RenderedSite {
        let (theme, _) = Theme.load(repositoryThemeFiles)
        let model = content(files)
        return SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2025-07-17")!), theme: theme)
    }

    @Test func theResponsePageShowsTheComputedSummaryAndGroupsByAddressee() {
        let rendered = site()
        #expect(rendered.diagnostics.errors.isEmpty, "\(rendered.diagnostics.errors)")
        let html = rendered.text(of: "responses/r1/index.html") ?? ""
        #expect(html.contains("<tr><td><strong class=\"tag tag--green\">Agreed</strong></td><td class=\"numeric\">1</td></tr>"))
        #expect(html.contains("<tr><td><strong class=\"tag tag--red\">Not agreed</strong></td><td class=\"numeric\">1</td></tr>"))
        #expect(html.contains("<tr><th scope=\"row\">Total</th><td class=\"numeric\">2</td></tr>"))
        // The implementation table counts recommendations: it had said "Actions" and "All actions".
        #expect(html.contains("<th scope=\"col\" class=\"numeric\">Recommendations</th>"))
        #expect(html.contains("<tfoot><tr><th scope=\"row\">All recommendations</th>"))
        #expect(!html.contains("All actions"))
        #expect(html.contains("<h2 id=\"to-ministry-of-justice\">Ministry of Justice should:</h2>"))
        #expect(html.contains("<h2 id=\"to-hmpps\">HMPPS should:</h2>"))
        #expect(!html.contains("<a href=\"index.html\">An inspection</a>"), "a report without an address is not linked to this page")
    }

    @Test func theRecommendationPageListsEachStepsOwnerAndDate() {
        let html = site().text(of: "responses/r1/recommendation-1/index.html") ?? ""
        #expect(html.contains("<td>Not published</td>\n<td data-label=\"Owner\">Deputy Director</td>\n<td data-label=\"Target date as published\">Ongoing</td>"))
        #expect(html.contains("<td data-label=\"Owner\">NHS England</td>\n<td data-label=\"Target date as published\">December 2025</td>\n<td data-label=\"Read as\">31 December 2025</td>"))
        #expect(html.contains("Nothing has been reported about this recommendation since the response was submitted."))
        let notAgreed = site().text(of: "responses/r1/recommendation-2/index.html") ?? ""
        #expect(notAgreed.contains("Not agreed</strong><span class=\"meta--block\">Not affordable.</span>"))
    }

    /// "Within six months of this report, ...": the day `due:` gives is on the page, beside the agreement.
    @Test func theDayTheReportSetsIsShownWhenDueGivesIt() {
        var files = files
        files["responses/r1/c.md"] = "---\nnumber: 3\nrecommendation: Within six months of this report, review the policy.\nagreement: agreed\ndue: 2024-06-14\nsteps:\n  - owner: Director\n    deadline: May 2024\n---\n"
        let model = content(files)
        let (theme, _) = Theme.load(repositoryThemeFiles)
        let rendered = SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2025-07-17")!), theme: theme)
        let html = rendered.text(of: "responses/r1/recommendation-3/index.html") ?? ""
        #expect(html.contains("<dt class=\"summary-list__key\">To be met by (as the report sets it)</dt><dd class=\"summary-list__value\">14 June 2024</dd>"))
        #expect(!(site().text(of: "responses/r1/recommendation-1/index.html") ?? "").contains("To be met by"), "only where due: gives the day")
    }

    @Test func theExportsHaveEveryRecommendationWithItsSteps() throws {
        let json = try #require(site().files.first { $0.sitePath == "responses/recommendations.json" })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [String: Any])
        let records = try #require(document["recommendations"] as? [[String: Any]])
        #expect(records.map { $0["agreement"] as? String } == ["agreed", "not-agreed"])
        let steps = try #require(records.first?["steps"] as? [[String: Any]])
        #expect(steps.map { $0["target_date_as_published"] as? String } == ["Ongoing", "December 2025"])
    }
}

/// A Mustache section looks up names it lacks in the sections around it; templates use `.name`
/// for optional values of list items, so that one item never shows another's value.
@Suite struct TemplateContextTests {
    @Test func anUpdateWithoutASummaryDoesNotShowThePagesSummary() {
        let (theme, _) = Theme.load(repositoryThemeFiles)
        let model = content([
            "pages/index.md": "---\ntitle: Home\nsummary: The home page summary\n---\n",
            "updates/a.md": "---\ntitle: News\ndate: 2025-01-01\n---\n",
        ])
        let site = SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2025-07-17")!), theme: theme)
        let html = site.text(of: "index.html") ?? ""
        #expect(html.components(separatedBy: "The home page summary").count - 1 == 1)
    }

    @Test func aMilestoneWithoutADeadlineDoesNotShowTheActionsDeadline() {
        let (theme, _) = Theme.load(repositoryThemeFiles)
        let model = content([
            "plans/p/plan.md": "---\ntitle: P\npublished: 2023-01-01\nthemes:\n  - id: \"1\"\n    title: T\n---\n",
            "plans/p/a.md": "---\nid: p-1\ntitle: A\ntheme: \"1\"\ndeadline: Zebruary 2030 June 2030\n---\n",
            "plans/p/b.md": "---\nid: p-2\ntitle: B\ntheme: \"1\"\ndeadline: June 2030\nmilestones:\n  - text: Step without a date\n---\n",
        ])
        let site = SiteRenderer.render(content: model, assessments: MetricsEngine.assess(model, asOf: CivilDate(iso: "2025-07-17")!), theme: theme)
        let html = site.text(of: "plans/p/p-2/index.html") ?? ""
        #expect(html.contains("<td>Step without a date</td>\n<td data-label=\"Deadline as published\">Not published</td>"))
    }
}
