#!/usr/bin/env bash
# Times the reminder calendar for 10,000 customers and 100,000 open invoices against sqlite3 scanning the same table.
# Usage: tests/bench/planner_benchmark.sh [build dir]   (run from the repository root after scripts/build.sh)
set -euo pipefail
BUILD="${1:-build}"
cmake --build "$BUILD" --target bench_planner >/dev/null
DB="$(mktemp -d)/planner-bench.sqlite"
"$BUILD/tests/bench/bench_planner" "$DB" 10000 100000
