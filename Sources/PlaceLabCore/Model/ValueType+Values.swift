extension ValueType {
    /// The type a column of these values has: the first non-null value's, integers widening to numbers.
    package static func of(_ values: some Sequence<Value>) -> ValueType {
        var found: ValueType = .empty
        for value in values {
            let type: ValueType
            switch value {
            case .null: continue
            case .bool: type = .boolean
            case .integer: type = .integer
            case .number: type = .number
            case .text: type = .text
            case .list: type = .list
            }
            if found == .empty { found = type } else if found == .integer, type == .number { found = .number }
        }
        return found
    }
}
