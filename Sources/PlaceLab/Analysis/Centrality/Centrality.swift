/// Node centrality on a `Graph`, defined and normalised exactly as NetworkX defines them,
/// so that a value can be checked against NetworkX to 1e-9.
///
/// Weighted graphs: path metrics (betweenness, closeness, harmonic) read a tie's weight as
/// strength and walk it as distance = 1 / weight; eigenvector and information centrality use
/// the weight itself. The path metrics run one search per node, spread over every core.
public enum Centrality {
    /// Largest graph for which `information` is computed: it needs a dense n×n matrix.
    public static let informationLimit = 2_000
}
