import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Runs `python3 -c script argument`; its exit status, standard output and standard error.
private func runPython(_ script: String, _ argument: String) throws -> (status: Int32, output: String, errors: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, argument]
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
}

private func pythonImports(_ modules: String) -> Bool {
    (try? runPython("import \(modules)", ""))?.status == 0
}

private let interopAvailable = pythonImports("networkx, igraph, pydot")

/// Reads every exported file with NetworkX and with igraph (which has no GEXF or DOT reader)
/// and prints, for each file and library, the node ids, whether it is directed, the ties as
/// `source→target|relation|weight` (ends sorted when undirected) and one node attribute.
private let readerScript = """
    import csv, json, sys

    def text(value):
        if value is None or value == "":
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value).strip('"')

    def weight(value):
        return "" if value in (None, "") else repr(float(value))

    def summary(nodes, directed, ties, attributes):
        lines = []
        for a, b, relation, w in ties:
            if not directed and b < a:
                a, b = b, a
            lines.append(f"{a}→{b}|{text(relation)}|{weight(w)}")
        return {"nodes": sorted(nodes), "directed": directed, "ties": sorted(lines),
                "attribute": attributes}

    def read_csv(spec):
        with open(spec["nodes"], newline="", encoding="utf-8") as handle:
            nodes = list(csv.DictReader(handle))
        with open(spec["path"], newline="", encoding="utf-8") as handle:
            edges = list(csv.DictReader(handle))
        return nodes, edges

    def networkx(spec):
        import networkx as nx
        kind, path, attribute = spec["kind"], spec["path"], spec["attribute"]
        relation = {"dot": "label", "net": "l"}.get(kind, "relation")
        if kind == "graphml":
            g = nx.read_graphml(path, force_multigraph=True)
        elif kind == "gexf":
            g = nx.read_gexf(path)
        elif kind == "dot":
            g = nx.nx_pydot.read_dot(path)
        elif kind == "net":
            g = nx.read_pajek(path)
        else:
            g = nx.MultiDiGraph() if spec["directed"] else nx.MultiGraph()
            nodes, edges = read_csv(spec)
            for row in nodes:
                g.add_node(row.pop("id"), **row)
            for row in edges:
                g.add_edge(row.pop("source"), row.pop("target"), **row)
        ties = [(a, b, d.get(relation), d.get("weight")) for a, b, d in g.edges(data=True)]
        attributes = {str(n): text(d.get(attribute)) for n, d in g.nodes(data=True)} if attribute else None
        return summary([str(n) for n in g.nodes], g.is_directed(), ties, attributes)

    def igraph(spec):
        import igraph as ig
        kind, path, attribute = spec["kind"], spec["path"], spec["attribute"]
        if kind in ("gexf", "dot"):
            return None
        if kind == "graphml":
            g = ig.Graph.Read_GraphML(path)
            names, relation = g.vs["id"], "relation"
        elif kind == "net":
            g = ig.Graph.Read_Pajek(path)
            names, relation = g.vs["name"], "label"
        else:
            nodes, edges = read_csv(spec)
            g = ig.Graph.DictList(vertices=nodes, edges=edges, directed=spec["directed"],
                                  vertex_name_attr="id", edge_foreign_keys=("source", "target"))
            names, relation = g.vs["id"], "relation"
        def edge_value(edge, name):
            return edge[name] if name in g.es.attributes() else None
        ties = [(names[e.source], names[e.target], edge_value(e, relation), edge_value(e, "weight")) for e in g.es]
        attributes = None
        if attribute:
            values = g.vs[attribute] if attribute in g.vs.attributes() else [None] * g.vcount()
            attributes = {str(n): text(v) for n, v in zip(names, values)}
        return summary([str(n) for n in names], g.is_directed(), ties, attributes)

    specs = json.loads(sys.argv[1])
    print(json.dumps([{"networkx": networkx(spec), "igraph": igraph(spec)} for spec in specs]))
    """

