// swift-tools-version:6.0
// libFuzzer targets for kh-parse, kept out of the main package so that its build is untouched.
// Build (Linux):  swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing
// Run:            ./run.sh [seconds]   (see README.md)
import PackageDescription

let fuzzTarget = { (name: String) in
    // No top-level code: `<Target>_main` (what SwiftPM links as main) runs libFuzzer's driver (CFuzzer).
    Target.executableTarget(name: name, dependencies: [.product(name: "KHParse", package: "kh-parse"), "CFuzzer"],
                            swiftSettings: [.unsafeFlags(["-parse-as-library"])])
}

let package = Package(
    name: "kh-parse-fuzz",
    dependencies: [.package(name: "kh-parse", path: "..")],
    targets: ["FuzzParse", "FuzzDeadlines", "FuzzDecode", "FuzzTables", "FuzzArchive"].map(fuzzTarget) + [.target(name: "CFuzzer")]
)
