import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
@testable import PlaceLabNetworks
import PlaceLabRender
import Testing

// Differential testing of the query language against sqlite3.
//
// Random tables are loaded into both PlaceLab and sqlite3; random pipelines are generated
// together with an SQL translation that spells out PlaceLab's semantics (two-valued
// comparisons, nulls last in both sort directions, stable sorts, first-seen order for
// distinct and group, …). Both answers are compared cell by cell, in order: the SQL carries
// an explicit row-order column `_o` through every stage, so no output is left unordered.

// MARK: - Tables

private enum Kind: Equatable {
    case integer, decimal, text, boolean

    var isNumeric: Bool { self == .integer || self == .decimal }

    func joins(with other: Kind) -> Bool { self == other || (isNumeric && other.isNumeric) }

    var valueType: ValueType {
        switch self {
        case .integer: .integer
        case .decimal: .number
        case .text: .text
        case .boolean: .boolean
        }
    }

    var sqlType: String {
        switch self {
        case .integer, .boolean: "INTEGER"
        case .decimal: "REAL"
        case .text: "TEXT"
        }
    }
}

private struct Column: Equatable {
    var name: String
    var kind: Kind
}

/// Short texts, so equalities hit; with a comma and a quote (CSV quoting), upper and lower
/// case, and characters whose UTF-8 byte order differs from UTF-16 order (Ａ U+FF21 sorts
/// before 😀 U+1F600 by bytes, after it by UTF-16 units).
private let alphabet = ["a", "b", "c", "ab", "ba", "abc", "A", "B", "z", "é", "Ａ", "😀", "a,b", "q\"x", "a b"]

private struct TestTable {
    var name: String
    var columns: [Column]
    var rows: [[Value]]

    /// `spec`: name, kind, and the range to draw from (decimals are quarters of it).
    static func random(name: String, rows count: Int, _ spec: [(String, Kind, ClosedRange<Int>)],
                       texts: [String], rng: inout SeededRandom) -> TestTable {
        var rows: [[Value]] = []
        for _ in 0..<count {
            rows.append(spec.map { _, kind, range in
                if rng.chance(10) { return .null }
                switch kind {
                case .integer: return .integer(rng.int(range))
                case .decimal: return .number(Double(rng.int(range)) / 4)
                case .text: return .text(rng.pick(texts))
                case .boolean: return .bool(rng.chance(50))
                }
            })
        }
        return TestTable(name: name, columns: spec.map { Column(name: $0.0, kind: $0.1) }, rows: rows)
    }

    var dataset: Dataset {
        Dataset(name: name, origin: "differential test", columns: columns.indices.map { index in
            Dataset.Column(name: columns[index].name, type: columns[index].kind.valueType, values: rows.map { $0[index] })
        })
    }

    var sqlDefinition: String {
        var sql = "CREATE TABLE \(quoteSQL(name)) (_rid INTEGER, "
            + columns.map { "\(quoteSQL($0.name)) \($0.kind.sqlType)" }.joined(separator: ", ") + ");\n"
        sql += "BEGIN;\n"
        for (index, row) in rows.enumerated() {
            sql += "INSERT INTO \(quoteSQL(name)) VALUES (\(index), " + row.map(sqlLiteral).joined(separator: ", ") + ");\n"
        }
        return sql + "COMMIT;\n"
    }
}

private func quoteSQL(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

private func sqlLiteral(_ value: Value) -> String {
    switch value {
    case .null: "NULL"
    case .bool(let flag): flag ? "1" : "0"
    case .integer(let number): number < 0 ? "(\(number))" : "\(number)"
    case .number(let number): number < 0 ? "(\(number))" : "\(number)"
    case .text(let text): "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    case .list: "NULL"
    }
}

private func placeLabLiteral(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .bool(let flag): flag ? "true" : "false"
    case .integer(let number): "\(number)"
    case .number(let number): "\(number)"
    case .text(let text): "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    case .list: "[]"
    }
}

// MARK: - Pipelines and their SQL

/// An expression in both languages, with the kind of value it yields.
private struct Expr {
    var text: String
    var sql: String
    var kind: Kind
}

/// One generated case: the pipeline, its SQL, and the columns PlaceLab should answer with.
private struct Case {
    var pipeline: String
    var sql: String
    var columns: [Column]
}

private struct Generator {
    var rng: SeededRandom
    let tables: [TestTable]
    private var counter = 0
    /// How often each stage keyword was generated, to check the mix is broad.
    private(set) var stageCounts: [String: Int] = [:]

    /// Whether `coalesce` may mix integers and decimals, making a column hold both (3 and
    /// 3.0). Off for the main run: distinct and group tell those apart (a known issue, see
    /// `integersAndWholeDecimalsAreOneValueInDistinctAndGroup`).
    let mixesNumbers: Bool

