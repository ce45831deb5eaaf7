import Foundation
import Testing

/// The real demo content in Content/, built as at the date of the annual report.
final class DemoBuild: @unchecked Sendable {
    let folder: String
    let result: TallyResult

    init(asOf: String = "2025-07-17") throws {
        folder = NSTemporaryDirectory() + "tally-demo-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        result = try runTally(
            [
                "build", "--content", repositoryRoot.appendingPathComponent("Content").path,
                "--theme", repositoryRoot.appendingPathComponent("Theme").path, "--output", folder + "/Site", "--as-of", asOf,
            ], in: folder)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    func text(_ sitePath: String) -> String {
        String(decoding: FileManager.default.contents(atPath: folder + "/Site/" + sitePath) ?? Data(), as: UTF8.self)
    }

    func count(_ needle: String, in sitePath: String) -> Int {
        text(sitePath).components(separatedBy: needle).count - 1
    }
}

@Suite(.serialized) struct DemoSiteTests {
    static let demo = Result { try DemoBuild() }

    func build() throws -> DemoBuild { try Self.demo.get() }

    /// README step 6: the site as it stood at an earlier day, for a challenge group that asks
    /// what was known at its last meeting.
    @Test func theDemoBuildsAsItStoodAtAnEarlierDate() throws {
        let then = try DemoBuild(asOf: "2024-06-30")
        #expect(then.result.status == 0, "stderr:\n\(then.result.errors)")
        #expect(then.result.errors.contains("tally: shown as the site stood on 30 June 2024: "))
        #expect(then.result.errors.contains("2 plans"))
        let plans = then.text("plans/index.html")
        #expect(plans.contains("IPP Action Plan 2023") || plans.contains("2023"))
        #expect(!plans.contains("2025/26"), "the 2025/26 plan was not published yet")
        #expect(!FileManager.default.fileExists(atPath: then.folder + "/Site/plans/2025-26/index.html"))
        #expect(!FileManager.default.fileExists(atPath: then.folder + "/Site/meetings/2025-06-03/index.html"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(then.text("plans/actions.json").utf8)) as? [String: Any])
        let actions = Dictionary(uniqueKeysWithValues: (json["actions"] as? [[String: Any]] ?? []).map { ($0["id"] as! String, $0) })
        #expect(actions["2023-2.4"]?["status"] as? String == "not-reported", "not yet dropped: the next plan came later")
        #expect(actions["2023-2.4"]?["overdue"] as? Bool == true)
        #expect(then.text("index.html").contains("<time datetime=\"2024-06-30\">30 June 2024</time>"))
    }

    @Test func theDemoSiteBuildsWithoutWarnings() throws {
        let demo = try build()
        #expect(demo.result.status == 0, "stderr:\n\(demo.result.errors)")
        #expect(demo.result.errors.isEmpty, "stderr:\n\(demo.result.errors)")
    }

    @Test func the2023PlanHas36ActionsInSixWorkstreams() throws {
        let demo = try build()
        let page = "plans/2023/index.html"
        #expect(demo.count("<section class=\"section\" aria-labelledby=\"theme-", in: page) == 6)
        #expect(demo.count("<span class=\"action-number\">", in: page) == 36)
        #expect(demo.text(page).contains("<tfoot><tr><th scope=\"row\">All actions</th><td class=\"numeric\">36</td></tr></tfoot>"))
        #expect(demo.text(page).contains("This plan was replaced by"))
        #expect(demo.text("plans/2023/2023-1.1/index.html").contains("did not survive"))
    }

    @Test func theOtherPlansHaveTheirActions() throws {
        let demo = try build()
        #expect(demo.count("<span class=\"action-number\">", in: "plans/2024-25/index.html") == 31)
        #expect(demo.count("<section class=\"section\" aria-labelledby=\"theme-", in: "plans/2025-26/index.html") == 6)
        #expect(demo.count("<tr>\n<td><a href=", in: "plans/2025-26/index.html") == 13)
    }

    @Test func everyActionPageSaysWhatActionsJSONSays() throws {
        let demo = try build()
        let data = Data(demo.text("plans/actions.json").utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document["as_of"] as? String == "2025-07-17")
        let actions = try #require(document["actions"] as? [[String: Any]])
        #expect(actions.count == 36 + 31 + 13)
        for action in actions {
            let page = try #require(action["page"] as? String)
            let html = demo.text(page)
            let label = try #require(action["status_label"] as? String)
            let statusLine = html.components(separatedBy: "<p class=\"status-line\">").dropFirst().first ?? ""
            #expect(statusLine.hasPrefix("<strong class=\"tag tag--") && statusLine.contains(">\(label)</strong>"), "\(page) does not show \(label)")
            let overdue = action["overdue"] as? Bool ?? false
            #expect(statusLine.prefix(200).contains(">Overdue</strong>") == overdue, "\(page): overdue should be \(overdue)")
        }
    }

