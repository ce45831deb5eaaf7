// swift-tools-version: 6.1
import PackageDescription

// One target per pipeline stage (see docs/architecture.md):
// read -> parse (Model) -> compute (Compute) -> render (Render) -> write (Publish) -> CLI (tally).
let package = Package(
    name: "Tally",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tally", targets: ["tally"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift.git", from: "2.5.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
        // The preview server. Its default traits pull in swift-configuration, which Tally does not use.
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Diagnostics"),
        .target(name: "Markup", dependencies: ["CCmark", "Diagnostics"]),
        .target(
            name: "Model",
            dependencies: ["Diagnostics", "Markup", "Yams", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(name: "Compute", dependencies: ["Model"]),
        .target(
            name: "Render",
            dependencies: [
                "Diagnostics", "Markup", "Model", "Compute",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Import",
            dependencies: ["Diagnostics", "Markup", "Model", "ZIPFoundation", .product(name: "CSV", package: "CSV.swift")]
        ),
        .target(
            name: "Publish",
            dependencies: [
                "Diagnostics", "Model", "Compute", "Render", "ZIPFoundation",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "Preview",
            dependencies: [
                "Diagnostics", "Publish",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "tally",
            dependencies: [
                "Publish", "Preview", "Import",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets (scripts/fuzz builds them with libFuzzer; built plainly, each replays files).
        .target(name: "FuzzSupport", path: "Fuzz/FuzzSupport"),
        .executableTarget(name: "fuzz-frontmatter", dependencies: ["FuzzSupport", "Model"], path: "Fuzz/FuzzFrontMatter"),
        .executableTarget(name: "fuzz-deadline", dependencies: ["FuzzSupport", "Model"], path: "Fuzz/FuzzDeadline"),
        .executableTarget(name: "fuzz-series", dependencies: ["FuzzSupport", "Model"], path: "Fuzz/FuzzSeries"),
        .executableTarget(name: "fuzz-markdown", dependencies: ["FuzzSupport", "Markup"], path: "Fuzz/FuzzMarkdown"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "ModelTests", dependencies: ["Model"]),
        .testTarget(name: "ComputeTests", dependencies: ["Compute"]),
        .testTarget(name: "RenderTests", dependencies: ["Render"]),
        .testTarget(name: "PublishTests", dependencies: ["Publish"]),
        .testTarget(name: "ImportTests", dependencies: ["Import", "Model", "ZIPFoundation"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview"]),
        .testTarget(name: "TallyTests", dependencies: ["tally"]),
    ]
)