    init(seed: UInt64, tables: [TestTable], mixesNumbers: Bool = false) {
        rng = SeededRandom(seed: seed)
        self.tables = tables
        self.mixesNumbers = mixesNumbers
    }

    private mutating func freshName(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    // MARK: Expressions

    private mutating func literal(_ kind: Kind) -> Value {
        switch kind {
        case .integer: .integer(rng.int(-5...30))
        case .decimal: .number(Double(rng.int(-40...80)) / 4)
        case .text: .text(rng.pick(alphabet))
        case .boolean: .bool(rng.chance(50))
        }
    }

    private func field(_ column: Column) -> Expr {
        Expr(text: column.name, sql: quoteSQL(column.name), kind: column.kind)
    }

    /// A reference to a column, sometimes in upper case: names match ignoring case.
    private mutating func reference(_ column: Column) -> Expr {
        Expr(text: rng.chance(15) ? column.name.uppercased() : column.name, sql: quoteSQL(column.name), kind: column.kind)
    }

    private mutating func writtenNames(_ columns: [Column]) -> String {
        var written: [String] = []
        for column in columns { written.append(reference(column).text) }
        return written.joined(separator: ", ")
    }

    private func literalExpr(_ value: Value, _ kind: Kind) -> Expr {
        Expr(text: placeLabLiteral(value), sql: sqlLiteral(value), kind: kind)
    }

    mutating func number(_ columns: [Column], depth: Int) -> Expr {
        let numeric = columns.filter { $0.kind.isNumeric }
        let choice = rng.int(0...9)
        if depth <= 0 || choice < 4 {
            if !numeric.isEmpty, rng.chance(75) { return reference(rng.pick(numeric)) }
            let kind: Kind = rng.chance(60) ? .integer : .decimal
            return literalExpr(literal(kind), kind)
        }
        switch choice {
        case 4, 5, 6:
            let left = number(columns, depth: depth - 1), right = number(columns, depth: depth - 1)
            let op = rng.pick(["+", "-", "*"])
            let kind: Kind = left.kind == .integer && right.kind == .integer ? .integer : .decimal
            return Expr(text: "(\(left.text) \(op) \(right.text))", sql: "(\(left.sql) \(op) \(right.sql))", kind: kind)
        case 7:
            let left = number(columns, depth: depth - 1), right = number(columns, depth: depth - 1)
            return Expr(text: "(\(left.text) / \(right.text))", sql: "(CAST(\(left.sql) AS REAL) / \(right.sql))", kind: .decimal)
        case 8:
            let operand = number(columns, depth: depth - 1)
            if rng.chance(50) {
                return Expr(text: "-(\(operand.text))", sql: "(-(\(operand.sql)))", kind: operand.kind)
            }
            return Expr(text: "abs(\(operand.text))", sql: "abs(\(operand.sql))", kind: operand.kind)
        default:
            let first = number(columns, depth: depth - 1)
            var second = number(columns, depth: depth - 1)
            while !mixesNumbers, second.kind != first.kind { second = number(columns, depth: depth - 1) }
            let kind: Kind = first.kind == .integer && second.kind == .integer ? .integer : .decimal
            return Expr(text: "coalesce(\(first.text), \(second.text))", sql: "coalesce(\(first.sql), \(second.sql))", kind: kind)
        }
    }

    mutating func text(_ columns: [Column], depth: Int) -> Expr {
        let texts = columns.filter { $0.kind == .text }
        let choice = rng.int(0...9)
        if depth <= 0 || choice < 6 {
            if !texts.isEmpty, rng.chance(75) { return reference(rng.pick(texts)) }
            return literalExpr(literal(.text), .text)
        }
        if choice < 9 {
            let left = text(columns, depth: depth - 1), right = text(columns, depth: depth - 1)
            return Expr(text: "(\(left.text) + \(right.text))", sql: "(\(left.sql) || \(right.sql))", kind: .text)
        }
        let first = text(columns, depth: depth - 1), fallback = literalExpr(literal(.text), .text)
        return Expr(text: "coalesce(\(first.text), \(fallback.text))", sql: "coalesce(\(first.sql), \(fallback.sql))", kind: .text)
    }

    /// A condition: in SQL always 0 or 1, never null, as PlaceLab's conditions are two-valued.
    /// `asValue`: the result is selected, not tested, so a bare boolean field stays itself
    /// (null included); only where it is tested does null count as false.
    mutating func condition(_ columns: [Column], depth: Int, asValue: Bool = false) -> Expr {
        let choice = depth <= 0 ? rng.int(0...6) : rng.int(0...9)
        switch choice {
        case 0, 1, 2, 3:
            return comparison(columns, depth: depth)
        case 4:
            let operand: Expr = rng.chance(70) ? reference(rng.pick(columns)) : number(columns, depth: 1)
            let negated = rng.chance(40)
            return Expr(text: "\(operand.text) is \(negated ? "not " : "")null",
                        sql: "(\(operand.sql) IS \(negated ? "NOT " : "")NULL)", kind: .boolean)
        case 5:
            let candidates = columns.filter { $0.kind != .boolean }
            guard !candidates.isEmpty else { return comparison(columns, depth: depth) }
            let column = reference(rng.pick(candidates))
            var items: [Value] = []
            for _ in 0..<rng.int(0...4) {
                if rng.chance(10) {
                    items.append(.null)
                } else if column.kind.isNumeric {
                    items.append(literal(rng.chance(70) ? .integer : .decimal))
                } else {
                    items.append(literal(.text))
                }
            }
            let negated = rng.chance(30)
            let test = "coalesce((\(column.sql) IN (\(items.map(sqlLiteral).joined(separator: ", ")))), 0)"
            return Expr(text: "\(column.text) \(negated ? "not in" : "in") [\(items.map(placeLabLiteral).joined(separator: ", "))]",
                        sql: negated ? "(NOT \(test))" : test, kind: .boolean)
        case 6:
            let flags = columns.filter { $0.kind == .boolean }
            guard !flags.isEmpty else { return comparison(columns, depth: depth) }
            let column = reference(rng.pick(flags))
            return asValue ? column : Expr(text: column.text, sql: "coalesce(\(column.sql), 0)", kind: .boolean)
        case 7, 8:
            let left = condition(columns, depth: depth - 1), right = condition(columns, depth: depth - 1)
            let op = rng.chance(50) ? "and" : "or"
            return Expr(text: "(\(left.text) \(op) \(right.text))", sql: "(\(left.sql) \(op.uppercased()) \(right.sql))", kind: .boolean)
        default:
            let operand = condition(columns, depth: depth - 1)
            return Expr(text: "not (\(operand.text))", sql: "(NOT \(operand.sql))", kind: .boolean)
        }
    }

    private mutating func comparison(_ columns: [Column], depth: Int) -> Expr {
        let ops: [(String, String)] = [("==", "="), ("!=", "<>"), ("<", "<"), ("<=", "<="), (">", ">"), (">=", ">=")]
        let (op, sqlOp) = rng.pick(ops)
        var kinds: [Kind] = [.integer]
        if columns.contains(where: { $0.kind == .text }) { kinds += [.text, .text] }
        if columns.contains(where: { $0.kind == .boolean }) { kinds.append(.boolean) }
        let left: Expr, right: Expr
        switch rng.pick(kinds) {
        case .text:
            left = text(columns, depth: 1)
            right = rng.chance(50) ? literalExpr(literal(.text), .text) : text(columns, depth: 1)
        case .boolean:
            left = reference(rng.pick(columns.filter { $0.kind == .boolean }))
            if rng.chance(50) {
                right = literalExpr(literal(.boolean), .boolean)
            } else {
                right = reference(rng.pick(columns.filter { $0.kind == .boolean }))
            }
        default:
            left = number(columns, depth: 2)
            if rng.chance(5) {
                right = Expr(text: "null", sql: "NULL", kind: .integer)
            } else if rng.chance(50) {
                let kind: Kind = rng.chance(60) ? .integer : .decimal
                right = literalExpr(literal(kind), kind)
            } else {
                right = number(columns, depth: 1)
            }
        }
        return Expr(text: "\(left.text) \(op) \(right.text)", sql: "coalesce((\(left.sql) \(sqlOp) \(right.sql)), 0)", kind: .boolean)
    }

    // MARK: Stages

    /// A whole case: a source, then one to four stages, each a CTE over the one before.
    mutating func makeCase() -> Case {
        counter = 0
        let source = rng.chance(85) ? tables[0] : tables[1]
        var columns = source.columns
        var query = source.name
        let names = columns.map { quoteSQL($0.name) }.joined(separator: ", ")
        var ctes = ["s0 AS (SELECT \(names), _rid AS _o FROM \(quoteSQL(source.name)))"]
        var joined = false
        let stageCount = rng.int(1...4)
        for index in 0..<stageCount {
            let previous = "s\(ctes.count - 1)"
            let carried = columns.map { quoteSQL($0.name) }.joined(separator: ", ")
            let isLast = index == stageCount - 1
            var kinds = ["where", "where", "where", "select", "select", "sort", "sort", "limit", "distinct", "group", "aggregate"]
            if !joined { kinds += ["join", "join"] }
            if isLast { kinds.append("count") }
            let kind = rng.pick(kinds)
            stageCounts[kind, default: 0] += 1
            switch kind {
            case "where":
                let condition = condition(columns, depth: 3)
                query += " | where \(condition.text)"
                ctes.append("SELECT \(carried), _o FROM \(previous) WHERE \(condition.sql)")
            case "select":
                var items: [(Expr, String)] = []
                var used = Set<String>()
                for _ in 0..<rng.int(1...4) {
                    if rng.chance(40) {
                        let column = rng.pick(columns)
                        if used.insert(column.name.lowercased()).inserted { items.append((field(column), column.name)) }
                        continue
                    }
                    let expression: Expr
                    switch rng.int(0...9) {
                    case 0...4: expression = number(columns, depth: 2)
                    case 5...7: expression = self.text(columns, depth: 2)
                    default:
                        expression = condition(columns, depth: 1, asValue: true)
                    }
                    let name = freshName("x")
                    used.insert(name)
                    items.append((expression, name))
                }
                if items.isEmpty { items = [(field(columns[0]), columns[0].name)] }
                query += " | select " + items.map { expression, name in
                    expression.text == name ? name : "\(name) = \(expression.text)"
                }.joined(separator: ", ")
                ctes.append("SELECT " + items.map { "\($0.0.sql) AS \(quoteSQL($0.1))" }.joined(separator: ", ") + ", _o FROM \(previous)")
                columns = items.map { Column(name: $0.1, kind: $0.0.kind) }
            case "sort":
                var keys: [(Expr, Bool?)] = []
                for _ in 0..<rng.int(1...3) {
                    let key = rng.chance(80) ? reference(rng.pick(columns)) : number(columns, depth: 1)
                    keys.append((key, rng.pick([nil, false, true])))
                }
                query += " | sort " + keys.map { key, descending in
                    key.text + (descending == true ? " desc" : descending == false ? " asc" : "")
                }.joined(separator: ", ")
                let order = keys.map { key, descending in
                    "(\(key.sql) IS NULL), \(key.sql)\(descending == true ? " DESC" : "")"
                }.joined(separator: ", ")
                ctes.append("SELECT \(carried), row_number() OVER (ORDER BY \(order), _o) AS _o FROM \(previous)")
            case "limit":
                let count = rng.int(0...40)
                switch rng.int(0...3) {
                case 0:
                    query += " | limit \(count)"
                    ctes.append("SELECT \(carried), _o FROM \(previous) ORDER BY _o LIMIT \(count)")
                case 1:
                    let bare = rng.chance(30)
                    query += bare ? " | first" : " | first \(count)"
                    ctes.append("SELECT \(carried), _o FROM \(previous) ORDER BY _o LIMIT \(bare ? 1 : count)")
                default:
                    let bare = rng.chance(30)
                    query += bare ? " | last" : " | last \(count)"
                    ctes.append("SELECT * FROM (SELECT \(carried), _o FROM \(previous) ORDER BY _o DESC LIMIT \(bare ? 1 : count))")
                }
            case "distinct":
                let kept: [Column]
                if rng.chance(25) {
                    kept = columns
                    query += " | distinct"
                } else {
                    kept = pickDistinct(columns, rng.int(1...2))
                    query += " | distinct " + writtenNames(kept)
                }
                let list = kept.map { quoteSQL($0.name) }.joined(separator: ", ")
                // A distinct-on-all keeps every column; with fields, only those.
                ctes.append("SELECT \(list), min(_o) AS _o FROM \(previous) GROUP BY \(list)")
                columns = kept
            case "group", "aggregate":
                let keys = kind == "group" ? pickDistinct(columns, rng.int(1...2)) : []
                var items: [(Expr, String)] = []
                if kind == "group", rng.chance(20) {
                    items = [(Expr(text: "", sql: "count(*)", kind: .integer), "count")]
                    query += " | group " + writtenNames(keys) + " | count"
                } else {
                    for _ in 0..<rng.int(1...4) { items.append(aggregateItem(columns)) }
                    if !keys.isEmpty { query += " | group " + writtenNames(keys) }
                    query += " | aggregate " + items.map { "\($0.1) = \($0.0.text)" }.joined(separator: ", ")
                }
                // Output names made unique as PlaceLab does: `group count | count` gives count, count_2.
                let outputNames = uniqueNames(keys.map(\.name) + items.map(\.1))
                let keyList = keys.map { quoteSQL($0.name) }
                let expressions = keyList + items.map(\.0.sql)
                let selected = zip(expressions, outputNames).map { "\($0) AS \(quoteSQL($1))" }
                ctes.append("SELECT \(selected.joined(separator: ", ")), \(keys.isEmpty ? "0" : "min(_o)") AS _o FROM \(previous)"
                            + (keys.isEmpty ? "" : " GROUP BY \(keyList.joined(separator: ", "))"))
                columns = zip(outputNames, keys.map(\.kind) + items.map(\.0.kind)).map { Column(name: $0, kind: $1) }
            case "join":
                guard let (clause, sql, result) = join(columns, previous: previous) else {
                    // Nothing joinable: filter instead, so the stage still does something.
                    let condition = condition(columns, depth: 2)
                    query += " | where \(condition.text)"
                    ctes.append("SELECT \(carried), _o FROM \(previous) WHERE \(condition.sql)")
                    continue
                }
                joined = true
                query += clause
                ctes.append(sql)
                columns = result
            default:  // count
                query += " | count"
                ctes.append("SELECT count(*) AS \"count\", 0 AS _o FROM \(previous)")
                columns = [Column(name: "count", kind: .integer)]
            }
        }
        let final = columns.map { column in
            let name = quoteSQL(column.name)
            if column.kind == .boolean {
                return "CASE WHEN \(name) IS NULL THEN NULL WHEN \(name) THEN 'true' ELSE 'false' END AS \(name)"
            }
            return name
        }.joined(separator: ", ")
        let with = ctes.enumerated().map { index, body in
            index == 0 ? body : "s\(index) AS (\(body))"
        }.joined(separator: ",\n  ")
        return Case(pipeline: query, sql: "WITH \(with)\nSELECT \(final) FROM s\(ctes.count - 1) ORDER BY _o;", columns: columns)
    }

    private mutating func pickDistinct(_ columns: [Column], _ count: Int) -> [Column] {
        var picked: [Column] = []
        for _ in 0..<count {
            let column = rng.pick(columns)
            if !picked.contains(column) { picked.append(column) }
        }
        return picked
    }

    private mutating func aggregateItem(_ columns: [Column]) -> (Expr, String) {
        let name = freshName("a")
        let numeric = columns.filter { $0.kind.isNumeric }
        let choice = numeric.isEmpty ? rng.pick([0, 1, 5, 6]) : rng.int(0...6)
        switch choice {
        case 0:
            return (Expr(text: "count()", sql: "count(*)", kind: .integer), name)
        case 1:
            let column = rng.pick(columns)
            return (Expr(text: "count(\(column.name))", sql: "count(\(quoteSQL(column.name)))", kind: .integer), name)
        case 2, 3:
            let argument = rng.chance(75) ? reference(rng.pick(numeric)) : number(columns, depth: 1)
            return (Expr(text: "sum(\(argument.text))", sql: "sum(\(argument.sql))", kind: argument.kind), name)
        case 4:
            let argument = rng.chance(75) ? reference(rng.pick(numeric)) : number(columns, depth: 1)
            return (Expr(text: "avg(\(argument.text))", sql: "avg(\(argument.sql))", kind: .decimal), name)
        default:
            let function = choice == 5 ? "min" : "max"
            let argument = reference(rng.pick(columns))
            return (Expr(text: "\(function)(\(argument.text))", sql: "\(function)(\(argument.sql))", kind: argument.kind), name)
        }
    }

    /// `[left] join OTHER on f == g`, its SQL, and the columns PlaceLab names: the right key
    /// dropped when it has the left key's name, clashing right names prefixed `OTHER.`.
    private mutating func join(_ left: [Column], previous: String) -> (String, String, [Column])? {
        // Self-joins of the big table only on numbers, to keep results a sensible size.
        let other = rng.chance(70) ? tables[1] : tables[0]
        var pairs: [(Column, Column)] = []
        for l in left {
            for r in other.columns where l.kind.joins(with: r.kind) {
                if other.name == tables[0].name, !(l.kind.isNumeric && r.kind.isNumeric) { continue }
                pairs.append((l, r))
                if l.name == r.name { pairs += [(l, r), (l, r)] }  // same-name keys more often
            }
        }
        guard !pairs.isEmpty else { return nil }
        let (leftKey, rightKey) = rng.pick(pairs)
        let keep = rng.chance(35)
        let on = leftKey.name == rightKey.name && rng.chance(50) ? leftKey.name : "\(leftKey.name) == \(rightKey.name)"
        let clause = " | \(keep ? "left join" : "join") \(other.name) on \(on)"
        let leftNames = Set(left.map { $0.name.lowercased() })
        let rightColumns = other.columns.filter { $0.name != rightKey.name || rightKey.name != leftKey.name }
        var names = left.map(\.name) + rightColumns.map { leftNames.contains($0.name.lowercased()) ? "\(other.name).\($0.name)" : $0.name }
        names = uniqueNames(names)
        let result = zip(names, left.map(\.kind) + rightColumns.map(\.kind)).map { Column(name: $0, kind: $1) }
        let selected = left.map { "l.\(quoteSQL($0.name)) AS \(quoteSQL($0.name))" }
            + zip(rightColumns, names.dropFirst(left.count)).map { "r.\(quoteSQL($0.name)) AS \(quoteSQL($1))" }
        let sql = "SELECT \(selected.joined(separator: ", ")), row_number() OVER (ORDER BY l._o, r._rid) AS _o FROM \(previous) AS l "
            + "\(keep ? "LEFT JOIN" : "JOIN") \(quoteSQL(other.name)) AS r ON l.\(quoteSQL(leftKey.name)) = r.\(quoteSQL(rightKey.name))"
        return (clause, sql, result)
    }

    private func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let count = (seen[name.lowercased()] ?? 0) + 1
            seen[name.lowercased()] = count
            return count == 1 ? name : "\(name)_\(count)"
        }
    }
}

