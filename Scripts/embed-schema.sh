#!/usr/bin/env bash
# Copies Schemas/plan.schema.json into the library so that `kh-parse schema` works from any
# installed binary. A test fails when the two differ: run this after editing the schema.
set -euo pipefail
cd "$(dirname "$0")/.."
{
  echo '/// The JSON Schema of the output, as `kh-parse schema` prints it. Generated from'
  echo '/// Schemas/plan.schema.json by Scripts/embed-schema.sh; a test checks that they are equal.'
  echo 'public enum PlanSchema {'
  echo '    public static let text = #"""'
  sed 's/^/    /' Schemas/plan.schema.json
  echo ''
  echo '    """#'
  echo '}'
} > Sources/KHParse/Emit/PlanSchema.swift
