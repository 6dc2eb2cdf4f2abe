// The stages a user waits on, each over the same real documents: decode + normalize, the deadline
// grammar, the whole parse, and writing JSON. Figures go to Benchmarks/README.md; no unit test
// asserts a time.
import Benchmark
import Foundation
import KHParse

/// The project's root, found from this file.
private let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

private func files(in folder: URL, extensions: Set<String>) -> [[UInt8]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().filter { extensions.contains(($0 as NSString).pathExtension) && !$0.hasSuffix(".dump.txt") }
        .compactMap { FileManager.default.contents(atPath: folder.appendingPathComponent($0).path).map { [UInt8]($0) } }
}

/// The two seed plans (in the repository) and the public archive beside it (`../shared/corpus/docs`, absent
/// from a clone of the project alone: those benchmarks are then not registered).
private let seeds = files(in: root.appendingPathComponent("Fixtures/seeds"), extensions: ["txt"])
private let corpus = files(in: root.deletingLastPathComponent().appendingPathComponent("shared/corpus/docs"), extensions: ["md", "txt"])

/// Every phrase of the deadline grammar's corpus tables.
private let phrases: [String] = {
    let folder = root.appendingPathComponent("Sources/KHParse/Extract/Deadlines/Corpus")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().filter { $0.hasSuffix(".tsv") }.flatMap { name -> [String] in
        let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cells.count >= 3, !line.hasPrefix("#"), cells[2] != "phrase" else { return nil }
            return String(cells[2])
        }
    }
}()

private let metrics: [BenchmarkMetric] = [.cpuTotal, .wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]

private func megabytes(_ documents: [[UInt8]]) -> String {
    String(format: "%.1f MB", Double(documents.reduce(0) { $0 + $1.count }) / 1e6)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: metrics, maxDuration: .seconds(20), maxIterations: 50)

    for (name, documents) in [("seeds", seeds), ("corpus", corpus)] where !documents.isEmpty {
        let size = megabytes(documents)
        Benchmark("parse/\(name) (\(documents.count) documents, \(size))") { benchmark in
            for bytes in documents { blackHole(try? KHParser.parse(bytes: bytes, name: "bench", options: ParseOptions())) }
        }
        Benchmark("decode+normalize/\(name) (\(size))") { benchmark in
            for bytes in documents { blackHole(try? KHParser.normalize(bytes: bytes)) }
        }
        let parsed = documents.compactMap { try? KHParser.parse(bytes: $0, name: "bench", options: ParseOptions()) }
        Benchmark("json/\(name) (\(parsed.count) documents)") { benchmark in
            let writer = JSONWriter(pretty: false)
            for plan in parsed { blackHole(writer.bytes(plan.json)) }
        }
    }

    if !phrases.isEmpty {
        let issued = CivilDate(year: 2026, month: 4, day: 10)
        Benchmark("deadlines/corpus phrases (\(phrases.count) phrases)") { benchmark in
            for phrase in phrases { blackHole(KHParser.deadlines(in: phrase, issued: issued)) }
        }
    }
}
