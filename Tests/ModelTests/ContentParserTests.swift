import Diagnostics
import Model
import Testing

/// Parses a content folder given as path -> text, with a valid site.yaml unless one is given.
func parse(_ files: [String: String], siteYAML: String? = "title: Test site\n") -> ParsedContent {
    var sources = files.map { SourceFile(path: $0.key, displayPath: "Content/\($0.key)", text: $0.value) }
    if let siteYAML, files["site.yaml"] == nil {
        sources.append(SourceFile(path: "site.yaml", displayPath: "Content/site.yaml", text: siteYAML))
    }
    return ContentParser.parse(sources)
}

extension ParsedContent {
    func diagnostic(containing text: String) -> Diagnostic? {
        diagnostics.items.first { $0.message.contains(text) }
    }
}

@Suite struct SiteConfigTests {
    @Test func readsEveryField() {
        let parsed = parse(
            [:],
            siteYAML: """
                title: Plans
                organisation: HMPPS
                language: en-GB
                as_of: 2025-07-17
                tracking:
                  stale_after_days: 90
                  due_soon_days: 14
                navigation:
                  - title: About
                    link: pages/about.md
                footer: Licence text
                """)
        #expect(parsed.diagnostics.isEmpty)
        let site = parsed.content.site
        #expect(site.title == "Plans")
        #expect(site.organisation == "HMPPS")
        #expect(site.asOf == CivilDate(year: 2025, month: 7, day: 17))
        #expect(site.tracking == TrackingRules(staleAfterDays: 90, dueSoonDays: 14))
        #expect(site.navigation.map(\.target) == ["pages/about.md"])
        #expect(site.footer?.text == "Licence text")
    }

    /// A college's year from August: its "2025/26", its quarters and its series' years are its own.
    @Test func aFinancialYearThatStartsInAnotherMonthIsReadEverywhere() throws {
        let parsed = parse(
            [
                "plans/p/plan.md": "---\ntitle: College plan\npublished: 2025-08-01\nthemes:\n  - id: \"1\"\n    title: Learning\n---\n",
                "plans/p/a.md": "---\nid: a\ntitle: Open the library\ntheme: \"1\"\nowners: [Principal]\ndeadline: Q2 2025/26\n---\n",
                "data/learners.csv": "period,value\n2023/24,500\n2025/26,520\n",
                "data/learners.yaml": "title: Learners\nunit: learners\nperiod: financial-year\n",
            ],
            siteYAML: "title: College\ntracking:\n  financial_year_starts: August\n")
        #expect(parsed.diagnostics.errors.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.site.tracking.financialYearStart == 8)
        #expect(try #require(parsed.content.allActions.first).item.deadline?.reading.dueDate == CivilDate(iso: "2026-01-31"))
        let periods = try #require(parsed.content.figures.series.first).points.map(\.period)
        #expect(periods.map(\.start.iso) == ["2023-08-01", "2025-08-01"])
        #expect(periods.first?.next?.end.iso == "2025-07-31")
        for (written, problem) in [("January", "a financial year that starts in January is the calendar year"), ("Smarch", "\"Smarch\" is not a month a financial year starts in")] {
            let refused = parse([:], siteYAML: "title: College\ntracking:\n  financial_year_starts: \(written)\n")
            #expect(refused.diagnostics.errors.map(\.message) == [problem])
            #expect(refused.diagnostics.errors.first?.location == SourceLocation(file: "Content/site.yaml", line: 3, column: 26))
        }
    }

    /// Each was ignored with a warning: the site was built as at the day of the build, its
    /// deadlines read with April's year and a language it did not name.
    @Test func aSiteSettingUnderAnotherNameOrInTheWrongPlaceIsAnError() {
        let parsed = parse([:], siteYAML: "title: College\nas_at: 2026-01-15\nlang: en-US\nfinancial_year_starts: August\ntracking:\n  fy_starts: August\n")
        #expect(parsed.diagnostics.errors.map(\.message).sorted() == [
            "\"as_at\" is not a field: the field for it is \"as_of\"",
            "\"lang\" is not a field: the field for it is \"language\"",
            "\"financial_year_starts\" is not a field: it belongs under tracking:",
            "\"fy_starts\" is not a field in \"tracking\": the field for it is \"financial_year_starts\"",
        ].sorted())
        #expect(parsed.diagnostic(containing: "belongs under tracking")?.hint == "indent it under tracking:, as tracking: {financial_year_starts: ...}")
    }

    @Test func aMissingSiteYAMLIsAnError() {
        let parsed = parse(["pages/index.md": "---\ntitle: Home\n---\n"], siteYAML: nil)
        let problem = parsed.diagnostic(containing: "there is no site.yaml")
        #expect(problem?.location?.file == "Content/site.yaml")
        #expect(problem?.severity == .error)
    }

    @Test func aFieldOfTheWrongTypeIsReportedAtItsValue() {
        let parsed = parse([:], siteYAML: "title: Plans\ntracking:\n  stale_after_days: soon\n")
        let problem = parsed.diagnostic(containing: "stale_after_days")
        #expect(problem?.message == "the field \"stale_after_days\" of \"tracking\" should be a whole number, not \"soon\"")
        #expect(problem?.location == SourceLocation(file: "Content/site.yaml", line: 3, column: 21))
    }

    @Test func longListsArePaginatedAsSiteYAMLSaysWithinReason() {
        let parsed = parse([:], siteYAML: "title: Plans\npaginate:\n  lists: 20\n  action_log: 0\n  per_page: 5\n")
        #expect(parsed.content.site.paginate.lists == 20)
        #expect(parsed.content.site.paginate.actionLog == 100, "a value out of range keeps the default")
        #expect(parsed.content.site.paginate.aToZ == 500)
        #expect(parsed.diagnostic(containing: "action_log")?.severity == .error)
        #expect(parsed.diagnostic(containing: "per_page") != nil, "an unknown field is reported")
    }
}

