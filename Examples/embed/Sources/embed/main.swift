import Foundation
import KHParse

// Parses the plan named on the command line and prints who does what by when, one task a line.
let path = CommandLine.arguments.dropFirst().first ?? "../../Fixtures/seeds/002_35f6f42cd9739a20.txt"
let plan = try KHParser.parse(contentsOf: URL(fileURLWithPath: path))
print("\(plan.document.number ?? "(no number)"): \(plan.tasks.count) tasks")
for task in plan.tasks {
    let lead = task.lead.map(\.name).joined(separator: "; ")
    let due = task.deadlines.compactMap { $0.end?.iso }.first ?? "-"
    print("\(task.id)\t\(due)\t\(lead)\t\(task.text.prefix(60))")
}
