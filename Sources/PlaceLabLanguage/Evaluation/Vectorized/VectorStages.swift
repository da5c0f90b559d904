import PlaceLabCore

/// `where`, `select` and aggregate arguments evaluated a column at a time, over chunks of
/// rows so Ctrl-C is polled as often as row by row. Results are the row evaluator's, errors
/// included (see VectorPlan).
extension PipelineEvaluator {
    /// Rows per chunk: Ctrl-C is polled before each.
    static let vectorChunk = 0x10000

    /// The rows of `frame` the condition keeps, in order.
    func keptRows(_ condition: BoundExpression, in frame: Frame) throws -> [Int] {
        let plan = VectorPlan.condition(condition, in: frame).plan
        let evaluator = VectorEvaluator(frame: frame)
        var kept: [Int] = []
        for start in stride(from: 0, to: frame.rows.count, by: Self.vectorChunk) {
            try checkInterrupt()
            let rows = Array(frame.rows[start..<min(start + Self.vectorChunk, frame.rows.count)])
            kept.append(contentsOf: try evaluator.kept(plan, rows: rows).map { rows[$0] })
        }
        return kept
    }

    /// Each expression's column over the rows of `frame`, as `select` makes them.
    func selectedColumns(_ expressions: [BoundExpression], in frame: Frame) throws -> [ColumnVector] {
        let planned = expressions.map { VectorPlan.value($0, in: frame) }
        if planned.allSatisfy(\.plan.isRowByRow) { return try rowByRowColumns(expressions, in: frame) }
        do {
            return try planned.map { try column($0.plan, in: frame) }
        } catch where planned.map(\.rowParts).reduce(0, +) > 1 {
            // Row-by-row parts in several columns: which error comes first is the row
            // evaluator's to say, taking the rows in order and the columns in each row.
            return try rowByRowColumns(expressions, in: frame)
        }
    }

    /// One expression's column over the rows of `frame` (an aggregate's argument).
    func valueColumn(_ expression: BoundExpression, in frame: Frame) throws -> ColumnVector {
        try column(VectorPlan.value(expression, in: frame).plan, in: frame)
    }

    private func column(_ plan: VectorPlan, in frame: Frame) throws -> ColumnVector {
        if case .column(let index) = plan {
            // A plain field keeps its storage (a text column its dictionary).
            try checkInterrupt()
            return frame.columns[index].gathered(frame.rows).canonical
        }
        let evaluator = VectorEvaluator(frame: frame)
        var chunks: [ColumnVector] = []
        for start in stride(from: 0, to: frame.rows.count, by: Self.vectorChunk) {
            try checkInterrupt()
            let rows = Array(frame.rows[start..<min(start + Self.vectorChunk, frame.rows.count)])
            chunks.append(try evaluator.cells(plan, rows: rows).column(count: rows.count))
        }
        return ColumnVector(joining: chunks)
    }

    private func rowByRowColumns(_ expressions: [BoundExpression], in frame: Frame) throws -> [ColumnVector] {
        var columns = [[Value]](repeating: [], count: expressions.count)
        for (count, row) in frame.rows.enumerated() {
            if count & 0xFFFF == 0 { try checkInterrupt() }
            for (index, expression) in expressions.enumerated() {
                columns[index].append(try ExpressionEvaluator.evaluate(expression, row: row, in: frame))
            }
        }
        return columns.map(ColumnVector.init)
    }
}

extension ColumnVector {
    /// Chunks one after another: typed when all are of one typed kind, else as the values make it.
    init(joining chunks: [ColumnVector]) {
        guard let first = chunks.first else {
            self = ColumnVector([Value]())
            return
        }
        if chunks.count == 1 {
            self = first.canonical
            return
        }
        var joined: ColumnVector?
        switch first.storage {
        case .integers:
            joined = Self.joinedTyped(chunks) { if case .integers(let n, let v) = $0.storage { (n, v) } else { nil } }
                .map { ColumnVector(storage: .integers($0, $1)) }
        case .doubles:
            joined = Self.joinedTyped(chunks) { if case .doubles(let n, let v) = $0.storage { (n, v) } else { nil } }
                .map { ColumnVector(storage: .doubles($0, $1)) }
        case .booleans:
            joined = Self.joinedTyped(chunks) { if case .booleans(let n, let v) = $0.storage { (n, v) } else { nil } }
                .map { ColumnVector(storage: .booleans($0, $1)) }
        case .texts(let dictionary, _):
            // Chunks of one column share its entries; codes join only then. Entries are compared
            // by bytes: String's == calls "é" and "e\u{301}" equal, and the codes would then
            // read back the other text.
            joined = Self.joinedTyped(chunks) {
                if case .texts(let text, let v) = $0.storage,
                   text.entries.elementsEqual(dictionary.entries, by: { $0.utf8.elementsEqual($1.utf8) }) {
                    (text.codes, v)
                } else {
                    nil
                }
            }.map { ColumnVector(storage: .texts(DictionaryText(codes: $0, entries: dictionary.entries), $1)) }
        case .boxed:
            break
        }
        self = (joined ?? ColumnVector(chunks.flatMap(\.values))).canonical
    }

    private static func joinedTyped<Element>(_ chunks: [ColumnVector],
                                             _ parts: (ColumnVector) -> ([Element], ValidityBitmap)?) -> ([Element], ValidityBitmap)? {
        var elements: [Element] = []
        var valid = ValidityBitmap(count: 0, present: true)
        let total = chunks.reduce(0) { $0 + $1.count }
        elements.reserveCapacity(total)
        valid.reserveCapacity(total)
        for chunk in chunks {
            guard let (more, moreValid) = parts(chunk) else { return nil }
            elements.append(contentsOf: more)
            for position in 0..<moreValid.count { valid.append(moreValid[position]) }
        }
        return (elements, valid)
    }

    /// The storage ColumnVector(values) would choose, where that differs in kind: an all-null
    /// column boxed, boxed values typed when they are of one kind. Dictionary text stays.
    var canonical: ColumnVector {
        switch storage {
        case .integers(_, let valid), .doubles(_, let valid), .booleans(_, let valid), .texts(_, let valid):
            return valid.isAllNull ? ColumnVector(storage: .boxed([Value](repeating: .null, count: count))) : self
        case .boxed(let values):
            return ColumnVector(values)
        }
    }

    /// The type `ValueType.of` gives the values of a canonical column (a typed one holds a value).
    var valueType: ValueType {
        switch storage {
        case .integers: .integer
        case .doubles: .number
        case .booleans: .boolean
        case .texts: .text
        case .boxed(let values): ValueType.of(values)
        }
    }
}
