#!/bin/sh
# Benchmark (not a test, not run by ctest): 1,000 mises en demeure into one PDF; prints the time per letter.
# Usage: tests/bench/letters_benchmark.sh [BUILD_DIR] [LETTERS] [INVOICES_PER_LETTER] [OUT.pdf]
# Builds encaisse_core in BUILD_DIR (default: build), compiles letters_benchmark.cpp against it, runs it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-"$root/build"}
letters=${2:-1000}
invoices=${3:-4}
out=${4:-}
ninja -C "$build" encaisse_core >/dev/null
includes=""
for d in "$root/core" "$root"/core/*/; do includes="$includes -I$d"; done
exe="$build/letters_benchmark"
# shellcheck disable=SC2086
c++ -std=c++20 -O2 -fPIC -Wall -Wextra -Wpedantic \
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER -DQT_NO_DEBUG \
    $includes $(pkg-config --cflags Qt6Core Qt6Gui Qt6Sql) \
    "$here/letters_benchmark.cpp" -o "$exe" \
    "$build/core/libencaisse_core.a" $(pkg-config --libs Qt6Gui Qt6Sql Qt6Network poppler-qt6)
if [ -n "$out" ]; then "$exe" "$letters" "$invoices" "$out"; else "$exe" "$letters" "$invoices"; fi
