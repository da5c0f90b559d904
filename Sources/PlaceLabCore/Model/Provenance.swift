/// Where a bundled value comes from: which source document says it, in which words, and how.
public struct Provenance: Sendable, Equatable {
    public enum Basis: String, Sendable, CaseIterable {
        /// The source says it (in our words where the value is a summary).
        case stated
        /// We conclude it; `note` gives the reason.
        case inferred
        /// Built by us to illustrate what a source describes only in words (networks).
        case illustrative
    }

    /// The seed document's file name.
    public var source: String
    /// The supporting phrase as shown to readers: the raw quote with the seed's broken
    /// ligatures ("confi dence") mended.
    public var quote: String
    /// The phrase exactly as the seed has it, for checking it word for word.
    public var rawQuote: String
    public var basis: Basis
    public var note: String?
    /// The source's own hedge on the value ("some signs", "possibly"), shown beside it
    /// wherever it is shown: `embedding (some signs)`.
    public var qualifier: String?

    public init(source: String, quote: String, basis: Basis, note: String? = nil, qualifier: String? = nil) {
        self.source = source
        self.rawQuote = quote
        self.quote = LigatureRepair.mend(quote)
        self.basis = basis
        self.note = note
        self.qualifier = qualifier
    }

    /// The value's text with its hedge, when the source hedges it.
    public func qualified(_ text: String) -> String {
        guard let qualifier, !qualifier.isEmpty else { return text }
        return text + " (" + qualifier + ")"
    }
}
