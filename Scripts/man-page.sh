#!/usr/bin/env bash
# Writes the man page of kh-parse to FILE, generated from the command definitions by swift-argument-parser's
# generate-manual plugin (`swift package plugin generate-manual`), which builds the package in CONFIGURATION
# (default release) first.
#   Scripts/man-page.sh FILE [CONFIGURATION]
# generate-manual drops every non-ASCII character of the help it reads ("Kế hoạch" would read "K hoch"): with
# KH_PARSE_ROFF_ESCAPES=1 kh-parse hands each such character over as the roff escape \[uXXXX], which
# generate-manual's own escaping turns into \e[uXXXX] and the sed below turns back.
# SWIFTPM_FLAGS adds options before `plugin` (the tests pass --ignore-lock: they run inside `swift test`).
set -euo pipefail
file=$1
configuration=${2:-release}
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck disable=SC2086
KH_PARSE_ROFF_ESCAPES=1 "${SWIFT:-swift}" package --package-path "$root" ${SWIFTPM_FLAGS:-} \
  plugin generate-manual --configuration "$configuration" >/dev/null
sed 's/\\e\[u\([0-9A-F]\{4,6\}\)\]/\\[u\1]/g' "$root/.build/plugins/GenerateManual/outputs/kh-parse/kh-parse.1" > "$file"
