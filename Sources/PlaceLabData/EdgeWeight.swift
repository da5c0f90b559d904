import PlaceLabCore

/// A tie's weight is its strength: paths, closeness and the layout use distance = 1/weight,
/// so only a finite weight above 0 (whose reciprocal is finite too) means anything. Readers
/// refuse any other, at its place, rather than load a network whose paths then silently vanish.
enum EdgeWeight {
    /// Why `weight` cannot be a tie's strength; nil when it can.
    static func problem(_ weight: Double) -> String? {
        if weight.isNaN { return "an edge weight of NaN is not a strength" }
        if weight.isInfinite { return "an edge weight of \(weight < 0 ? "-inf" : "inf") is not a strength" }
        if weight == 0 { return "an edge weight of 0 is not a strength" }
        if weight < 0 { return "an edge weight of \(Value.format(weight)) is negative, not a strength" }
        if !(1 / weight).isFinite { return "an edge weight of \(Value.format(weight)) is too small: its distance (1/weight) is infinite" }
        return nil
    }

    static let help = "a weight is a tie's strength above 0 (paths use distance = 1/weight); "
        + "leave out a tie that is not there, or its weight if it is unknown"
}
