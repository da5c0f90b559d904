import PlaceLabCore

/// `count`, `sum`, `avg`, `min`, `max` and `median` per group straight from an integer or
/// double column, with `Aggregate.apply`'s results to the bit: nulls skipped, additions in
/// row order from 0.0, an integer sum that overflows redone in doubles, min and max keeping
/// the first of equal values (so 0.0 and -0.0 come out as they come in), NaN above every
/// number.
enum TypedAggregate {
    /// One result per group (members `positions[offsets[g]..<offsets[g + 1]]`), or nil when
    /// the function or the column's storage is not one handled here.
    static func apply(_ function: String, _ column: ColumnVector, offsets: [Int], positions: [Int],
                      checkInterrupt: () throws -> Void) throws -> [Value]? {
        guard ["count", "sum", "avg", "min", "max", "median"].contains(function) else { return nil }
        let groups = offsets.count - 1
        var results: [Value] = []
        results.reserveCapacity(groups)
        switch column.storage {
        case .integers(let numbers, let valid):
            for group in 0..<groups {
                if group & 0xFFFF == 0 { try checkInterrupt() }
                let present = positions[offsets[group]..<offsets[group + 1]].filter { valid[$0] }.map { numbers[$0] }
                results.append(integers(function, present))
            }
        case .doubles(let numbers, let valid):
            for group in 0..<groups {
                if group & 0xFFFF == 0 { try checkInterrupt() }
                let present = positions[offsets[group]..<offsets[group + 1]].filter { valid[$0] }.map { numbers[$0] }
                results.append(doubles(function, present))
            }
        default:
            return nil
        }
        return results
    }

    private static func integers(_ function: String, _ present: [Int]) -> Value {
        if function == "count" { return .integer(present.count) }
        guard let first = present.first else { return .null }
        switch function {
        case "sum":
            var total = 0
            for number in present {
                let (sum, overflow) = total.addingReportingOverflow(number)
                if overflow { return .number(present.reduce(0.0) { $0 + Double($1) }) }
                total = sum
            }
            return .integer(total)
        case "min": return .integer(present.dropFirst().reduce(first) { $1 < $0 ? $1 : $0 })
        case "max": return .integer(present.dropFirst().reduce(first) { $1 > $0 ? $1 : $0 })
        default: return doubles(function, present.map { Double($0) })
        }
    }

    private static func doubles(_ function: String, _ present: [Double]) -> Value {
        if function == "count" { return .integer(present.count) }
        guard let first = present.first else { return .null }
        switch function {
        case "sum": return .number(present.reduce(0.0, +))
        case "avg": return .number(present.reduce(0.0, +) / Double(present.count))
        case "min": return .number(present.dropFirst().reduce(first) { ValueOrder.numberOrder($1, $0) < 0 ? $1 : $0 })
        case "max": return .number(present.dropFirst().reduce(first) { ValueOrder.numberOrder($1, $0) > 0 ? $1 : $0 })
        default:
            let sorted = present.sorted()
            let middle = sorted.count / 2
            return .number(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
        }
    }
}
