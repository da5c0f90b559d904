/// A subject of `help TOPIC` that is not a command: keys, scripts, output modes.
public struct HelpTopic: Sendable {
    public let name: String
    public let summary: String
    public let text: String

    public static let all: [HelpTopic] = [keys, scripts, modes, color]

    public static func lookup(_ name: String) -> HelpTopic? {
        all.first { $0.name == name.lowercased() }
    }

    static let keys = HelpTopic(name: "keys", summary: "line editing, history and completion keys", text: """
        Typing at the prompt (emacs keys; ~/.editrc is honoured):
          Tab            complete the command, file, mode or topic under the cursor
          Up / Down      step through history (kept across sessions)
          Ctrl-R         search history backwards
          Ctrl-A / E     start / end of line
          Ctrl-W         delete the word before the cursor
          Ctrl-L         clear the screen
          Ctrl-C         discard the line (or the unfinished statement), or cancel a running command
          Ctrl-D         leave, on an empty line
        A statement continues on the next line while a bracket or string is open or the line
        ends with "|"; the prompt then shows what is open, as  (...>   "...>   |...>
        """)

    static let scripts = HelpTopic(name: "scripts", summary: "running saved statements, exit codes, comments", text: """
        A script is a text file of statements, one per line (or several joined with ";").
        "#" starts a comment. Run one with:
          placelab -f lesson.plq         (or: placelab lesson.plq)
          placelab -c 'mode csv; help'   (-c may be repeated)
          placelab < lesson.plq          (statements on standard input)
          run lesson.plq                 (inside the shell)
        A script is parsed whole before it runs, so a mistake anywhere runs nothing. It stops
        at its first error, printed as FILE:LINE:COL: error: … with the line and a caret
        (<stdin> for standard input, <command> for -c). --keep-going runs on and reports
        every error. Exit status: 0 when all succeeded, 1 after an error, 2 for a usage error
        or a script that cannot be read. --echo prints each statement before its output.
        At start an interactive session runs $XDG_CONFIG_HOME/placelab/init.plq
        (default ~/.config/placelab/init.plq) unless --no-init is given.
        """)

    static let modes = HelpTopic(name: "modes", summary: "output modes and where results go", text: """
        "mode NAME" or --mode NAME chooses how results print:
        \(OutputMode.allCases.map { "  \($0.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))\($0.summary)" }.joined(separator: "\n"))
        On a terminal, tables fit the window (long cells end in …) and long results show
        their first rows, then "… N more rows" ("last" shows all). Pipes and files always
        get every row in full, and never colour. "output FILE" sends results to a file until
        "output" alone; "once FILE" sends just the next result.
        """)

    static let color = HelpTopic(name: "color", summary: "when PlaceLab uses colour", text: """
        Colour is used only when results reach a terminal, NO_COLOR is unset or empty and
        TERM is not "dumb". FORCE_COLOR (any non-empty value) or --color always forces it;
        --color never turns it off. Pipes and files never get escape codes, help included.
        """)
}
