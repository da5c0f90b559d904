import PlaceLabCore

/// How much of a result's notes follows it on a terminal: the shell's `notes` setting.
/// Files and pipes always get every note in full, so each stands on its own.
public enum NoteLength: String, CaseIterable, Sendable {
    /// Every note in full after every result.
    case full
    /// An illustrative network's note in full the first time, then as one line; other notes in full.
    case short
    /// Only the one-line illustrative label; other notes are left out.
    case off

    public var summary: String {
        switch self {
        case .full: "every note in full after every result"
        case .short: "an illustrative network's note in full the first time, then one line (the default)"
        case .off: "no notes, but illustrative data still says so in one line"
        }
    }

    /// The one line an illustrative note shortens to: the label stays, the explanation goes.
    static let illustrativeLabel = Network.illustrativePrefix
        + "PlaceLab's illustration, not data from the sources (\"notes full\" shows why)"
}
