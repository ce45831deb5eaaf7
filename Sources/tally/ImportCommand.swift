import ArgumentParser
import Diagnostics
import Foundation
import Import
import Model
import Publish

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a table you already have (.csv, .xlsx, .ods, or a Word .docx) into content files.",
        discussion: """
            Columns are found by their headers (Action, Ref, Owner or Lead, Deadline or By when, Status, RAG, Update or Latest position, Theme or Workstream...); --map "Header=field" names the rest. Every problem is reported at its place (file: table 3, row 14, column "Deadline"), all at once, and nothing is written unless there are none. A file is never replaced: importing a later version of a tracker adds a dated update to each action whose status or commentary changed. See docs/import.md.
            """,
        subcommands: [ImportActions.self, ImportRecommendations.self, ImportSeries.self]
    )
}

/// What every import takes.
struct ImportOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The file to read: .csv, .xlsx, .ods or .docx.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The content folder to write into.", valueName: "folder"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The day the table was true: its statuses and commentary are dated with it (YYYY-MM-DD).", valueName: "date"))
    var date: CivilDate?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("Name a column's field: \"Header=field\" (or \"Header=ignore\"). Repeat for more.", valueName: "mapping"))
    var map: [String] = []

    @Option(name: .long, help: ArgumentHelp("Read only this table or sheet (a number from 1, or a sheet's name).", valueName: "table"))
    var table: String?

    @Flag(name: .customLong("dry-run"), help: "Print what would be written, and write nothing.")
    var dryRun = false

    func mapping() throws -> [String: String] {
        var result: [String: String] = [:]
        for pair in map {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("--map takes \"Header=field\", such as --map \"Responsible officer=owners\"")
            }
            result[parts[0]] = parts[1]
        }
        return result
    }

    /// The tables of the file (or the one asked for), and the site as it is.
    func read() throws -> (tables: [ImportedTable], target: ImportTarget) {
        guard let data = FileManager.default.contents(atPath: file) else {
            fail([ImportProblem(file: file, message: "the file cannot be read", hint: "check its name and that it exists")])
        }
        var tables: [ImportedTable]
        do throws(ImportProblem) {
            tables = try TableReader.read(Array(data), fileName: file)
        } catch {
            fail([error])
        }
        if let table {
            if let number = Int(table), number >= 1, number <= tables.count {
                tables = [tables[number - 1]]
            } else if let named = tables.first(where: { $0.name == "sheet \"\(table)\"" }) {
                tables = [named]
            } else {
                fail([ImportProblem(file: file, message: "there is no table \"\(table)\" (it has \(tables.count): \(tables.map(\.name).joined(separator: ", ")))", hint: "give --table with a number from 1, or a sheet's name")])
            }
        }
        do throws(Diagnostic) {
            let files = try ScaffoldWriter.files(content)
            let parsed = ContentParser.parse(files, displayRoot: Builder.displayName(content))
            var texts: [String: String] = [:]
            for file in files { if case .success(let text) = file.text() { texts[file.path] = text } }
            return (tables, ImportTarget(content: parsed.content, files: texts))
        } catch {
            Terminal.printDiagnostics(DiagnosticList([error]))
            throw ExitCode(1)
        }
    }

    func fail(_ problems: [ImportProblem]) -> Never {
        FileHandle.standardError.write(Data((problems.map(\.description).joined(separator: "\n") + "\n").utf8))
        FileHandle.standardError.write(Data("tally: \(Terminal.count(problems.count, "problem")); nothing was written.\n".utf8))
        Foundation.exit(1)
    }

    /// Checks that the content still reads with the new files, then writes them (or prints them).
    func finish(_ result: ImportResult) throws {
        guard result.problems.isEmpty else { fail(result.problems) }
        guard !result.files.isEmpty else {
            Terminal.say("Nothing to write: the site already says what \(file) says.")
            return
        }
        if dryRun {
            for file in result.files {
                Terminal.say("\(file.updatesExisting ? "Would update" : "Would create") \(Builder.displayName(content))/\(file.path):\n\(file.text)")
            }
            for note in result.notes { Terminal.say(note) }
            return
        }
        do throws(Diagnostic) {
            let existing = try ScaffoldWriter.files(content)
            let written = Set(result.files.map(\.path))
            let display = Builder.displayName(content)
            let after = existing.filter { !written.contains($0.path) }
                + result.files.map { SourceFile(path: $0.path, displayPath: "\(display)/\($0.path)", text: $0.text) }
            let problems = ContentParser.parse(after, displayRoot: display).diagnostics.errors
                .filter { problem in result.files.contains { "\(display)/\($0.path)" == problem.location?.file } }
            guard problems.isEmpty else {
                Terminal.printDiagnostics(DiagnosticList(problems))
                FileHandle.standardError.write(Data("tally: what the import would write does not read as content; nothing was written.\n".utf8))
                Foundation.exit(1)
            }
            try ScaffoldWriter.create(result.files.filter { !$0.updatesExisting }.map { NewFile(path: $0.path, text: $0.text, next: "") }, in: content)
            for file in result.files where file.updatesExisting { try ScaffoldWriter.replace(file.path, in: content, with: file.text) }
        } catch {
            Terminal.printDiagnostics(DiagnosticList([error]))
            throw ExitCode(1)
        }
        for file in result.files { Terminal.say("\(file.updatesExisting ? "Updated" : "Created") \(Builder.displayName(content))/\(file.path)") }
        for note in result.notes { Terminal.say("  \(note)") }
    }
}