// MARK: - Running both sides

private enum Differential {
    static let sqlitePath = "/usr/bin/sqlite3"
    static var sqliteAvailable: Bool { FileManager.default.isExecutableFile(atPath: sqlitePath) }

    /// The tables for one seed: `t` (200 rows, two columns of each kind) and `u` (40 rows,
    /// sharing the names `i` and `s` with `t`, so joins exercise dropped and prefixed names).
    static func tables(seed: UInt64) -> [TestTable] {
        var rng = SeededRandom(seed: seed ^ 0xDA7A)
        let t = TestTable.random(name: "t", rows: 200, [
            ("i", .integer, 0...30), ("j", .integer, -20...20), ("d", .decimal, -40...40), ("e", .decimal, -12...12),
            ("s", .text, 0...0), ("r", .text, 0...0), ("b", .boolean, 0...0),
        ], texts: alphabet, rng: &rng)
        let u = TestTable.random(name: "u", rows: 40, [
            ("k", .integer, 0...25), ("i", .integer, 0...30), ("s", .text, 0...0), ("w", .decimal, -20...20), ("f", .boolean, 0...0),
        ], texts: alphabet, rng: &rng)
        return [t, u]
    }

    /// Runs the statements in one sqlite3 process; each result follows a `#@Q<n>` marker line.
    static func runSQLite(setup: String, queries: [String]) throws -> (results: [String], errors: String) {
        var script = ".headers on\n.mode csv\n" + setup
        for (index, query) in queries.enumerated() {
            script += ".print #@Q\(index)\n\(query)\n"
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scriptURL = folder.appendingPathComponent("script.sql"), errorURL = folder.appendingPathComponent("errors.txt")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlitePath)
        process.arguments = ["-batch", ":memory:"]
        process.standardInput = try FileHandle(forReadingFrom: scriptURL)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // sqlite ends csv rows with CRLF, a single Character in Swift: normalise before splitting.
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""

        var results = [String](repeating: "", count: queries.count)
        var current: Int?
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }  // after the final line break
        for line in lines {
            if line.hasPrefix("#@Q"), let index = Int(line.dropFirst(3)) {
                current = index
            } else if let current {
                results[current] += line + "\n"
            }
        }
        return (results, errors)
    }

    /// Runs one pipeline in a fresh session in csv mode: its output, or its diagnostics.
    static func runPlaceLab(_ pipeline: String, tables: [TestTable]) -> (output: String, reports: String) {
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        session.catalog = Catalog(tables.map { .table($0.dataset) })
        session.run(SourceText(name: "t", text: pipeline))
        return (console.output, console.reports)
    }

    /// RFC 4180 records (fields may be quoted, quotes doubled).
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.append(character)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }

    /// Compares PlaceLab's csv (with header) to sqlite's (header only when there are rows).
    /// Returns nil when they agree, else what differs.
    static func difference(placeLab: String, sqlite: String, columns: [Column]) -> String? {
        let ours = parseCSV(placeLab)
        var theirs = parseCSV(sqlite)
        if !theirs.isEmpty { theirs.removeFirst() }  // sqlite's header, printed with the first row
        guard let header = ours.first else { return "PlaceLab printed nothing" }
        let expected = columns.map(\.name)
        if header != expected { return "columns \(header), expected \(expected)" }
        let rows = Array(ours.dropFirst())
        if rows.count != theirs.count { return "\(rows.count) rows from PlaceLab, \(theirs.count) from sqlite" }
        for (index, (left, right)) in zip(rows, theirs).enumerated() {
            guard left.count == columns.count, right.count == columns.count else {
                return "row \(index + 1): \(left.count) and \(right.count) fields for \(columns.count) columns"
            }
            for (column, (a, b)) in zip(columns, zip(left, right)) where !cellsAgree(a, b, column.kind) {
                return "row \(index + 1), column \(column.name): PlaceLab \"\(a)\", sqlite \"\(b)\""
            }
        }
        return nil
    }

    static func cellsAgree(_ a: String, _ b: String, _ kind: Kind) -> Bool {
        guard kind.isNumeric else { return a == b }
        if a.isEmpty || b.isEmpty { return a.isEmpty && b.isEmpty }
        if kind == .integer {
            // Whole numbers stay whole: both sides must print an integer.
            guard let x = Int(a), let y = Int(b) else { return false }
            return x == y
        }
        guard let x = Double(a), let y = Double(b) else { return false }
        return abs(x - y) <= 1e-9 * max(1, abs(x), abs(y))
    }

    struct Outcome {
        var checked = 0
        var nonEmpty = 0
        var mismatches: [String] = []
        var stageCounts: [String: Int] = [:]
    }

    /// Generates `count` cases for a seed, runs them on both sides, and collects mismatches.
    static func check(seed: UInt64, count: Int) throws -> Outcome {
        let tables = tables(seed: seed)
        var generator = Generator(seed: seed, tables: tables)
        let cases = (0..<count).map { _ in generator.makeCase() }
        var outcome = try compare(cases, tables: tables, label: "seed \(seed)")
        outcome.stageCounts = generator.stageCounts
        return outcome
    }

    /// Runs cases in PlaceLab and (all in one process) in sqlite3, and collects mismatches.
    static func compare(_ cases: [Case], tables: [TestTable], label: String) throws -> Outcome {
        let setup = tables.map(\.sqlDefinition).joined()
        let (results, errors) = try runSQLite(setup: setup, queries: cases.map(\.sql))
        var outcome = Outcome()
        if !errors.isEmpty { outcome.mismatches.append("sqlite3 reported errors:\n\(errors.prefix(2000))") }
        for (index, test) in cases.enumerated() {
            let (output, reports) = runPlaceLab(test.pipeline, tables: tables)
            outcome.checked += 1
            if parseCSV(output).count > 1 { outcome.nonEmpty += 1 }
            let problem = reports.isEmpty ? difference(placeLab: output, sqlite: results[index], columns: test.columns)
                                          : "PlaceLab reported an error:\n\(reports)"
            if let problem {
                outcome.mismatches.append("""
                    \(label), case \(index): \(problem)
                    pipeline: \(test.pipeline)
                    sql:
                    \(test.sql)
                    PlaceLab output:
                    \(excerpt(output))
                    sqlite output:
                    \(excerpt(results[index]))
                    """)
            }
        }
        return outcome
    }

    static func excerpt(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.count <= 25 ? text : lines.prefix(25).joined(separator: "\n") + "\n… \(lines.count - 25) more lines"
    }
}

