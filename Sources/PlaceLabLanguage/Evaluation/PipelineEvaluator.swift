import PlaceLabCore

/// Runs a pipeline: finds its source, then applies each stage to the frame before it.
package struct PipelineEvaluator {
    /// Looks up a dataset or binding by name; throws a diagnostic for an unknown one.
    let resolve: (String, Span) throws -> Frame
    /// Runs a command that starts the pipeline (`network NAME | …`) for its table.
    var resolveCommand: (Pipeline) throws -> Frame = { pipeline in
        throw Diagnostic("\(pipeline.source) cannot start a query here", at: pipeline.sourceSpan)
    }
    /// Polled as rows are processed, so Ctrl-C stops long work.
    let checkInterrupt: () throws -> Void

    package init(resolve: @escaping (String, Span) throws -> Frame, resolveCommand: ((Pipeline) throws -> Frame)? = nil,
                 checkInterrupt: @escaping () throws -> Void) {
        self.resolve = resolve
        if let resolveCommand { self.resolveCommand = resolveCommand }
        self.checkInterrupt = checkInterrupt
    }

    package func run(_ pipeline: Pipeline) throws -> Frame {
        var frame = try pipeline.sourceArguments == nil ? resolve(pipeline.source, pipeline.sourceSpan)
                                                        : resolveCommand(pipeline)
        var origin = ([pipeline.source] + (pipeline.sourceArguments ?? []).map(\.text)).joined(separator: " ")
        var grouping: [Int]?
        var skipNext = false
        for (offset, stage) in pipeline.stages.enumerated() {
            if skipNext { skipNext = false; continue }
            let next = pipeline.stages.dropFirst(offset + 1).first
            if let keys = grouping {
                frame = try aggregate(frame, by: keys, stage: stage, origin: origin)
                grouping = nil
                origin = "the result of aggregate"
                continue
            }
            switch stage {
            case .group(let fields, _):
                grouping = try fields.map { try column($0, in: frame, origin: origin) }
                continue
            case .join(let clause, _):
                if case .count? = next {
                    // Only the number is wanted: count the matches, make no rows.
                    let total = try joinCount(frame, clause, origin: origin)
                    frame = Frame(names: ["count"], types: [.integer], columns: [[.integer(total)]], notes: frame.notes)
                    skipNext = true
                    origin = "the result of count"
                    continue
                }
                frame = try apply(stage, to: frame, origin: origin)
            case .sort(let keys, _):
                var limit: Int?
                if case .limit(let count, _)? = next { limit = count }
                if case .first(let count, _)? = next { limit = count }
                frame = try sorted(frame, by: keys, limit: limit, origin: origin)
            default:
                frame = try apply(stage, to: frame, origin: origin)
            }
            origin = "the result of \(stage.keyword)"
        }
        if grouping != nil, let last = pipeline.stages.last {
            throw Diagnostic("group needs a stage after it: aggregate (or count)", at: last.span,
                             help: "as in: group country | aggregate n = count()")
        }
        return frame
    }

    private func apply(_ stage: Stage, to frame: Frame, origin: String) throws -> Frame {
        var frame = frame
        let binder = ExpressionBinder(frame, origin: origin)
        switch stage {
        case .filter(let condition, _):
            frame.rows = try keptRows(try binder.bind(condition), in: frame)
            return frame
        case .select(let items, _):
            let bound = try items.map { try binder.bind($0.expression) }
            let columns = try selectedColumns(bound, in: frame)
            let types = zip(bound, columns).map { expression, column in
                expression.type == .phase || expression.type == .date ? expression.type! : column.valueType
            }
            var selected = Frame(names: uniqueNames(items.map(\.name)), types: types, vectors: columns, notes: frame.notes)
            selected.markInferred(items.map { frame.readsInferred($0.expression) })
            selected.keepProvenance(of: items.map(\.expression), from: frame)
            return selected
        case .sort(let keys, _):
            return try sorted(frame, by: keys, limit: nil, origin: origin)
        case .limit(let count, _), .first(let count, _):
            frame.rows = Array(frame.rows.prefix(count))
            return frame
        case .last(let count, _):
            frame.rows = Array(frame.rows.suffix(count))
            return frame
        case .distinct(let fields, _):
            return try distinct(frame, fields: fields, origin: origin)
        case .count:
            return Frame(names: ["count"], types: [.integer], columns: [[.integer(frame.rows.count)]], notes: frame.notes)
        case .aggregate:
            return try aggregate(frame, by: [], stage: stage, origin: origin)
        case .join(let clause, _):
            return try join(frame, clause, origin: origin)
        case .group:
            return frame  // handled by run
        case .withBasis(let span):
            return try frame.withBasis(origin: origin, at: span)
        case .compare(_, let span), .chart(_, let span):
            // QueryRunner strips these before evaluating.
            throw Diagnostic("\(stage.keyword) is only the last stage of a query that is shown", at: span)
        }
    }

    /// `group … | aggregate …` (or `| count`): one row per distinct key, in first-seen order.
    private func aggregate(_ frame: Frame, by keys: [Int], stage: Stage, origin: String) throws -> Frame {
        let items: [AggregateItem]
        switch stage {
        case .aggregate(let given, _): items = given
        case .count(let span): items = [AggregateItem(name: "count", function: "count", functionSpan: span, argument: nil, span: span)]
        default:
            throw Diagnostic("after group comes aggregate (or count), not \(stage.keyword)", at: stage.span,
                             help: "as in: group country | aggregate n = count()")
        }
        var (firstPositions, offsets, positions) = try grouped(frame, by: keys)
        if keys.isEmpty, firstPositions.isEmpty { (firstPositions, offsets, positions) = ([0], [0, 0], []) }
        let binder = ExpressionBinder(frame, origin: origin)
        let arguments = try items.map { try $0.argument.map(binder.bind) }
        let firstRows = keys.isEmpty ? [] : firstPositions.map { frame.rows[$0] }
        var aggregates: [[Value]] = []
        for (index, item) in items.enumerated() {
            // Each argument once over all rows, then gathered group by group.
            let argument = try arguments[index].map { try valueColumn($0, in: frame) }
            if let argument, let typed = try TypedAggregate.apply(item.function, argument, offsets: offsets, positions: positions,
                                                                  checkInterrupt: checkInterrupt) {
                aggregates.append(typed)
                continue
            }
            let values = argument?.values ?? []
            var results: [Value] = []
            results.reserveCapacity(firstPositions.count)
            for group in firstPositions.indices {
                if group & 0xFFFF == 0 { try checkInterrupt() }
                let members = positions[offsets[group]..<offsets[group + 1]]
                let groupValues = values.isEmpty ? [] : members.map { values[$0] }
                results.append(try Aggregate.apply(item.function, groupValues, rowCount: members.count, span: item.span))
            }
            aggregates.append(results)
        }
        let names = uniqueNames(keys.map { frame.names[$0] } + items.map(\.name))
        let types = keys.map { frame.types[$0] } + aggregates.map { ValueType.of($0) }
        // Key columns keep their typed storage; each aggregate is typed from its results.
        let columns = keys.map { frame.columns[$0].gathered(firstRows) } + aggregates.map(ColumnVector.init)
        var aggregated = Frame(names: names, types: types, vectors: columns, notes: frame.notes)
        aggregated.markInferred(keys.map(frame.isInferred) + items.map { $0.argument.map(frame.readsInferred) ?? false })
        return aggregated
    }

    /// `join OTHER on left == right`: each row with every matching row of OTHER (nulls never match).
    private func join(_ left: Frame, _ clause: JoinClause, origin: String) throws -> Frame {
        let (leftKey, index) = try joinIndex(clause, left: left, origin: origin)
        let right = index.right, rightKey = index.rightKey
        let rightColumns = right.names.indices.filter { $0 != rightKey || right.names[$0] != left.names[leftKey] }
        // Each joined row's left row, and its right row or -1 where nothing matched.
        var leftRows: [Int] = [], rightRows: [Int] = []
        for (count, row) in left.rows.enumerated() {
            if count & 0xFFFF == 0 { try checkInterrupt() }
            let matches = index.matches(leftRow: row)
            if matches.isEmpty, clause.keepUnmatched {
                leftRows.append(row)
                rightRows.append(-1)
            }
            for match in matches {
                leftRows.append(row)
                rightRows.append(right.rows[match])
            }
        }
        let leftNames = Set(left.names.map { $0.lowercased() })
        let names = left.names + rightColumns.map { leftNames.contains(right.names[$0].lowercased()) ? "\(clause.other).\(right.names[$0])" : right.names[$0] }
        // Both sides keep their typed storage; the right side has nulls where nothing matched.
        let columns = left.columns.map { $0.gathered(leftRows) } + rightColumns.map { right.columns[$0].gathered(orNull: rightRows) }
        let notes = left.notes + right.notes.filter { !left.notes.contains($0) }
        var joined = Frame(names: uniqueNames(names), types: left.types + rightColumns.map { right.types[$0] }, vectors: columns, notes: notes)
        joined.markInferred(left.names.indices.map(left.isInferred) + rightColumns.map(right.isInferred))
        return joined
    }

    func column(_ field: FieldReference, in frame: Frame, origin: String) throws -> Int {
        guard let index = frame.column(named: field.name) else {
            throw Diagnostic.unknown("field", field.name, at: field.span, among: frame.names, context: "in \(origin)")
        }
        return index
    }

    /// Column names made unique: a second `name` becomes `name_2`.
    private func uniqueNames(_ names: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return names.map { name in
            let count = (seen[name.lowercased()] ?? 0) + 1
            seen[name.lowercased()] = count
            return count == 1 ? name : "\(name)_\(count)"
        }
    }
}
