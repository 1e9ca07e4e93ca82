#!/usr/bin/env bash
# Installs what is needed, builds, and runs the whole test suite (unit, command-line and GUI tests, offscreen).
# Usage: scripts/test.sh [--no-install] [ctest arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
INSTALL=1; CTEST_ARGS=()
for a in "$@"; do
  case "$a" in
    --no-install) INSTALL=0 ;;
    *) CTEST_ARGS+=("$a") ;;
  esac
done
[ "$INSTALL" = 1 ] && scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
RUNTIME_DIR="$(mktemp -d)"; chmod 700 "$RUNTIME_DIR"; export XDG_RUNTIME_DIR="$RUNTIME_DIR"
trap 'rm -rf "$RUNTIME_DIR"' EXIT
cd "${ENCAISSE_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "${CTEST_ARGS[@]}"
