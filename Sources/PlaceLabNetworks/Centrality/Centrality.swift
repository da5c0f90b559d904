/// Node centrality on a `Graph`, defined and normalised exactly as NetworkX defines them,
/// so that every value can be checked against NetworkX to 1e-9.
///
/// Weighted graphs: path metrics (betweenness, closeness, harmonic) read a tie's weight as
/// strength and walk it as distance = 1 / weight, leaving out ties of weight 0 or less;
/// eigenvector and information centrality use the weight itself.
///
/// The path metrics run one search per node (closeness and harmonic without weights: one per
/// 64 nodes), spread over every core in fixed chunks whose results are merged in order, so
/// the values are the same bit for bit on any number of cores. They call `cancel` before
/// each search and throw `Interrupted` once it returns true.
public enum Centrality {
    /// Largest graph for which `information` is computed: it needs a dense n×n matrix.
    public static let informationLimit = 2_000
}
