import ArgumentParser
import Diagnostics
import Foundation
import Model
import Publish

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new file from the content format: meeting notes, an action, an update, a response, a recommendation or a translation.",
        discussion: """
            Each file is valid content with today's date (or --date) and the next free id, kept out of \
            the site as a draft until you fill it in. tally new never replaces a file. See docs/cli.md.
            """,
        subcommands: [NewMeeting.self, NewAction.self, NewUpdate.self, NewResponse.self, NewRecommendation.self, NewTranslation.self]
    )
}

/// Where the content is, and the date to use.
struct NewOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "folder"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The date to use (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: CivilDate?

    var day: CivilDate { date ?? Builder.today() }

    func survey() throws -> (content: Content, files: Set<String>) {
        do throws(Diagnostic) {
            return try ScaffoldWriter.survey(content)
        } catch {
            Terminal.printDiagnostics(DiagnosticList([error]))
            throw ExitCode(1)
        }
    }

    /// Writes what a scaffold made, or reports why it could not.
    func create(_ result: Result<[NewFile], Scaffold.Failure>) throws {
        switch result {
        case .failure(let failure):
            Terminal.printDiagnostics(DiagnosticList([.error(failure.message, at: nil, hint: failure.hint)]))
            throw ExitCode(1)
        case .success(let files):
            do throws(Diagnostic) {
                try ScaffoldWriter.create(files, in: content)
            } catch {
                Terminal.printDiagnostics(DiagnosticList([error]))
                throw ExitCode(1)
            }
            for file in files { Terminal.say("Created \(Builder.displayName(content))/\(file.path)") }
            if let next = files.last?.next, !next.isEmpty { Terminal.say(next) }
        }
    }
}

struct NewMeeting: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Start the notes of a meeting, listing the open actions to report on.")

    @OptionGroup var options: NewOptions

    @Option(name: .long, help: ArgumentHelp("The group that met (needed when there are several).", valueName: "id"))
    var group: String?

    @Option(name: .long, help: ArgumentHelp("A word to tell apart two meetings on the same day.", valueName: "word"))
    var slug: String?

    func run() throws {
        let (content, files) = try options.survey()
        try options.create(
            Scaffold.meeting(on: options.day, group: group, slug: slug, content: content, files: files).map { [$0] })
    }
}

struct NewAction: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "action", abstract: "Start the next action of a plan's theme.")

    @OptionGroup var options: NewOptions

    @Option(name: .long, help: ArgumentHelp("The plan (its folder under plans/).", valueName: "id"))
    var plan: String

    @Option(name: .long, help: ArgumentHelp("The theme (needed when the plan has several).", valueName: "id"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("The action as published.", valueName: "text"))
    var title: String?

    func run() throws {
        let (content, files) = try options.survey()
        try options.create(Scaffold.action(in: plan, theme: theme, title: title, on: options.day, content: content, files: files).map { [$0] })
    }
}

struct NewUpdate: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update", abstract: "Start an update dated today.")

    @OptionGroup var options: NewOptions

    @Option(name: .long, help: ArgumentHelp("Its title.", valueName: "text"))
    var title: String?

    func run() throws {
        let (_, files) = try options.survey()
        try options.create(Scaffold.update(on: options.day, title: title, files: files).map { [$0] })
    }
}

struct NewResponse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "response", abstract: "Start a response to a report (an inspection, audit or review), with its first recommendation.")

    @OptionGroup var options: NewOptions

    @Option(name: .long, help: ArgumentHelp("Its id: the folder under responses/, such as audit-2025.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The report's title.", valueName: "text"))
    var title: String?

    func run() throws {
        let (content, files) = try options.survey()
        try options.create(Scaffold.response(id: id, title: title, on: options.day, content: content, files: files))
    }
}

struct NewRecommendation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommendation", abstract: "Start the next recommendation of a response.")

    @OptionGroup var options: NewOptions

    @Option(name: .long, help: ArgumentHelp("The response (its folder under responses/).", valueName: "id"))
    var response: String

    func run() throws {
        let (content, files) = try options.survey()
        try options.create(Scaffold.recommendation(in: response, on: options.day, content: content, files: files).map { [$0] })
    }
}

struct NewTranslation: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translation", abstract: "Start the translation of a page, plan, action, response, group, meeting's notes, data series or the glossary into another of the site's languages.")

    @OptionGroup var options: NewOptions

    @Argument(help: ArgumentHelp("The file to translate, from the content folder: pages/about.md.", valueName: "file"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("The language to translate it into (one of site.yaml's languages).", valueName: "tag"))
    var language: String

    func run() throws {
        let (content, files) = try options.survey()
        try options.create(Scaffold.translation(of: file, language: language, content: content, files: files).map { [$0] })
    }
}
