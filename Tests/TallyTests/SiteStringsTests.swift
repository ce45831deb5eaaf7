import Foundation
import Testing

/// A site changes the words the theme shows in `Content/strings.yaml`, without touching a
/// template; a name the theme does not have, or words that do not fit it, are errors at their line.
@Suite struct SiteStringsTests {
    @Test func fiveStringsChangedInTheContentAreOnTheBuiltPages() throws {
        let site = try CouncilSite()
        try site.write("Content/strings.yaml", """
            sections:
              responses: Our answers to audits
            status:
              in-progress: Under way
            action-table:
              owner: Who leads
            counts:
              plan-summary:
                one: "Just {count} promise, {overdue} late."
                other: "{count} promises: {finished} kept, {not-reported} with no news, {overdue} late."
            print:
              notice: Printed for the scrutiny panel; web addresses follow their links.

            """)
        let web = try site.tally("build")
        #expect(web.status == 0, "\(web.errors)")
        #expect(site.page("responses/index.html").contains("<h1 class=\"heading-xl\">Our answers to audits</h1>"))
        #expect(site.page("index.html").contains(">Our answers to audits</h2>"))
        #expect(site.page("plans/ceap-2025/index.html").contains("<th scope=\"col\">Who leads</th>"))
        #expect(site.page("plans/ceap-2025/index.html").contains(">Under way</strong>"))
        #expect(site.page("plans/index.html").contains("promises: "))
        #expect(site.page("plans/actions.csv").contains(",in-progress,Under way,"), "exports carry the site's labels")
        let print = try site.tally("build", "--edition", "print", "--output", "Print")
        #expect(print.status == 0, "\(print.errors)")
        let document = String(decoding: FileManager.default.contents(atPath: site.path + "/Print/index.html") ?? Data(), as: UTF8.self)
        #expect(document.contains("<p>Printed for the scrutiny panel; web addresses follow their links.</p>"))
    }

    @Test func aNameTheThemeDoesNotHaveIsAnErrorWithTheNearest() throws {
        let site = try CouncilSite()
        try site.write("Content/strings.yaml", "sections:\n  responsess: Audits\n")
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/strings.yaml:2:3: error: there is no string \"sections.responsess\""), "\(result.errors)")
        #expect(result.errors.contains("hint: did you mean \"sections.responses\"?"))
    }

    @Test func wordsThatDoNotFitTheStringAreErrorsAtTheirLine() throws {
        let site = try CouncilSite()
        try site.write("Content/strings.yaml", """
            counts:
              actions: many actions
              plan-summary:
                other: "{count} promises"
            flags:
              stale: Quiet since {day}

            """)
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/strings.yaml:2:3: error: counts.actions depends on a number, so it needs a form for each: one: ..., other: ..."))
        #expect(result.errors.contains("Content/strings.yaml:3:3: error: counts.plan-summary has no form for one"))
        #expect(result.errors.contains("Content/strings.yaml:6:3: error: flags.stale has no placeholder {day}"))
        #expect(result.errors.contains("hint: it can use {date}"))
    }

    @Test func monthNamesAndTheOrderOfADateAreTheSites() throws {
        let site = try CouncilSite()
        try site.write("Content/strings.yaml", """
            date:
              long: "{month} {day}, {year}"
            months:
              october: Hydref
              june: Mehefin

            """)
        let result = try site.tally("build")
        #expect(result.status == 0, "\(result.errors)")
        #expect(site.page("index.html").contains("<time datetime=\"2025-10-01\">Hydref 1, 2025</time>"), "the footer's as-at date")
        #expect(site.page("data/series/renewable-share/index.html").contains("45% (provisional) in April to Mehefin 2025."), "a quarter named with the site's months")
    }

    @Test func aLabelInsideASentenceKeepsItsAbbreviations() throws {
        let site = try CouncilSite()
        try site.write("Content/strings.yaml", "status:\n  in-progress: NHS review under way\n  not-reported: Not reported\n")
        let result = try site.tally("build")
        #expect(result.status == 0, "\(result.errors)")
        let plan = site.page("plans/ceap-2025/index.html")
        #expect(plan.contains(" NHS review under way"), "in the theme's count sentence")
        #expect(plan.contains("not reported"), "a word label is lower-cased inside a sentence")
        #expect(!plan.contains("nhs review"))
    }
}
