#if canImport(Glibc)
import Glibc
#endif

/// Facts about the process's terminal, read fresh when asked.
enum Terminal {
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// The window's size in character cells, when standard output is a terminal.
    static func size() -> (columns: Int, rows: Int)? {
        var window = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0, window.ws_col > 0 else { return nil }
        return (Int(window.ws_col), Int(window.ws_row))
    }

    /// libedit drops non-ASCII keys under the C locale, so fall back to C.UTF-8.
    static func useUTF8Locale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
