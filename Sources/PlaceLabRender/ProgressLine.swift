/// The line on standard error that says long work is going on: what, how far (when known)
/// and for how long. It is drawn over itself with a carriage return and wiped when the work
/// ends, so it never stays on the screen or reaches a pipe (the caller only shows it on a
/// terminal).
public struct ProgressLine: Sendable {
    /// Work shorter than this shows no line at all.
    public static let delay = 1.0
    /// The line is redrawn at most this often.
    public static let interval = 0.2
    /// Back to the start of the line, then erase to its end.
    public static let clear = "\r\u{1B}[K"

    public let label: String
    public let started: Double
    /// When the line was last drawn; nil while nothing is on the screen.
    public private(set) var drawnAt: Double?

    public init(label: String, started: Double) {
        self.label = label
        self.started = started
    }

    /// What to write at time `now` with `fraction` done (nil when unknown): the line, or nil
    /// when it is too early or too soon after the last one.
    public mutating func tick(now: Double, fraction: Double?, width: Int) -> String? {
        guard now - started >= ProgressLine.delay else { return nil }
        if let drawnAt, now - drawnAt < ProgressLine.interval { return nil }
        drawnAt = now
        return ProgressLine.clear + ProgressLine.text(label: label, fraction: fraction, elapsed: now - started, width: width)
    }

    /// What to write when the work ends: a wipe if a line is showing, else nothing.
    public func finish() -> String {
        drawnAt == nil ? "" : ProgressLine.clear
    }

    /// `label  42%  3.1 s`, cut to `width` columns (less one, so the cursor never wraps).
    public static func text(label: String, fraction: Double?, elapsed: Double, width: Int) -> String {
        // A name from a file must not drive the terminal: control characters show as "?".
        let shown = String(String.UnicodeScalarView(label.unicodeScalars.map { scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? "?" : scalar
        }))
        var parts = [shown]
        if let fraction, fraction.isFinite {
            let percent = Int(clamping: fraction * 100, to: 0...100)
            parts.append("\(percent)%")
        }
        if elapsed.isFinite, elapsed >= 0 {
            let tenths = Int(clamping: elapsed * 10, to: 0...10_000_000_000)
            parts.append("\(tenths / 10).\(tenths % 10) s")
        }
        let line = parts.joined(separator: "  ")
        let room = max(width - 1, 1)
        guard line.count > room else { return line }
        return String(line.prefix(max(room - 1, 0))) + "…"
    }
}
