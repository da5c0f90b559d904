import PlaceLabCore

/// Joining the builders of one column read in stretches (`DelimitedChunks`) into the builder
/// reading the whole file in one pass would have made: same type, same cells, same storage.
extension ColumnBuilder.State {
    /// The column's state after cells that gave `self`, then cells that gave `next`: reading
    /// cell by cell moves up the same steps (empty, then integer, number or boolean, then text).
    func then(_ next: ColumnBuilder.State) -> ColumnBuilder.State {
        switch (self, next) {
        case (.empty, _): next
        case (_, .empty): self
        case (.text, _), (_, .text): .text
        case (.integer, .integer): .integer
        case (.integer, .number), (.number, .integer), (.number, .number): .number
        case (.boolean, .boolean): .boolean
        default: .text
        }
    }
}

extension ColumnBuilder {
    /// Whether the column, `final` once all stretches are joined, needs this stretch's
    /// cells read again as text.
    func needsText(final: State) -> Bool {
        final == .text && (state == .integer || state == .number || state == .boolean || rereadBefore > 0)
    }

    /// Appends the next stretch's cells, when both are already of the joined column's kind:
    /// text with text, typed with typed (integers widening to numbers), empty with anything.
    mutating func absorb(_ next: ColumnBuilder) {
        switch (state, next.state) {
        case (_, .empty):
            switch state {
            case .empty: leadingNulls += next.leadingNulls
            case .text: textCells.appendNulls(next.leadingNulls)
            case .integer, .number, .boolean: typed.appendNulls(next.leadingNulls)
            }
        case (.empty, .text):
            var cells = TextCells(nulls: leadingNulls, capacity: expectedRows)
            cells.append(contentsOf: next.textCells)
            textCells = cells
            state = .text
        case (.text, .text):
            textCells.append(contentsOf: next.textCells)
        case (.empty, _):
            var cells = TypedCells(next.typed.kind, nulls: leadingNulls, capacity: expectedRows)
            cells.append(contentsOf: next.typed)
            typed = cells
            state = next.state
        case (.integer, .integer), (.boolean, .boolean):
            typed.append(contentsOf: next.typed)
        case (.integer, .number):
            // Reading on, the integers so far would have widened at the first decimal.
            typed.widenToNumber()
            typed.append(contentsOf: next.typed)
            state = .number
        case (.number, .integer), (.number, .number):
            // Reading on, these cells would have been read as numbers: `-0` as -0.0.
            typed.append(contentsOf: next.typed, negativeZeros: next.negativeZeros)
        default:
            preconditionFailure("joining a \(next.state) stretch to a \(state) column")
        }
    }
}

extension ValidityBitmap {
    /// Another bitmap's rows after these. Made anew with every row present, then nulls
    /// cleared: reading bits is cheaper than appending them one by one.
    mutating func append(contentsOf other: ValidityBitmap) {
        var joined = ValidityBitmap(count: count + other.count, present: true)
        for row in 0..<count where !self[row] { joined[row] = false }
        for row in 0..<other.count where !other[row] { joined[count + row] = false }
        self = joined
    }
}
