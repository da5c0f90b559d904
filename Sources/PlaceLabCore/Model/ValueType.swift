/// The type of a dataset column, inferred from data files or declared by the bundled format.
public enum ValueType: String, Sendable, CaseIterable {
    case integer, number, boolean, text, list
    /// A lifecycle phase: text whose order is the lifecycle's (latent < … < embedding).
    case phase
    /// An ISO date or timestamp, held as text in `DateText`'s normal form so it orders by time.
    case date
    /// Only nulls seen: the column's type is unknown.
    case empty
}
