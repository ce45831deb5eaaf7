import ArgumentParser
import Foundation

// Exit codes: 0 success, 1 problems in the content or theme, 2 a mistake on the command line.
do {
    var command = try Tally.parseAsRoot()
    try command.run()
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
