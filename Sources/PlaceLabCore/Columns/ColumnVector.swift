/// One column's cells in the plainest storage that reads back exactly the values it was made
/// from: integers, doubles, booleans or dictionary-encoded text with a validity bitmap for
/// nulls, or boxed values for anything else (mixed kinds, lists, an all-null column, text
/// that is mostly distinct).
/// Reading a cell gives the same `Value` the column was built from.
package struct ColumnVector: Sendable, RandomAccessCollection {
    package enum Storage: Sendable {
        case integers([Int], ValidityBitmap)
        case doubles([Double], ValidityBitmap)
        case booleans([Bool], ValidityBitmap)
        case texts(DictionaryText, ValidityBitmap)
        case boxed([Value])
    }

    package let storage: Storage

    package init(storage: Storage) {
        self.storage = storage
    }

    package var startIndex: Int { 0 }

    package var endIndex: Int {
        switch storage {
        case .integers(let numbers, _): numbers.count
        case .doubles(let numbers, _): numbers.count
        case .booleans(let flags, _): flags.count
        case .texts(let text, _): text.codes.count
        case .boxed(let values): values.count
        }
    }

    package subscript(row: Int) -> Value {
        switch storage {
        case .integers(let numbers, let valid): valid[row] ? .integer(numbers[row]) : .null
        case .doubles(let numbers, let valid): valid[row] ? .number(numbers[row]) : .null
        case .booleans(let flags, let valid): valid[row] ? .bool(flags[row]) : .null
        case .texts(let text, let valid): valid[row] ? .text(text.entries[Int(truncatingIfNeeded: text.codes[row])]) : .null
        case .boxed(let values): values[row]
        }
    }

    /// The rows at `positions`, in that order, in the same kind of storage.
    package func gathered(_ positions: [Int]) -> ColumnVector {
        switch storage {
        case .integers(let numbers, let valid):
            ColumnVector(storage: .integers(positions.map { numbers[$0] }, valid.gathered(positions)))
        case .doubles(let numbers, let valid):
            ColumnVector(storage: .doubles(positions.map { numbers[$0] }, valid.gathered(positions)))
        case .booleans(let flags, let valid):
            ColumnVector(storage: .booleans(positions.map { flags[$0] }, valid.gathered(positions)))
        case .texts(let text, let valid):
            ColumnVector(storage: .texts(text.gathered(positions), valid.gathered(positions)))
        case .boxed(let values):
            ColumnVector(storage: .boxed(positions.map { values[$0] }))
        }
    }
}
