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

    @Test func aSecondParseOfTheSameFilesReadsNoneOfThemAgain() {
        let cache = ParseCache()
        let files = Self.sources(Self.files)
        let first = ContentParser.parse(files, cache: cache)
        #expect(cache.lastBuild.reused == 0)
        #expect(first.diagnostic(containing: "theme \"rooms\"") != nil, "the content's own mistake is found")
        let second = ContentParser.parse(files, cache: cache)
        // An action's file is read twice in a build (alone, then with its plan): each reading is
        // kept apart, so neither takes the other's place.
        #expect(cache.lastBuild.read == 0)
        Self.same(second, ContentParser.parse(files))
    }

    @Test func aChangedActionIsReadAgainAndTheRestAreNot() {
        let cache = ParseCache()
        _ = ContentParser.parse(Self.sources(Self.files), cache: cache)
        var changed = Self.files
        changed["plans/prevention/alarms.md"] = changed["plans/prevention/alarms.md"]!.replacingOccurrences(of: "theme: rooms", with: "theme: homes")
        let files = Self.sources(changed)
        let parsed = ContentParser.parse(files, cache: cache)
        #expect(cache.lastBuild.read == 2, "the action's file alone and with its plan")
        #expect(parsed.diagnostics.errors.isEmpty, "\(parsed.diagnostics.items)")
        Self.same(parsed, ContentParser.parse(files))
    }

    @Test func aChangedPlanReadsItsActionsAgainWithIt() {
        let cache = ParseCache()
        _ = ContentParser.parse(Self.sources(Self.files), cache: cache)
        var changed = Self.files
        changed["plans/prevention/plan.md"] = changed["plans/prevention/plan.md"]!.replacingOccurrences(of: "title: Safer homes", with: "title: Safer homes\n  - id: rooms\n    title: Safer rooms")
        let files = Self.sources(changed)
        let parsed = ContentParser.parse(files, cache: cache)
        #expect(parsed.diagnostic(containing: "theme \"rooms\"") == nil, "the action is read with the plan as it now is")
        Self.same(parsed, ContentParser.parse(files))
    }

    @Test func filesAddedAndRemovedMoveNoOtherFilesReading() {
        let cache = ParseCache()
        _ = ContentParser.parse(Self.sources(Self.files), cache: cache)
        var changed = Self.files
        changed["plans/prevention/visits.md"] = nil
        changed["plans/prevention/checks.md"] = "---\nid: P3\ntitle: Check hydrants\ntheme: homes\nowners: [Water officer]\ndeadline: 2026-01-31\n---\n"
        changed["meetings/2025-07-08.md"] = "---\ngroup: board\ndate: 2025-07-08\nstatus: agreed\n---\nNo actions.\n"
        let files = Self.sources(changed)
        let parsed = ContentParser.parse(files, cache: cache)
        #expect(cache.lastBuild.read == 3, "the new action alone and with its plan, and the new meeting")
        Self.same(parsed, ContentParser.parse(files))
    }

    @Test func theSitesWordsForStatusesReadEveryFileAgain() {
        let cache = ParseCache()
        _ = ContentParser.parse(Self.sources(Self.files), cache: cache)
        var changed = Self.files
        changed["site.yaml"] = "title: Fire service improvement plan\nvocabulary: {Done: complete}\n"
        let files = Self.sources(changed)
        let parsed = ContentParser.parse(files, cache: cache)
        #expect(cache.lastBuild.reused == 0)
        Self.same(parsed, ContentParser.parse(files))
    }
}
