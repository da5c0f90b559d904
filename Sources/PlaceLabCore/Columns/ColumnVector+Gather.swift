/// Gathering rows where some positions have no row: the right side of a left join, whose
/// unmatched rows read as nulls without boxing the column.
extension ColumnVector {
    /// The rows at `positions`, in that order, in the same kind of storage; a negative
    /// position gives a null.
    package func gathered(orNull positions: [Int]) -> ColumnVector {
        switch storage {
        case .integers(let numbers, let valid):
            ColumnVector(storage: .integers(positions.map { $0 < 0 ? 0 : numbers[$0] }, valid.gathered(orNull: positions)))
        case .doubles(let numbers, let valid):
            ColumnVector(storage: .doubles(positions.map { $0 < 0 ? 0 : numbers[$0] }, valid.gathered(orNull: positions)))
        case .booleans(let flags, let valid):
            ColumnVector(storage: .booleans(positions.map { $0 < 0 ? false : flags[$0] }, valid.gathered(orNull: positions)))
        case .texts(let text, let valid):
            ColumnVector(storage: .texts(text.gathered(orNull: positions), valid.gathered(orNull: positions)))
        case .boxed(let values):
            ColumnVector(storage: .boxed(positions.map { $0 < 0 ? .null : values[$0] }))
        }
    }
}

extension ValidityBitmap {
    /// The bitmap of the rows at `positions`, in that order; a negative position is null.
    package func gathered(orNull positions: [Int]) -> ValidityBitmap {
        var result = ValidityBitmap(count: positions.count, present: true)
        for (index, row) in positions.enumerated() where row < 0 || !self[row] { result[index] = false }
        return result
    }
}

extension DictionaryText {
    /// The rows at `positions`, sharing the same entries; a negative position gets code 0,
    /// which the validity bitmap marks null.
    package func gathered(orNull positions: [Int]) -> DictionaryText {
        DictionaryText(codes: positions.map { $0 < 0 ? 0 : codes[$0] }, entries: entries)
    }
}
