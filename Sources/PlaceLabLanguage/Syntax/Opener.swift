/// What keeps a statement open across lines; the continuation prompt shows it (`  (...> `).
public enum Opener: String, Sendable, Equatable {
    case paren = "("
    case bracket = "["
    case brace = "{"
    case quote = "\""
    case pipe = "|"

    var closer: Token.Kind? {
        switch self {
        case .paren: .rightParen
        case .bracket: .rightBracket
        case .brace: .rightBrace
        case .quote, .pipe: nil
        }
    }

    static func opening(_ kind: Token.Kind) -> Opener? {
        switch kind {
        case .leftParen: .paren
        case .leftBracket: .bracket
        case .leftBrace: .brace
        default: nil
        }
    }
}
