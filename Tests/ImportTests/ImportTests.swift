import Foundation
import Import
import Model
import Testing

typealias Cell = OfficeFiles.WordCell

/// An empty site with a site.yaml, to import into.
func emptyTarget(siteYAML: String = "title: Test\n", files extra: [String: String] = [:]) -> ImportTarget {
    var files = ["site.yaml": siteYAML]
    files.merge(extra) { _, new in new }
    let sources = files.map { SourceFile(path: $0.key, displayPath: "Content/\($0.key)", text: $0.value) }
    return ImportTarget(content: ContentParser.parse(sources).content, files: files)
}

@Suite struct TableReaderTests {
    @Test func readsACSVFileWithQuotedLinesAndABOM() throws {
        let csv = Array("\u{FEFF}Action,Owner\n\"Insulate homes,\nand schools\",Housing\n".utf8)
        let tables = try TableReader.read(csv, fileName: "tracker.csv")
        #expect(tables == [ImportedTable(name: "", rows: [["Action", "Owner"], ["Insulate homes,\nand schools", "Housing"]], isCSV: true)])
    }

    @Test func readsWordTablesWithMergedAndSpannedCellsAndLines() throws {
        let docx = OfficeFiles.docx([[
            [Cell("Theme", span: 1), Cell("Action"), Cell("Deadline")],
            [Cell("Homes", merge: "restart"), Cell("Insulate 500 homes\nstarting with flats"), Cell("March 2026")],
            [Cell("", merge: "continue"), Cell("Fit heat pumps"), Cell("TBC")],
            [Cell("Everything", span: 3)],
        ]], paragraphsBefore: ["Our plan"])
        let tables = try TableReader.read(docx, fileName: "plan.docx")
        #expect(tables.count == 1)
        #expect(tables[0].name == "table 1")
        #expect(tables[0].rows == [
            ["Theme", "Action", "Deadline"],
            ["Homes", "Insulate 500 homes\nstarting with flats", "March 2026"],
            ["Homes", "Fit heat pumps", "TBC"],
            ["Everything", "Everything", "Everything"],
        ])
    }

    @Test func readsAnExcelSheetWithSharedStringsDatesAndMergedCells() throws {
        let xlsx = OfficeFiles.xlsx(
            sheet: "Tracker", rows: [["Ref", "Action", "Due"], ["H1", "Insulate homes", "date:2026-03-31"], ["", "", "42"]],
            merges: ["A2:A3"])
        let tables = try TableReader.read(xlsx, fileName: "tracker.xlsx")
        #expect(tables.first?.name == "sheet \"Tracker\"")
        #expect(tables.first?.rows == [["Ref", "Action", "Due"], ["H1", "Insulate homes", "2026-03-31"], ["H1", "", "42"]])
    }

    @Test func datesInEitherOfExcelsSystemsAndNumbersAndPercentagesAreReadAsTheSheetShowsThem() throws {
        let rows = [["Action", "Due", "Homes", "Share", "Month"], ["Insulate homes", "date:2026-03-31", "red:1012", "pct:0.4567", "month:2024-03-01"]]
        for date1904 in [false, true] {
            let tables = try TableReader.read(OfficeFiles.xlsx(sheet: "Tracker", rows: rows, date1904: date1904), fileName: "tracker.xlsx")
            // Read in the wrong system, the day would be four years and a day out (2022-03-30).
            // A percentage is the number the sheet shows (45.67%), not the fraction stored (0.4567).
            // A day shown as its month (Mar-24) is that month, not its first day.
            #expect(tables.first?.rows.last == ["Insulate homes", "2026-03-31", "1012", "45.67%", "2024-03"], "date1904: \(date1904)")
        }
    }

    @Test func readsAnOpenDocumentSheetWithRepeatsAndCoveredCells() throws {
        let rows = """
            <table:table-row><table:table-cell><text:p>Period</text:p></table:table-cell><table:table-cell><text:p>Value</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1000"/></table:table-row>
            <table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>2024/25</text:p></table:table-cell><table:table-cell><text:p>38<text:s/>100</text:p></table:table-cell></table:table-row>
            <table:table-row><table:covered-table-cell/><table:table-cell office:value-type="date" office:date-value="2025-03-31T00:00:00" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><text:p>31/03/25</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            """
        let tables = try TableReader.read(OfficeFiles.ods(sheet: "Emissions", xmlRows: rows), fileName: "emissions.ods")
        #expect(tables.first?.rows == [["Period", "Value"], ["2024/25", "38 100"], ["2024/25", "2025-03-31"]])
    }

    @Test func aFileOfAnotherKindOrNotWhatItsNameSaysIsAProblem() {
        #expect(throws: ImportProblem.self) { try TableReader.read([1, 2, 3], fileName: "plan.pdf") }
        #expect(throws: ImportProblem.self) { try TableReader.read(Array("not a zip".utf8), fileName: "plan.docx") }
    }
}

