#!/usr/bin/env bash
# Configures and builds Encaisse into build/ (Release with debug info). Warnings are errors when CI=true.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${ENCAISSE_BUILD_DIR:-build}"
WERROR=OFF
[ "${CI:-}" = "true" ] && WERROR=ON
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENCAISSE_WERROR="$WERROR" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
