import Foundation
import PlaceLabCore

/// Resolves an expression's names against the columns of the frame it will run over.
///
/// A bare word that is not a column but names a lifecycle phase (`mobilisation`) is that
/// phase, so `phase >= mobilisation` reads as written; anything else unknown is an error
/// with a did-you-mean.
struct ExpressionBinder {
    let names: [String]
    let types: [ValueType]
    /// The dataset or stage the columns come from, for "unknown field … in cases".
    let origin: String

    init(_ frame: Frame, origin: String) {
        self.names = frame.names
        self.types = frame.types
        self.origin = origin
    }

    func bind(_ expression: Expression) throws -> BoundExpression {
        switch expression {
        case .literal(let value, let span):
            return BoundExpression(kind: .constant(value), span: span, type: ValueType.of([value]))
        case .field(let name, let span):
            if let index = names.firstIndex(of: name) ?? names.firstIndex(where: { $0.lowercased() == name.lowercased() }) {
                return BoundExpression(kind: .column(index), span: span, type: types[index])
            }
            if let phase = LifecyclePhase(name) {
                return BoundExpression(kind: .constant(.text(phase.rawValue)), span: span, type: .phase)
            }
            var problem = Diagnostic.unknown("field", name, at: span, among: names, context: "in \(origin)")
            // "sources.title" when no column clashed and the join kept the plain name "title".
            if problem.help == nil, let dot = name.lastIndex(of: "."),
               let plain = names.first(where: { $0.lowercased() == name[name.index(after: dot)...].lowercased() }) {
                problem.help = "did you mean \"\(plain)\"?"
            }
            if problem.help == nil {
                problem.help = "a bare word is a field or a lifecycle phase (latent … embedding); text goes in quotes: \"\(name)\""
            }
            throw problem
        case .list(let items, let span):
            return BoundExpression(kind: .list(try items.map(bind)), span: span, type: .list)
        case .unary(let op, let operand, let span):
            let bound = try bind(operand)
            switch op {
            case .negate: return BoundExpression(kind: .negate(bound), span: span, type: bound.type)
            case .not: return BoundExpression(kind: .not(bound), span: span, type: .boolean)
            }
        case .isNull(let operand, let negated, let span):
            return BoundExpression(kind: .isNull(try bind(operand), negated: negated), span: span, type: .boolean)
        case .isNaN(let operand, let negated, let span):
            return BoundExpression(kind: .isNaN(try bind(operand), negated: negated), span: span, type: .boolean)
        case .call(let name, let arguments, let span):
            guard let function = ScalarFunction(rawValue: name) else {
                let all = ScalarFunction.allCases.map(\.rawValue)
                if QueryParser.aggregateFunctions.contains(name) {
                    throw Diagnostic("\(name)() is an aggregate: use it in \"aggregate n = \(name)(…)\"", at: span)
                }
                throw Diagnostic.unknown("function", name, at: span, among: all)
            }
            try function.checkArity(arguments.count, at: span)
            let bound = try arguments.map(bind)
            return BoundExpression(kind: .call(function, bound), span: span, type: function.resultType(bound.map(\.type)))
        case .binary(let op, let left, let right, let span):
            return try bindBinary(op, try bind(left), try bind(right), span)
        }
    }

    private func bindBinary(_ op: BinaryOperator, _ left: BoundExpression, _ right: BoundExpression, _ span: Span) throws -> BoundExpression {
        switch op {
        case .and, .or:
            return BoundExpression(kind: .logical(op, left, right), span: span, type: .boolean)
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual:
            let asPhases = left.type == .phase || right.type == .phase
            let (left, right) = try (DateComparison.normalizing(left, beside: right), DateComparison.normalizing(right, beside: left))
            return BoundExpression(kind: .compare(op, left, right, asPhases: asPhases), span: span, type: .boolean)
        case .plus, .minus, .times, .divide:
            let type: ValueType? = op == .divide ? .number
                : (left.type == .integer && right.type == .integer ? .integer : left.type == .text ? .text : .number)
            return BoundExpression(kind: .arithmetic(op, left, right), span: span, type: type)
        case .in:
            return BoundExpression(kind: .membership(left, right), span: span, type: .boolean)
        case .contains:
            return BoundExpression(kind: .contains(left, right), span: span, type: .boolean)
        case .startsWith:
            return BoundExpression(kind: .startsWith(left, right), span: span, type: .boolean)
        case .matches:
            // A literal pattern is compiled once, and a bad one is reported before any row runs.
            var regex: NSRegularExpression?
            if case .constant(.text(let pattern)) = right.kind {
                do {
                    regex = try NSRegularExpression(pattern: pattern)
                } catch {
                    throw Diagnostic("invalid regular expression \"\(pattern)\"", at: right.span)
                }
            }
            return BoundExpression(kind: .matches(left, regex, right), span: span, type: .boolean)
        }
    }
}
