#if canImport(Glibc)
import Glibc
#endif
import Foundation

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

    /// The size results are laid out for: the window's, with `COLUMNS`/`LINES` taking the
    /// place of what they give (without a window, 80 columns and as tall as it needs).
    static func size(width: Int?, height: Int?) -> (columns: Int, rows: Int)? {
        let window = size()
        guard window != nil || width != nil || height != nil else { return nil }
        return (width ?? window?.columns ?? 80, height ?? window?.rows ?? Int.max / 2)
    }

    /// A size from the environment (`COLUMNS=60`): its value when it is a whole number in
    /// `range`, else a note on why it is not used. Unset or empty is neither.
    static func sizeVariable(_ name: String, _ environment: [String: String],
                             within range: ClosedRange<Int>) -> (value: Int?, problem: String?) {
        guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return (nil, nil)
        }
        guard let number = Int(text), range.contains(number) else {
            return (nil, "note: \(name)=\(text) is not used: give a whole number from "
                    + "\(range.lowerBound) to \(range.upperBound)")
        }
        return (number, nil)
    }

    /// libedit drops non-ASCII keys under the C locale, so fall back to C.UTF-8.
    static func useUTF8Locale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }
}
