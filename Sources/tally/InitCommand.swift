import ArgumentParser
import Diagnostics
import Foundation
import Model
import Publish

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new site in a folder: content that builds at once and shows how each part is written.",
        discussion: """
            Writes Content/ (the site's settings, a plan with two actions, a group and the notes of its first meeting, a page, an accessibility statement to complete and a glossary) and a README.md for the team saying which file to edit for what. The site is built with the theme inside tally; tally theme copy writes it out to change it. The folder must be new or empty.
            """
    )

    @Argument(help: ArgumentHelp("The folder for the new site.", valueName: "folder"))
    var folder = "."

    @Option(name: .long, help: ArgumentHelp("The site's name, shown on every page.", valueName: "text"))
    var title = "Our plan and progress"

    @Option(name: .long, help: ArgumentHelp("Who publishes it.", valueName: "text"))
    var organisation = ""

    @Option(name: .long, help: ArgumentHelp("The date of the plan and the first meeting (YYYY-MM-DD). Default: today.", valueName: "date"))
    var date: CivilDate?

    func run() throws {
        let shown = Builder.displayName(folder)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
        guard names.isEmpty else {
            Terminal.printDiagnostics(DiagnosticList([.error(
                "\(shown)/ is not empty, so no site is started there", at: nil,
                hint: "give a new folder: tally init my-site")]))
            throw ExitCode(1)
        }
        var files = StarterSite.files(title: title, organisation: organisation, on: date ?? Builder.today())
        if FileManager.default.fileExists(atPath: folder + "/.gitignore") { files.removeAll { $0.path == ".gitignore" } }
        do throws(Diagnostic) {
            try ScaffoldWriter.create(files, in: folder)
        } catch {
            Terminal.printDiagnostics(DiagnosticList([error]))
            throw ExitCode(1)
        }
        let inside = folder == "." ? "" : "  cd \(shown)\n"
        Terminal.say("""
            Started a site in \(shown)/: \(files.count) files. Next:
            \(inside)  tally serve    preview it at http://127.0.0.1:8000/ as you edit
              tally check    find every problem at once
              tally build    build it into Site/ to publish
            README.md says which file to edit for what.
            """)
    }
}
