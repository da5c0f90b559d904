import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Generated tables and networks full of extreme numbers (NaN, ±inf, ±0, subnormals, ±max,
/// 2^63, Int.min/max) through every command that takes a table or a network, in every output
/// mode, in this process: a trap kills the test run. Output must name NaN and inf, never
/// print Swift's raw "nan", and figures must hold no NaN or inf in a coordinate.
///
/// Seeded. The default run takes a few seconds; PLACELAB_FUZZ_SECONDS=300 runs longer, and
/// PLACELAB_FUZZ_SEED picks another seed.
@Suite struct NumericFuzzTests {
    static let doubles: [Double] = [
        .nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, 1e-320,
        .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0x1p63, -0x1p63, 1e19, 1e20,
        1e308, 1, -1, 0.5, 2.5, 3, 5, 1e15, -1e-300,
    ]
    static let integers: [Int] = [.min, .max, .min + 1, .max - 1, 0, 1, -1, 2, 5, 4_611_686_018_427_387_904]

    static let bundled: [Catalog.Entry] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return DatasetFolder.load(root.appendingPathComponent("datasets").path).entries
    }()

    /// The shared seeded generator: the same seed, the same cases.
    struct Stream {
        var random: SeededRandom
        init(state: UInt64) { random = SeededRandom(seed: state) }
        mutating func below(_ limit: Int) -> Int { random.int(0...(limit - 1)) }
        mutating func pick<T>(_ items: [T]) -> T { random.pick(items) }
        /// Mostly an extreme value, sometimes an ordinary one or a null.
        mutating func number() -> Value {
            switch below(10) {
            case 0: .null
            case 1, 2: .integer(pick(NumericFuzzTests.integers))
            case 3: .number(Double(below(2001)) / 100 - 10)
            default: .number(pick(NumericFuzzTests.doubles))
            }
        }
    }

    /// A table `t` and, under the name `cases`, rows the model commands read.
    static func table(_ stream: inout Stream) -> (table: Dataset, cases: Dataset) {
        let rows = 2 + stream.below(6)
        let names = (0..<rows).map { Value.text("r\($0 % 4)") }
        let table = Dataset(name: "t", origin: "fuzz", columns: [
            Dataset.Column(name: "name", type: .text, values: names),
            Dataset.Column(name: "x", type: .number, values: (0..<rows).map { _ in stream.number() }),
            Dataset.Column(name: "n", type: .integer, values: (0..<rows).map { _ in .integer(stream.pick(integers)) }),
        ])
        let phases = ["latent", "design_discovery", "mobilisation", "mainstreaming", "embedding"]
        let cases = Dataset(name: "cases", origin: "fuzz", columns: [
            Dataset.Column(name: "id", type: .text, values: (0..<rows).map { .text("c\($0)") }),
            Dataset.Column(name: "name", type: .text, values: (0..<rows).map { .text("Case \($0)") }),
            Dataset.Column(name: "phase", type: .phase, values: (0..<rows).map { _ in .text(stream.pick(phases)) }),
            Dataset.Column(name: "authority", type: .number, values: (0..<rows).map { _ in stream.number() }),
            Dataset.Column(name: "capacity", type: .number, values: (0..<rows).map { _ in stream.number() }),
            Dataset.Column(name: "value", type: .number, values: (0..<rows).map { _ in stream.number() }),
        ], key: "id")
        return (table, cases)
    }

    /// A network `g` of 2–9 nodes whose weights and attributes are extreme numbers.
    static func network(_ stream: inout Stream) -> Network {
        let count = 2 + stream.below(8)
        let ids = (0..<count).map { "n\($0)" }
        let realms = ["political", "managerial", "civic"]
        let nodes = Dataset(name: "g", origin: "fuzz", columns: [
            Dataset.Column(name: "id", type: .text, values: ids.map(Value.text)),
            Dataset.Column(name: "label", type: .text, values: ids.map { _ in .null }),
            Dataset.Column(name: "realm", type: .text, values: ids.map { _ in .text(stream.pick(realms)) }),
            Dataset.Column(name: "layer", type: .text, values: ids.map { _ in .text(stream.pick(["a", "b"])) }),
            Dataset.Column(name: "size", type: .number, values: ids.map { _ in stream.number() }),
        ], key: "id")
        var sources: [Value] = [], targets: [Value] = [], relations: [Value] = [], weights: [Value] = []
        for _ in 0..<(stream.below(3 * count) + 1) {
            sources.append(.text(stream.pick(ids)))
            targets.append(.text(stream.pick(ids)))
            relations.append(.text(stream.pick(["advice", "trust"])))
            let weight = stream.number()
            weights.append(weight.asDouble.map(Value.number) ?? .null)
        }
        let edges = Dataset(name: "g.edges", origin: "fuzz", columns: [
            Dataset.Column(name: "source", type: .text, values: sources),
            Dataset.Column(name: "target", type: .text, values: targets),
            Dataset.Column(name: "relation", type: .text, values: relations),
            Dataset.Column(name: "weight", type: .number, values: weights),
        ])
        return Network(name: "g", origin: "fuzz", directed: stream.below(2) == 0, nodes: nodes, edges: edges,
                       relations: ["advice", "trust"])
    }

    /// The statements one generated case goes through; files go to `folder`.
    static func statements(_ folder: String) -> [String] {
        [
            "t | chart x", "t | chart n by name", "t | sort x desc | select name, x, n",
            "t | select name, y = x * 2, z = n + 1, a = abs(n), b = -n, r = round(x, 2), q = round(x), d = x / n, m = n * n",
            "t | group name | aggregate s = sum(x), a = avg(x), lo = min(x), hi = max(x), md = median(x), si = sum(n), ai = avg(n), c = count()",
            "t | distinct x | sort x", "t | where x > 0 or n < 0 | count", "describe t", "t | sort n | chart n",
            "t | join cases on name | count", "export t to \(folder)/t.json", "export t to \(folder)/t.csv",
            "compare c0 c1", "cases | compare on authority, capacity, value", "cases | chart authority",
            "plot triangle c0 c1 mobilisation to \(folder)/triangle.svg", "plot lifecycle c0 to \(folder)/lifecycle.svg",
            "network g", "network g summary", "network g relation advice", "roles g", "core g", "brokerage g by realm",
            "path g n0 n1", "edges g", "network g | sort betweenness desc | chart betweenness",
            "network g | chart closeness", "network g | select node, degree, eigenvector, constraint | sort constraint",
            "plot network g to \(folder)/g.svg", "plot network g layout layers by betweenness to \(folder)/layers.svg",
            "plot network g by eigenvector to \(folder)/size.svg", "network g | chart eigenvector",
            "export g to \(folder)/g.graphml", "export g to \(folder)/g.gexf", "export g to \(folder)/g.dot",
            "export g to \(folder)/g.net", "export g to \(folder)/g.csv",
        ]
    }

    /// Swift's own spelling of NaN; PlaceLab prints "NaN".
    static func leaksRawNaN(_ text: String) -> Bool {
        text.range(of: #"(?<![A-Za-z])-?nan(?![A-Za-z])"#, options: .regularExpression) != nil
    }

    /// An SVG attribute holding NaN or inf: a coordinate no viewer can place.
    static func badCoordinate(_ svg: String) -> String? {
        svg.range(of: #"(x|y|x1|y1|x2|y2|cx|cy|r|width|height|points|d|stroke-width)="[^"]*(nan|NaN|inf)"#,
                  options: .regularExpression).map { String(svg[$0]) }
    }

    @Test func extremeNumbersNeverTrapAndAreNamed() throws {
        let environment = ProcessInfo.processInfo.environment
        let seconds = environment["PLACELAB_FUZZ_SECONDS"].flatMap(Double.init) ?? 8
        let seed = environment["PLACELAB_FUZZ_SEED"].flatMap(UInt64.init) ?? 15
        var stream = Stream(state: seed)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-fuzz-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let statements = Self.statements(folder)
        let started = Date()
        var cases = 0, executions = 0, problems: [String] = []
        repeat {
            let (table, modelCases) = Self.table(&stream)
            var catalog = Catalog(Self.bundled)
            catalog.add(.table(table))
            catalog.add(.table(modelCases))
            catalog.add(.network(Self.network(&stream)))
            let console = BufferConsole()
            let mode = stream.pick(OutputMode.allCases)
            let session = Session(settings: SessionSettings(mode: mode), console: console)
            session.catalog = catalog
            session.keepGoing = true
            for statement in statements {
                session.run(SourceText(name: "fuzz", text: statement))
                executions += 1
            }
            session.finish()
            if Self.leaksRawNaN(console.output) {
                problems.append("case \(cases) (\(mode)): raw nan in the output")
            }
            for name in ["triangle.svg", "lifecycle.svg", "g.svg", "layers.svg", "size.svg"] {
                guard let svg = try? String(contentsOfFile: folder + "/" + name, encoding: .utf8) else { continue }
                if let bad = Self.badCoordinate(svg) { problems.append("case \(cases): \(name) has \(bad)") }
                try? FileManager.default.removeItem(atPath: folder + "/" + name)
            }
            cases += 1
        } while Date().timeIntervalSince(started) < seconds && problems.count < 5
        print("numeric fuzz: \(executions) statements on \(cases) generated tables and networks in "
              + "\(Int(clamping: Date().timeIntervalSince(started), to: 0...Int.max)) s (seed \(seed)), 0 traps")
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        #expect(cases > 0)
    }

    @Test func theChecksSeeWhatTheyLookFor() {
        #expect(Self.leaksRawNaN("x = nan"))
        #expect(Self.leaksRawNaN("-nan,1"))
        #expect(!Self.leaksRawNaN("x = NaN, financial"))
        #expect(Self.badCoordinate(#"<circle cx="nan" cy="2"/>"#) != nil)
        #expect(Self.badCoordinate(#"<text x="1">inf</text>"#) == nil)
    }
}