@Suite struct PageParsingTests {
    @Test func readsAPageAndWhereItsBodyStarts() throws {
        let parsed = parse(["pages/about.md": "---\ntitle: About\nsummary: In short.\n---\n# Hello\n"])
        #expect(parsed.diagnostics.isEmpty)
        let page = try #require(parsed.content.pages.first)
        #expect(page.title == "About")
        #expect(page.slug == "about")
        #expect(page.summary == "In short.")
        #expect(page.body.firstLine == 5)
    }

    @Test func theIndexPageIsTheHomePageAndFoldersNestPages() {
        let parsed = parse([
            "pages/index.md": "---\ntitle: Home\n---\n", "pages/help/Print Guide.md": "---\ntitle: Printing\n---\n",
        ])
        #expect(parsed.content.homePage?.title == "Home")
        #expect(parsed.content.pages.map(\.slug).sorted() == ["", "help/print-guide"])
    }

    @Test func aMissingRequiredFieldIsAnErrorAtTheFrontMatter() {
        let parsed = parse(["pages/about.md": "---\nsummary: No title\n---\nText\n"])
        let problem = parsed.diagnostic(containing: "missing required field")
        #expect(problem?.message == "missing required field \"title\"")
        #expect(problem?.location == SourceLocation(file: "Content/pages/about.md", line: 2, column: 1))
        #expect(problem?.hint?.contains("title:") == true)
    }

    @Test func aSlipOfAKnownFieldNameIsAnErrorWithTheRightName() {
        let parsed = parse(["pages/about.md": "---\ntitle: About\nsumary: Typo\n---\n"])
        let problem = parsed.diagnostic(containing: "unknown field")
        #expect(problem?.severity == .error)
        #expect(problem?.message == "unknown field \"sumary\"")
        #expect(problem?.hint == "did you mean \"summary\"?")
        #expect(problem?.location == SourceLocation(file: "Content/pages/about.md", line: 3, column: 1))
    }

    @Test func aFieldFarFromAnyKnownOneIsAWarning() {
        let parsed = parse(["pages/about.md": "---\ntitle: About\nreviewer: Jo\n---\n"])
        let problem = parsed.diagnostic(containing: "unknown field")
        #expect(problem?.severity == .warning)
        #expect(problem?.message == "unknown field \"reviewer\" is ignored")
        #expect(!parsed.diagnostics.hasErrors)
    }

    @Test func invalidYAMLIsReportedAtTheLineOfTheFileNotOfTheYAMLBlock() {
        let parsed = parse(["pages/about.md": "---\ntitle: About\nsummary: Plan: 2025\n---\n"])
        let problem = parsed.diagnostic(containing: "invalid YAML")
        #expect(problem?.location?.line == 3)
        #expect(problem?.location?.file == "Content/pages/about.md")
        #expect(problem?.hint?.contains("quotes") == true)
    }

    @Test func aFieldGivenTwiceIsAnError() {
        let parsed = parse(["pages/about.md": "---\ntitle: About\ntitle: Again\n---\n"])
        #expect(parsed.diagnostic(containing: "more than once")?.severity == .error)
    }

    /// Tally reads a key as the text it is written as: `true` and `!!str true` are one key to
    /// it, so giving both is giving it twice (YAML's guessed types would have made them two).
    @Test func aFieldGivenTwiceWithATagOnOneIsStillGivenTwice() {
        let parsed = parse(["pages/about.md": "---\ntitle: About\n2025: One\n!!str 2025: Two\n---\n"])
        #expect(parsed.diagnostic(containing: "more than once")?.severity == .error)
    }

    @Test func anEmptyFileIsAnError() {
        let parsed = parse(["pages/empty.md": "  \n"])
        let problem = parsed.diagnostic(containing: "empty")
        #expect(problem?.location == SourceLocation(file: "Content/pages/empty.md", line: 1, column: 1))
    }

    @Test func aFileWithoutFrontMatterIsAnError() {
        let parsed = parse(["pages/notes.md": "Just some text\n"])
        #expect(parsed.diagnostic(containing: "no front matter")?.hint?.contains("title:") == true)
    }

    @Test func draftsAreLeftOutButRemembered() {
        let parsed = parse(["pages/secret.md": "---\ntitle: Secret\ndraft: true\n---\n"])
        #expect(parsed.content.pages.isEmpty)
        #expect(parsed.content.draftPaths == ["pages/secret.md"])
    }

