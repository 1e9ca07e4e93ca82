#!/bin/sh
# Benchmark, not a test: a 10 000-row call list written by `encaisse export-calls` (libxlsxwriter) against
# /usr/bin/python3 + openpyxl writing the same rows with the same layout (calllist_benchmark.py, write-only mode).
# Target: encaisse at most 0.25 × openpyxl's time.
#
#   tests/bench/calllist_benchmark.sh [BUILD_DIR] [ROWS]      (defaults: build, 10000)
#
# The rows come from export-calls' benchmark option --bench-rows N (not in --help): N synthetic calls shaped like
# real ones (names with accents, 1–3 invoices, questions, promises), the same for both writers through --json.
# Each writer runs three times; the best wall-clock time counts. encaisse is timed as a whole process (start-up,
# database opening, building the rows, writing); openpyxl both as a whole process and for its writing alone.
set -eu

BUILD=${1:-build}
ROWS=${2:-10000}
HERE=$(cd "$(dirname "$0")" && pwd)
ENCAISSE=$(cd "$BUILD" && pwd)/app/encaisse
[ -x "$ENCAISSE" ] || { echo "encaisse introuvable : $ENCAISSE (construire d'abord)" >&2; exit 1; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT INT TERM
export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK"

"$ENCAISSE" --db "$WORK/bench.sqlite" --today 2026-11-30 export-calls --week 2026-W49 --bench-rows "$ROWS" --json \
    > "$WORK/rows.json"

/usr/bin/python3 - "$ENCAISSE" "$WORK" "$ROWS" "$HERE/calllist_benchmark.py" <<'PY'
import json, os, subprocess, sys, time
import openpyxl

encaisse, work, rows, competitor = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]

def best(cmd, runs=3):
    times, out = [], ""
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        times.append(time.perf_counter() - start)
    return min(times), out

ours, _ = best([encaisse, "--db", os.path.join(work, "bench.sqlite"), "--today", "2026-11-30", "export-calls",
                "--week", "2026-W49", "--bench-rows", str(rows), "-o", os.path.join(work, "encaisse.xlsx")])
theirs, _ = best(["/usr/bin/python3", competitor, os.path.join(work, "rows.json"), os.path.join(work, "openpyxl.xlsx")])
write_only = min(float(best(["/usr/bin/python3", competitor, os.path.join(work, "rows.json"),
                             os.path.join(work, "openpyxl.xlsx")], 1)[1]) for _ in range(3))

# Both files hold the same table.
a = openpyxl.load_workbook(os.path.join(work, "encaisse.xlsx"), read_only=True).active
b = openpyxl.load_workbook(os.path.join(work, "openpyxl.xlsx"), read_only=True).active
norm = lambda row: tuple(None if v == "" else v for v in row)
ra = [norm(r) for r in a.iter_rows(min_row=3, values_only=True)]
rb = [norm(r) for r in b.iter_rows(min_row=3, values_only=True)]
assert len(ra) == len(rb) == rows + 1, (len(ra), len(rb))
assert ra == rb, "les deux classeurs diffèrent"

size = lambda name: os.path.getsize(os.path.join(work, name)) / 1e6
print(f"Liste d'appels de {rows} lignes (meilleur de 3)")
print(f"  encaisse export-calls (processus entier)  : {ours:6.3f} s   ({size('encaisse.xlsx'):.1f} Mo)")
print(f"  python3 + openpyxl (processus entier)     : {theirs:6.3f} s   ({size('openpyxl.xlsx'):.1f} Mo)")
print(f"  python3 + openpyxl (écriture seule)       : {write_only:6.3f} s")
print(f"  rapport encaisse / openpyxl               : {ours / theirs:.3f}  (écriture seule : {ours / write_only:.3f} ; objectif ≤ 0,25)")
PY
