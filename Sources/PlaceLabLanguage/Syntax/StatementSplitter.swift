import PlaceLabCore

/// Cuts a token stream into statements.
///
/// A statement ends at a newline or `;`, except inside brackets or a string, or after a
/// trailing `|`. What is still open at the end of the text is reported, so the REPL can
/// ask for another line instead of failing: the grammar decides continuation, not a regex.
public struct StatementSplitter {
    public struct Result: Sendable {
        /// Each statement's tokens, without separators.
        public var statements: [[Token]] = []
        /// Set when the text ends inside a statement.
        public var open: Opener?
        /// Where the still-open thing starts (the bracket, the quote, the trailing `|`).
        public var openSpan: Span?
        /// Bracket mismatches and scan errors that no more input can mend.
        public var diagnostics: [Diagnostic] = []
    }

    public static func split(_ tokens: [Token]) -> Result {
        var result = Result()
        var current: [Token] = []
        var stack: [(opener: Opener, token: Token)] = []

        func finish() {
            if !current.isEmpty { result.statements.append(current) }
            current = []
            stack = []
        }

        for token in tokens {
            switch token.kind {
            case .endOfInput:
                if let last = current.last, last.isUnterminated {
                    (result.open, result.openSpan) = (.quote, last.span)
                } else if let top = stack.last {
                    (result.open, result.openSpan) = (top.opener, top.token.span)
                } else if let last = current.last, last.kind == .pipe {
                    (result.open, result.openSpan) = (.pipe, last.span)
                }
                if result.open != nil {
                    result.statements.append(current)
                } else {
                    finish()
                }
                return result
            case .newline:
                if !stack.isEmpty || current.last?.kind == .pipe { continue }
                finish()
            case .semicolon where stack.isEmpty:
                finish()
            case .leftParen, .leftBracket, .leftBrace:
                stack.append((Opener.opening(token.kind)!, token))
                current.append(token)
            case .rightParen, .rightBracket, .rightBrace:
                if let top = stack.last, top.opener.closer == token.kind {
                    stack.removeLast()
                } else if let top = stack.last {
                    result.diagnostics.append(Diagnostic(
                        "\"\(token.text)\" does not close \"\(top.opener.rawValue)\"", at: token.span,
                        help: "close \"\(top.opener.rawValue)\" with \"\(closingText(top.opener))\" first"))
                } else {
                    result.diagnostics.append(Diagnostic("unexpected \"\(token.text)\" with nothing open", at: token.span))
                }
                current.append(token)
            case .error(let message) where !token.isUnterminated:
                result.diagnostics.append(Diagnostic(message, at: token.span))
                current.append(token)
            default:
                current.append(token)
            }
        }
        return result
    }

    private static func closingText(_ opener: Opener) -> String {
        switch opener {
        case .paren: ")"
        case .bracket: "]"
        case .brace: "}"
        case .quote: "\""
        case .pipe: ""
        }
    }
}
