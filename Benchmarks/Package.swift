// swift-tools-version: 6.1
// Benchmarks of kh-parse on ordo-one's package-benchmark, kept out of the main package so that its
// build (and the benchmark tool's dependencies) never slows the main build or the tests.
//
//     cd Benchmarks && swift package benchmark                 # every benchmark
//     swift package benchmark --filter "parse/corpus"          # one
//
// Only the `MallocInterposer` trait is enabled: the default `RuntimeInterposer` needs a package this
// machine's package copy does not have.
import PackageDescription

let package = Package(
    name: "KHParseBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "kh-parse", path: ".."),   // named: the clone's folder may be called anything
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "KHParseBenchmarks",
            dependencies: [
                .product(name: "KHParse", package: "kh-parse"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/KHParseBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
