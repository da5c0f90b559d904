import Foundation
import PlaceLabCore

/// The second look at a table just read, the same for every format: null tokens, types the
/// user asked for, and columns that a reader kept as text because not every cell fit.
///
/// - A text column whose values are all numbers (or dates, or booleans) apart from null
///   tokens (`NA`, `n/a`, … see `LoadOptions`) takes that type, the tokens becoming null.
/// - Whole numbers with leading zeros (`030001`) and beyond 64 bits stay text, exactly as
///   written, and `load` says so; so does a mostly numeric column with other texts in it.
/// - `types col: TYPE` converts a column with the language's casts; a cell that does not
///   convert becomes null, and `load` counts them.
package struct ColumnTyping {
    let options: LoadOptions
    /// "line 6" (or "row 6") for data rows, asked once for every row a note names.
    let places: ([Int]) -> [Int: String]

    package init(options: LoadOptions, places: @escaping ([Int]) -> [Int: String]) {
        self.options = options
        self.places = places
    }

    package func apply(_ dataset: Dataset) throws -> Dataset {
        var copy = dataset
        var pending: [(column: Int, Finding)] = []
        let typedNulls = options.typedNullTokens
        let everywhereNulls = Set(options.extraNulls)
        for request in options.types where dataset.column(named: request.column) == nil {
            throw Diagnostic.unknown("column", request.column, at: request.span, among: dataset.columns.map(\.name),
                                     context: "in \(dataset.origin)")
        }
        for index in copy.columns.indices {
            let column = copy.columns[index]
            if let request = options.types.last(where: { $0.column.lowercased() == column.name.lowercased() }) {
                let (values, failed) = Self.cast(column.values, to: request.type, nulls: typedNulls,
                                                 decimalComma: options.decimalComma)
                copy.columns[index].values = values
                copy.columns[index].type = request.type
                if let failed { pending.append((index, failed)) }
                if let infinite = Self.infinities(copy.columns[index]) { pending.append((index, infinite)) }
                continue
            }
            switch column.type {
            case .number where typedNulls.contains("NaN") || typedNulls.contains("nan"):
                if column.values.contains(where: \.isNaN) {
                    copy.columns[index].values = column.values.map { $0.isNaN ? .null : $0 }
                }
            case .text, .empty:
                var census = Census(nulls: typedNulls, decimalComma: options.decimalComma)
                census.count(column.vector)
                if let (type, values) = census.retyped(column.vector) {
                    copy.columns[index].type = type
                    copy.columns[index].values = values
                } else {
                    if !everywhereNulls.isEmpty {
                        copy.columns[index].values = column.values.map { value in
                            if case .text(let text) = value, everywhereNulls.contains(Census.trim(text)) { return .null }
                            return value
                        }
                    }
                    for finding in census.findings() { pending.append((index, finding)) }
                }
            default:
                break
            }
            if let infinite = Self.infinities(copy.columns[index]) { pending.append((index, infinite)) }
        }
        let rows = places(Array(Set(pending.map(\.1.row))).sorted())
        copy.loadNotes += pending.map { index, finding in
            finding.note(column: copy.columns[index].name, place: rows[finding.row] ?? "row \(finding.row + 1)")
        }
        return copy
    }

    /// A number column's infinite values: a number past ±1.8e308 in the file (`1e309`) reads as
    /// ±inf, and every sum or average over it changes with it, so `load` says where the first is.
    static func infinities(_ column: Dataset.Column) -> Finding? {
        guard column.type == .number else { return nil }
        var count = 0
        var first: (row: Int, text: String)?
        for (row, value) in column.vector.enumerated() {
            guard case .number(let number) = value, number.isInfinite else { continue }
            count += 1
            if first == nil { first = (row, value.plainText) }
        }
        guard let first else { return nil }
        return Finding(kind: .infinite(count), row: first.row, text: first.text)
    }

    /// The values converted to `type`, and the first that would not convert (with how many).
    static func cast(_ values: [Value], to type: ValueType, nulls: Set<String>,
                     decimalComma: Bool = false) -> ([Value], Finding?) {
        var failures = 0
        var first: (Int, String)?
        let converted = values.enumerated().map { row, value -> Value in
            if case .text(let text) = value, nulls.contains(Census.trim(text)) { return .null }
            if case .number(let number) = value, number.isNaN, nulls.contains("NaN") { return .null }
            let result = decimalComma && (type == .number || type == .integer)
                ? Cast.to(type, Census.commaNumber(value)) : Cast.to(type, value)
            if result.isNull, !value.isNull {
                failures += 1
                if first == nil { first = (row, value.plainText) }
            }
            return result
        }
        guard let first else { return (converted, nil) }
        return (converted, Finding(kind: .castFailed(type, failures), row: first.0, text: first.1))
    }
}

/// Something `load` tells the user about one column.
struct Finding {
    enum Kind {
        case castFailed(ValueType, Int)
        case leadingZeros(Int)
        case bigIntegers(Int)
        case decimalCommas(Int)
        case decimalPoints(Int)
        case infinite(Int)
        case mixed(numbers: Int, dates: Int, others: Int, nulls: Int)
    }

    let kind: Kind
    /// The first data row (0-based) with the value the note quotes.
    let row: Int
    let text: String

    func note(column: String, place: String) -> String {
        let quoted = "\"\(Census.shown(text))\", \(place)"
        switch kind {
        case .castFailed(let type, let count):
            return "\(column): \(plural(count, "value")) not \(type == .integer ? "an integer" : type == .date ? "a date" : "a \(type.rawValue)") (\(quoted)) read as null"
        case .leadingZeros(let count):
            return "\(column): kept as text, as written: \(plural(count, "value")) with leading zeros (\(quoted)); types \(column): integer reads numbers"
        case .bigIntegers(let count):
            return "\(column): kept as exact text: \(plural(count, "whole number")) beyond 64 bits (\(quoted)); number(\(column)) gives approximate numbers"
        case .decimalCommas(let count):
            return "\(column): kept as text: \(plural(count, "value")) with a decimal comma (\(quoted)); load with decimal ',' to read them as numbers"
        case .decimalPoints(let count):
            return "\(column): kept as text: \(plural(count, "value")) with a decimal point (\(quoted)), which decimal ',' does not read as a number; leave out decimal ',' if points mark decimals here"
        case .infinite(let count):
            return "\(column): \(plural(count, "infinite value")) (±inf), the first on \(place); a number past ±1.8e308, such as 1e309, is read as inf too"
        case .mixed(let numbers, let dates, let others, let nulls):
            let main = dates > numbers ? plural(dates, "date") : plural(numbers, "number")
            let type = dates > numbers ? "date" : "number"
            let nullPart = nulls > 0 ? ", \(plural(nulls, "null"))" : ""
            let token = text.count <= 20 && !text.contains("'") ? text : "…"
            return "\(column): \(main)\(nullPart) and \(plural(others, "other")) (\(quoted)): kept as text; use types \(column): \(type) or null '\(token)'"
        }
    }
}
