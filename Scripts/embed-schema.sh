#!/usr/bin/env bash
# Copies Schemas/plan.schema.json and Schemas/batch-line.schema.json into the library so that `kh-parse schema`
# (and `kh-parse schema --batch-line`) work from any installed binary. A test fails when they differ: run this
# after editing a schema.
set -euo pipefail
cd "$(dirname "$0")/.."
embed() {  # schema-file enum-name what
  {
    echo "/// $3. Generated from"
    echo "/// $1 by Scripts/embed-schema.sh; a test checks that they are equal."
    echo "public enum $2 {"
    echo '    /// The schema'"'"'s text, JSON Schema 2020-12.'
    echo '    public static let text = #"""'
    sed 's/^/    /' "$1"
    echo ''
    echo '    """#'
    echo '}'
  }
}
embed Schemas/plan.schema.json PlanSchema 'The JSON Schema of the output, as `kh-parse schema` prints it' > Sources/KHParse/Emit/PlanSchema.swift
embed Schemas/batch-line.schema.json BatchLineSchema 'The JSON Schema of a `kh-parse batch` line, as `kh-parse schema --batch-line` prints it' > Sources/KHParse/Emit/BatchLineSchema.swift