@Suite struct ColumnMapTests {
    func map(_ rows: [[String]], mapped: [String: String] = [:]) -> Result<ColumnMap, ImportProblem> {
        ImportFields.actions.map(ImportedTable(name: "table 3", rows: rows), mapped: mapped, file: "plan.docx")
    }

    @Test func findsColumnsByTheHeadersTeamsWrite() throws {
        let columns = try map([["Our plan"], ["Ref", "What we will do", "Lead officer", "By when?", "Progress", "RAG", "Latest position", "Workstream"]]).get()
        #expect(columns.headerRow == 1)
        #expect(columns.columns == ["id": 0, "title": 1, "owners": 2, "deadline": 3, "status": 4, "rag": 5, "update": 6, "theme": 7])
    }

    @Test func aTableWithNoHeaderRowIsAProblemAtItsFirstRow() {
        guard case .failure(let problem) = map([["Insulate homes", "Housing", "March 2026"]]) else {
            Issue.record("a table with no header was read")
            return
        }
        #expect(problem.place == "plan.docx: table 3, row 1")
        #expect(problem.message.hasPrefix("no header row names the columns of actions"))
    }

    @Test func twoColumnsThatBothLookLikeOwnersAreAProblemSayingHowToChoose() throws {
        guard case .failure(let problem) = map([["Action", "Lead", "Responsible"]]) else {
            Issue.record("two owner columns were read")
            return
        }
        #expect(problem.message == "two columns could be the owners: \"Lead\" (column B) and \"Responsible\" (column C)")
        #expect(problem.hint == "say which with --map \"Lead=owners\" and --map \"Responsible=ignore\"")
        #expect(try map([["Action", "Lead", "Responsible"]], mapped: ["Responsible": "ignore"]).get().columns["owners"] == 1)
    }

    /// "Completion date" was read as the deadline; in many trackers it is the day the work was done.
    @Test func aHeaderThatCouldBeTwoFieldsIsAProblemUntilMapped() throws {
        guard case .failure(let problem) = map([["Action", "Owner", "Completion date"]]) else {
            Issue.record("\"Completion date\" was read without --map")
            return
        }
        #expect(problem.message == "the column \"Completion date\" (column C) could be the deadline (the day it is to be complete) or the day it was done")
        #expect(problem.hint == "say which with --map \"Completion date=deadline\", or --map \"Completion date=ignore\"")
        #expect(try map([["Action", "Owner", "Completion date"]], mapped: ["Completion date": "deadline"]).get().columns["deadline"] == 2)
        #expect(try map([["Action", "Owner", "Target completion date"]]).get().columns["deadline"] == 2)
    }

    @Test func mapNamesAHeaderNoSynonymCovers() throws {
        #expect(try map([["Commitment", "Accountable director", "Quarter"]], mapped: ["Quarter": "deadline"]).get().columns["deadline"] == 2)
    }
}

