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
    /// A short phrase copied from the source that supports the value.
    public var quote: String
    public var basis: Basis
    public var note: String?

    public init(source: String, quote: String, basis: Basis, note: String? = nil) {
        self.source = source
        self.quote = quote
        self.basis = basis
        self.note = note
    }
}
