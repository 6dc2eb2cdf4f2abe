/// The JSON Schema of the output, as `kh-parse schema` prints it. Generated from
/// Schemas/plan.schema.json by Scripts/embed-schema.sh; a test checks that they are equal.
public enum PlanSchema {
    /// The schema's text, JSON Schema 2020-12.
    public static let text = #"""
    {
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": "https://kh-parse.example/schemas/plan.schema.json",
      "title": "kh-parse output, version 1",
      "description": "What kh-parse emits for one plan (the output model: Sources/KHParse/KHParse.docc/OutputModel.md). Every key is always present; absent values are null, empty lists [].",
      "type": "object",
      "additionalProperties": false,
      "required": ["schemaVersion", "source", "document", "sections", "tasks", "agencies", "tables", "dropped", "diagnostics"],
      "properties": {
        "schemaVersion": { "const": "1" },
        "source": {
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "sha256", "bytes", "encoding", "repairs"],
          "properties": {
            "name": { "type": "string", "minLength": 1 },
            "sha256": { "type": "string", "pattern": "^[0-9a-f]{64}$" },
            "bytes": { "type": "integer", "minimum": 0 },
            "encoding": { "type": "string", "minLength": 1 },
            "repairs": { "type": "array", "items": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" } }
          }
        },
        "document": { "$ref": "#/$defs/document" },
        "sections": { "type": "array", "items": { "$ref": "#/$defs/section" } },
        "tasks": { "type": "array", "items": { "$ref": "#/$defs/task" } },
        "agencies": { "type": "array", "items": { "$ref": "#/$defs/agencyEntry" } },
        "tables": { "type": "array", "items": { "$ref": "#/$defs/table" } },
        "dropped": { "type": "array", "items": { "$ref": "#/$defs/dropped" } },
        "diagnostics": { "type": "array", "items": { "$ref": "#/$defs/diagnostic" } }
      },
      "$defs": {
        "lines": {
          "description": "[first, last], 1-based lines of the input file as given.",
          "type": "array", "prefixItems": [{ "type": "integer", "minimum": 1 }, { "type": "integer", "minimum": 1 }],
          "minItems": 2, "maxItems": 2
        },
        "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
        "nullableString": { "type": ["string", "null"] },
        "text": { "type": "string" },
        "document": {
          "type": "object",
          "additionalProperties": false,
          "required": ["type", "number", "issuer", "place", "issued", "title", "signer", "recipients", "references", "abbreviations"],
          "properties": {
            "type": { "$ref": "#/$defs/nullableString" },
            "number": { "type": ["string", "null"], "pattern": "^\\S+$" },
            "issuer": { "$ref": "#/$defs/nullableString" },
            "place": { "$ref": "#/$defs/nullableString" },
            "issued": { "oneOf": [{ "$ref": "#/$defs/date" }, { "type": "null" }] },
            "title": { "$ref": "#/$defs/nullableString" },
            "signer": {
              "oneOf": [
                { "type": "null" },
                {
                  "type": "object",
                  "additionalProperties": false,
                  "required": ["name", "position", "authority", "delegation"],
                  "properties": {
                    "name": { "$ref": "#/$defs/nullableString" },
                    "position": { "$ref": "#/$defs/nullableString" },
                    "authority": { "$ref": "#/$defs/nullableString" },
                    "delegation": { "$ref": "#/$defs/nullableString" }
                  }
                }
              ]
            },
            "recipients": { "type": "array", "items": { "type": "string", "minLength": 1 } },
            "references": { "type": "array", "items": { "$ref": "#/$defs/reference" } },
            "abbreviations": { "type": "array", "items": { "$ref": "#/$defs/abbreviation" } }
          }
        },
        "reference": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text", "type", "number", "issued", "issuer", "lines"],
          "properties": {
            "text": { "type": "string", "minLength": 1 },
            "type": { "$ref": "#/$defs/nullableString" },
            "number": { "$ref": "#/$defs/nullableString" },
            "issued": { "oneOf": [{ "$ref": "#/$defs/date" }, { "type": "null" }] },
            "issuer": { "$ref": "#/$defs/nullableString" },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "abbreviation": {
          "type": "object",
          "additionalProperties": false,
          "required": ["short", "long", "lines"],
          "properties": {
            "short": { "type": "string", "minLength": 1 },
            "long": { "type": "string", "minLength": 1 },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "agency": {
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "text"],
          "properties": {
            "name": { "type": "string", "minLength": 1 },
            "text": { "type": "string", "minLength": 1 }
          }
        },
        "agencyEntry": {
          "type": "object",
          "additionalProperties": false,
          "required": ["name", "aliases", "lead", "support", "requested"],
          "properties": {
            "name": { "type": "string", "minLength": 1 },
            "aliases": { "type": "array", "items": { "type": "string" } },
            "lead": { "type": "array", "items": { "type": "string" } },
            "support": { "type": "array", "items": { "type": "string" } },
            "requested": { "type": "array", "items": { "type": "string" } }
          }
        },
        "paragraph": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text", "lines"],
          "properties": {
            "text": { "type": "string" },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "field": {
          "type": "object",
          "additionalProperties": false,
          "required": ["label", "text", "deadlines", "lines"],
          "properties": {
            "label": { "type": "string", "minLength": 1 },
            "text": { "type": "string" },
            "deadlines": { "type": "array", "items": { "$ref": "#/$defs/deadline" } },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "section": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "number", "marker", "style", "title", "role", "agency", "paragraphs", "fields", "children", "lines"],
          "properties": {
            "id": { "type": "string", "minLength": 1 },
            "number": { "$ref": "#/$defs/nullableString" },
            "marker": { "$ref": "#/$defs/nullableString" },
            "style": { "enum": ["part", "article", "roman", "arabic", "decimal", "letter", "bullet", "none"] },
            "title": { "$ref": "#/$defs/nullableString" },
            "role": { "enum": ["purpose", "requirements", "basis", "objectives", "viewpoints", "scope", "review", "tasks",
                               "assignment", "funding", "organization", "appendix", "other"] },
            "agency": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/agency" }] },
            "paragraphs": { "type": "array", "items": { "$ref": "#/$defs/paragraph" } },
            "fields": { "type": "array", "items": { "$ref": "#/$defs/field" } },
            "children": { "type": "array", "items": { "$ref": "#/$defs/section" } },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "deadline": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text", "kind", "start", "end", "time", "grain", "rrule", "offset", "event", "lines"],
          "properties": {
            "text": { "type": "string", "minLength": 1 },
            "kind": { "enum": ["due", "period", "start", "recurring", "ongoing", "relative", "conditional", "reference", "unparsed"] },
            "start": { "oneOf": [{ "$ref": "#/$defs/date" }, { "type": "null" }] },
            "end": { "oneOf": [{ "$ref": "#/$defs/date" }, { "type": "null" }] },
            "time": { "description": "the time of day stated with the date (\"8 giờ 30 phút ngày 15/4/2026\" → \"08:30\"), 24-hour local time",
                      "type": ["string", "null"], "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$" },
            "grain": { "enum": ["day", "week", "month", "quarter", "half", "year", null] },
            "rrule": { "type": ["string", "null"], "pattern": "^FREQ=" },
            "offset": { "type": ["string", "null"], "pattern": "^P" },
            "event": { "$ref": "#/$defs/nullableString" },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "target": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text", "percent"],
          "properties": {
            "text": { "type": "string", "minLength": 1 },
            "percent": { "type": ["number", "null"] }
          }
        },
        "task": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "number", "section", "text", "lead", "support", "requested", "deadlines", "targets", "parts", "origin", "sameAs", "lines"],
          "properties": {
            "id": { "type": "string", "minLength": 1 },
            "number": { "$ref": "#/$defs/nullableString" },
            "section": { "$ref": "#/$defs/nullableString" },
            "text": { "type": "string" },
            "lead": { "type": "array", "items": { "$ref": "#/$defs/agency" } },
            "support": { "type": "array", "items": { "$ref": "#/$defs/agency" } },
            "requested": { "type": "array", "items": { "$ref": "#/$defs/agency" } },
            "deadlines": { "type": "array", "items": { "$ref": "#/$defs/deadline" } },
            "targets": { "type": "array", "items": { "$ref": "#/$defs/target" } },
            "parts": { "type": "array", "items": { "$ref": "#/$defs/paragraph" } },
            "origin": { "enum": ["body", "table"] },
            "sameAs": { "$ref": "#/$defs/nullableString", "description": "The id of the body task or table row that states the same assignment (same folded text, or the row's text contained in the task's), else null." },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "table": {
          "type": "object",
          "additionalProperties": false,
          "required": ["id", "caption", "columns", "roles", "rows", "lines"],
          "properties": {
            "id": { "type": "string", "pattern": "^T[0-9]+$" },
            "caption": { "$ref": "#/$defs/nullableString" },
            "columns": { "type": "array", "items": { "type": "string" } },
            "roles": { "type": "array", "items": { "enum": ["index", "task", "lead", "support", "deadline", "product", "other"] } },
            "rows": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "required": ["cells", "lines"],
                "properties": {
                  "cells": { "type": "array", "items": { "type": "string" } },
                  "lines": { "$ref": "#/$defs/lines" }
                }
              }
            },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "dropped": {
          "type": "object",
          "additionalProperties": false,
          "required": ["text", "reason", "lines"],
          "properties": {
            "text": { "type": "string", "minLength": 1 },
            "reason": { "enum": ["page-number", "repeated-header", "decoration", "boilerplate", "site-chrome", "markup"] },
            "lines": { "$ref": "#/$defs/lines" }
          }
        },
        "diagnostic": {
          "type": "object",
          "additionalProperties": false,
          "required": ["severity", "code", "message", "lines"],
          "properties": {
            "severity": { "enum": ["error", "warning", "note"] },
            "code": { "enum": ["missing-header", "numbering-gap", "numbering-duplicate", "missing-deadline", "unparsed-deadline",
                               "deadline-before-issue", "deadline-after-horizon", "table-row-merged", "encoding-repaired",
                               "text-dropped", "missing-footer", "empty-input", "not-a-plan", "deadline-out-of-range",
                               "deadline-weekday-mismatch", "encoding-mismatch"] },
            "message": { "type": "string", "minLength": 1 },
            "lines": { "oneOf": [{ "type": "null" }, { "$ref": "#/$defs/lines" }] }
          }
        }
      }
    }

    """#
}
