// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "PlaceLab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "placelab", targets: ["placelab"]),
        .library(name: "PlaceLab", targets: ["PlaceLab"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The system line editor (BSD libedit) through its readline-compatible API.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // zlib, for reading gzip-compressed data files.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The layers, each importing only those below it (DESIGN.md, "Modules, one direction"):
        // Core ← Language, Data, Networks ← Render ← PlaceLab ← placelab.
        // Spans, diagnostics, values, tables, the model, provenance, checked numbers, cancellation.
        .target(name: "PlaceLabCore"),
        // The query language: lexer, parser, evaluator.
        .target(
            name: "PlaceLabLanguage",
            dependencies: ["PlaceLabCore", .product(name: "HeapModule", package: "swift-collections")]
        ),
        // Readers and writers of data files, the dataset folder and its cache.
        .target(
            name: "PlaceLabData",
            dependencies: ["PlaceLabCore", .product(name: "Yams", package: "Yams"), "CZlib"]
        ),
        // Graphs and what is measured on them: centrality, structure, roles, layouts.
        .target(
            name: "PlaceLabNetworks",
            dependencies: ["PlaceLabCore", .product(name: "HeapModule", package: "swift-collections")]
        ),
        // Terminal tables, charts, SVG figures, handouts.
        .target(name: "PlaceLabRender", dependencies: ["PlaceLabCore", "PlaceLabNetworks"]),
        // The session, its commands and help: everything a user types, without terminal I/O.
        .target(
            name: "PlaceLab",
            dependencies: ["PlaceLabCore", "PlaceLabLanguage", "PlaceLabData", "PlaceLabNetworks", "PlaceLabRender"]
        ),
        // The thin executable: flags, the REPL loop, libedit glue, signals.
        .executableTarget(
            name: "placelab",
            dependencies: [
                "PlaceLab", "PlaceLabRender", "PlaceLabData", "PlaceLabLanguage", "PlaceLabCore",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary carries the Swift runtime and Foundation inside it: no shared
            // libraries to find and relocate at start-up, which was most of a plain start's time.
            // Foundation's own static parts are named too: its module, built for shared linking,
            // does not ask for them itself. It stays position-independent, so its code (libxml2's
            // parser of untrusted files among it) loads at a random address: linked at a fixed
            // one it started 0.7 ms sooner, a saving not worth losing that for. libxml2 (for GraphML and GEXF) and what it
            // needs (ICU, its 30 MB of data, lzma) are linked in from their static archives:
            // loading them as shared libraries at every start cost 0.5 ms, XML read or not.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lFoundationXML",
                                           "-l_CFXMLInterface", "-lCoreFoundation", "-lFoundationEssentials",
                                           "-lFoundationInternationalization", "-l_FoundationCollections",
                                           "-l_FoundationCShims", "-l_FoundationICU", "-lswiftSynchronization",
                                           "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-Xlinker", "--end-group",
                                           "-l:libxml2.a", "-l:libicuuc.a", "-l:libicudata.a", "-l:liblzma.a", "-lstdc++"],
                                          .when(configuration: .release))]
        ),
        .testTarget(
            name: "PlaceLabTests",
            dependencies: ["PlaceLabCore", "PlaceLabLanguage", "PlaceLabData", "PlaceLabNetworks", "PlaceLabRender",
                           "PlaceLab", .product(name: "PropertyBased", package: "swift-property-based")],
            // NetworkX's values, read from the source tree by path.
            exclude: ["Analysis/Reference"]
        ),
        // Drives the real `placelab` binary: transcripts, flags, exit codes, the terminal.
        .testTarget(
            name: "PlaceLabTranscriptTests",
            dependencies: ["placelab"],
            path: "Tests/PlaceLabTranscriptTests",
            exclude: [],
            resources: []
        ),
    ],
    swiftLanguageModes: [.v6]
)
