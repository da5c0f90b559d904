import PlaceLabCore

/// The right side of `join` grouped on its key column's typed storage, and the group a right
/// key equal to a given value falls in, for each kind of value. The kinds meet exactly where
/// ValueKey.same says: an integer and a whole decimal by value (3 meets 3.0, −0.0 meets 0),
/// every NaN with every NaN, text by its bytes, booleans with booleans, and nothing across
/// those kinds; nulls never match.
struct JoinProbe {
    let groups: HashGroupsSummary
    var integer: (Int) -> Int? = { _ in nil }
    var double: (Double) -> Int? = { _ in nil }
    var bool: (Bool) -> Int? = { _ in nil }
    var text: (String) -> Int? = { _ in nil }
    /// Only a boxed right side holds lists.
    var list: (Value) -> Int? = { _ in nil }
    /// The right side's table when its keys are integers or decimals, so a left key of the
    /// same kind is looked up directly, without a closure call per row.
    private var denseIntegers: DenseGroups?
    private var hashedIntegers: IntHashGroups?
    private var hashedDoubles: IntHashGroups?

    func group(of value: Value) -> Int? {
        switch value {
        case .null: nil
        case .integer(let number): integer(number)
        case .number(let number): double(number)
        case .bool(let flag): bool(flag)
        case .text(let text): self.text(text)
        case .list: list(value)
        }
    }

    /// The right rows (positions of `right.rows`) grouped by their non-null key in column `key`.
    init(_ right: Frame, key: Int, checkInterrupt: () throws -> Void) rethrows {
        let rows = right.rows
        switch right.columns[key].storage {
        case .integers(let numbers, let valid):
            if let range = DenseGroups.range(numbers, valid, rows: rows) {
                let dense = try DenseGroups(numbers, valid, rows: rows, range: range, nullsGroup: false, checkInterrupt: checkInterrupt)
                self.init(groups: HashGroupsSummary(firstPositions: dense.firstPositions, groupOf: dense.groupOf), integer: { dense.group(of: $0) })
                denseIntegers = dense
            } else {
                let hashed = try IntHashGroups(count: rows.count, checkInterrupt: checkInterrupt) { position in
                    valid[rows[position]] ? numbers[rows[position]] : nil
                }
                self.init(groups: HashGroupsSummary(firstPositions: hashed.firstPositions, groupOf: hashed.groupOf),
                          integer: { hashed.group(of: $0) })
                hashedIntegers = hashed
            }
            let integer = self.integer
            double = { Int(exactly: $0).flatMap(integer) }
        case .doubles(let numbers, let valid):
            let hashed = try IntHashGroups(count: rows.count, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? DoubleKey.bits(numbers[rows[position]]) : nil
            }
            self.init(groups: HashGroupsSummary(firstPositions: hashed.firstPositions, groupOf: hashed.groupOf),
                      double: { hashed.group(of: DoubleKey.bits($0)) })
            hashedDoubles = hashed
            // An integer meets the decimal it converts to only when the conversion is exact.
            integer = { number in
                let converted = Double(number)
                return Int(exactly: converted) == number ? hashed.group(of: DoubleKey.bits(converted)) : nil
            }
        case .booleans(let flags, let valid):
            let hashed = try HashGroups<Bool>(count: rows.count, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? flags[rows[position]] : nil
            }
            self.init(groups: HashGroupsSummary(hashed), bool: { hashed.group(of: $0) })
        case .texts(let text, let valid):
            let grouped = try FirstSeenGroups.grouped(count: rows.count, bound: text.entries.count, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? Int(truncatingIfNeeded: text.codes[rows[position]]) : -1
            }
            // Each entry's group, by its code; entries no selected row holds have none.
            var groupOfCode = [Int](repeating: -1, count: text.entries.count)
            for (group, position) in grouped.firstPositions.enumerated() {
                groupOfCode[Int(truncatingIfNeeded: text.codes[rows[position]])] = group
            }
            let codes = text.lookupTable()
            self.init(groups: HashGroupsSummary(firstPositions: grouped.firstPositions, groupOf: grouped.groupOf), text: { entry in
                guard let code = codes[TextBytesKey(entry)] else { return nil }
                let group = groupOfCode[Int(truncatingIfNeeded: code)]
                return group < 0 ? nil : group
            })
        case .boxed(let values):
            let hashed = try HashGroups<CellKey>(count: rows.count, checkInterrupt: checkInterrupt) { position in
                let value = values[rows[position]]
                return value.isNull ? nil : CellKey(value)
            }
            let lookup = { (value: Value) in hashed.group(of: CellKey(value)) }
            self.init(groups: HashGroupsSummary(hashed), integer: { lookup(.integer($0)) }, double: { lookup(.number($0)) },
                      bool: { lookup(.bool($0)) }, text: { lookup(.text($0)) }, list: lookup)
        }
    }

    private init(groups: HashGroupsSummary, integer: @escaping (Int) -> Int? = { _ in nil },
                 double: @escaping (Double) -> Int? = { _ in nil }, bool: @escaping (Bool) -> Int? = { _ in nil },
                 text: @escaping (String) -> Int? = { _ in nil }, list: @escaping (Value) -> Int? = { _ in nil }) {
        self.groups = groups
        self.integer = integer
        self.double = double
        self.bool = bool
        self.text = text
        self.list = list
    }

    /// For a row of `left`, the group its key in column `key` falls in, read from the left
    /// column's own storage; nil for a null or a key no right row holds.
    func lookup(_ left: Frame, key: Int) -> (Int) -> Int? {
        switch left.columns[key].storage {
        case .integers(let numbers, let valid):
            if let dense = denseIntegers { return { row in valid[row] ? dense.group(of: numbers[row]) : nil } }
            if let hashed = hashedIntegers { return { row in valid[row] ? hashed.group(of: numbers[row]) : nil } }
            let integer = self.integer
            return { row in valid[row] ? integer(numbers[row]) : nil }
        case .doubles(let numbers, let valid):
            if let hashed = hashedDoubles { return { row in valid[row] ? hashed.group(of: DoubleKey.bits(numbers[row])) : nil } }
            let double = self.double
            return { row in valid[row] ? double(numbers[row]) : nil }
        case .booleans(let flags, let valid):
            let bool = self.bool
            return { row in valid[row] ? bool(flags[row]) : nil }
        case .texts(let text, let valid):
            // Each left entry's group, found once.
            let entryGroups = text.entries.map(self.text)
            return { row in valid[row] ? entryGroups[Int(truncatingIfNeeded: text.codes[row])] : nil }
        case .boxed(let values):
            return { row in self.group(of: values[row]) }
        }
    }
}
