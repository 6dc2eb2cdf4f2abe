/// The JSON Schema of a `kh-parse batch` line, as `kh-parse schema --batch-line` prints it. Generated from
/// Schemas/batch-line.schema.json by Scripts/embed-schema.sh; a test checks that they are equal.
public enum BatchLineSchema {
    /// The schema's text, JSON Schema 2020-12.
    public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://kh-parse.example/schemas/batch-line.schema.json",
      "title": "kh-parse batch line, version 1",
      "description": "One line of `kh-parse batch` (JSON Lines), or one file of `--output-dir`: the document of plan.schema.json with source.name the path as given (`archive.zip!/dir/plan.txt` inside an archive), or an error line for an input that gave no document.",
      "oneOf": [
        { "$ref": "plan.schema.json" },
        { "$ref": "#/$defs/errorLine" }
      ],
      "$defs": {
        "errorLine": {
          "type": "object",
          "additionalProperties": false,
          "required": ["schemaVersion", "source", "error"],
          "properties": {
            "schemaVersion": { "const": "1" },
            "source": {
              "description": "The keys of a document's source: sha256 and bytes when the bytes were read, else null; encoding null; repairs [].",
              "type": "object",
              "additionalProperties": false,
              "required": ["name", "sha256", "bytes", "encoding", "repairs"],
              "properties": {
                "name": { "type": "string", "minLength": 1 },
                "sha256": { "type": ["string", "null"], "pattern": "^[0-9a-f]{64}$" },
                "bytes": { "type": ["integer", "null"], "minimum": 0 },
                "encoding": { "type": "null" },
                "repairs": { "type": "array", "maxItems": 0 }
              }
            },
            "error": {
              "type": "object",
              "additionalProperties": false,
              "required": ["code", "message"],
              "properties": {
                "code": {
                  "description": "not-text: PDF, .docx, image, binary. unreadable: missing, no permission, I/O error, dangling symlink. too-large: over --max-file-size. archive-damaged: damaged or truncated archive or entry. encrypted: password-protected entry. archive-too-large: the archive expands past --max-archive-size or --max-archive-ratio times its size (zip bomb); the rest of it is not read. too-many-entries: more than --max-entries entries; the rest is not read. unsafe-path: an entry path that is absolute or climbs out with '..'. symlink-loop: a symbolic link back into its own folder, or too many levels of links. nested-archive: an archive inside an archive inside an archive.",
                  "enum": ["not-text", "unreadable", "too-large", "archive-damaged", "encrypted", "archive-too-large",
                           "too-many-entries", "unsafe-path", "symlink-loop", "nested-archive"]
                },
                "message": { "type": "string", "minLength": 1 }
              }
            }
          }
        }
      }
    }

    """#
}
