// swift-tools-version:6.0
import PackageDescription

// A program that embeds kh-parse as a library: `swift run --package-path Examples/embed embed PLAN.txt`.
let package = Package(
    name: "embed",
    // The name lets the product be named whatever folder the clone of kh-parse is in.
    dependencies: [.package(name: "kh-parse", path: "../..")],
    targets: [
        .executableTarget(name: "embed", dependencies: [.product(name: "KHParse", package: "kh-parse")]),
    ]
)
