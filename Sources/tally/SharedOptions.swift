import ArgumentParser
import Model
import Publish

extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }
}

extension Edition: ExpressibleByArgument {}

/// Where the content and theme are, and the date to compute every status at.
struct InputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "folder"))
    var content = "Content"

    @Option(
        name: .long,
        help: ArgumentHelp("The theme folder. Default: Theme if there is one, else the theme inside tally.", valueName: "folder"))
    var theme: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Compute every status as at this date (YYYY-MM-DD). Default: SOURCE_DATE_EPOCH, else as_of in site.yaml, else today.",
            valueName: "date"))
    var asOf: CivilDate?
}

/// Which edition to build; `bundle` has none to choose, as a bundle is always the offline edition.
struct EditionOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The edition to build: web, offline or print.", valueName: "edition"))
    var edition: Edition = .web
}