// MARK: - Tests

@Suite("Differential: PlaceLab pipelines against sqlite3",
       .enabled(if: Differential.sqliteAvailable, "sqlite3 not found at /usr/bin/sqlite3: differential tests skipped"))
struct DifferentialTests {
    /// 3 seeds × 100 random pipelines, each compared with its SQL translation.
    @Test(arguments: [0x5EED_0001, 0x5EED_0002, 0x5EED_0003] as [UInt64])
    func randomPipelinesAgreeWithSQLite(seed: UInt64) throws {
        let outcome = try Differential.check(seed: seed, count: 100)
        #expect(outcome.checked == 100)
        for mismatch in outcome.mismatches.prefix(15) {
            Issue.record(Comment(rawValue: mismatch))
        }
        #expect(outcome.mismatches.isEmpty, "\(outcome.mismatches.count) of \(outcome.checked) pipelines disagree with sqlite3")
        // The comparison is only worth something if most pipelines return rows and every
        // kind of stage is exercised.
        #expect(outcome.nonEmpty >= 60, "only \(outcome.nonEmpty) of 100 pipelines returned rows")
        for stage in ["where", "select", "sort", "limit", "distinct", "group", "aggregate", "join", "count"] {
            #expect(outcome.stageCounts[stage, default: 0] > 0, "no \(stage) stage generated for seed \(seed)")
        }
    }