/// Every network export format, written by `export` for the bundled networks and a small
/// undirected one, read back by NetworkX and igraph with the same nodes, ties (with their
/// relations and weights) and node attributes; and a table read back by Python's csv and json.
@Suite struct ExportInteropTests {
    private struct Reading: Decodable {
        var nodes: [String]
        var directed: Bool
        var ties: [String]
        var attribute: [String: String]?
    }

    private struct Pair: Decodable {
        var networkx: Reading
        var igraph: Reading?
    }

    /// PlaceLab's own view of the network, as the script prints a reading.
    private func expected(_ network: Network, pajek: Bool, attribute: String?) -> Reading {
        let columns = ["source", "target", "relation", "weight"].map { network.edges.cells($0) }
        let ties = (0..<network.edges.rowCount).map { row -> String in
            var (a, b) = (columns[0][row].plainText, columns[1][row].plainText)
            if !network.directed, b < a { swap(&a, &b) }
            let relation = columns[2][row].isNull ? "" : columns[2][row].plainText
            var weight = ""
            switch columns[3][row] {
            case .number(let number): weight = String(number)
            case .integer(let number): weight = String(Double(number))
            default: if pajek && !relation.isEmpty { weight = "1.0" }
            }
            return "\(a)→\(b)|\(relation)|\(weight)"
        }.sorted()
        let ids = network.nodes.cells("id").map(\.plainText)
        let values = attribute.map { network.nodes.cells($0).map(\.plainText) }
        return Reading(nodes: ids.sorted(), directed: network.directed, ties: ties,
                       attribute: values.map { Dictionary(uniqueKeysWithValues: zip(ids, $0)) })
    }

    private func check(_ network: Network, attribute: String?) throws {
        let folder = TestFolder("interop")
        let session = Session(console: BufferConsole())
        session.catalog = Catalog([.network(network)])
        let kinds = ["graphml", "gexf", "dot", "net", "csv"]
        var specs: [[String: Any]] = []
        for kind in kinds {
            let path = folder.file("\(network.name).\(kind)")
            let outcome = session.run(SourceText(name: "test", text: "export \(network.name) to \"\(path)\""))
            #expect(outcome.succeeded, "\((session.console as? BufferConsole)?.reports ?? "")")
            // Pajek keeps no node attributes (export says so).
            specs.append(["kind": kind, "path": path, "directed": network.directed,
                          "nodes": ExportFormat.nodesPath(forEdgesPath: path),
                          "attribute": kind == "net" ? NSNull() : (attribute.map { $0 as Any } ?? NSNull())])
        }
        let argument = String(decoding: try JSONSerialization.data(withJSONObject: specs), as: UTF8.self)
        let result = try runPython(readerScript, argument)
        try #require(result.status == 0, "the readers failed on \(folder.path): \(result.errors)")
        let pairs = try JSONDecoder().decode([Pair].self, from: Data(result.output.utf8))
        try #require(pairs.count == kinds.count)
        for (kind, pair) in zip(kinds, pairs) {
            let want = expected(network, pajek: kind == "net", attribute: kind == "net" ? nil : attribute)
            var readings = [("networkx", pair.networkx)]
            if let igraph = pair.igraph { readings.append(("igraph", igraph)) }
            #expect(pair.igraph != nil || kind == "gexf" || kind == "dot", "igraph did not read \(kind)")
            for (library, reading) in readings {
                let place = "\(network.name).\(kind) in \(library)"
                #expect(reading.nodes == want.nodes, "\(place)")
                #expect(reading.directed == want.directed, "\(place)")
                #expect(reading.ties == want.ties, "\(place): \(Set(reading.ties).symmetricDifference(want.ties).sorted().prefix(4))")
                #expect(reading.attribute == want.attribute, "\(place)")
            }
        }
    }

    @Test(.enabled(if: interopAvailable, "NetworkX, igraph or pydot is missing (pip install networkx igraph pydot): read-back not checked"),
          arguments: ["sna_locality", "gouda", "pittsburgh"])
    func everyFormatOfABundledNetworkReadsBackWhole(name: String) throws {
        try check(try bundledNetwork(name), attribute: "realm")
    }