    @Test func statusesFollowTheEvidenceAndTheRules() throws {
        let demo = try build()
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(demo.text("plans/actions.json").utf8)) as? [String: Any])
        let actions = Dictionary(
            uniqueKeysWithValues: (json["actions"] as? [[String: Any]] ?? []).map { ($0["id"] as! String, $0) })
        // Carried into the 2024/25 plan when it was published on 15 November 2024.
        #expect(actions["2023-2.2"]?["status"] as? String == "carried-over")
        #expect(actions["2023-4.3"]?["status"] as? String == "merged")
        // Nothing reported, and the 2024/25 plan did not continue it: dropped from that plan's day.
        #expect(actions["2023-2.4"]?["status"] as? String == "dropped")
        #expect(actions["2023-2.4"]?["status_date"] as? String == "2024-11-15")
        #expect(actions["2023-2.4"]?["overdue"] as? Bool == false)
        // Evidence in the annual report.
        #expect(actions["2024-25-8.1"]?["status"] as? String == "complete")
        #expect(actions["2024-25-8.1"]?["status_date"] as? String == "2024-11-14")
        #expect(actions["2024-25-3.1"]?["status"] as? String == "on-hold")
        #expect(actions["2024-25-3.1"]?["computed_rag"] as? String == "amber")
        // The new plan was published on the as-at date: nothing is due or stale yet.
        #expect(actions["2025-26-release-1"]?["status"] as? String == "not-reported")
        #expect(actions["2025-26-release-1"]?["overdue"] as? Bool == false)
        #expect(actions["2025-26-release-1"]?["carried_from"] as? [String] == ["2024-25-8.2", "2024-25-4.1", "2024-25-4.2", "2024-25-5.3"])
    }
}

extension DemoSiteTests {
    @Test func theNotesOf3June2025HaveFiveActionsOwnedByHMPPSInTheLog() throws {
        let demo = try build()
        let notes = demo.text("meetings/2025-06-03/index.html")
        #expect(demo.count("<div class=\"meeting-action\" id=\"raised-", in: "meetings/2025-06-03/index.html") == 5)
        #expect(notes.contains("Lord Timpson"))
        let log = demo.text("meetings/actions/index.html")
        #expect(demo.count("<li class=\"log-entry\" id=\"action-2025-06-03-", in: "meetings/actions/index.html") == 5)
        #expect(demo.count("<div class=\"summary-list__row\"><dt class=\"summary-list__key\">Owner</dt><dd class=\"summary-list__value\">HMPPS</dd></div>", in: "meetings/actions/index.html") == 5)
        // Nothing later is known: the log says so rather than guess.
        #expect(demo.count(">Not reported</strong>", in: "meetings/actions/index.html") == 5)
        #expect(log.contains("No meeting has been held since it was raised. The next meeting is on 2 September 2025."))
        #expect(demo.text("feed.xml").contains("IPP External Stakeholder Challenge Group: notes of 3 June 2025"))
    }
}

extension DemoSiteTests {
    @Test func theResponseSummaryIsComputedAs11Agreed0Partly0Not11Total() throws {
        let demo = try build()
        let page = demo.text("responses/hmip-ipp-recall-2023/index.html")
        for (label, colour, count) in [("Agreed", "green", 11), ("Partly agreed", "yellow", 0), ("Not agreed", "red", 0)] {
            #expect(page.contains("<tr><td><strong class=\"tag tag--\(colour)\">\(label)</strong></td><td class=\"numeric\">\(count)</td></tr>"))
        }
        #expect(page.contains("<tr><th scope=\"row\">Total</th><td class=\"numeric\">11</td></tr>"))
        #expect(page.contains("<h2 id=\"to-ministry-of-justice\">Ministry of Justice should:</h2>"))
        #expect(demo.count("<tr>\n<td data-label=\"No.\">", in: "responses/hmip-ipp-recall-2023/index.html") == 11)
    }

