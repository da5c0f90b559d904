/// Runs a pipeline: finds its source, then applies each stage to the frame before it.
struct PipelineEvaluator {
    /// Looks up a dataset or binding by name; throws a diagnostic for an unknown one.
    let resolve: (String, Span) throws -> Frame
    /// Runs a command that starts the pipeline (`network NAME | …`) for its table.
    var resolveCommand: (Pipeline) throws -> Frame = { pipeline in
        throw Diagnostic("\(pipeline.source) cannot start a query here", at: pipeline.sourceSpan)
    }
    /// Polled as rows are processed, so Ctrl-C stops long work.
    let checkInterrupt: () throws -> Void

    func run(_ pipeline: Pipeline) throws -> Frame {
        var frame = try pipeline.sourceArguments == nil ? resolve(pipeline.source, pipeline.sourceSpan)
                                                        : resolveCommand(pipeline)
        var origin = ([pipeline.source] + (pipeline.sourceArguments ?? []).map(\.text)).joined(separator: " ")
        var grouping: [Int]?
        for stage in pipeline.stages {
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
            let bound = try binder.bind(condition)
            var kept: [Int] = []
            for (count, row) in frame.rows.enumerated() {
                if count & 0xFFFF == 0 { try checkInterrupt() }
                if try ExpressionEvaluator.truth(bound, row: row, in: frame) { kept.append(row) }
            }
            frame.rows = kept
            return frame
        case .select(let items, _):
            let bound = try items.map { try binder.bind($0.expression) }
            var columns = [[Value]](repeating: [], count: items.count)
            for (count, row) in frame.rows.enumerated() {
                if count & 0xFFFF == 0 { try checkInterrupt() }
                for (index, expression) in bound.enumerated() {
                    columns[index].append(try ExpressionEvaluator.evaluate(expression, row: row, in: frame))
                }
            }
            let types = zip(bound, columns).map { expression, values in
                expression.type == .phase || expression.type == .date ? expression.type! : ValueType.of(values)
            }
            var selected = Frame(names: uniqueNames(items.map(\.name)), types: types, columns: columns, notes: frame.notes)
            selected.markInferred(items.map { frame.readsInferred($0.expression) })
            selected.keepProvenance(of: items.map(\.expression), from: frame)
            return selected
        case .sort(let keys, _):
            let bound = try keys.map { try binder.bind($0.expression) }
            let values = try bound.map { expression in
                try frame.rows.map { try ExpressionEvaluator.evaluate(expression, row: $0, in: frame) }
            }
            try checkInterrupt()
            // Sorting positions, with the position itself as the last key, keeps it stable.
            let order = frame.rows.indices.sorted { a, b in
                for (index, key) in keys.enumerated() {
                    var result = ValueOrder.sortOrder(values[index][a], values[index][b], asPhases: bound[index].type == .phase)
                    let bothPresent = !values[index][a].isNull && !values[index][b].isNull
                    if key.descending, bothPresent { result = -result }
                    if result != 0 { return result < 0 }
                }
                return a < b
            }
            frame.rows = order.map { frame.rows[$0] }
            return frame
        case .limit(let count, _), .first(let count, _):
            frame.rows = Array(frame.rows.prefix(count))
            return frame
        case .last(let count, _):
            frame.rows = Array(frame.rows.suffix(count))
            return frame
        case .distinct(let fields, _):
            let indices = try fields.isEmpty ? Array(frame.names.indices) : fields.map { try column($0, in: frame, origin: origin) }
            var seen = Set<ValueKey>()
            var kept: [Int] = []
            for row in frame.rows where seen.insert(ValueKey(indices.map { frame.columns[$0][row] })).inserted {
                kept.append(row)
            }
            frame.rows = kept
            if fields.isEmpty { return frame }
            var distinct = Frame(names: indices.map { frame.names[$0] }, types: indices.map { frame.types[$0] },
                                 columns: indices.map { index in kept.map { frame.columns[index][$0] } }, notes: frame.notes)
            distinct.markInferred(indices.map(frame.isInferred))
            return distinct
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
        var groups: [ValueKey: Int] = [:]
        var groupKeys: [[Value]] = []
        var members: [[Int]] = []
        for row in frame.rows {
            let key = keys.map { frame.columns[$0][row] }
            if let index = groups[ValueKey(key)] {
                members[index].append(row)
            } else {
                groups[ValueKey(key)] = members.count
                groupKeys.append(key)
                members.append([row])
            }
        }
        if keys.isEmpty, members.isEmpty { members = [[]]; groupKeys = [[]] }
        let binder = ExpressionBinder(frame, origin: origin)
        let arguments = try items.map { try $0.argument.map(binder.bind) }
        var columns = keys.map { key in groupKeys.map { $0[keys.firstIndex(of: key)!] } }
        for (index, item) in items.enumerated() {
            var results: [Value] = []
            for rows in members {
                try checkInterrupt()
                let values = try arguments[index].map { argument in
                    try rows.map { try ExpressionEvaluator.evaluate(argument, row: $0, in: frame) }
                } ?? []
                results.append(try Aggregate.apply(item.function, values, rowCount: rows.count, span: item.span))
            }
            columns.append(results)
        }
        let names = uniqueNames(keys.map { frame.names[$0] } + items.map(\.name))
        let types = keys.map { frame.types[$0] } + columns.dropFirst(keys.count).map { ValueType.of($0) }
        var aggregated = Frame(names: names, types: types, columns: columns, notes: frame.notes)
        aggregated.markInferred(keys.map(frame.isInferred) + items.map { $0.argument.map(frame.readsInferred) ?? false })
        return aggregated
    }

    /// `join OTHER on left == right`: each row with every matching row of OTHER (nulls never match).
    private func join(_ left: Frame, _ clause: JoinClause, origin: String) throws -> Frame {
        let right = try resolve(clause.other, clause.otherSpan)
        let leftKey = try column(clause.leftField, in: left, origin: origin)
        let rightKey = try column(clause.rightField, in: right, origin: clause.other)
        var index: [ValueKey: [Int]] = [:]
        for row in right.rows where !right.columns[rightKey][row].isNull {
            index[ValueKey([right.columns[rightKey][row]]), default: []].append(row)
        }
        let rightColumns = right.names.indices.filter { $0 != rightKey || right.names[$0] != left.names[leftKey] }
        var pairs: [(Int, Int?)] = []
        for row in left.rows {
            try checkInterrupt()
            let matches = left.columns[leftKey][row].isNull ? [] : index[ValueKey([left.columns[leftKey][row]])] ?? []
            if matches.isEmpty, clause.keepUnmatched { pairs.append((row, nil)) }
            for match in matches { pairs.append((row, match)) }
        }
        let leftNames = Set(left.names.map { $0.lowercased() })
        let names = left.names + rightColumns.map { leftNames.contains(right.names[$0].lowercased()) ? "\(clause.other).\(right.names[$0])" : right.names[$0] }
        var columns = left.columns.map { column in pairs.map { column[$0.0] } }
        for column in rightColumns {
            columns.append(pairs.map { pair in pair.1.map { right.columns[column][$0] } ?? .null })
        }
        let notes = left.notes + right.notes.filter { !left.notes.contains($0) }
        var joined = Frame(names: uniqueNames(names), types: left.types + rightColumns.map { right.types[$0] }, columns: columns, notes: notes)
        joined.markInferred(left.names.indices.map(left.isInferred) + rightColumns.map(right.isInferred))
        return joined
    }

    private func column(_ field: FieldReference, in frame: Frame, origin: String) throws -> Int {
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
