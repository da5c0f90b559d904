#!/usr/bin/env python3
"""Network files for PlaceLab's messy-input corpus, written the way other tools write them.

Writes into Tests/Corpus/messy/ (names start with "network-", plus two JSON table shapes):
GEXF, GML and DOT written by NetworkX; NetworkX's headerless edge lists (with a dict of
attributes, and with a bare weight), igraph's NCOL; gzip-compressed edge lists and CSV;
`from,to` headers; Gephi's edge table (its Type column is direction); self-loops; JSON Lines
and pandas' default "columns" JSON; and files with a mistake, which must give a positioned
error. MessyNetworkCorpusTests asserts what each loads to. Rerun after changing a file:

    pip install networkx pydot
    python3 scripts/reference/messy_networks.py
"""
import gzip
import json
import os

import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Corpus", "messy")


def path(name):
    return os.path.join(OUT, name)


def write(name, text):
    with open(path(name), "w", encoding="utf-8", newline="") as handle:
        handle.write(text)


def write_gz(name, text):
    # mtime=0 keeps the bytes the same from run to run.
    with open(path(name), "wb") as raw:
        with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
            handle.write(text.encode("utf-8"))


def florentine():
    """The Florentine families with a made-up attribute of each kind, and weights."""
    graph = nx.florentine_families_graph()
    for index, node in enumerate(sorted(graph.nodes)):
        graph.nodes[node]["rank"] = index + 1
        graph.nodes[node]["wealth"] = round(10.5 + index * 3.25, 2)
        graph.nodes[node]["faction"] = "medici" if index % 2 else "oligarch"
    for index, (a, b) in enumerate(sorted(graph.edges)):
        graph.edges[a, b]["weight"] = 1 + index % 3
    return graph


def advice():
    """A small directed multigraph: two relations, a self-loop and a repeated tie."""
    graph = nx.MultiDiGraph()
    for name, realm in [("ann", "civic"), ("bob", "market"), ("cy", "public"), ("dee", "civic")]:
        graph.add_node(name, realm=realm)
    graph.add_edge("ann", "bob", relation="advice", weight=2)
    graph.add_edge("ann", "bob", relation="friendship", weight=1)
    graph.add_edge("bob", "cy", relation="advice", weight=3)
    graph.add_edge("cy", "cy", relation="advice", weight=1)
    graph.add_edge("dee", "ann", relation="friendship", weight=1)
    return graph


def main():
    os.makedirs(OUT, exist_ok=True)
    families = florentine()
    nx.write_gexf(families, path("network-florentine.gexf"))
    nx.write_gml(families, path("network-florentine.gml"))
    nx.nx_pydot.write_dot(families, path("network-florentine.dot"))
    nx.write_gexf(advice(), path("network-advice.gexf"))
    nx.write_gml(advice(), path("network-advice.gml"))
    nx.nx_pydot.write_dot(advice(), path("network-advice.dot"))

    # Headerless edge lists: NetworkX's default (a dict of data), its bare weight, igraph's NCOL.
    nx.write_edgelist(advice(), path("network-advice.edgelist"), data=True)
    nx.write_edgelist(families, path("network-florentine-weights.edgelist"), data=["weight"])
    try:
        import igraph
        ig = igraph.Graph.TupleList(((a, b, d["weight"]) for a, b, d in families.edges(data=True)), weights=True)
        ig.write_ncol(path("network-florentine.ncol"), names="name", weights="weight")
    except ImportError:
        write("network-florentine.ncol", "".join(f"{a} {b} {d['weight']}\n" for a, b, d in families.edges(data=True)))

    # The same ties, compressed.
    plain = "".join(f"{a} {b}\n" for a, b in sorted(families.edges))
    write_gz("network-florentine.edgelist.gz", plain)
    write_gz("network-ties.csv.gz", "source,target,weight\n" + "".join(
        f"{a},{b},{families.edges[a, b]['weight']}\n" for a, b in sorted(families.edges)))

    # Headers other tools use: from,to (R's igraph and tidygraph) and Gephi's edge table.
    write("network-from-to.csv", "from,to,weight\nann,bob,2\nbob,cy,1\ncy,ann,4\n")
    write("network-gephi-edges.csv",
          "Source,Target,Type,Id,Label,Weight\n"
          "ann,bob,Undirected,0,,2.0\nbob,cy,Undirected,1,,1.0\ncy,dee,Undirected,2,,1.0\n")
    write("network-gephi-mixed.csv",
          "Source,Target,Type,Id,Label,Weight\n"
          "ann,bob,Directed,0,advice,1.0\nbob,cy,Undirected,1,friends,1.0\n")
    write("network-self-loop.edgelist", "# a self-loop counts twice in an undirected degree\na a\na b\nb c\n")

    # Tables in the two JSON shapes pandas writes besides an array of records.
    rows = [{"city": "Bristol", "population": 472400, "share": 0.25},
            {"city": "Swindon", "population": 233410, "share": None},
            {"city": "Enschede", "population": 160000, "share": 0.5}]
    write("readings.jsonl", "".join(json.dumps(row) + "\n" for row in rows))
    columns = {key: {str(i): row[key] for i, row in enumerate(rows)} for key in rows[0]}
    write("readings-columns.json", json.dumps(columns))

    # Mistakes: each must be refused with its line and column.
    write("network-bad-weight.edgelist", "ann bob 2\nbob cy heavy\n")
    write("network-bad-dict.edgelist", "ann bob {'weight': 2}\nbob cy {'weight': 3\n")
    write("network-unclosed.gml", 'graph [\n  node [ id 0 label "a" ]\n  node [ id 1 label "b"\n')
    write("network-unknown-node.gml",
          'graph [\n  node [ id 0 label "a" ]\n  edge [ source 0 target 7 ]\n]\n')
    write("network-bad.dot", 'digraph {\n  a -> b;\n  b -- c;\n}\n')
    write("network-unknown-node.gexf",
          '<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
          '  <graph defaultedgetype="undirected">\n    <nodes>\n      <node id="a"/>\n    </nodes>\n'
          '    <edges>\n      <edge id="0" source="a" target="z"/>\n    </edges>\n  </graph>\n</gexf>\n')
    # Two gzip members one after the other (cat a.gz b.gz), and a damaged stream.
    half = len(plain) // 2
    with open(path("network-two-members.edgelist.gz"), "wb") as handle:
        handle.write(gzip.compress(plain[:plain.index("\n", half) + 1].encode("utf-8"), mtime=0))
        handle.write(gzip.compress(plain[plain.index("\n", half) + 1:].encode("utf-8"), mtime=0))
    damaged = bytearray(gzip.compress(plain.encode("utf-8"), mtime=0))
    for offset in range(12, 20):
        damaged[offset] ^= 0xFF
    with open(path("network-damaged.edgelist.gz"), "wb") as handle:
        handle.write(bytes(damaged))
    whole = gzip.compress(plain.encode("utf-8"), mtime=0)
    with open(path("network-truncated.edgelist.gz"), "wb") as handle:
        handle.write(whole[: len(whole) // 2])


if __name__ == "__main__":
    main()