@Suite struct ActionImportTests {
    /// A plan written as the 2023 IPP plan's Word tables are: each workstream a table, its title
    /// and lead in the rows above the headers, actions numbered (1), (2).
    let workstreams = OfficeFiles.docx([
        [
            [Cell("Workstream 1: A core minimum service", span: 4)],
            [Cell("Lead"), Cell("Deputy Director OMiC", span: 3)],
            [Cell("Action"), Cell(""), Cell("Summary"), Cell("Deadline")],
            [Cell("(1)"), Cell("Review the governance of the regional forums"), Cell("Agree terms of reference."), Cell("End Sept 2023")],
            [Cell("(2)"), Cell("Publish a progression framework"), Cell("Consult, then publish."), Cell("December 2023")],
        ],
        [
            [Cell("Workstream 2: Progression through the system", span: 4)],
            [Cell("Lead"), Cell("Chief Operating Officer", span: 3)],
            [Cell("Action"), Cell(""), Cell("Summary"), Cell("Deadline")],
            [Cell("(1)"), Cell("Test a new progression role"), Cell("Options paper, then a decision."), Cell("September 2023")],
        ],
    ])

    @Test func importsAPlansWordTablesWithTheirWorkstreamsLeadsAndNumbers() throws {
        let tables = try TableReader.read(workstreams, fileName: "plan.docx")
        let result = ActionImport.plan(
            tables, file: "plan.docx", into: emptyTarget(),
            options: .init(planID: "2023", planTitle: "Action plan 2023", date: CivilDate(iso: "2023-04-26"), mapped: ["Action": "number", "": "title"]))
        #expect(result.problems.isEmpty, "\(result.problems)")
        let plan = try #require(result.files.first { $0.path == "plans/2023/plan.md" })
        #expect(plan.text.contains("  - id: \"1\"\n    title: A core minimum service\n    leads: [\"Deputy Director OMiC\"]"))
        let paths = result.files.map(\.path)
        #expect(paths.contains("plans/2023/1-1-1-review-the-governance-of-the.md"))
        let first = try #require(result.files.first { $0.path.hasPrefix("plans/2023/1-1-1") })
        #expect(first.text.contains("id: \"2023-1.1\"\nnumber: \"1.1\"\ntitle: Review the governance of the regional forums\ntheme: \"1\"\ndeadline: End Sept 2023"))
        #expect(first.text.hasSuffix("---\nAgree terms of reference.\n"))

        // And it reads as content that builds: each action in its workstream, with its lead as owner.
        let files = result.files.map { SourceFile(path: $0.path, displayPath: "Content/\($0.path)", text: $0.text) }
            + [SourceFile(path: "site.yaml", displayPath: "Content/site.yaml", text: "title: T\n")]
        let parsed = ContentParser.parse(files)
        #expect(parsed.diagnostics.errors.isEmpty, "\(parsed.diagnostics.errors)")
        #expect(parsed.content.plans.first?.actions.map(\.id) == ["2023-1.1", "2023-1.2", "2023-2.1"])
        #expect(parsed.content.plans.first?.actions.last?.item.owners == ["Chief Operating Officer"])
    }

