import PlaceLabRender

/// What the user (or the environment) chose for how a session behaves.
public struct SessionSettings: Sendable {
    public var mode: OutputMode
    /// Colour for text that reaches the terminal; files never get it.
    public var colored: Bool
    /// Whether results reach a terminal: then tables fit its width and long results are cut.
    public var terminal: Bool
    /// Prints each statement before its output (`--echo`), as if typed.
    public var echo: Bool
    /// Prints how long each statement took.
    public var timer: Bool
    /// Lines a terminal whose height is unknown shows before "… N more rows".
    public var terminalRowLimit: Int
    /// How much of a result's notes follows it on a terminal (`notes`).
    public var notes: NoteLength = .short

    public init(mode: OutputMode = .table, colored: Bool = false, terminal: Bool = false,
                echo: Bool = false, timer: Bool = false, terminalRowLimit: Int = 40) {
        self.mode = mode
        self.colored = colored
        self.terminal = terminal
        self.echo = echo
        self.timer = timer
        self.terminalRowLimit = terminalRowLimit
    }
}
