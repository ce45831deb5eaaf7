import Diagnostics
@testable import Compute
import Model
import Testing

func recommendation(_ number: Int, _ agreement: Agreement, steps: [(String, String?)]) -> Recommendation {
    let milestones = steps.map { Milestone(text: nil, owner: $0.0, deadline: $0.1.map(deadline), location: here) }
    let tracked = TrackedItem(id: "r-\(number)", title: "R", owners: steps.map(\.0), milestones: milestones, opened: day("2024-01-03"), location: here)
    return Recommendation(
        item: tracked, responseID: "r", number: String(number), agreement: agreement,
        body: MarkdownText(text: "", sourcePath: "x", displayPath: "x", firstLine: 1), sourcePath: "x", numberLocation: here)
}

@Suite struct ResponseMetricsTests {
    let content: Content = {
        let response = Response(
            id: "r", title: "Response", report: SourceReference(title: "Report"), submitted: day("2024-01-03"),
            body: MarkdownText(text: "", sourcePath: "x", displayPath: "x", firstLine: 1),
            recommendations: [
                recommendation(1, .agreed, steps: [("A", "Ongoing"), ("B", "March 2025")]),
                recommendation(2, .partlyAgreed, steps: [("C", "Complete - ongoing")]),
                recommendation(3, .notAgreed, steps: []),
                recommendation(4, .agreed, steps: [("D", "April 2024"), ("E", "Complete")]),
            ],
            sourcePath: "responses/r/response.md", location: here)
        return Content(site: SiteConfig(title: "T"), responses: [response])
    }()

    @Test func theSummaryIsCountedFromTheRecommendations() throws {
        let summary = try #require(MetricsEngine.assess(content, asOf: day("2024-06-30")).responses[ItemID("r")])
        #expect(summary.agreement == [.agreed: 2, .partlyAgreed: 1, .notAgreed: 1])
        #expect(summary.total == 4)
        #expect(summary.steps == 5)
    }

    @Test func stepsAreDueAndOverdueByTheSameRulesAsPlans() throws {
        let assessments = MetricsEngine.assess(content, asOf: day("2024-06-30"))
        let first = try #require(assessments.recommendations[ItemID("r-1")])
        #expect(!first.isOverdue)
        #expect(first.nextDue == day("2025-03-31"), "Ongoing has no due date")
        #expect(assessments.recommendations[ItemID("r-2")]?.status == .reported(.completeAndOngoing))
        let fourth = try #require(assessments.recommendations[ItemID("r-4")])
        #expect(fourth.isOverdue)
        #expect(fourth.milestones.map(\.isDone) == [false, true])
        #expect(assessments.responses[ItemID("r")]?.overdueSteps == 1)
        let later = MetricsEngine.assess(content, asOf: day("2025-07-17"))
        #expect(later.responses[ItemID("r")]?.overdueSteps == 2)
    }
}
