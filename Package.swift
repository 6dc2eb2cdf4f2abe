// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "kh-parse",
    products: [
        .library(name: "KHParse", targets: ["KHParse"]),
        .executable(name: "kh-parse", targets: ["kh-parse"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // kh-parse.toml of `kh-parse check` (TOMLKit wraps the C++ toml++ library).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // `swift package generate-documentation --target KHParse` (the DocC catalog in Sources/KHParse/KHParse.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // System ICU behind plain C types: ICU headers stay inside the .c file so that no Swift
        // file that imports Foundation (which bundles its own ICU module) ever sees them.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // The system's libcrypto for source.sha256, behind plain C types like CICU (Debian libssl-dev).
        .target(
            name: "CDigest",
            linkerSettings: [.linkedLibrary("crypto")]
        ),
        // The system's libarchive (Debian libarchive-dev) for `kh-parse batch` over .zip, .tar.*, .7z, .rar,
        // behind plain C types like CICU.
        .target(
            name: "CArchive",
            linkerSettings: [.linkedLibrary("archive")]
        ),
        // One setting of glibc's malloc for the command-line tool (mallopt), which Swift's Glibc module lacks.
        .target(name: "CMemory"),
        .target(
            name: "KHParse",
            dependencies: ["CICU", "CDigest", "CArchive", .product(name: "TOMLKit", package: "TOMLKit")],
            exclude: ["Extract/Deadlines/Corpus", "Extract/Agencies/Corpus", "Tokenize/Corpus", "Extract/References/Corpus", "Extract/Tasks/Corpus", "Structure/Corpus"]
        ),
        .executableTarget(
            name: "kh-parse",
            dependencies: ["KHParse", "CMemory", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "KHParseTests",
            // The CLI tests run the built binary, so the test build must build it too.
            dependencies: ["KHParse", "kh-parse"]
        ),
    ]
)
