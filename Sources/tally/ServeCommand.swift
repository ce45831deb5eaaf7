import ArgumentParser
import Diagnostics
import Foundation
import Preview
import Publish

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on this computer, and rebuild and reload pages as you edit.",
        discussion: """
            Serves the output folder at http://127.0.0.1:8000/ (only this computer can see it unless --host says otherwise). Content/ and Theme/ are watched: each save rebuilds what it affects and reloads the open pages it changed. If the content has an error, every page shows it over the last version that built, and the terminal lists it. See docs/cli.md.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var chosen: EditionOption

    @Option(name: .long, help: ArgumentHelp("The folder to build into and serve.", valueName: "folder"))
    var output = "Site"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "number"))
    var port = 8000

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The address to listen on. The default lets only this computer in; 0.0.0.0 lets in every computer that can reach this one.",
            valueName: "address"))
    var host = "127.0.0.1"

    @Flag(name: .long, help: "After each build, print how long each stage took.")
    var timings = false

    @Flag(name: .long, help: "Replace the output folder even though Tally did not write it (never the content or theme folder).")
    var force = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if chosen.edition == .print { throw ValidationError("the print edition is one document: build it with tally build --edition print") }
    }

    func run() async throws {
        let options = BuildOptions(
            contentFolder: input.content, themeFolder: input.theme, outputFolder: output, asOf: input.asOf,
            edition: chosen.edition, environment: ProcessInfo.processInfo.environment, force: force)
        // Checked before the server starts; the first build checks again and says what --force replaces.
        do {
            _ = try OutputGuard.checkFolder(output, protected: options.protectedFolders, force: force)
        } catch {
            Terminal.printDiagnostics(DiagnosticList([error]))
            Terminal.printFailure(DiagnosticList([error]), unchanged: output)
            throw ExitCode(1)
        }
        let hub = LiveReloadHub()
        let server = PreviewServer(host: host, port: port, siteFolder: output, hub: hub)
        do {
            try server.checkAddress()
        } catch {
            let hint: String
            switch error {
            case .portInUse: hint = "stop whatever is using it, or choose another port: tally serve --port \(port == 65_535 ? 8001 : port + 1)"
            case .cannotListen: hint = "check the --host address"
            }
            Terminal.printDiagnostics(DiagnosticList([.error(error.description, at: nil, hint: hint)]))
            throw ExitCode(1)
        }
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            FileHandle.standardError.write(
                Data("tally: warning: listening on \(host): other computers that can reach this one can see the preview\n".utf8))
        }

        let showTimings = timings
        let previewer = Previewer(session: BuildSession(options), hub: hub) { report, changed in
            Terminal.printNotes(report.notes)
            ServeCommand.log(report, changed: changed, output: output)
            if showTimings { Terminal.printTimings(report.timings) }
        }
        _ = await previewer.buildFirst()

        let themeFolder = options.themeFolderInUse
        let watcher = ContentWatcher(folders: [input.content] + (themeFolder.map { [$0] } ?? [])) { paths in previewer.changed(paths) }
        do {
            try watcher.start()
        } catch {
            FileHandle.standardError.write(Data("tally: warning: \(error); save and reload by hand\n".utf8))
        }
        Task.detached {
            while true {
                try? await Task.sleep(for: .seconds(15))
                await hub.keepAlive()
            }
        }
        ServeCommand.stopOnSignals()
        do {
            try await server.run { actualPort in
                let shown = host.contains(":") ? "[\(host)]" : host
                Terminal.say("Serving \(output)/ at http://\(shown):\(actualPort)/ (edits to \(input.content)/\(themeFolder.map { " and \($0)/" } ?? "") rebuild it). Press Ctrl-C to stop.")
            }
        } catch {
            Terminal.printDiagnostics(DiagnosticList([.error("the preview server stopped: \(error)", at: nil, hint: nil)]))
            throw ExitCode(1)
        }
    }

    /// One line per build; the problems in full when it failed.
    static func log(_ report: BuildReport, changed: [String], output: String) {
        let milliseconds = Int((report.timings.total * 1000).rounded())
        let cause = changed.isEmpty ? "Built" : "Rebuilt after changes to \(describe(changed))"
        guard report.succeeded else {
            Terminal.printDiagnostics(report.diagnostics)
            let errors = report.diagnostics.errors.count
            Terminal.say("\(cause): \(errors) error\(errors == 1 ? "" : "s"); \(output)/ keeps the last version that built, with the errors shown on every page.")
            return
        }
        Terminal.printDiagnostics(report.diagnostics)
        let written = report.writtenPaths.map { "wrote \($0.count) file\($0.count == 1 ? "" : "s")" } ?? "wrote \(report.fileCount) files"
        let removed = (report.removedPaths ?? []).isEmpty ? "" : ", removed \(report.removedPaths!.count)"
        let date = report.asOf.map { " as at \($0.long)" } ?? ""
        Terminal.say("\(cause) in \(milliseconds) ms: rendered \(report.pagesRendered) of \(report.pageCount) pages, \(written)\(removed)\(date)."
            + Terminal.warningSuffix(report.diagnostics))
    }

    static func describe(_ paths: [String]) -> String {
        let cwd = FileManager.default.currentDirectoryPath + "/"
        let shown = paths.prefix(3).map { $0.hasPrefix(cwd) ? String($0.dropFirst(cwd.count)) : $0 }
        return shown.joined(separator: ", ") + (paths.count > 3 ? " and \(paths.count - 3) more" : "")
    }

    /// Ctrl-C ends the preview at once: open pages' connections would otherwise hold it open.
    static func stopOnSignals() {
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
            source.setEventHandler {
                Terminal.say("\nStopped.")
                Foundation.exit(0)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    nonisolated(unsafe) static var signalSources: [any DispatchSourceSignal] = []
}
