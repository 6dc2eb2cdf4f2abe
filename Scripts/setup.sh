#!/usr/bin/env bash
# Installs what kh-parse needs beyond the Swift toolchain: system ICU (Debian libicu-dev) for the
# C shim, and Python's jsonschema, which the tests use to validate every emitted document.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! dpkg -s libicu-dev >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq libicu-dev >/dev/null
fi
if ! python3 -c "import jsonschema" >/dev/null 2>&1; then
  python3 -m pip install --quiet jsonschema
fi
echo "setup: libicu-dev $(dpkg-query -W -f='${Version}' libicu-dev), jsonschema $(python3 -c 'import importlib.metadata as m; print(m.version("jsonschema"))')"
