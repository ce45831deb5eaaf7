import Foundation
import Testing

/// Every organisation's own site under Tests/Fixtures (a council, a health board, a police force,
/// a college, a water company, a housing association, a fire and rescue service, and any added
/// later) builds in its own words without an error or a warning. Each suite of its own then
/// holds what its words were read as.
@Suite struct FixtureSitesTests {
    static let fixtures = ((try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("Tests/Fixtures").path)) ?? [])
        .filter { FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent("Tests/Fixtures/\($0)/Content/site.yaml").path) }
        .sorted()

    @Test func everyOrganisationsSiteIsHere() {
        #expect(Set(Self.fixtures).isSuperset(of: ["college", "council", "fire", "health", "housing", "police", "water"]), "\(Self.fixtures)")
    }

    @Test(arguments: fixtures)
    func itsOwnWordsBuildWithoutAnErrorOrAWarning(fixture: String) throws {
        let result = try CouncilSite(fixture: fixture).tally("build")
        #expect(result.status == 0, "\(fixture): \(result.errors)")
        #expect(!result.errors.contains("warning:"), "\(fixture): \(result.errors)")
    }
}