    /// A page about figures takes `draft: true` too: it was ignored with a warning, and the page published.
    @Test func aDraftTopicIsLeftOut() {
        let parsed = parse(["data/waste.md": "---\ntitle: Waste\ndraft: true\n---\nText.\n"])
        #expect(parsed.diagnostics.items.isEmpty, "\(parsed.diagnostics.items)")
        #expect(parsed.content.figures.topics.isEmpty)
        #expect(parsed.content.draftPaths == ["data/waste.md"])
    }

    /// Jekyll's `published: false` and Hugo's `publishDate` were ignored with a warning, and the
    /// page, or the action, published.
    @Test func anotherToolsWayToKeepAFileOffTheSiteIsAnError() {
        let parsed = parse([
            "pages/secret.md": "---\ntitle: Secret\npublished: false\n---\n",
            "updates/2025-06-20-news.md": "---\ntitle: News\ndate: 2025-06-20\npublishDate: 2026-03-01\n---\n",
        ].merging(planFiles(["a": "id: p1-1\ntitle: One\ntheme: \"1\"\nhidden: true"])) { one, _ in one })
        #expect(parsed.diagnostics.errors.map(\.message).sorted() == [
            "\"hidden\" is not a field: Tally does not read it, so it cannot keep this off the site",
            "\"publishDate\" is not a field: Tally does not read it, so it cannot keep this off the site",
            "\"published\" is not a field: Tally does not read it, so it cannot keep this off the site",
        ])
        #expect(parsed.diagnostic(containing: "\"published\"")?.hint?.hasPrefix("to leave it out of every output, write draft: true") == true)
        #expect(parsed.diagnostic(containing: "\"published\"")?.location == SourceLocation(file: "Content/pages/secret.md", line: 3, column: 1))
    }
}

@Suite struct UpdateParsingTests {
    @Test func updatesAreNewestFirst() {
        let parsed = parse([
            "updates/a.md": "---\ntitle: Older\ndate: 2024-01-01\n---\n",
            "updates/b.md": "---\ntitle: Newer\ndate: 2025-01-01\n---\n",
        ])
        #expect(parsed.content.updates.map(\.title) == ["Newer", "Older"])
    }

    @Test func aDateThatIsNotADateIsAnErrorAtTheValue() {
        let parsed = parse(["updates/a.md": "---\ntitle: A\ndate: 17 July 2025\n---\n"])
        let problem = parsed.diagnostic(containing: "not a date")
        #expect(problem?.message == "the field \"date\" is not a date: \"17 July 2025\"")
        #expect(problem?.location == SourceLocation(file: "Content/updates/a.md", line: 3, column: 7))
        #expect(problem?.hint == "write dates as YYYY-MM-DD: 2025-07-17")
        #expect(parsed.diagnostics.hasErrors)
        let month = parse(["updates/a.md": "---\ntitle: A\ndate: July 2025\n---\n"])
        #expect(month.diagnostic(containing: "not a date")?.hint == "write dates as YYYY-MM-DD, for example 2025-07-17")
    }

    /// `next_meeting: {date: TBC}` was told to write YYYY-MM-DD, which it cannot yet.
    @Test func aDateNotYetKnownIsLeftOutWhereItMayBe() {
        let parsed = parse([
            "groups/g.md": "---\ntitle: G\n---\n",
            "meetings/2025-06-03.md": "---\ndate: 2025-06-03\nstatus: agreed\nnext_meeting:\n  date: TBC\n---\nText.\n",
            "updates/a.md": "---\ntitle: A\ndate: TBC\n---\n",
        ])
        #expect(parsed.diagnostics.errors.map(\.hint) == [
            "leave the field out until the day is known", "write dates as YYYY-MM-DD, for example 2025-07-17",
        ])
    }

    @Test func anUpdateNamedForOneDayAndDatedAnotherIsAnError() {
        let parsed = parse([
            "updates/2025-07-17-annual-report.md": "---\ntitle: A\ndate: 2025-07-18\n---\n",
            "updates/2025-08-01-summer.md": "---\ntitle: B\ndate: 2025-08-01\n---\n",
        ])
        #expect(parsed.diagnostics.errors.map(\.message) == ["the update is dated 2025-07-18, but the file is named for 2025-07-17"])
        #expect(parsed.diagnostics.errors.first?.hint?.hasSuffix("(updates/2025-07-18-annual-report.md)") == true)
    }

    @Test func aFileInAnUnknownPlaceIsAWarning() {
        let parsed = parse(["notes/a.md": "---\ntitle: A\n---\n"])
        #expect(parsed.diagnostic(containing: "not part of the site")?.severity == .warning)
    }
}

@Suite struct ReportingEverythingAtOnce {
    @Test func everyBadFileIsReportedInOneRun() {
        let parsed = parse([
            "pages/a.md": "---\ntitle: A\n",
            "pages/b.md": "",
            "updates/c.md": "---\ntitle: C\ndate: soon\n---\n",
        ])
        #expect(parsed.diagnostics.errors.count == 3)
    }
}
