// A libFuzzer target for the lexer, the statement parser and every file reader: the first
// byte of an input chooses which one reads the rest. Built and run by scripts/fuzz/libfuzzer.sh,
// not by swift test (it needs -sanitize=fuzzer, which SwiftPM's test build does not use).
// Readers that take only a path are given the input through one scratch file per process.
import Foundation
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage

private let parser = StatementParser(registry: CommandRegistry.standard)
private let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-fuzz-\(getpid())").path

/// Writes the input to the scratch file under `ext`, for a reader that reads a path.
private func scratchFile(_ body: Data, _ ext: String) -> String {
    let path = scratch + "." + ext
    FileManager.default.createFile(atPath: path, contents: body)
    return path
}

@_cdecl("LLVMFuzzerTestOneInput")
public func placeLabFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let choice = data[0] % 13
    let body = Data(bytes: data + 1, count: size - 1)
    let text = String(decoding: body, as: UTF8.self)
    switch choice {
    case 0:
        _ = Lexer.tokens(of: SourceText(name: "fuzz.plq", text: text))
    case 1:
        _ = parser.parse(SourceText(name: "fuzz.plq", text: text), allowIncomplete: true)
    case 2:
        _ = try? DelimitedReader.parse(Array(body), path: "fuzz.csv", name: "fuzz")
    case 3:
        _ = try? JSONReader.parse(body, path: "fuzz.json", name: "fuzz")
    case 4:
        _ = try? BundledReader.parse(text, path: "fuzz.yaml")
    case 5:
        _ = try? GraphMLReader.read(data: body, path: "fuzz.graphml", name: "fuzz")
    case 6:
        _ = try? PajekReader.read(text: text, path: "fuzz.net", name: "fuzz")
    case 7:
        _ = try? UCINETReader.read(text: text, path: "fuzz.dl", name: "fuzz")
    case 8:
        _ = try? JSONLinesReader.read(path: scratchFile(body, "jsonl"), name: "fuzz")
    case 9:
        _ = try? GEXFReader.read(path: scratchFile(body, "gexf"), name: "fuzz")
    case 10:
        _ = try? DOTReader.read(path: scratchFile(body, "dot"), name: "fuzz")
    case 11:
        _ = try? GMLReader.read(path: scratchFile(body, "gml"), name: "fuzz")
    default:
        _ = try? PlainEdgeListReader.read(path: scratchFile(body, "edgelist"), name: "fuzz", directed: false)
    }
    return 0
}
