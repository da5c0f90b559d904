import PlaceLabCore

/// Values as keys for distinct, group and join, equal exactly when `==` says so: text by
/// its UTF-8 bytes (so "é" and "e\u{301}" stay apart, as in comparisons), and a whole
/// decimal the same as the integer it equals (3.0 and 3 are one value), and every NaN one
/// value (one group, as in PostgreSQL).
struct ValueKey: Hashable {
    let values: [Value]

    init(_ values: [Value]) {
        self.values = values
    }

    static func == (lhs: ValueKey, rhs: ValueKey) -> Bool {
        lhs.values.count == rhs.values.count && zip(lhs.values, rhs.values).allSatisfy(same)
    }

    func hash(into hasher: inout Hasher) {
        for value in values { ValueKey.hash(value, into: &hasher) }
    }

    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.text(let x), .text(let y)): x.utf8.elementsEqual(y.utf8)
        case (.list(let x), .list(let y)): x.count == y.count && zip(x, y).allSatisfy(same)
        case (.number(let x), .number(let y)) where x.isNaN || y.isNaN: x.isNaN && y.isNaN
        // Exact, as the hash is: through Double, Int.max and Int.max - 1 would both equal 2^63
        // but not each other, and a Set holding all three traps ("duplicate elements").
        case (.integer(let x), .number(let y)), (.number(let y), .integer(let x)): Int(exactly: y) == x
        case (.number(let x), .number(let y)): x == y
        default: a == b
        }
    }

    static func hash(_ value: Value, into hasher: inout Hasher) {
        switch value {
        case .text(let text):
            hasher.combine(3)
            for byte in text.utf8 { hasher.combine(byte) }
        case .number(let number) where Int(exactly: number) != nil:
            // A whole number hashes as the integer it equals, so 6.0 and 6 meet in a join.
            hasher.combine(2)
            hasher.combine(Int(exactly: number) ?? 0)
        case .number(let number) where number.isNaN:
            hasher.combine(5)
        case .integer(let number):
            hasher.combine(2)
            hasher.combine(number)
        case .list(let items):
            hasher.combine(4)
            for item in items { hash(item, into: &hasher) }
        default:
            hasher.combine(value)
        }
    }
}

/// One value as a key, with ValueKey's equality and hashing, for the common case of a single
/// key column: no array per row.
struct CellKey: Hashable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: CellKey, rhs: CellKey) -> Bool {
        ValueKey.same(lhs.value, rhs.value)
    }

    func hash(into hasher: inout Hasher) {
        ValueKey.hash(value, into: &hasher)
    }
}
