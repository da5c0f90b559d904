import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Runs `python3` with `arguments`; its exit status and standard output.
private func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

private func importable(_ module: String) -> Bool {
    (try? python(["-c", "import \(module)"]))?.status == 0
}

private let networkXAvailable = importable("networkx")
private let pydotAvailable = networkXAvailable && importable("pydot")

/// Reads exported files with NetworkX. Its argument is a JSON list of files (kind, path, the
/// node and edge attribute to report, and for CSV the direction and the nodes file); it prints
/// a JSON list with, for each file: node count, edge count, whether directed, the first node,
/// its attribute, the first edge's attribute, and the illustrative note where NetworkX keeps it.
private let reader = """
    import csv, json, sys
    import networkx as nx

    def read(spec):
        kind, path = spec["kind"], spec["path"]
        note = None
        if kind == "graphml":
            g = nx.read_graphml(path)
            note = g.graph.get("illustrative_note")
        elif kind == "gexf":
            g = nx.read_gexf(path)
        elif kind == "dot":
            g = nx.nx_pydot.read_dot(path)
            note = g.graph.get("graph", {}).get("comment", "").strip('"') or None
        else:
            g = nx.MultiDiGraph() if spec["directed"] else nx.MultiGraph()
            with open(spec["nodes"], newline="", encoding="utf-8") as nodes:
                for row in csv.DictReader(nodes):
                    note = row.pop("illustrative_note", None)
                    g.add_node(row.pop("id"), **row)
            with open(path, newline="", encoding="utf-8") as edges:
                for row in csv.DictReader(edges):
                    row.pop("illustrative_note", None)
                    g.add_edge(row.pop("source"), row.pop("target"), **row)
        first_node = next(iter(g.nodes))
        first_edge = next(iter(g.edges(data=True)))
        plain = lambda value: value.strip('"') if isinstance(value, str) else value
        return [g.number_of_nodes(), g.number_of_edges(), g.is_directed(), first_node,
                plain(g.nodes[first_node].get(spec["node_attribute"])),
                plain(first_edge[2].get(spec["edge_attribute"])), note]

    print(json.dumps([read(spec) for spec in json.loads(sys.argv[1])]))
    """

@Suite struct ExportNetworkXTests {
    private struct Reading {
        var nodes: Int
        var edges: Int
        var directed: Bool
        var firstNode: String
        var nodeAttribute: Any?
        var edgeAttribute: Any?
        var note: String?
    }

    /// Exports `network` with the `export` command to each extension and reads the files back
    /// with NetworkX, in one run of python3.
    private func readBack(_ network: Network, as extensions: [String], nodeAttribute: String,
                          edgeAttribute: String) throws -> [String: Reading] {
        let folder = TestFolder("networkx")
        let session = Session(console: BufferConsole())
        session.catalog = Catalog([.network(network)])
        var specs: [[String: Any]] = []
        for ext in extensions {
            let path = folder.file("exported.\(ext)")
            let outcome = session.run(SourceText(name: "test", text: "export \(network.name) to \(path)"))
            #expect(outcome.succeeded, "\((session.console as? BufferConsole)?.reports ?? "")")
            specs.append(["kind": ext, "path": path, "node_attribute": nodeAttribute, "edge_attribute": edgeAttribute,
                          "directed": network.directed, "nodes": ExportFormat.nodesPath(forEdgesPath: path)])
        }
        let argument = String(decoding: try JSONSerialization.data(withJSONObject: specs), as: UTF8.self)
        let result = try python(["-c", reader, argument])
        #expect(result.status == 0, "NetworkX could not read the files in \(folder.path)")
        let parsed = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[Any]] ?? []
        #expect(parsed.count == extensions.count, "output: \(result.output)")
        var readings: [String: Reading] = [:]
        for (ext, fields) in zip(extensions, parsed) where fields.count == 7 {
            readings[ext] = Reading(nodes: fields[0] as? Int ?? -1, edges: fields[1] as? Int ?? -1,
                                    directed: fields[2] as? Bool ?? false, firstNode: fields[3] as? String ?? "",
                                    nodeAttribute: fields[4] is NSNull ? nil : fields[4],
                                    edgeAttribute: fields[5] is NSNull ? nil : fields[5], note: fields[6] as? String)
        }
        return readings
    }

    @Test(.enabled(if: networkXAvailable, "NetworkX is not installed (python3 -c \"import networkx\" failed)"))
    func networkXReadsTheIllustrativeNetworkWhole() throws {
        let network = try bundledNetwork("sna_locality")
        let readings = try readBack(network, as: ["graphml", "gexf", "csv"], nodeAttribute: "designed_core",
                                    edgeAttribute: "relation")
        for ext in ["graphml", "gexf", "csv"] {
            let reading = try #require(readings[ext], "\(ext)")
            #expect(reading.nodes == network.nodes.rowCount, "\(ext)")
            #expect(reading.edges == network.edges.rowCount, "\(ext)")
            #expect(reading.directed, "\(ext)")
            #expect(reading.firstNode == "la_senior", "\(ext)")
            // GraphML and GEXF type the attribute; CSV leaves it text.
            if ext == "csv" {
                #expect(reading.nodeAttribute as? String == "true")
            } else {
                #expect(reading.nodeAttribute as? Bool == true, "\(ext)")
            }
            #expect(reading.edgeAttribute as? String == network.edges.cells("relation").first?.plainText, "\(ext)")
            // NetworkX does not read GEXF's <meta>, where the note is.
            if ext != "gexf" {
                #expect(reading.note == network.illustrativeNote, "\(ext)")
            }
        }
    }

    @Test(.enabled(if: networkXAvailable, "NetworkX is not installed (python3 -c \"import networkx\" failed)"))
    func networkXReadsAnUndirectedNetworkAsUndirected() throws {
        let readings = try readBack(sampleNetwork(directed: false, note: nil), as: ["graphml", "gexf", "csv"],
                                    nodeAttribute: "label", edgeAttribute: "weight")
        for ext in ["graphml", "gexf", "csv"] {
            let reading = try #require(readings[ext], "\(ext)")
            #expect(reading.nodes == 3 && reading.edges == 3, "\(ext)")
            #expect(!reading.directed, "\(ext)")
            #expect(reading.firstNode == "a", "\(ext)")
            #expect(reading.nodeAttribute as? String == "Alpha", "\(ext)")
            if ext == "csv" {
                #expect(reading.edgeAttribute as? String == "2")
            } else {
                #expect(reading.edgeAttribute as? Double == 2, "\(ext)")
            }
            #expect(reading.note == nil, "\(ext)")
        }
    }

    @Test(.enabled(if: pydotAvailable, "pydot is not installed (python3 -c \"import pydot\" failed); DOT not checked"))
    func networkXReadsTheDOTFilesThroughPydot() throws {
        for network in [try bundledNetwork("gouda"), sampleNetwork(directed: false, note: nil)] {
            let reading = try #require(try readBack(network, as: ["dot"], nodeAttribute: "label",
                                                    edgeAttribute: "label")["dot"])
            #expect(reading.nodes == network.nodes.rowCount)
            #expect(reading.edges == network.edges.rowCount)
            #expect(reading.directed == network.directed)
            #expect(reading.firstNode == network.nodes.cells("id").first?.plainText)
            #expect(reading.nodeAttribute as? String == network.nodes.cells("label").first?.plainText)
            #expect(reading.edgeAttribute as? String == network.edges.cells("relation").first?.plainText)
            #expect(reading.note == network.illustrativeNote.map { Network.illustrativePrefix + $0 })
        }
    }
}
