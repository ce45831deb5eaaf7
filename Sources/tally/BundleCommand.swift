import ArgumentParser
import Foundation
import Publish

struct BundleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bundle",
        abstract: "Make the offline edition into a zip with a checksum manifest, or verify such a zip.",
        discussion: """
            The zip holds one folder: every page of the offline edition, README.txt (how to open it and check it) and MANIFEST.sha256 (the SHA-256 of every other file, as sha256sum writes them). The same content, theme and as-at date always give the same zip, byte for byte. With --verify, checks every file of a zip against its manifest and names any file changed, missing or added. See docs/editions.md.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("The zip to write. Default: the site's name and as-at date, such as my-site-2025-07-17.zip.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Replace the --output file even though it is not a bundle Tally made.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("Check this zip against its manifest instead of making one.", valueName: "file"))
    var verify: String?

    @Option(name: .long, help: ArgumentHelp("With --verify: the SHA-256 its publisher gave for MANIFEST.sha256.", valueName: "sha256"))
    var expect: String?

    func validate() throws {
        if expect != nil, verify == nil { throw ValidationError("--expect goes with --verify FILE") }
        if verify != nil, output != nil { throw ValidationError("--output makes a bundle and --verify checks one: give one of them") }
    }

    func run() throws {
        if let zip = verify { return try runVerify(zip) }
        let options = BuildOptions(
            contentFolder: input.content, themeFolder: input.theme, asOf: input.asOf, edition: .offline,
            environment: ProcessInfo.processInfo.environment, force: force)
        let report = Bundler.make(options, output: output)
        Terminal.printNotes(report.build.notes)
        Terminal.printDiagnostics(report.build.diagnostics)
        guard report.build.succeeded, let path = report.outputPath else {
            Terminal.printFailure(report.build.diagnostics, unchanged: nil)
            throw ExitCode(1)
        }
        let date = report.build.asOf.map { " as at \($0.long)" } ?? ""
        print("Bundled the offline edition\(date) into \(path): \(report.fileCount) files in the folder \(report.folder ?? "")/." + Terminal.warningSuffix(report.build.diagnostics))
        print("SHA-256 of the zip:             \(report.zipSHA256 ?? "")")
        print("SHA-256 of its MANIFEST.sha256: \(report.manifestSHA256 ?? "")")
    }

    func runVerify(_ zip: String) throws {
        let result = Bundler.verify(zip, expectedManifest: expect)
        Terminal.printDiagnostics(result.diagnostics)
        guard !result.diagnostics.hasErrors else {
            Terminal.printFailure(result.diagnostics, unchanged: nil)
            throw ExitCode(1)
        }
        print("\(zip): all \(result.checkedFiles) files match MANIFEST.sha256 (its SHA-256 is \(result.manifestSHA256 ?? "")).")
    }
}
