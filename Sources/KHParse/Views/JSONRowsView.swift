/// The rows as JSON: an array of `{ "document": { "number", "issuer", "issued", "source" }, "task": Task }`,
/// each task exactly the contract's Task object (output.md).
enum JSONRowsView {
    static func render(_ rows: [TaskRow], pretty: Bool) -> String {
        let value = JSONValue.array(rows.map { row in
            .object([("document", .object([("number", .string(orNull: row.number)), ("issuer", .string(orNull: row.issuer)),
                                           ("issued", .string(orNull: row.issued?.iso)), ("source", .string(row.source))])),
                     ("task", row.task.json)])
        })
        let text = JSONWriter(pretty: pretty).string(value)
        return pretty ? text : text + "\n"
    }
}
