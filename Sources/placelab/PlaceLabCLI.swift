import ArgumentParser
import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabRender

/// The `placelab` command line: turns flags into a session, then runs scripts or the REPL.
@main
struct PlaceLabCLI: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "placelab",
        abstract: "A shell for exploring place-based leadership models: cases, realms, lifecycles and networks.",
        discussion: """
            With no script and a terminal on standard input, starts the interactive shell \
            ("help" lists the commands). Otherwise runs the statements given with -c, in a \
            script file, or on standard input, and exits 0 when all succeeded, 1 after an \
            error, 2 for a usage error or an unreadable script.
            """,
        version: PlaceLabVersion.current
    )

    @Option(name: .short, help: ArgumentHelp("Run STATEMENTS (may be repeated).", valueName: "STATEMENTS"))
    var command: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Run the script FILE (or: -f lesson N).", valueName: "FILE"))
    var file: String?

    @Option(help: ArgumentHelp("Run the script FILE one statement at a time, waiting for a key after each (or: --step lesson N).",
                               valueName: "FILE"))
    var step: String?

    @Argument(help: ArgumentHelp("A script to run (the same as -f), or \"lesson N\" for a bundled lesson from any folder "
                                     + "(\"lesson\" alone lists them).", valueName: "SCRIPT"))
    var script: [String] = []

    @Option(help: ArgumentHelp("How results print.", valueName: "MODE"))
    var mode: OutputMode?

    @Option(help: ArgumentHelp("Colour: auto (a terminal only), always or never.", valueName: "WHEN"))
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Load the bundled datasets from DIR instead.", valueName: "DIR"))
    var data: String?

    @Flag(name: .shortAndLong, help: "Start without the banner.")
    var quiet = false

    @Flag(help: "Run every statement of a script and report every error, instead of stopping at the first.")
    var keepGoing = false

    @Flag(help: "Print each statement before its output, as if typed.")
    var echo = false

    @Flag(help: "Neither read nor save the history file.")
    var noHistory = false

    @Flag(help: "Skip the init file ($XDG_CONFIG_HOME/placelab/init.plq).")
    var noInit = false

    @Flag(help: "Read and write files only inside the working folder, and run only .plq scripts there (help safe).")
    var safe = false

    /// Like ArgumentParser's own entry point, but a usage error exits with 2 as scripts expect.
    static func main() {
        if let options = QuickFlags.parse(Array(CommandLine.arguments.dropFirst())) { options.launch() }
        let command: PlaceLabCLI
        do {
            command = try parse()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandleWriter.error(message + "\n")
            Foundation.exit(2)
        }
        command.options.launch()
    }

    var options: LaunchOptions {
        LaunchOptions(command: command, file: file, step: step, script: script, mode: mode, color: color, data: data,
                      quiet: quiet, keepGoing: keepGoing, echo: echo, noHistory: noHistory, noInit: noInit, safe: safe)
    }

    func validate() throws {
        try options.validate()
    }
}

extension OutputMode: ExpressibleByArgument {}
