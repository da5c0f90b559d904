import Foundation
import PlaceLabCore
import Synchronization

/// The bundled datasets: finding their folder, and loading every file in it.
public enum DatasetFolder {
    /// Loads every `*.yaml` in the folder and in its `networks/`, each on its own: a file
    /// that fails is reported by name and the rest still load. References between datasets
    /// (`ref:realms`) and every source file name are checked once all are read.
    public static func load(_ folder: String) -> (entries: [Catalog.Entry], problems: [Diagnostic]) {
        let label = URL(fileURLWithPath: folder).lastPathComponent
        let paths = yamlFiles(in: folder) + yamlFiles(in: folder + "/networks")
        // Files are independent, so they are read on every core; start-up waits for the slowest.
        let results = Mutex([Result<Catalog.Entry, Diagnostic>?](repeating: nil, count: paths.count))
        DispatchQueue.concurrentPerform(iterations: paths.count) { index in
            let path = paths[index]
            let result: Result<Catalog.Entry, Diagnostic>
            do {
                // Shown as "datasets/cases.yaml", wherever the folder is installed.
                let shown = label + String(path.dropFirst(folder.count))
                result = .success(try BundledReader.read(path: path).withOrigin(shown))
            } catch let diagnostic as Diagnostic {
                result = .failure(diagnostic)
            } catch {
                result = .failure(Diagnostic("cannot load \"\(path)\": \(error)"))
            }
            results.withLock { $0[index] = result }
        }
        var entries: [Catalog.Entry] = []
        var problems: [Diagnostic] = []
        for result in results.withLock({ $0 }) {
            switch result {
            case .success(let entry): entries.append(entry)
            case .failure(let problem): problems.append(problem)
            case nil: break
            }
        }
        let checked = ReferenceCheck.run(entries)
        return (checked.valid, problems + checked.problems)
    }

    /// The dataset names the folder holds, by file name alone (nothing is read).
    public static func names(in folder: String) -> Set<String> {
        Set((yamlFiles(in: folder) + yamlFiles(in: folder + "/networks")).map {
            URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent.lowercased()
        })
    }

    static func yamlFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { folder + "/" + $0 }
    }

    /// Where the bundled datasets are: `--data DIR`, else `$PLACELAB_DATA`, else a
    /// `datasets` folder beside or above the executable (a source checkout), else
    /// `../share/placelab/datasets` from the executable (an installed copy).
    public static func locate(explicit: String?, environment: [String: String], executable: String) -> String? {
        if let explicit { return explicit }
        if let fromEnvironment = environment["PLACELAB_DATA"], !fromEnvironment.isEmpty { return fromEnvironment }
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/placelab/datasets").path
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("datasets").path
            if FileManager.default.fileExists(atPath: candidate + "/sources.yaml") { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return FileManager.default.fileExists(atPath: installed) ? installed : nil
    }
}

/// Checks what no single file can: that references name real rows and sources name real seeds.
enum ReferenceCheck {
    static func run(_ entries: [Catalog.Entry]) -> (valid: [Catalog.Entry], problems: [Diagnostic]) {
        var keys: [String: Set<String>] = [:]
        for entry in entries {
            switch entry {
            case .table(let dataset):
                if let key = dataset.key, let column = dataset.column(named: key) {
                    keys[dataset.name] = Set(column.values.map(\.plainText))
                }
            case .network(let network):
                keys[network.name] = Set(network.nodes.columns[0].values.map(\.plainText))
            }
        }
        let seedFiles: Set<String>? = {
            guard case .table(let sources)? = entries.first(where: { $0.name == "sources" }),
                  let files = sources.column(named: "file") else { return nil }
            return Set(files.values.map(\.plainText))
        }()
        var valid: [Catalog.Entry] = []
        var problems: [Diagnostic] = []
        for entry in entries {
            let datasets: [Dataset]
            switch entry {
            case .table(let dataset): datasets = [dataset]
            case .network(let network): datasets = [network.nodes, network.edges]
            }
            if let problem = datasets.lazy.compactMap({ check($0, keys: keys, seedFiles: seedFiles) }).first {
                problems.append(problem)
            } else {
                valid.append(entry)
            }
        }
        return (valid, problems)
    }

    private static func check(_ dataset: Dataset, keys: [String: Set<String>], seedFiles: Set<String>?) -> Diagnostic? {
        let rowKeys = dataset.key.flatMap { dataset.column(named: $0) }?.values.map(\.plainText)
        func place(_ row: Int, _ column: String) -> String {
            "\(dataset.origin): row \(rowKeys.map { "\"\($0[row])\"" } ?? String(row + 1)), column \"\(column)\""
        }
        for column in dataset.columns {
            if let target = column.refersTo {
                guard let known = keys[target] else {
                    return Diagnostic("\(dataset.origin): column \"\(column.name)\" refers to dataset \"\(target)\", which is not loaded")
                }
                for (row, value) in column.values.enumerated() {
                    let names: [Value] = if case .list(let items) = value { items } else { [value] }
                    for name in names where !name.isNull && !known.contains(name.plainText) {
                        let help = Suggestion.closest(to: name.plainText, among: Array(known)).map { "did you mean \"\($0)\"?" }
                        return Diagnostic("\(place(row, column.name)): \"\(name.plainText)\" is not a row of \(target)", help: help)
                    }
                }
            }
            if let seedFiles, let provenance = column.provenance {
                for (row, origin) in provenance.enumerated() {
                    if let origin, !seedFiles.contains(origin.source) {
                        return Diagnostic("\(place(row, column.name)): source \"\(origin.source)\" is not listed in sources")
                    }
                }
            }
        }
        return nil
    }
}

extension Catalog.Entry {
    /// The same entry, saying it came from `origin`.
    func withOrigin(_ origin: String) -> Catalog.Entry {
        switch self {
        case .table(var dataset):
            dataset.origin = origin
            return .table(dataset)
        case .network(var network):
            network.origin = origin
            network.nodes.origin = origin
            network.edges.origin = origin
            return .network(network)
        }
    }
}
