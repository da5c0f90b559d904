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
        // Everything testable: language, data, models, rendering, commands. No terminal I/O.
        .target(
            name: "PlaceLab",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "HeapModule", package: "swift-collections"),
                "CZlib",
            ]
        ),
        // The thin executable: flags, the REPL loop, libedit glue, signals.
        .executableTarget(
            name: "placelab",
            dependencies: [
                "PlaceLab",
                "CEditLine",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary carries the Swift runtime and Foundation inside it: no shared
            // libraries to find and relocate at start-up, which was most of a plain start's time.
            // Foundation's own static parts are named too: its module, built for shared linking,
            // does not ask for them itself.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-Xlinker", "--start-group", "-lFoundation", "-lFoundationXML",
                                           "-l_CFXMLInterface", "-lCoreFoundation", "-lFoundationEssentials",
                                           "-lFoundationInternationalization", "-l_FoundationCollections",
                                           "-l_FoundationCShims", "-l_FoundationICU", "-lswiftSynchronization",
                                           "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-Xlinker", "--end-group",
                                           "-lxml2", "-lstdc++"],
                                          .when(configuration: .release))]
        ),
        .testTarget(
            name: "PlaceLabTests",
            dependencies: ["PlaceLab", .product(name: "PropertyBased", package: "swift-property-based")],
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