struct ImportActions: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions", abstract: "Import a plan's actions from a table: one file per action, or a dated update to an action the site has.")

    @OptionGroup var options: ImportOptions

    @Option(name: .long, help: ArgumentHelp("The plan's id (its folder under plans/).", valueName: "id"))
    var plan: String

    @Option(name: .customLong("plan-title"), help: ArgumentHelp("A new plan's title.", valueName: "text"))
    var planTitle: String?

    @Option(name: .long, help: ArgumentHelp("The theme of rows that name none.", valueName: "id"))
    var theme: String?

    func run() throws {
        let (tables, target) = try options.read()
        let result = ActionImport.plan(
            tables, file: options.file, into: target,
            options: .init(planID: plan, planTitle: planTitle, date: options.date, theme: theme, mapped: try options.mapping()))
        try options.finish(result)
    }
}

struct ImportRecommendations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendations", abstract: "Import a response's recommendations from a table: one file per recommendation.")

    @OptionGroup var options: ImportOptions

    @Option(name: .long, help: ArgumentHelp("The response's id (its folder under responses/).", valueName: "id"))
    var response: String

    @Option(name: .customLong("report-title"), help: ArgumentHelp("A new response's report title.", valueName: "text"))
    var reportTitle: String?

    func run() throws {
        let (tables, target) = try options.read()
        let result = RecommendationImport.plan(
            tables, file: options.file, into: target,
            options: .init(responseID: response, reportTitle: reportTitle, date: options.date, mapped: try options.mapping()))
        try options.finish(result)
    }
}

struct ImportSeries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "series", abstract: "Import a series of figures from a table: data/<id>.csv and data/<id>.yaml.")

    @OptionGroup var options: ImportOptions

    @Option(name: .long, help: ArgumentHelp("The series' id (its file name under data/).", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("Its title.", valueName: "text"))
    var title: String?

    @Option(name: .long, help: ArgumentHelp("What it counts: homes, percent, tCO2e...", valueName: "unit"))
    var unit: String

    @Option(name: .long, help: ArgumentHelp("Its periods: date, month, quarter, calendar-year or financial-year.", valueName: "kind"))
    var period: String?

    func run() throws {
        let (tables, target) = try options.read()
        let result = SeriesImport.plan(
            tables, file: options.file, into: target,
            options: .init(seriesID: id, title: title, unit: unit, period: period, mapped: try options.mapping()))
        try options.finish(result)
    }
}
