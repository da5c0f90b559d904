/// Structural network metrics on a `Graph`: cohesion, clustering, brokerage opportunity,
/// communities, connectivity and paths, each defined as NetworkX defines it.
///
/// Conventions shared by every metric here: an unweighted graph counts each tie as 1 even
/// when repeats were merged into a larger weight; a directed graph's "neighbours" of a node
/// are its in- and out-neighbours together unless a metric says otherwise.
public enum Structure {}
