import ArgumentParser
import Diagnostics
import Foundation
import Publish

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the theme inside tally.",
        subcommands: [ThemeCopyCommand.self]
    )
}

struct ThemeCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Write the theme inside tally out to a folder, to change it.",
        discussion: """
            A site with a Theme/ folder is built with it instead of the theme inside tally. Once copied, the theme is yours: a newer tally does not change it (see docs/cli.md, "Changing the theme"). The folder must not exist yet, or be empty.
            """
    )

    @Argument(help: ArgumentHelp("Where to write the theme.", valueName: "folder"))
    var folder = "Theme"

    func run() throws {
        do {
            let count = try ThemeCopy.write(to: folder)
            print("Wrote the default theme into \(Builder.displayName(folder))/ (\(count) files). Builds now use it; edit its templates and stylesheet to change how the site looks.")
        } catch {
            Terminal.printDiagnostics(DiagnosticList([error]))
            throw ExitCode(1)
        }
    }
}
