import PlaceLabCore

/// The operators whose cost grows with the data: sort (and top-N), distinct, group and join,
/// each on keys evaluated once per row and matched through hash tables.
extension PipelineEvaluator {
    /// `sort keys`, or with `limit` the first `limit` rows of that sort through a heap.
    func sorted(_ frame: Frame, by keys: [SortKey], limit: Int?, origin: String) throws -> Frame {
        var frame = frame
        let binder = ExpressionBinder(frame, origin: origin)
        let bound = try keys.map { try binder.bind($0.expression) }
        // A plain column keeps its typed storage; anything computed is typed from its values.
        let columns = try bound.map { expression in
            if case .column(let index) = expression.kind { return frame.columns[index].gathered(frame.rows) }
            return ColumnVector(try frame.rows.map { try ExpressionEvaluator.evaluate(expression, row: $0, in: frame) })
        }
        try checkInterrupt()
        let order = RowOrder(columns: columns, asPhases: bound.map { $0.type == .phase }, descending: keys.map(\.descending))
        let positions: [Int]
        if let limit, limit < frame.rows.count / 2 {
            positions = try TopRows.positions(count: frame.rows.count, limit: limit, order: order, checkInterrupt: checkInterrupt)
        } else {
            positions = frame.rows.indices.sorted(by: order.precedes)
        }
        frame.rows = positions.map { frame.rows[$0] }
        return frame
    }

    /// The positions of `frame.rows` grouped by the values of `columns`, first-seen order.
    func grouped(_ frame: Frame, by columns: [Int]) throws -> (firstPositions: [Int], offsets: [Int], positions: [Int]) {
        let groups = try TypedGroups.grouped(frame, columns: columns, checkInterrupt: checkInterrupt)
        return (groups.firstPositions, groups.offsets, groups.positions)
    }

    /// `distinct [fields]`: the first row of each distinct key, in input order.
    func distinct(_ frame: Frame, fields: [FieldReference], origin: String) throws -> Frame {
        var frame = frame
        let indices = try fields.isEmpty ? Array(frame.names.indices) : fields.map { try column($0, in: frame, origin: origin) }
        let firstPositions = try TypedGroups.grouped(frame, columns: indices, checkInterrupt: checkInterrupt).firstPositions
        let kept = firstPositions.map { frame.rows[$0] }
        frame.rows = kept
        if fields.isEmpty { return frame }
        var distinct = Frame(names: indices.map { frame.names[$0] }, types: indices.map { frame.types[$0] },
                             vectors: indices.map { frame.columns[$0].gathered(kept) }, notes: frame.notes)
        distinct.markInferred(indices.map(frame.isInferred))
        return distinct
    }

    /// The right side of `join`: its rows grouped by their (non-null) key, and for each left
    /// row the group its key matches.
    struct JoinIndex {
        let right: Frame
        let rightKey: Int
        let groups: HashGroupsSummary
        let groupOfLeftRow: (Int) -> Int?

        /// The right rows matching the key of the left frame's row `row`, in their order (none for null).
        func matches(leftRow row: Int) -> ArraySlice<Int> {
            guard let group = groupOfLeftRow(row) else { return [] }
            return groups.positions[groups.offsets[group]..<groups.offsets[group + 1]]
        }
    }

    func joinIndex(_ clause: JoinClause, left: Frame, origin: String) throws -> (leftKey: Int, index: JoinIndex) {
        let right = try resolve(clause.other, clause.otherSpan)
        let leftKey = try column(clause.leftField, in: left, origin: origin)
        let rightKey = try column(clause.rightField, in: right, origin: clause.other)
        let (groups, lookup) = try TypedGroups.joinLookup(left: left, leftKey: leftKey, right: right, rightKey: rightKey,
                                                          checkInterrupt: checkInterrupt)
        return (leftKey, JoinIndex(right: right, rightKey: rightKey, groups: groups, groupOfLeftRow: lookup))
    }

    /// `join … | count`: the number of joined rows, without making them.
    func joinCount(_ left: Frame, _ clause: JoinClause, origin: String) throws -> Int {
        let (_, index) = try joinIndex(clause, left: left, origin: origin)
        var total = 0
        for (count, row) in left.rows.enumerated() {
            if count & 0xFFFF == 0 { try checkInterrupt() }
            let matches = index.matches(leftRow: row).count
            total += matches == 0 && clause.keepUnmatched ? 1 : matches
        }
        return total
    }
}