    @Test func theStepsCarryTheOwnersAndDatesOfTheSeed() throws {
        let demo = try build()
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(demo.text("responses/recommendations.json").utf8)) as? [String: Any])
        let records = try #require(json["recommendations"] as? [[String: Any]])
        #expect(records.count == 11)
        func dates(_ number: Int) -> [String] {
            let steps = records.first { $0["number"] as? String == String(number) }?["steps"] as? [[String: Any]] ?? []
            return steps.compactMap { $0["target_date_as_published"] as? String }
        }
        #expect(dates(1) == ["Ongoing", "March 2025", "Ongoing", "December 2024", "March 2024", "December 2025"])
        #expect(dates(5) == ["Complete - ongoing"])
        #expect(dates(6) == ["Complete – ongoing", "November 2024"])
        #expect(dates(7) == ["March 2024", "June 2024", "March 2024", "June 2024", "April 2024"])
        #expect(dates(11) == ["February 2024", "May 2024"])
        let first = try #require(records.first { $0["number"] as? String == "1" })
        #expect((first["owners"] as? [String])?.last == "NHS England")
        #expect(records.first { $0["number"] as? String == "5" }?["status"] as? String == "complete-and-ongoing")
        #expect(records.first { $0["number"] as? String == "9" }?["status"] as? String == "not-reported")
        let consider = demo.text("responses/hmip-ipp-recall-2023/recommendation-11/index.html")
        #expect(consider.contains("done in April 2024"))
    }
}

@Suite struct MeetingBadInputTests {
    @Test func aDraftMeetingLeavesNoTraceInAnyOutputFile() throws {
        let site = try FixtureSite()
        try site.write("Content/groups/cg.md", "---\ntitle: Challenge Group\n---\nAbout.\n")
        try site.write("Content/meetings/2025-06-03.md", "---\ndate: 2025-06-03\nstatus: agreed\n---\nACTION: HMPPS to publish the data.\n")
        try site.write(
            "Content/meetings/2025-07-01.md",
            "---\ndate: 2025-07-01\nstatus: draft\ntitle: Zebrafinch secret session\nfollow_ups:\n  - action: 2025-06-03-hmpps-publish-data\n    status: complete\n    note: Quokka remark.\n---\n## Confidential\n\nACTION: HMPPS to draft the Wombat paper.\n")
        let result = try site.tally("build")
        #expect(result.status == 0, "\(result.errors)")
        for (path, bytes) in site.tree() {
            let text = String(decoding: bytes, as: UTF8.self)
            for trace in ["Zebrafinch", "Quokka", "Wombat", "2025-07-01", "1 July 2025"] {
                #expect(!text.contains(trace), "\(path) contains \(trace) from the draft")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: site.path + "/Site/meetings/2025-07-01"))
        let log = String(decoding: site.tree()["meetings/actions/index.html"] ?? Data(), as: UTF8.self)
        #expect(log.contains(">Not reported</strong>"), "the draft's follow-up was not applied")
    }

    @Test func agreedNotesOfAFutureMeetingFailTheBuild() throws {
        let site = try FixtureSite()
        try site.write("Content/groups/cg.md", "---\ntitle: Challenge Group\n---\nAbout.\n")
        try site.write("Content/meetings/2025-09-02.md", "---\ndate: 2025-09-02\nstatus: agreed\n---\nNotes.\n")
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/meetings/2025-09-02.md:2:1: error: the notes of 2 September 2025 are agreed, but that is after the as-at date, 17 July 2025"))
    }
}

@Suite struct PlanBadInputTests {
    func fixtureWithPlan(action: String) throws -> FixtureSite {
        let site = try FixtureSite()
        try site.write("Content/plans/p1/plan.md", "---\ntitle: Plan\npublished: 2023-04-26\nthemes:\n  - id: \"1\"\n    title: Ops\n---\n")
        try site.write("Content/plans/p1/a.md", "---\n\(action)\n---\n")
        return site
    }

    @Test func anUpdateAfterTheAsAtDateFailsTheBuild() throws {
        let site = try fixtureWithPlan(action: "id: p1-1\ntitle: A\ntheme: \"1\"\nupdates:\n  - date: 2025-08-01\n    status: complete")
        let result = try site.tally("build")
        #expect(result.status == 1)
        #expect(result.errors.contains("Content/plans/p1/a.md:6:5: error: the update of 1 August 2025 is after the as-at date, 17 July 2025"))
        #expect(try site.tally("build", "--as-of", "2025-08-01").status == 0, "a later as-at date accepts it")
    }

    @Test func everyPlanProblemIsReportedInOneRun() throws {
        let site = try fixtureWithPlan(action: "id: p1-1\ntitle: A\ntheme: \"9\"\nrag: red\ndeadline: Soonish\nupdates:\n  - date: 2024-01-01\n    status: finished-ish")
        let result = try site.tally("check")
        #expect(result.status == 1)
        for message in [
            "is not a theme of the plan p1", "a manual RAG rating needs a reason", "cannot be read as a date",
            "\"finished-ish\" is not a status Tally knows",
        ] {
            #expect(result.errors.contains(message), "missing: \(message)\n\(result.errors)")
        }
    }
}