    /// The harness itself: a known pipeline gives the count computed directly from the data,
    /// on both sides, and the comparison notices real differences.
    @Test func harnessAgreesWithDirectComputationAndNoticesDifferences() throws {
        let tables = Differential.tables(seed: 0x5EED_0001)
        let expected = tables[0].rows.filter { row in
            if case .integer(let i) = row[0], i > 3, case .text(let s) = row[4], s == "a" { return true }
            return false
        }.count
        #expect(expected > 0)
        let pipeline = "t | where i > 3 and s == \"a\" | count"
        let (output, reports) = Differential.runPlaceLab(pipeline, tables: tables)
        #expect(reports.isEmpty)
        #expect(output == "count\n\(expected)\n")
        let sql = "SELECT count(*) AS \"count\" FROM t WHERE coalesce((i > 3), 0) AND coalesce((s = 'a'), 0);"
        let (results, errors) = try Differential.runSQLite(setup: tables.map(\.sqlDefinition).joined(), queries: [sql])
        #expect(errors.isEmpty)
        #expect(results == ["count\n\(expected)\n"])

        let number = [Column(name: "n", kind: .integer)], decimal = [Column(name: "x", kind: .decimal)]
        #expect(Differential.difference(placeLab: "n\n3\n", sqlite: "n\n3\n", columns: number) == nil)
        #expect(Differential.difference(placeLab: "n\n3\n", sqlite: "n\n4\n", columns: number) != nil)
        #expect(Differential.difference(placeLab: "n\n3.0\n", sqlite: "n\n3\n", columns: number) != nil)
        #expect(Differential.difference(placeLab: "x\n3\n", sqlite: "x\n3.0\n", columns: decimal) == nil)
        #expect(Differential.difference(placeLab: "x\n0.1\n", sqlite: "x\n0.100000000000000006\n", columns: decimal) == nil)
        #expect(Differential.difference(placeLab: "x\n\n", sqlite: "x\n0\n", columns: decimal) != nil)
        #expect(Differential.difference(placeLab: "n\n", sqlite: "", columns: number) == nil)
        #expect(Differential.difference(placeLab: "n\n1\n", sqlite: "", columns: number) != nil)
        #expect(Differential.difference(placeLab: "m\n1\n", sqlite: "m\n1\n", columns: number) != nil)
        let text = [Column(name: "s", kind: .text)]
        #expect(Differential.difference(placeLab: "s\n\"a,b\"\n", sqlite: "s\n\"a,b\"\n", columns: text) == nil)
        #expect(Differential.difference(placeLab: "s\nB\n", sqlite: "s\nb\n", columns: text) != nil)
    }
    /// "é" (U+00E9) and "e\u{301}" (e + combining acute) are different texts byte for byte,
    /// as sqlite and PlaceLab's rule say, in ==, sort, distinct, group and join alike.
    @Test func textComparesByBytesEvenForCanonicallyEquivalentTexts() throws {
        let precomposed = "\u{E9}", decomposed = "e\u{301}"
        let texts = ["a", "e", "z", precomposed, decomposed, precomposed + "x", decomposed + "x"]
        var rng = SeededRandom(seed: 0xC0DE)
        let table = TestTable.random(name: "v", rows: 30, [("n", .integer, 0...9), ("s", .text, 0...0)], texts: texts, rng: &rng)
        #expect(table.rows.contains { $0[1] == .text(precomposed) } && table.rows.contains { $0[1] == .text(decomposed) })
        let columns = [Column(name: "n", kind: .integer), Column(name: "s", kind: .text)]
        let base = "s0 AS (SELECT \"n\", \"s\", _rid AS _o FROM v)"
        let cases = [
            Case(pipeline: "v | where s == \"\(precomposed)\"", sql: "WITH \(base) SELECT n, s FROM s0 WHERE s = '\(precomposed)' ORDER BY _o;", columns: columns),
            Case(pipeline: "v | sort s", sql: "WITH \(base) SELECT n, s FROM s0 ORDER BY (s IS NULL), s, _o;", columns: columns),
            Case(pipeline: "v | distinct s", sql: "WITH \(base) SELECT s FROM s0 GROUP BY s ORDER BY min(_o);", columns: [columns[1]]),
            Case(pipeline: "v | group s | count",
                 sql: "WITH \(base) SELECT s, count(*) AS \"count\" FROM s0 GROUP BY s ORDER BY min(_o);",
                 columns: [columns[1], Column(name: "count", kind: .integer)]),
            Case(pipeline: "v | join v on s | count",
                 sql: "SELECT count(*) AS \"count\" FROM v AS l JOIN v AS r ON l.s = r.s;", columns: [Column(name: "count", kind: .integer)]),
        ]
        let outcome = try Differential.compare(cases, tables: [table], label: "canonical equivalence")
        #expect(outcome.checked == cases.count)
        for mismatch in outcome.mismatches { Issue.record(Comment(rawValue: mismatch)) }
    }

