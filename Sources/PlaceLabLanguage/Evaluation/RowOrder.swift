import PlaceLabCore

/// The order of `sort`: each key evaluated once per row up front (decorate), then row
/// positions compared on those keys, the position itself breaking ties so the order is total
/// and the sort stable. A key column stored typed (see ColumnVector) is compared as plain
/// integers or doubles — text by its dictionary entries' byte-order ranks, booleans as 0 and 1
/// — and any other column goes through `ValueOrder.sortOrder`, which defines the order for
/// every value.
struct RowOrder {
    /// One sort key's values, by row position, in the most direct form that keeps the order.
    enum Keys {
        /// Integers (phase numbers, text ranks, booleans as 0 and 1); a clear bit is a null.
        case integers([Int], present: ValidityBitmap)
        /// Doubles in ValueOrder's total order (NaN after +inf); a clear bit is a null.
        case doubles([Double], present: ValidityBitmap)
        /// Text too varied for a dictionary, compared by UTF-8 bytes; nil is a null.
        case texts([String?])
        case values([Value], asPhases: Bool)
    }

    let keys: [Keys]
    let descending: [Bool]

    /// Decorates: `columns[k][i]` is key k of the row at position i.
    init(columns: [ColumnVector], asPhases: [Bool], descending: [Bool]) {
        keys = zip(columns, asPhases).map { RowOrder.decorate($0, asPhases: $1) }
        self.descending = descending
    }

    init(values: [[Value]], asPhases: [Bool], descending: [Bool]) {
        self.init(columns: values.map(ColumnVector.init), asPhases: asPhases, descending: descending)
    }

    /// Whether the row at position `a` comes before the one at `b`. Nulls come last in both
    /// directions: only the order between present values is reversed by `desc`.
    func precedes(_ a: Int, _ b: Int) -> Bool {
        for index in keys.indices {
            let result = compare(keys[index], a, b, descending: descending[index])
            if result != 0 { return result < 0 }
        }
        return a < b
    }

    private func compare(_ keys: Keys, _ a: Int, _ b: Int, descending: Bool) -> Int {
        switch keys {
        case .integers(let numbers, let present):
            if let nulls = RowOrder.nullOrder(present[a], present[b]) { return nulls }
            let result = numbers[a] < numbers[b] ? -1 : numbers[a] == numbers[b] ? 0 : 1
            return descending ? -result : result
        case .doubles(let numbers, let present):
            if let nulls = RowOrder.nullOrder(present[a], present[b]) { return nulls }
            let result = ValueOrder.numberOrder(numbers[a], numbers[b])
            return descending ? -result : result
        case .texts(let texts):
            guard let x = texts[a], let y = texts[b] else {
                return RowOrder.nullOrder(texts[a] != nil, texts[b] != nil) ?? 0
            }
            let result = ValueOrder.textOrder(x, y)
            return descending ? -result : result
        case .values(let values, let asPhases):
            let result = ValueOrder.sortOrder(values[a], values[b], asPhases: asPhases)
            return descending && !values[a].isNull && !values[b].isNull ? -result : result
        }
    }

    /// Nulls last: nil when both are present, else the order that puts the null after.
    private static func nullOrder(_ a: Bool, _ b: Bool) -> Int? {
        switch (a, b) {
        case (true, true): nil
        case (false, false): 0
        case (true, false): -1
        case (false, true): 1
        }
    }

    /// The plainest form a key column can take without changing how it sorts.
    static func decorate(_ column: ColumnVector, asPhases: Bool) -> Keys {
        if asPhases {
            // Phase names as text: each dictionary entry is looked up once, not each row.
            if case .texts(let text, let present) = column.storage {
                let numbers = text.entries.compactMap { LifecyclePhase($0)?.number }
                if numbers.count == text.entries.count {
                    return .integers(text.codes.map { numbers[Int(truncatingIfNeeded: $0)] }, present: present)
                }
            }
            return phaseKeys(column.values)
        }
        switch column.storage {
        case .integers(let numbers, let present):
            return .integers(numbers, present: present)
        case .doubles(let numbers, let present):
            return .doubles(numbers, present: present)
        case .booleans(let flags, let present):
            return .integers(flags.map { $0 ? 1 : 0 }, present: present)
        case .texts(let text, let present):
            let ranks = text.byteOrderRanks()
            return .integers(text.codes.map { ranks[Int(truncatingIfNeeded: $0)] }, present: present)
        case .boxed(let values):
            return plainTexts(values).map(Keys.texts) ?? .values(values, asPhases: false)
        }
    }

    /// The texts of a column of text and nulls only (nil for a null), else nil.
    private static func plainTexts(_ values: [Value]) -> [String?]? {
        var texts = [String?](repeating: nil, count: values.count)
        for (index, value) in values.enumerated() {
            switch value {
            case .text(let text): texts[index] = text
            case .null: continue
            default: return nil
            }
        }
        return texts.contains { $0 != nil } ? texts : nil
    }

    /// Phase numbers when every present value names a phase, else the general order.
    private static func phaseKeys(_ values: [Value]) -> Keys {
        var numbers = [Int](repeating: 0, count: values.count)
        var present = ValidityBitmap(count: values.count, present: true)
        for (index, value) in values.enumerated() {
            if value.isNull { present[index] = false; continue }
            guard let phase = LifecyclePhase(value.plainText) else { return .values(values, asPhases: true) }
            numbers[index] = phase.number
        }
        return .integers(numbers, present: present)
    }
}
