// swift-tools-version:6.0
import PackageDescription

// A program that embeds kh-parse as a library: `swift run --package-path Examples/embed embed PLAN.txt`.
let package = Package(
    name: "embed",
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(name: "embed", dependencies: [.product(name: "KHParse", package: "kh-parse")]),
    ]
)
