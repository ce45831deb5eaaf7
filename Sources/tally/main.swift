import ArgumentParser
import Foundation
import Publish

// A one-off command holds a tenth less with as many pools of memory as cores (see
// FreedMemory.shareArenas); a preview's edits were a tenth slower with them.
if CommandLine.arguments.dropFirst().first != "serve" { FreedMemory.shareArenas() }

// Exit codes: 0 success, 1 problems in the content or theme, 2 a mistake on the command line.
do {
    var command = try await Tally.asyncParseAsRoot()
    if var asynchronous = command as? AsyncParsableCommand {
        try await asynchronous.runAsynchronously()
    } else {
        try command.run()
    }
} catch let exitCode as ExitCode {
    exit(exitCode.rawValue)
} catch {
    let code = Tally.exitCode(for: error)
    let message = Tally.fullMessage(for: error)
    if code == .success {
        print(message)
        exit(0)
    }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

extension AsyncParsableCommand {
    /// `run()` as the command's asynchronous version: called on an existential, Swift would
    /// pick the synchronous one, which only prints help.
    mutating func runAsynchronously() async throws {
        try await run()
    }
}
