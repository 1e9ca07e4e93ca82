#!/usr/bin/env bash
# Times a painted Aujourd'hui view in the shown main window: the demo business with about 100,000 invoices
# (5,000 customers) against an empty database, cold open (calendar never run) and daily open (today's plan stored).
# Usage: tests/bench/today_paint_benchmark.sh [build dir] [customers] [runs]   (from the repository root)
# Offscreen by default; run it under xvfb-run with QT_QPA_PLATFORM=xcb to time a real X server.
set -euo pipefail
BUILD="${1:-build}"
CUSTOMERS="${2:-5000}"
RUNS="${3:-5}"
cmake --build "$BUILD" --target bench_today_paint >/dev/null
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    export XDG_RUNTIME_DIR="$WORK/runtime"
    mkdir -m 700 "$XDG_RUNTIME_DIR"
fi
"$BUILD/tests/bench/bench_today_paint" "$WORK" "$CUSTOMERS" "$RUNS"