    @Test(.enabled(if: interopAvailable, "NetworkX, igraph or pydot is missing (pip install networkx igraph pydot): read-back not checked"))
    func anUndirectedUnweightedNetworkReadsBackWhole() throws {
        let nodes = Dataset(name: "ring", origin: "test", columns: [
            Dataset.Column(name: "id", type: .text, values: ["a", "b", "c"].map(Value.text)),
            Dataset.Column(name: "label", type: .text, values: [.null, .null, .null]),
            Dataset.Column(name: "team", type: .text, values: ["red", "red", "blue"].map(Value.text)),
        ], key: "id")
        let edges = Dataset(name: "ring.edges", origin: "test", columns: [
            Dataset.Column(name: "source", type: .text, values: ["a", "b", "c"].map(Value.text)),
            Dataset.Column(name: "target", type: .text, values: ["b", "c", "a"].map(Value.text)),
            Dataset.Column(name: "relation", type: .text, values: [.null, .null, .null]),
            Dataset.Column(name: "weight", type: .empty, values: [.null, .null, .null]),
        ])
        try check(Network(name: "ring", origin: "test", directed: false, nodes: nodes, edges: edges), attribute: "team")
    }

    @Test(.enabled(if: interopAvailable, "NetworkX, igraph or pydot is missing (pip install networkx igraph pydot): read-back not checked"))
    func aTableReadsBackFromCSVTSVAndJSON() throws {
        let folder = TestFolder("interop")
        let session = Session(console: BufferConsole())
        session.catalog = Catalog([.table(Dataset(name: "t", origin: "test", columns: [
            Dataset.Column(name: "id", type: .text, values: ["bristol", "swindon", "enschede", "a,b", "q\"uote"].map(Value.text)),
            Dataset.Column(name: "name", type: .text, values: ["Bristol", "Swindon", "Enschede", "Café, \"Ø\"", "back\\slash"].map(Value.text)),
            Dataset.Column(name: "authority", type: .number, values: [.number(3.5), .null, .number(2), .number(0.25), .number(-1)]),
        ]))])
        for ext in ["csv", "tsv", "json"] {
            #expect(session.run(SourceText(name: "test", text: "export t to \"\(folder.file("t.\(ext)"))\"")).succeeded,
                    "\((session.console as? BufferConsole)?.reports ?? "")")
        }
        let script = """
            import csv, json, sys
            folder = sys.argv[1]
            rows = {}
            with open(folder + "/t.csv", newline="", encoding="utf-8") as f:
                rows["csv"] = [[r["id"], r["name"], r["authority"]] for r in csv.DictReader(f)]
            with open(folder + "/t.tsv", newline="", encoding="utf-8") as f:
                rows["tsv"] = [[r["id"], r["name"], r["authority"]] for r in csv.DictReader(f, delimiter="\\t", quoting=csv.QUOTE_NONE)]
            with open(folder + "/t.json", encoding="utf-8") as f:
                rows["json"] = [[r["id"], r["name"], "" if r["authority"] is None else "%g" % r["authority"]] for r in json.load(f)]
            print(json.dumps(rows))
            """
        let result = try runPython(script, folder.path)
        try #require(result.status == 0, "\(result.errors)")
        let rows = try JSONDecoder().decode([String: [[String]]].self, from: Data(result.output.utf8))
        let csv = try #require(rows["csv"])
        #expect(csv.map { $0[0] } == ["bristol", "swindon", "enschede", "a,b", "q\"uote"])
        #expect(csv.map { $0[1] } == ["Bristol", "Swindon", "Enschede", "Café, \"Ø\"", "back\\slash"])
        #expect(csv.map { $0[2] } == ["3.5", "", "2", "0.25", "-1"])
        #expect(rows["tsv"] == csv)
        #expect(rows["json"] == csv)
    }
}
