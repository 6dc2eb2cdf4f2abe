#!/usr/bin/env bash
# Installs what kh-parse needs beyond the Swift toolchain: the system C libraries behind its C targets
# (ICU: libicu-dev; libcrypto for SHA-256: libssl-dev; libarchive for `kh-parse batch`: libarchive-dev), the
# archivers the batch tests use (libarchive-tools' bsdtar, p7zip-full's 7z), Python's jsonschema, which the
# tests use to validate every emitted document, and Python's icalendar, which parses `kh-parse tasks --format ics`
# in the tests (they skip with a message without it).
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(libicu-dev libssl-dev libarchive-dev libarchive-tools p7zip-full)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  python3 -m pip install --quiet jsonschema
fi
if ! python3 -c "import icalendar" >/dev/null 2>&1; then
  python3 -m pip install --quiet icalendar
fi
echo "setup: libicu-dev $(dpkg-query -W -f='${Version}' libicu-dev), libssl-dev $(dpkg-query -W -f='${Version}' libssl-dev), libarchive-dev $(dpkg-query -W -f='${Version}' libarchive-dev), jsonschema $(python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))'), icalendar $(python3 -c 'import importlib.metadata as m; print(m.version("icalendar"))')"
