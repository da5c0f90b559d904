/// A single-source search that Brandes's betweenness can run from every node in turn.
///
/// After `run(from:)` has counted the shortest paths from a source, the dependency of a
/// node v on that source is σ(v) × Σ (1 + dependency(w)) / σ(w) over the nodes w one
/// shortest step beyond v. Walking back from the farthest node, each node keeps its share
/// (1 + dependency) / σ for the nodes before it to read. Pulling from a node's own out-ties,
/// rather than pushing to stored predecessor lists, needs no lists at all.
protocol BrandesSearch: AnyObject, SendableMetatype {
    init(_ adjacency: PathAdjacency)
    /// Counts shortest paths from `source`, forgetting the previous search.
    func run(from source: Int)
    /// Adds every node's dependency on the last source (the source's own excepted).
    func accumulateDependencies(into dependencies: UnsafeMutableBufferPointer<Double>)
}
