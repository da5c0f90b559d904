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
                let members = positions[offsets[group]..<offsets[group + 1]]
                results.append(integers(function, members, numbers, valid))
            }
        case .doubles(let numbers, let valid):
            for group in 0..<groups {
                if group & 0xFFFF == 0 { try checkInterrupt() }
                let members = positions[offsets[group]..<offsets[group + 1]]
                results.append(doubles(function, members, numbers, valid))
            }
        default:
            return nil
        }
        return results
    }

    private static func integers(_ function: String, _ members: ArraySlice<Int>, _ numbers: [Int], _ valid: ValidityBitmap) -> Value {
        var count = 0, total = 0, overflowed = false, least = Int.max, most = Int.min
        for position in members where valid[position] {
            let number = numbers[position]
            count += 1
            let (sum, overflow) = total.addingReportingOverflow(number)
            overflowed = overflowed || overflow
            total = sum
            least = min(least, number)
            most = max(most, number)
        }
        if function == "count" { return .integer(count) }
        if count == 0 { return .null }
        switch function {
        case "sum" where !overflowed: return .integer(total)
        case "min": return .integer(least)
        case "max": return .integer(most)
        case "median": return median(members.filter { valid[$0] }.map { Double(numbers[$0]) })
        default:  // avg, or a sum that overflowed: in doubles, in row order from 0
            var sum = 0.0
            for position in members where valid[position] { sum += Double(numbers[position]) }
            return .number(function == "avg" ? sum / Double(count) : sum)
        }
    }

    private static func doubles(_ function: String, _ members: ArraySlice<Int>, _ numbers: [Double], _ valid: ValidityBitmap) -> Value {
        var count = 0, sum = 0.0
        var best: Double?
        let (wantsMin, wantsMax) = (function == "min", function == "max")
        for position in members where valid[position] {
            let number = numbers[position]
            count += 1
            sum += number
            // The first of equal values stays: 0.0 and -0.0 are equal, NaN above every number.
            if let current = best {
                let order = ValueOrder.numberOrder(number, current)
                if wantsMin ? order < 0 : wantsMax && order > 0 { best = number }
            } else {
                best = number
            }
        }
        if function == "count" { return .integer(count) }
        guard count > 0, let best else { return .null }
        switch function {
        case "sum": return .number(sum)
        case "avg": return .number(sum / Double(count))
        case "min", "max": return .number(best)
        default: return median(members.filter { valid[$0] }.map { numbers[$0] })
        }
    }

    /// The middle value (or the mean of the middle two) of `Array.sorted()`, as Aggregate takes it.
    private static func median(_ present: [Double]) -> Value {
        let sorted = present.sorted()
        let middle = sorted.count / 2
        return .number(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
    }
}
