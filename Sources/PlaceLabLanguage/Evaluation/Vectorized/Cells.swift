import PlaceLabCore

/// A planned part's cells over a list of rows, by position in that list: a column (typed where
/// it can be) or one value for every row.
enum Cells {
    case vector(ColumnVector)
    case constant(Value)

    subscript(position: Int) -> Value {
        switch self {
        case .vector(let vector): vector[position]
        case .constant(let value): value
        }
    }

    /// The cells as `count` rows of typed storage, made in the form ColumnVector gives values.
    func column(count: Int) -> ColumnVector {
        switch self {
        case .constant(let value): ColumnVector([Value](repeating: value, count: count))
        case .vector(let vector): vector
        }
    }

    /// Integer or double cells as arrays with validity (a constant repeated), else nil.
    func numbers(count: Int) -> NumberCells? {
        switch self {
        case .vector(let vector):
            switch vector.storage {
            case .integers(let numbers, let valid): .integers(numbers, valid)
            case .doubles(let numbers, let valid): .doubles(numbers, valid)
            case .booleans(let flags, let valid): .integers(flags.map { $0 ? 1 : 0 }, valid)
            default: nil
            }
        case .constant(.integer(let number)):
            .integers([Int](repeating: number, count: count), ValidityBitmap(count: count, present: true))
        case .constant(.number(let number)):
            .doubles([Double](repeating: number, count: count), ValidityBitmap(count: count, present: true))
        case .constant(.bool(let flag)):
            .integers([Int](repeating: flag ? 1 : 0, count: count), ValidityBitmap(count: count, present: true))
        case .constant:
            nil
        }
    }
}

/// Numbers by position; booleans travel as integers 0 and 1 where only their order matters.
enum NumberCells {
    case integers([Int], ValidityBitmap)
    case doubles([Double], ValidityBitmap)

    var validity: ValidityBitmap {
        switch self {
        case .integers(_, let valid), .doubles(_, let valid): valid
        }
    }

    /// Every number as a double, as `Value.asDouble` reads an integer.
    var doubles: [Double] {
        switch self {
        case .integers(let numbers, _): numbers.map { Double($0) }
        case .doubles(let numbers, _): numbers
        }
    }
}

extension ValidityBitmap {
    /// Present where both are present.
    func and(_ other: ValidityBitmap) -> ValidityBitmap {
        var result = self
        for position in 0..<count where !other[position] { result[position] = false }
        return result
    }

    /// Whether no row is present.
    var isAllNull: Bool {
        (0..<count).allSatisfy { !self[$0] }
    }
}
