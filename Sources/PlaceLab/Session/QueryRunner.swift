/// Runs query statements against a session: pipelines print, `let` names, `drop` forgets.
struct QueryRunner {
    let session: Session

    func run(_ statement: QueryStatement) throws {
        switch statement {
        case .pipeline(let pipeline):
            session.emit(try evaluator.run(pipeline).table())
        case .binding(let name, let nameSpan, let pipeline):
            if session.registry.lookup(name) != nil {
                throw Diagnostic("\"\(name)\" is a command; choose another name", at: nameSpan)
            }
            session.bindings[name.lowercased()] = try evaluator.run(pipeline).compacted()
        case .drop(let name, let nameSpan):
            guard session.bindings.removeValue(forKey: name.lowercased()) != nil else {
                let isDataset = session.catalog[name] != nil
                throw Diagnostic(isDataset ? "\"\(name)\" is a dataset, not a let name; unload removes datasets"
                                           : "nothing named \"\(name)\" to drop", at: nameSpan,
                                 help: isDataset ? nil : Suggestion.closest(to: name, among: Array(session.bindings.keys)).map { "did you mean \"\($0)\"?" })
            }
        }
    }

    private var evaluator: PipelineEvaluator {
        PipelineEvaluator(resolve: resolve, checkInterrupt: { try session.checkInterrupt() })
    }

    /// A `let` name first, then a dataset (a network gives its nodes).
    private func resolve(_ name: String, _ span: Span) throws -> Frame {
        if let bound = session.bindings[name.lowercased()] { return bound }
        if let dataset = session.catalog.dataset(name) { return Frame(dataset) }
        let known = Array(session.bindings.keys) + session.catalog.names + session.registry.names
        throw Diagnostic.unknown("dataset or command", name, at: span, among: known)
    }
}
