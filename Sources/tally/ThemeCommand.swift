import ArgumentParser
import Diagnostics
import Foundation
import Publish

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the theme inside tally.",
        subcommands: [ThemeCopyCommand.self, ThemeNamesCommand.self]
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

struct ThemeNamesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "names",
        abstract: "List the names each page's template can use.",
        discussion: """
            For each page's template (meeting, plan, ...), the names its pages are given, besides the values every page shares (docs/your-site.md, "What a template is given"). A template that uses a name its pages are not given is reported when the site is built.
            """
    )

    @Argument(help: ArgumentHelp("One page's template, such as meeting; all of them if left out.", valueName: "template"))
    var template: String?

    func run() throws {
        let all = DefaultTheme.namesByTemplate
        guard let template else {
            for entry in all { print("\(entry.template): \(entry.names.joined(separator: ", "))") }
            return
        }
        guard let entry = all.first(where: { $0.template == template }) else {
            let hint = NearestName.hint(for: template, among: all.map(\.template))
            Terminal.printDiagnostics(DiagnosticList([.error("there is no page template \"\(template)\"", at: nil, hint: hint)]))
            throw ExitCode(1)
        }
        print(entry.names.joined(separator: "\n"))
    }
}
