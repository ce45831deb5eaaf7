import Diagnostics
import Model
import Testing

/// A session parses the content again after each change with the last build's readings: what it
/// gives must be what parsing from nothing gives, and unchanged files are not read again.
@Suite struct ParseCacheTests {
    /// A fire service's plan with two actions (one with a problem), a response with a
    /// recommendation, and a meeting.
    static let files: [String: String] = [
        "site.yaml": "title: Fire service improvement plan\n",
        "plans/prevention/plan.md": "---\ntitle: Prevention plan\npublished: 2025-04-01\nthemes:\n  - id: homes\n    title: Safer homes\n---\n",
        "plans/prevention/visits.md": "---\nid: P1\ntitle: Visit homes at risk\ntheme: homes\nowners: [Head of Prevention]\ndeadline: 2026-03-31\n---\n",
        "plans/prevention/alarms.md": "---\nid: P2\ntitle: Fit smoke alarms\ntheme: rooms\nowners: [Station managers]\ndeadline: 2026-06-30\n---\n",
        "responses/inspection/response.md": "---\ntitle: Response to the inspection\nreport:\n  title: Inspection of the fire service\nsubmitted: 2025-05-01\n---\n",
        "responses/inspection/r1.md": "---\nnumber: \"1\"\nrecommendation: Respond faster to calls\nagreement: agreed\nowner: Chief Fire Officer\ndeadline: 2025-12-31\n---\n",
        "groups/board.md": "---\ntitle: Improvement board\n---\n",
        "meetings/2025-06-10.md": "---\ngroup: board\ndate: 2025-06-10\nstatus: agreed\nactions:\n  - number: 1\n    deadline: 2025-09-30\n---\nACTION: Head of Prevention to report on visits by 30 September 2025.\n",
    ]

    static func sources(_ files: [String: String]) -> [SourceFile] {
        files.map { SourceFile(path: $0.key, displayPath: "Content/\($0.key)", text: $0.value) }
    }

    static func same(_ cached: ParsedContent, _ fresh: ParsedContent) {
        #expect(cached.content == fresh.content)
        #expect(cached.diagnostics.items.map(\.description) == fresh.diagnostics.items.map(\.description))
    }

    /// The content parsed with a cache, changed by `change`, then parsed again with the same
    /// cache: what the second parse gave (held to a parse with no cache), and how many readings
    /// it took from the cache and made.
    static func parsedAgain(after change: (inout [String: String]) -> Void) -> (parsed: ParsedContent, reused: Int, read: Int) {
        let cache = ParseCache()
        _ = ContentParser.parse(sources(files), cache: cache)
        var changed = files
        change(&changed)
        let parsed = ContentParser.parse(sources(changed), cache: cache)
        same(parsed, ContentParser.parse(sources(changed)))
        return (parsed, cache.lastBuild.reused, cache.lastBuild.read)
    }

    @Test func aSecondParseOfTheSameFilesReadsNoneOfThemAgain() {
        let cache = ParseCache()
        let first = ContentParser.parse(Self.sources(Self.files), cache: cache)
        #expect(cache.lastBuild.reused == 0)
        #expect(first.diagnostic(containing: "theme \"rooms\"") != nil, "the content's own mistake is found")
        // An action's file is read twice in a build (alone, then with its plan): each reading is
        // kept apart, so neither takes the other's place.
        #expect(Self.parsedAgain { _ in }.read == 0)
    }

    @Test func aChangedActionIsReadAgainAndTheRestAreNot() {
        let again = Self.parsedAgain { $0["plans/prevention/alarms.md"]! = $0["plans/prevention/alarms.md"]!.replacingOccurrences(of: "theme: rooms", with: "theme: homes") }
        #expect(again.read == 2, "the action's file alone and with its plan")
        #expect(again.parsed.diagnostics.errors.isEmpty, "\(again.parsed.diagnostics.items)")
    }

    @Test func aChangedPlanReadsItsActionsAgainWithIt() {
        let again = Self.parsedAgain {
            $0["plans/prevention/plan.md"]! = $0["plans/prevention/plan.md"]!.replacingOccurrences(
                of: "title: Safer homes", with: "title: Safer homes\n  - id: rooms\n    title: Safer rooms")
        }
        #expect(again.parsed.diagnostic(containing: "theme \"rooms\"") == nil, "the action is read with the plan as it now is")
        #expect(again.read == 4, "the plan alone and as a plan, and its two actions with it")
    }

    @Test func filesAddedAndRemovedMoveNoOtherFilesReading() {
        let again = Self.parsedAgain {
            $0["plans/prevention/visits.md"] = nil
            $0["plans/prevention/checks.md"] = "---\nid: P3\ntitle: Check hydrants\ntheme: homes\nowners: [Water officer]\ndeadline: 2026-01-31\n---\n"
            $0["meetings/2025-07-08.md"] = "---\ngroup: board\ndate: 2025-07-08\nstatus: agreed\n---\nNo actions.\n"
        }
        #expect(again.read == 3, "the new action alone and with its plan, and the new meeting")
    }

    @Test func theSitesWordsForStatusesReadEveryFileAgain() {
        let again = Self.parsedAgain { $0["site.yaml"] = "title: Fire service improvement plan\nvocabulary: {Done: complete}\n" }
        #expect(again.reused == 0)
    }
}
