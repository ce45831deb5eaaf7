import ArgumentParser
import Foundation
import Publish

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into the output folder.",
        discussion: """
            Every problem is reported at once, as file:line:column: error: message. If there is any error the output folder is left exactly as it was; otherwise it is replaced as a whole.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var chosen: EditionOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The folder to build into. It is replaced as a whole, if Tally wrote it or it is empty.", valueName: "folder"))
    var output = "Site"

    @Flag(name: .long, help: "Replace the output folder even though Tally did not write it (never the content or theme folder).")
    var force = false

    @Flag(name: .long, help: "Print how long each stage took (read, parse, compute, render, write).")
    var timings = false

    func run() throws {
        let options = BuildOptions(
            contentFolder: input.content, themeFolder: input.theme, outputFolder: output, asOf: input.asOf,
            edition: chosen.edition, environment: ProcessInfo.processInfo.environment, force: force)
        let report = Builder.run(options, write: true)
        Terminal.printNotes(report.notes)
        Terminal.printScheduled(report.scheduled, asOf: report.asOf, inFull: false)
        Terminal.printDiagnostics(report.diagnostics)
        if timings { Terminal.printTimings(report.timings) }
        guard report.succeeded, report.wrote else {
            Terminal.printFailure(report.diagnostics, unchanged: output)
            throw ExitCode(1)
        }
        let date = report.asOf.map { " as at \($0.long)" } ?? ""
        print(
            "Built \(report.pageCount) \(report.pageCount == 1 ? "page" : "pages") (\(report.fileCount) files) into \(output)/\(date), \(chosen.edition.rawValue) edition."
                + Terminal.warningSuffix(report.diagnostics))
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and theme without writing anything.",
        discussion: """
            Checks everything a build checks, and that every link and asset reference in every page resolves. Nothing is written.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var chosen: EditionOption

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .customLong("reading-ease"), help: "List the reading ease of every summary, hardest first.")
    var readingEase = false

    @Flag(help: "List the pages with no translation into each of the site's other languages, and the translations whose source has changed since.")
    var translations = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "How to write the problems: gcc (file:line:column: error: ...), github (annotations for GitHub Actions) or json.",
            valueName: "format"))
    var format: Terminal.Format = .gcc

    func run() throws {
        let options = BuildOptions(
            contentFolder: input.content, themeFolder: input.theme, asOf: input.asOf, edition: chosen.edition,
            environment: ProcessInfo.processInfo.environment)
        var report = Builder.run(options, write: false)
        if translations { report.diagnostics.append(contentsOf: report.translationReview) }
        Terminal.printNotes(report.notes)
        Terminal.printScheduled(report.scheduled, asOf: report.asOf, inFull: true)
        Terminal.printDiagnostics(report.diagnostics, format: format)
        if format == .json {
            if !report.succeeded || (strict && !report.diagnostics.warnings.isEmpty) { throw ExitCode(1) }
            return
        }
        if readingEase, let review = report.plainLanguage { Terminal.printReadingEase(review) }
        let failed = !report.succeeded || (strict && !report.diagnostics.warnings.isEmpty)
        if failed {
            Terminal.printFailure(report.diagnostics, unchanged: nil)
            throw ExitCode(1)
        }
        print("No errors: \(report.pageCount) \(report.pageCount == 1 ? "page" : "pages") would be built." + Terminal.warningSuffix(report.diagnostics))
    }
}
