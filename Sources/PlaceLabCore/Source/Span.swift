/// A half-open range of UTF-8 byte offsets into a `SourceText`.
///
/// Positions stay byte offsets everywhere and become line and column only when reported,
/// so the lexer never counts characters.
public struct Span: Hashable, Sendable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span {
        Span(min(start, other.start), max(end, other.end))
    }
}