    /// 3 and 3.0 are one value in comparisons, distinct, group and join, as in sqlite (here
    /// a column holding both, from coalesce(integer, decimal)).
    @Test func integersAndWholeDecimalsAreOneValueInDistinctAndGroup() throws {
        let tables = Differential.tables(seed: 0x5EED_0001)
        let mixed = "s1 AS (SELECT coalesce(i, e) AS x, _rid AS _o FROM t)"
        let x = Column(name: "x", kind: .decimal)
        let cases = [
            Case(pipeline: "t | select x = coalesce(i, e) | where x == 2", sql: "WITH \(mixed) SELECT x FROM s1 WHERE x = 2 ORDER BY _o;", columns: [x]),
            Case(pipeline: "t | select x = coalesce(i, e) | distinct x",
                 sql: "WITH \(mixed) SELECT x FROM s1 GROUP BY x ORDER BY min(_o);", columns: [x]),
            Case(pipeline: "t | select x = coalesce(i, e) | group x | aggregate n = count()",
                 sql: "WITH \(mixed) SELECT x, count(*) AS n FROM s1 GROUP BY x ORDER BY min(_o);",
                 columns: [x, Column(name: "n", kind: .integer)]),
        ]
        let outcome = try Differential.compare(cases, tables: tables, label: "mixed numbers")
        #expect(outcome.checked == cases.count)
        // The filter agrees (comparison is numeric); only distinct and group differ.
        #expect(!outcome.mismatches.contains { $0.hasPrefix("mixed numbers, case 0:") })
        for mismatch in outcome.mismatches { Issue.record(Comment(rawValue: mismatch)) }
    }
}
