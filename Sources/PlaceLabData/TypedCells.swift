import PlaceLabCore

/// The cells of a column read as integers, numbers or booleans, kept unboxed as they are read,
/// so a numeric column never exists as one boxed value per cell.
struct TypedCells {
    enum Kind { case integer, number, boolean }

    private(set) var kind: Kind
    // Only the array of `kind` is used; a null row holds a zero there.
    private var integers: [Int] = []
    private var doubles: [Double] = []
    private var booleans: [Bool] = []
    private var valid = ValidityBitmap(count: 0, present: true)

    /// Storage that starts with `nulls` null rows: the column was empty until now.
    init(_ kind: Kind, nulls: Int, capacity: Int) {
        self.kind = kind
        reserve(max(capacity, nulls))
        switch kind {
        case .integer: integers = Array(repeating: 0, count: nulls)
        case .number: doubles = Array(repeating: 0, count: nulls)
        case .boolean: booleans = Array(repeating: false, count: nulls)
        }
        for _ in 0..<nulls { valid.append(false) }
    }

    var count: Int { valid.count }

    mutating func reserve(_ rows: Int) {
        switch kind {
        case .integer: integers.reserveCapacity(rows)
        case .number: doubles.reserveCapacity(rows)
        case .boolean: booleans.reserveCapacity(rows)
        }
        valid.reserveCapacity(rows)
    }

    @inline(__always)
    mutating func append(_ integer: Int) {
        integers.append(integer)
        valid.append(true)
    }

    @inline(__always)
    mutating func append(_ number: Double) {
        doubles.append(number)
        valid.append(true)
    }

    @inline(__always)
    mutating func append(_ flag: Bool) {
        booleans.append(flag)
        valid.append(true)
    }

    @inline(__always)
    mutating func appendNull() {
        switch kind {
        case .integer: integers.append(0)
        case .number: doubles.append(0)
        case .boolean: booleans.append(false)
        }
        valid.append(false)
    }

    /// An integer column met a decimal: every integer so far becomes a number.
    mutating func widenToNumber() {
        doubles.reserveCapacity(integers.capacity)
        doubles.append(contentsOf: integers.lazy.map(Double.init))
        integers = []
        kind = .number
    }

    /// `rows` null cells at the end.
    mutating func appendNulls(_ rows: Int) {
        for _ in 0..<rows { appendNull() }
    }

    /// Another stretch's cells after these: integers join numbers as `widenToNumber` makes
    /// them, and the rows at `negativeZeros` (integer zeros read from `-0`) become -0.0, as a
    /// number column reads `-0`.
    mutating func append(contentsOf other: TypedCells, negativeZeros: [Int] = []) {
        switch (kind, other.kind) {
        case (.number, .integer):
            let first = doubles.count
            doubles.append(contentsOf: other.integers.lazy.map(Double.init))
            for row in negativeZeros { doubles[first + row] = -0.0 }
        case (.number, .number):
            let first = doubles.count
            doubles.append(contentsOf: other.doubles)
            for row in negativeZeros { doubles[first + row] = -0.0 }
        case (.integer, .integer): integers.append(contentsOf: other.integers)
        case (.boolean, .boolean): booleans.append(contentsOf: other.booleans)
        default: preconditionFailure("joining \(other.kind) cells to \(kind) cells")
        }
        valid.append(contentsOf: other.valid)
    }

    /// The cells boxed, for a column that turned to text.
    func boxed() -> [Value] {
        (0..<count).map { row in
            guard valid[row] else { return .null }
            return switch kind {
            case .integer: .integer(integers[row])
            case .number: .number(doubles[row])
            case .boolean: .bool(booleans[row])
            }
        }
    }

    /// The finished column.
    func vector() -> ColumnVector {
        switch kind {
        case .integer: ColumnVector(storage: .integers(integers, valid))
        case .number: ColumnVector(storage: .doubles(doubles, valid))
        case .boolean: ColumnVector(storage: .booleans(booleans, valid))
        }
    }
}
