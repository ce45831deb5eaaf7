import ArgumentParser

struct Tally: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Builds a static website of action plans, meeting notes and figures from Markdown.",
        discussion: """
            Run from the folder that holds Content/ (and Theme/, to change the theme inside tally). See docs/cli.md.

            Exit codes: 0 success, 1 the content or theme has errors, 2 the command line is wrong.
            """,
        version: TallyVersion.description,
        subcommands: [InitCommand.self, BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, ImportCommand.self, BundleCommand.self, ThemeCommand.self]
    )
}
