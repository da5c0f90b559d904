#!/usr/bin/env python3
"""Reference values for PlaceLab's network metrics, computed with NetworkX on published networks.

Writes one JSON file per network into Tests/PlaceLabTests/Analysis/Reference/: the network
itself (node order, ties, weights, direction) and every metric PlaceLab computes, as NetworkX
computes it with its defaults. The Swift tests rebuild each network from the file and compare
to 1e-9. Rerun after changing a definition:

    pip install networkx scipy scikit-network
    python3 scripts/reference/networkx_reference.py

Conventions (the same as PlaceLab's, stated in `help network`):
- weighted networks: path metrics use distance = 1 / weight; eigenvector, clustering,
  constraint and communities use the weight itself; "unweighted_metrics" holds the same
  network measured with NetworkX's defaults, weights ignored (`network NAME unweighted`);
- eigenvector centrality is solved to convergence (unit Euclidean norm, as NetworkX);
- information centrality and the diameter are computed on undirected networks only;
- communities: Louvain with seed 42; tests compare the partition's modularity.
"""
import json
import math
import os
import sys

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "PlaceLabTests", "Analysis", "Reference")


def painters():
    """Links between Wikipedia pages of 14 painters (scikit-network's published toy network)."""
    from sknetwork.data import painters as load
    data = load(metadata=True)
    names = [str(name) for name in data.names]
    graph = nx.DiGraph()
    graph.add_nodes_from(names)
    rows, cols = data.adjacency.nonzero()
    for row, col in zip(rows, cols):
        graph.add_edge(names[row], names[col])
    return graph


def les_miserables():
    return nx.les_miserables_graph()


def karate():
    # Zachary's club as the unweighted graph of the 1977 paper (NetworkX adds interaction counts as weights).
    graph = nx.Graph()
    source = nx.karate_club_graph()
    graph.add_nodes_from(str(node) for node in source.nodes)
    graph.add_edges_from((str(a), str(b)) for a, b in source.edges)
    for node in source.nodes:
        graph.nodes[str(node)]["club"] = source.nodes[node]["club"]
    return graph


NETWORKS = {
    "karate": (karate, False, "Zachary (1977), An information flow model for conflict and fission in small groups"),
    "florentine": (nx.florentine_families_graph, False, "Padgett & Ansell (1993), Florentine families' marriage ties"),
    "les_miserables": (les_miserables, True, "Knuth (1993), co-appearance of characters in Les Misérables (weighted)"),
    "painters": (painters, False, "Links between Wikipedia pages of painters (scikit-network toy data, directed)"),
}


def clean(values):
    """NaN and infinity are not JSON; tests read null as 'not defined here'."""
    return {str(k): (None if isinstance(v, float) and not math.isfinite(v) else v) for k, v in values.items()}


def reference(name, graph, weighted, citation):
    nodes = [str(node) for node in graph.nodes]
    if weighted:
        for a, b, data in graph.edges(data=True):
            data["distance"] = 1.0 / data["weight"]
    weight = "weight" if weighted else None
    distance = "distance" if weighted else None
    directed = graph.is_directed()
    undirected = graph.to_undirected(as_view=False) if directed else graph

    metrics = {
        "degree": dict(graph.degree()),
        "betweenness": nx.betweenness_centrality(graph, normalized=True, weight=distance),
        "closeness": nx.closeness_centrality(graph, distance=distance, wf_improved=True),
        "harmonic": nx.harmonic_centrality(graph, distance=distance),
        "eigenvector": nx.eigenvector_centrality(graph, max_iter=100000, tol=1e-15, weight=weight),
        "core": nx.core_number(graph),
        "clustering": nx.clustering(graph, weight=weight),
        "constraint": nx.constraint(graph, weight=weight),
    }
    if directed:
        metrics["in_degree"] = dict(graph.in_degree())
        metrics["out_degree"] = dict(graph.out_degree())
    else:
        metrics["information"] = nx.information_centrality(graph, weight=weight)

    # A weighted network measured as NetworkX measures it by default, weights ignored:
    # what `network NAME unweighted` computes.
    unweighted = {}
    if weighted:
        unweighted = {
            "betweenness": nx.betweenness_centrality(graph, normalized=True),
            "closeness": nx.closeness_centrality(graph, wf_improved=True),
            "harmonic": nx.harmonic_centrality(graph),
            "eigenvector": nx.eigenvector_centrality(graph, max_iter=100000, tol=1e-15),
            "clustering": nx.clustering(graph),
            "constraint": nx.constraint(graph),
        }

    communities = nx.community.louvain_communities(graph, weight=weight, seed=42)
    partition = sorted(sorted(str(n) for n in group) for group in communities)
    components = (nx.number_weakly_connected_components(graph) if directed
                  else nx.number_connected_components(graph))
    summary = {
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "density": nx.density(graph),
        "components": components,
        "average_clustering": nx.average_clustering(graph, weight=weight),
        "louvain_modularity": nx.community.modularity(graph, communities, weight=weight),
    }
    if not directed:
        summary["diameter"] = nx.diameter(graph)
        summary["articulation_points"] = sorted(str(n) for n in nx.articulation_points(graph))

    # Every shortest path between a few pairs, for `path` (hops, or distance when weighted).
    pairs = [(nodes[0], nodes[-1]), (nodes[1], nodes[len(nodes) // 2])]
    paths = []
    for source, target in pairs:
        try:
            found = sorted([str(n) for n in p] for p in nx.all_shortest_paths(graph, source, target, weight=distance))
        except nx.NetworkXNoPath:
            found = []
        paths.append({"source": source, "target": target, "paths": found})

    edges = []
    for a, b, data in graph.edges(data=True):
        edge = {"source": str(a), "target": str(b)}
        if weighted:
            edge["weight"] = data["weight"]
        edges.append(edge)

    document = {
        "name": name,
        "citation": citation,
        "networkx": nx.__version__,
        "directed": directed,
        "weighted": weighted,
        "nodes": nodes,
        "edges": edges,
        "metrics": {metric: clean(values) for metric, values in metrics.items()},
        "unweighted_metrics": {metric: clean(values) for metric, values in unweighted.items()},
        "summary": summary,
        "louvain_partition": partition,
        "shortest_paths": paths,
    }
    path = os.path.join(OUT, f"{name}.json")
    with open(path + ".tmp", "w") as handle:
        json.dump(document, handle, indent=1, sort_keys=True)
        handle.write("\n")
    os.replace(path + ".tmp", path)
    print(f"{path}: {len(nodes)} nodes, {len(edges)} ties")


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (build, weighted, citation) in NETWORKS.items():
        reference(name, build(), weighted, citation)


if __name__ == "__main__":
    sys.exit(main())
