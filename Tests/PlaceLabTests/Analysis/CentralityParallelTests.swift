import Foundation
import Synchronization
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The path metrics run on several threads: they must stop when asked and give the same
/// answer however the work is spread.
@Suite struct CentralityParallelTests {
    /// A seeded random graph, so every run tests the same one.
    static func randomGraph(nodes: Int, ties: Int, directed: Bool, weighted: Bool, seed: UInt64) -> Graph {
        var random = SeededRandom(seed: seed)
        func next() -> UInt64 { random.next() }
        let edges = (0..<ties).map { _ in
            Graph.Edge(Int(next() % UInt64(nodes)), Int(next() % UInt64(nodes)),
                       weight: weighted ? Double(1 + next() % 4) : 1)
        }
        return Graph(nodeCount: nodes, directed: directed, weighted: weighted, edges: edges)
    }

    static let shapes: [(directed: Bool, weighted: Bool)] = [(false, false), (true, false), (false, true), (true, true)]

    /// Betweenness, closeness and harmonic on two threads equal one thread bit for bit:
    /// chunks are fixed and merged in order, whichever thread finishes first.
    @Test(arguments: 0..<4)
    func parallelEqualsSerial(_ shape: Int) throws {
        let (directed, weighted) = Self.shapes[shape]
        let graph = Self.randomGraph(nodes: 250, ties: 800, directed: directed, weighted: weighted, seed: 7 + UInt64(shape))
        let never: @Sendable () -> Bool = { false }
        #expect(try Centrality.betweenness(graph, workers: 2, cancel: never)
                == Centrality.betweenness(graph, workers: 1, cancel: never))
        #expect(try Centrality.closeness(graph, workers: 2, cancel: never)
                == Centrality.closeness(graph, workers: 1, cancel: never))
        #expect(try Centrality.harmonic(graph, workers: 2, cancel: never)
                == Centrality.harmonic(graph, workers: 1, cancel: never))
    }

    /// The parallel Brandes agrees with a plain one-thread Brandes that keeps predecessor
    /// lists and pushes dependencies to them, as the algorithm is usually written.
    @Test(arguments: 0..<4)
    func parallelAgreesWithTextbookBrandes(_ shape: Int) throws {
        let (directed, weighted) = Self.shapes[shape]
        let graph = Self.randomGraph(nodes: 150, ties: 450, directed: directed, weighted: weighted, seed: 99 + UInt64(shape))
        let computed = try Centrality.betweenness(graph)
        let expected = Self.textbookBetweenness(graph)
        for node in 0..<graph.nodeCount {
            #expect(abs(computed[node] - expected[node]) <= 1e-12, "node \(node): \(computed[node]) vs \(expected[node])")
        }
    }

    /// Brandes (2001) with a quadratic-time closest-node scan instead of a heap: slow, but
    /// too simple to share a mistake with the real implementation.
    static func textbookBetweenness(_ graph: Graph) -> [Double] {
        let n = graph.nodeCount
        var betweenness = [Double](repeating: 0, count: n)
        for source in 0..<n {
            var distance = [Double](repeating: .infinity, count: n)
            var sigma = [Double](repeating: 0, count: n)
            var predecessors = [[Int]](repeating: [], count: n)
            var done = [Bool](repeating: false, count: n)
            var stack: [Int] = []
            distance[source] = 0
            sigma[source] = 1
            while true {
                var closest = -1
                for node in 0..<n where !done[node] && distance[node].isFinite {
                    if closest < 0 || distance[node] < distance[closest] { closest = node }
                }
                guard closest >= 0 else { break }
                let node = closest
                done[node] = true
                stack.append(node)
                for position in graph.outOffsets[node]..<graph.outOffsets[node + 1] {
                    let next = graph.outTargets[position]
                    let length = graph.isWeighted ? 1 / graph.outWeights[position] : 1
                    let through = distance[node] + length
                    if through < distance[next] {
                        distance[next] = through
                        sigma[next] = sigma[node]
                        predecessors[next] = [node]
                    } else if through == distance[next], !done[next] {
                        sigma[next] += sigma[node]
                        predecessors[next].append(node)
                    }
                }
            }
            var dependency = [Double](repeating: 0, count: n)
            for node in stack.reversed() {
                for before in predecessors[node] {
                    dependency[before] += sigma[before] / sigma[node] * (1 + dependency[node])
                }
                if node != source { betweenness[node] += dependency[node] }
            }
        }
        let scale = n > 2 ? 1 / Double((n - 1) * (n - 2)) : 1
        return betweenness.map { $0 * scale }
    }

    /// Closeness and harmonic centrality, whether 64 searches share a pass (no lengths) or
    /// each runs Dijkstra's (lengths), agree with distances found one pair at a time by a
    /// plain closest-first scan, on graphs spanning several batches of 64 and several chunks.
    @Test(arguments: 0..<4)
    func distanceSumsAgreeWithTextbookDistances(_ shape: Int) throws {
        let (directed, weighted) = Self.shapes[shape]
        let graph = Self.randomGraph(nodes: 150, ties: 330, directed: directed, weighted: weighted, seed: 40 + UInt64(shape))
        let closeness = try Centrality.closeness(graph)
        let harmonic = try Centrality.harmonic(graph)
        let n = graph.nodeCount
        for target in 0..<n {
            // Distances from every node to `target`: a search along in-ties.
            var distance = [Double](repeating: .infinity, count: n)
            var done = [Bool](repeating: false, count: n)
            distance[target] = 0
            while true {
                var closest = -1
                for node in 0..<n where !done[node] && distance[node].isFinite {
                    if closest < 0 || distance[node] < distance[closest] { closest = node }
                }
                guard closest >= 0 else { break }
                done[closest] = true
                for position in graph.inOffsets[closest]..<graph.inOffsets[closest + 1] {
                    let length = graph.isWeighted ? 1 / graph.inWeights[position] : 1
                    let source = graph.inTargets[position]
                    distance[source] = min(distance[source], distance[closest] + length)
                }
            }
            let others = (0..<n).filter { $0 != target && distance[$0].isFinite }
            let total = others.reduce(0) { $0 + distance[$1] }
            let reach = Double(others.count)
            let expectedCloseness = total > 0 ? reach / total * (reach / Double(n - 1)) : 0
            let expectedHarmonic = others.reduce(0) { $0 + 1 / distance[$1] }
            #expect(abs(closeness[target] - expectedCloseness) <= 1e-12, "closeness of \(target)")
            #expect(abs(harmonic[target] - expectedHarmonic) <= 1e-12, "harmonic of \(target)")
        }
    }

    /// Asked to stop, betweenness throws `Interrupted` instead of returning partial values,
    /// and checks often: a graph of 2,000 nodes stops within a few polls of the request.
    @Test func cancelStopsBetweenness() {
        let graph = Self.randomGraph(nodes: 2_000, ties: 6_000, directed: false, weighted: false, seed: 3)
        let polls = Atomic<Int>(0)
        #expect(throws: Interrupted.self) {
            try Centrality.betweenness(graph) { polls.add(1, ordering: .relaxed).newValue > 10 }
        }
        #expect(polls.load(ordering: .relaxed) < 100, "polled \(polls.load(ordering: .relaxed)) times after asked to stop")
        #expect(throws: Interrupted.self) { try Centrality.betweenness(graph) { true } }
    }

    /// Both ways of finding distances stop when asked: with lengths and without.
    @Test(arguments: [false, true])
    func cancelStopsClosenessAndHarmonic(_ weighted: Bool) {
        let graph = Self.randomGraph(nodes: 500, ties: 1_500, directed: true, weighted: weighted, seed: 5)
        #expect(throws: Interrupted.self) { try Centrality.closeness(graph) { true } }
        #expect(throws: Interrupted.self) { try Centrality.harmonic(graph) { true } }
    }

    /// Chunks cover every index once, in order, whatever the count.
    @Test(arguments: [0, 1, 5, 63, 64, 65, 1_000])
    func chunksCoverTheRange(_ count: Int) {
        let chunks = ParallelChunks.ranges(count: count)
        #expect(chunks.flatMap { Array($0) } == Array(0..<count))
        #expect(chunks.count <= ParallelChunks.defaultChunkCount)
    }
}
