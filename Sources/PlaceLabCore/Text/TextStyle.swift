/// Whether and how text is coloured. Plain by default, so nothing reaches a pipe or file
/// with an escape code in it; the executable turns colour on only for a terminal.
public struct TextStyle: Sendable, Equatable {
    public enum Role: Sendable {
        case error, warning, strong, hint, header, muted, marked
    }

    public var colored: Bool

    public init(colored: Bool) {
        self.colored = colored
    }

    public static let plain = TextStyle(colored: false)

    public func paint(_ text: String, _ role: Role) -> String {
        guard colored, !text.isEmpty else { return text }
        let code: String
        switch role {
        case .error: code = "1;31"
        case .warning: code = "1;33"
        case .strong: code = "1"
        case .hint: code = "1;36"
        case .header: code = "1"
        case .muted: code = "2"
        case .marked: code = "1;33"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
