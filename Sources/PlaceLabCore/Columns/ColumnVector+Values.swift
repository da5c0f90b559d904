/// Between boxed values and typed storage: what readers and computed stages hand over, and
/// what code that is not on a hot path still reads.
extension ColumnVector {
    /// Stores `values` typed when every present value is of one plain kind (text only when
    /// it repeats enough for a dictionary), else boxed.
    package init(_ values: [Value]) {
        guard let first = values.first(where: { !$0.isNull }) else {
            self.init(storage: .boxed(values))
            return
        }
        let typed: Storage? = switch first {
        case .integer: Self.typed(values, zero: 0) { if case .integer(let number) = $0 { number } else { nil } }
            .map { .integers($0, $1) }
        case .number: Self.typed(values, zero: 0.0) { if case .number(let number) = $0 { number } else { nil } }
            .map { .doubles($0, $1) }
        case .bool: Self.typed(values, zero: false) { if case .bool(let flag) = $0 { flag } else { nil } }
            .map { .booleans($0, $1) }
        case .text: DictionaryText.encode(values).map { .texts($0, $1) }
        case .list, .null: nil
        }
        self.init(storage: typed ?? .boxed(values))
    }

    /// Every cell as a boxed value.
    package var values: [Value] {
        if case .boxed(let values) = storage { return values }
        return Array(self)
    }

    /// The cells unboxed by `unbox`, or nil when one present cell is of another kind.
    private static func typed<Element>(_ values: [Value], zero: Element,
                                       unbox: (Value) -> Element?) -> ([Element], ValidityBitmap)? {
        var elements = [Element](repeating: zero, count: values.count)
        var valid = ValidityBitmap(count: values.count, present: true)
        for (row, value) in values.enumerated() {
            if let element = unbox(value) {
                elements[row] = element
            } else if value.isNull {
                valid[row] = false
            } else {
                return nil
            }
        }
        return (elements, valid)
    }
}
