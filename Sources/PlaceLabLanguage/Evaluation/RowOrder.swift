import PlaceLabCore

/// The order of `sort`: each key evaluated once per row up front (decorate), then row
/// positions compared on those keys, the position itself breaking ties so the order is total
/// and the sort stable. A key column whose values are all of one plain kind is kept as plain
/// integers, doubles or text and compared directly; any other column goes through
/// `ValueOrder.sortOrder`, which defines the order for every value.
struct RowOrder {
    /// One sort key's values, by row position, in the most direct form that keeps the order.
    enum Keys {
        /// Integers (or phase numbers); `present[i]` false is a null.
        case integers([Int], present: [Bool])
        /// Doubles with no NaN among them; `present[i]` false is a null.
        case doubles([Double], present: [Bool])
        /// Text, compared by UTF-8 bytes; nil is a null.
        case texts([String?])
        case values([Value], asPhases: Bool)
    }

    let keys: [Keys]
    let descending: [Bool]

    /// Decorates: `values[k][i]` is key k of the row at position i.
    init(values: [[Value]], asPhases: [Bool], descending: [Bool]) {
        keys = zip(values, asPhases).map { RowOrder.decorate($0, asPhases: $1) }
        self.descending = descending
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
            let result = numbers[a] < numbers[b] ? -1 : numbers[a] == numbers[b] ? 0 : 1
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

    /// The plainest form a key column can take without changing how it sorts: every present
    /// value an integer, every one a (non-NaN) double, every one text, or every one a phase.
    static func decorate(_ values: [Value], asPhases: Bool) -> Keys {
        let present = values.map { !$0.isNull }
        if asPhases {
            var numbers = [Int](repeating: 0, count: values.count)
            for (index, value) in values.enumerated() where !value.isNull {
                guard let phase = LifecyclePhase(value.plainText) else { return .values(values, asPhases: true) }
                numbers[index] = phase.number
            }
            return .integers(numbers, present: present)
        }
        guard let first = values.first(where: { !$0.isNull }) else { return .values(values, asPhases: false) }
        switch first {
        case .integer:
            var numbers = [Int](repeating: 0, count: values.count)
            for (index, value) in values.enumerated() {
                switch value {
                case .integer(let number): numbers[index] = number
                case .null: continue
                default: return .values(values, asPhases: false)
                }
            }
            return .integers(numbers, present: present)
        case .number:
            var numbers = [Double](repeating: 0, count: values.count)
            for (index, value) in values.enumerated() {
                switch value {
                case .number(let number) where !number.isNaN: numbers[index] = number
                case .null: continue
                default: return .values(values, asPhases: false)
                }
            }
            return .doubles(numbers, present: present)
        case .text:
            var texts = [String?](repeating: nil, count: values.count)
            for (index, value) in values.enumerated() {
                switch value {
                case .text(let text): texts[index] = text
                case .null: continue
                default: return .values(values, asPhases: false)
                }
            }
            return .texts(texts)
        default:
            return .values(values, asPhases: false)
        }
    }
}