    @Test func everyProblemIsReportedAtItsCellAndNothingIsWritten() throws {
        let table = ImportedTable(name: "sheet \"Tracker\"", rows: [
            ["Ref", "Action", "Owner", "Deadline", "Status"],
            ["H1", "Insulate homes", "Housing", "Early 2026", "In progress"],
            ["H2", "Fit heat pumps", "Housing", "March 2026", "On track"],
            ["H1", "Again", "Housing", "2026", ""],
        ])
        let result = ActionImport.plan([table], file: "tracker.xlsx", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2025-10-01")))
        #expect(result.files.isEmpty)
        let places = result.problems.map(\.place)
        #expect(places.contains("tracker.xlsx: sheet \"Tracker\", row 2, column \"Deadline\""))
        #expect(places.contains("tracker.xlsx: sheet \"Tracker\", row 3, column \"Status\""))
        #expect(places.contains("tracker.xlsx: sheet \"Tracker\", row 4, column \"Ref\""))
        #expect(result.problems.first { $0.row == 3 }?.message == "\"On track\" is a rating, not a status")
    }

    @Test func aStatusWithoutTheDayItWasTrueIsAProblem() {
        let table = ImportedTable(name: "", rows: [["Action", "Status"], ["Insulate homes", "Done"]])
        let result = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p"))
        #expect(result.problems.first?.hint?.contains("--date") == true)
    }

    /// "Complete?" in a tracker's cell was imported as complete: the mark was dropped with the doubt.
    @Test func aStatusWithAMarkOfDoubtIsAProblemAtItsCell() {
        let table = ImportedTable(name: "", rows: [["Action", "Status"], ["Insulate homes", "Complete?"], ["Fit heat pumps", "Done"]])
        let result = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2025-10-15")))
        #expect(result.problems.map(\.message) == ["\"Complete?\" asks a question (\"?\"), so it is not read as any status"])
        #expect(result.problems.first?.row == 2)
    }

    /// "N/A" in a tracker's owner column: no owner, or the theme's leads?
    @Test func anOwnerCellThatSaysThereIsNoneIsAProblemAtItsCell() {
        let table = ImportedTable(name: "", rows: [["Action", "Owner"], ["Insulate homes", "N/A"], ["Fit heat pumps", "Housing"]])
        let result = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p"))
        #expect(result.problems.map(\.message) == ["\"N/A\" is given as an owner, but it says there is none"])
        #expect(result.problems.first?.row == 2)
    }

    @Test func aStatusDateInTheTableIsTheUpdatesDayOrAProblemNeverPassedOverForDate() throws {
        let table = ImportedTable(name: "", rows: [
            ["Ref", "Action", "Status", "Status date"],
            ["p-1", "Insulate homes", "In progress", "30/09/2025"],
            ["p-2", "Fit heat pumps", "In progress", "2025-08-31"],
            ["p-3", "Plant trees", "In progress", ""],
        ])
        let made = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2025-10-15")))
        #expect(made.problems.isEmpty, "\(made.problems)")
        let texts = made.files.map(\.text)
        #expect(texts.contains { $0.contains("id: p-1") && $0.contains("  - date: 2025-09-30\n") })
        #expect(texts.contains { $0.contains("id: p-2") && $0.contains("  - date: 2025-08-31\n") })
        #expect(texts.contains { $0.contains("id: p-3") && $0.contains("  - date: 2025-10-15\n") })

        let vague = ImportedTable(name: "", rows: [["Ref", "Action", "Status", "Status date"], ["p-1", "Insulate homes", "In progress", "Sept 2025"]])
        let refused = ActionImport.plan([vague], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2025-10-15")))
        #expect(refused.files.isEmpty)
        #expect(refused.problems.map(\.place) == ["t.csv: row 2, column \"Status date\""])
        #expect(refused.problems.first?.message == "\"Sept 2025\" is not one day")

        // On a site that writes the month first, 04/05/2025 could be either day.
        let american = ImportedTable(name: "", rows: [["Ref", "Action", "Status", "Status date"], ["p-1", "Insulate homes", "In progress", "04/05/2025"]])
        let either = ActionImport.plan(
            [american], file: "t.csv", into: emptyTarget(siteYAML: "title: Test\nlanguage: en-US\n"), options: .init(planID: "p", date: CivilDate(iso: "2025-10-15")))
        #expect(either.files.isEmpty)
        #expect(either.problems.first?.message == "\"04/05/2025\" could be 4 May 2025 or 5 April 2025")
    }

    /// "Update Nov 2026", imported with --date 2026-09-30: November's commentary was dated in
    /// September. A header that names when it was written must hold the day --date gives.
    @Test func aColumnWhoseHeaderNamesAnotherTimeThanDateIsAProblem() throws {
        let table = ImportedTable(name: "", rows: [
            ["AFI ref", "Area for improvement", "Status", "Update Nov 2026"], ["AFI-5", "Evaluate protection activity", "In progress", "Drafted."],
        ])
        let september = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2026-09-30")))
        #expect(september.files.isEmpty)
        #expect(september.problems.map(\.place) == ["t.csv: row 1, column \"Update Nov 2026\""])
        #expect(september.problems.first?.message == "the column \"Update Nov 2026\" names Nov 2026, but its commentary would be dated 30 September 2026, the day --date gives")
        let november = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2026-11-20")))
        #expect(november.problems.isEmpty, "\(november.problems)")
        let action = try #require(november.files.first { $0.text.contains("title: Evaluate protection activity") })
        #expect(action.text.contains("id: AFI-5"), "\"AFI ref\" is the id, \"Area for improvement\" the title")
        #expect(action.text.contains("  - date: 2026-11-20\n    status: in-progress\n    note: Drafted."), "\(action.text)")

        // On a site that writes the month first, "Update 04/05/2026" could be April or May.
        let american = ImportedTable(name: "", rows: [["Action", "Status", "Update 04/05/2026"], ["Insulate homes", "In progress", "Drafted."]])
        let either = ActionImport.plan(
            [american], file: "t.csv", into: emptyTarget(siteYAML: "title: Test\nlanguage: en-US\n"), options: .init(planID: "p", date: CivilDate(iso: "2026-05-04")))
        #expect(either.files.isEmpty)
        #expect(either.problems.first?.message.hasPrefix("the column \"Update 04/05/2026\" names a time that cannot be read as one period") == true, "\(either.problems)")
    }

    /// A "Date completed" column was dropped: a finished action was dated complete on the day of
    /// the import, after its deadline, where it had been done before it.
    @Test func aDateCompletedColumnDatesTheCompleteStatusOrIsAProblem() throws {
        let table = ImportedTable(name: "", rows: [
            ["Ref", "Action", "Deadline", "Status", "Date completed"],
            ["p-1", "Insulate homes", "December 2025", "Complete", "20/11/2025"],
            ["p-2", "Fit heat pumps", "June 2026", "In progress", ""],
        ])
        let made = ActionImport.plan([table], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2026-01-15")))
        #expect(made.problems.isEmpty, "\(made.problems)")
        let texts = made.files.map(\.text)
        #expect(texts.contains { $0.contains("id: p-1") && $0.contains("  - date: 2025-11-20\n    status: complete") })
        #expect(texts.contains { $0.contains("id: p-2") && $0.contains("  - date: 2026-01-15\n    status: in-progress") })

        let contradicting = ImportedTable(name: "", rows: [
            ["Ref", "Action", "Status", "Date completed"], ["p-1", "Insulate homes", "In progress", "2025-11-20"], ["p-2", "Fit heat pumps", "", "2025-11-20"],
        ])
        let refused = ActionImport.plan([contradicting], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2026-01-15")))
        #expect(refused.files.isEmpty)
        #expect(refused.problems.map(\.message) == [
            "the action is given as done on 20 November 2025, but its status is \"In progress\"",
            "the action is given as done on 20 November 2025, but has no status",
        ])
        #expect(refused.problems.map(\.place) == ["t.csv: row 2, column \"Date completed\"", "t.csv: row 3, column \"Date completed\""])
    }

    /// A column no field takes was dropped unseen: the import now says which it leaves out.
    @Test func theColumnsLeftOutAreNamedUnlessMappedToIgnore() {
        let table = ImportedTable(name: "sheet \"Tracker\"", rows: [["Action", "Status", "Overdue?", ""], ["Insulate homes", "Done", "N", ""]])
        let options = ActionImport.Options(planID: "p", date: CivilDate(iso: "2025-10-15"))
        let made = ActionImport.plan([table], file: "t.xlsx", into: emptyTarget(), options: options)
        #expect(made.notes.first?.hasPrefix("Left out of sheet \"Tracker\": \"Overdue?\" (column C), which Tally does not read") == true, "\(made.notes)")
        var ignoring = options
        ignoring.mapped = ["Overdue?": "ignore"]
        #expect(ActionImport.plan([table], file: "t.xlsx", into: emptyTarget(), options: ignoring).notes.isEmpty)
    }

    /// A later version of the same tracker adds a dated update where the status or commentary changed.
    @Test func aLaterTrackerAddsDatedUpdatesToTheActionsItChanged() throws {
        let first = ImportedTable(name: "", rows: [
            ["Ref", "Action", "Status", "Commentary"],
            ["p-1", "Insulate homes", "Not started", "Waiting for funding"],
            ["p-2", "Fit heat pumps", "In progress", "Ten fitted"],
        ])
        let made = ActionImport.plan([first], file: "t.csv", into: emptyTarget(), options: .init(planID: "p", date: CivilDate(iso: "2025-06-30")))
        #expect(made.problems.isEmpty, "\(made.problems)")
        var files = Dictionary(uniqueKeysWithValues: made.files.map { ($0.path, $0.text) })
        files["site.yaml"] = "title: T\n"
        let target = ImportTarget(
            content: ContentParser.parse(files.map { SourceFile(path: $0.key, displayPath: "Content/\($0.key)", text: $0.value) }).content,
            files: files)

        let later = ImportedTable(name: "", rows: [
            ["Ref", "Action", "Status", "Commentary"],
            ["p-1", "Insulate homes", "Achieved", "All 500 done"],
            ["p-2", "Fit heat pumps", "In progress", "Ten fitted"],
        ])
        let update = ActionImport.plan([later], file: "t.csv", into: target, options: .init(planID: "p", date: CivilDate(iso: "2025-09-30")))
        #expect(update.problems.isEmpty, "\(update.problems)")
        #expect(update.files.map(\.path) == [made.files.first { $0.text.contains("id: p-1") }!.path])
        let text = try #require(update.files.first?.text)
        #expect(update.files.first?.updatesExisting == true)
        #expect(text.contains("  - date: 2025-06-30\n    status: not-started\n    note: Waiting for funding\n    source: Imported from t.csv\n  - date: 2025-09-30\n    status: complete\n    note: All 500 done\n---"))
        #expect(update.notes == ["p-1: complete from 2025-09-30 (was not-started)"])
    }
}

@Suite struct RecommendationAndSeriesImportTests {
    @Test func importsAResponseTableWithAStepPerRow() throws {
        let table = ImportedTable(name: "table 1", rows: [
            ["No.", "Recommendation", "Agreed", "Response", "Owner", "Target date"],
            ["R1", "Set up a programme board", "Accepted", "The board met.", "Chief Executive", "February 2025"],
            ["R1", "", "", "", "Director of Finance", "March 2025"],
            ["R2", "Stop the tracker", "Rejected", "Residents use it.", "", ""],
        ])
        let result = RecommendationImport.plan(
            [table], file: "audit.docx", into: emptyTarget(),
            options: .init(responseID: "audit", reportTitle: "Internal audit", date: CivilDate(iso: "2024-11-05")))
        #expect(result.problems.isEmpty, "\(result.problems)")
        let first = try #require(result.files.first { $0.path.hasPrefix("responses/audit/r1-") })
        #expect(first.text.contains("agreement: agreed\nsteps:\n  - owner: Chief Executive\n    deadline: February 2025\n  - owner: Director of Finance\n    deadline: March 2025"))
        let second = try #require(result.files.first { $0.path.hasPrefix("responses/audit/r2-") })
        #expect(second.text.contains("agreement: not-agreed\nreason: Residents use it."))
    }

    @Test func importsASeriesGuessingItsPeriodsAndKeepingGaps() throws {
        let table = ImportedTable(name: "sheet \"Emissions\"", rows: [["Financial year", "Total"], ["2022/23", "41,200"], ["2023/24", ""], ["2024/25", "38\u{202F}100"]])
        let result = SeriesImport.plan([table], file: "emissions.ods", into: emptyTarget(), options: .init(seriesID: "emissions", title: "Emissions", unit: "tCO2e", period: nil))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.files.first?.text == "period,value,note,status\n2022/23,41200,,\n2023/24,,,\n2024/25,38100,,\n")
        #expect(result.files.last?.text.contains("period: financial-year") == true)
    }

    @Test func aValueThatIsNotANumberIsAProblemAtItsCellNeverAZero() {
        let table = ImportedTable(name: "", rows: [["Quarter", "Count"], ["2024-Q1", "12"], ["2024-Q2", "n/a"]])
        let result = SeriesImport.plan([table], file: "counts.csv", into: emptyTarget(), options: .init(seriesID: "counts", title: nil, unit: "people", period: nil))
        #expect(result.files.isEmpty)
        #expect(result.problems.map(\.description) == [
            "counts.csv: row 3, column \"Count\": error: \"n/a\" is not a number\n    hint: write it with digits (38100, 38,100 or 45%), a point before any decimals; leave a missing value empty: it is a gap, never zero"
        ])
    }

    /// "2025,5,7" under "Period,Value": the 7 was left out and 5 imported, where 5.7 was meant.
    @Test func aCSVRowLongerThanItsHeaderRowIsAProblemNotACellLeftOut() throws {
        let tables = try TableReader.read(Array("Period,Value\n2024,3\n2025,5,7\n2026,6,,\n".utf8), fileName: "rates.csv")
        let result = SeriesImport.plan(tables, file: "rates.csv", into: emptyTarget(), options: .init(seriesID: "rates", title: nil, unit: "people", period: nil))
        #expect(result.files.isEmpty)
        #expect(result.problems.map(\.description) == [
            "rates.csv: row 3: error: this row has 3 cells, but the header row names 2 columns\n    hint: put a cell that holds a comma in quotes (\"5,7\", \"Smith, J\"), and write a number with a point before its decimals (5.7)"
        ])
    }

    @Test func thousandsAreReadAsTheSeriesFileReadsThemAndADecimalCommaIsRefused() throws {
        let table = ImportedTable(name: "", rows: [["Quarter", "Count"], ["2024-Q1", "38 100"], ["2024-Q2", "1,012"]])
        let result = SeriesImport.plan([table], file: "counts.csv", into: emptyTarget(), options: .init(seriesID: "counts", title: nil, unit: "people", period: nil))
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.files.first?.text == "period,value,note,status\n2024-Q1,38100,,\n2024-Q2,1012,,\n")
        // A percentage is kept as written in a series of percentages, and refused in a series of people.
        let shares = ImportedTable(name: "", rows: [["Quarter", "Value"], ["2024-Q3", "45.5%"]])
        let percent = SeriesImport.plan([shares], file: "shares.csv", into: emptyTarget(), options: .init(seriesID: "shares", title: nil, unit: "percent", period: nil))
        #expect(percent.files.first?.text == "period,value,note,status\n2024-Q3,45.5%,,\n")
        let people = SeriesImport.plan([shares], file: "shares.csv", into: emptyTarget(), options: .init(seriesID: "shares", title: nil, unit: "people", period: nil))
        #expect(people.files.isEmpty)
        #expect(people.problems.map(\.message) == ["\"45.5%\" is a percentage, but what is counted is people"])
        // Written in the European way, 1,5 is one and a half: stripping its comma would publish 15.
        let european = ImportedTable(name: "", rows: [["Quarter", "Value"], ["2024-Q1", "1,5"], ["2024-Q2", "12,25"]])
        let refused = SeriesImport.plan([european], file: "rates.csv", into: emptyTarget(), options: .init(seriesID: "rates", title: nil, unit: "percent", period: nil))
        #expect(refused.files.isEmpty)
        #expect(refused.problems.map(\.row) == [2, 3])
    }
}
