#!/usr/bin/env bash
# Import benchmark (not a test): generates a large synthetic FEC, then times, on the same file and in the same run,
#   sqlite3's own `.import` into a plain table   vs   `encaisse import` into a fresh database,
# and prints both times, their ratio and the importer's peak memory. Targets (issue #3): ratio ≤ 1.5, peak < 200 MB.
#
# Usage: tests/bench/import_benchmark.sh [path/to/encaisse]
#   LINES=1000000  lines to generate        RUNS=3  timed runs of each tool (medians are reported)
#   SEED=1         generator seed           KEEP=1  keep the work folder
# Needs sqlite3 and python3 (wall time and peak RSS through getrusage(RUSAGE_CHILDREN); no `time` package needed).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
encaisse="${1:-${ENCAISSE:-}}"
if [[ -z "$encaisse" ]]; then
    for candidate in "$here"/../../build*/app/encaisse; do
        [[ -x "$candidate" ]] && encaisse="$candidate" && break
    done
fi
[[ -x "$encaisse" ]] || { echo "encaisse introuvable : passez son chemin en argument" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "sqlite3 introuvable" >&2; exit 2; }
command -v python3 >/dev/null || { echo "python3 introuvable" >&2; exit 2; }

lines="${LINES:-1000000}"
runs="${RUNS:-3}"
seed="${SEED:-1}"
work="$(mktemp -d "${TMPDIR:-/tmp}/encaisse-bench.XXXXXX")"
[[ "${KEEP:-0}" == 1 ]] || trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"

fec="$work/big.txt"
echo "== encaisse gen-fec --lines $lines --seed $seed"
"$encaisse" --db "$work/scratch.sqlite" gen-fec --lines "$lines" -o "$fec" --seed "$seed"
cat "$fec" > /dev/null # both tools start with the file in the page cache

# measure LABEL COMMAND...: runs the command once, prints "seconds peak_kb" (peak of this child alone).
measure() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.perf_counter()
with open(sys.argv[1], "wb") as out:
    code = subprocess.call(sys.argv[2:], stdout=out, stderr=subprocess.STDOUT)
elapsed = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # kilobytes on Linux
if code != 0:
    sys.stderr.write("command failed (%d): %s\n" % (code, " ".join(sys.argv[2:])))
    sys.exit(1)
print("%.3f %d" % (elapsed, peak_kb))
PY
}

sqlite_times=()
import_times=()
import_peaks=()
for ((i = 1; i <= runs; i++)); do
    rm -f "$work/x.db" "$work/fresh.sqlite" "$work/fresh.sqlite-wal" "$work/fresh.sqlite-shm"
    read -r t _ < <(measure "$work/sqlite.log" sqlite3 "$work/x.db" '.mode tabs' ".import $fec t")
    sqlite_times+=("$t")
    read -r t kb < <(measure "$work/import.json" "$encaisse" --db "$work/fresh.sqlite" import "$fec" --json)
    grep -q '"committed": true' "$work/import.json" || { echo "l'import n'a pas été enregistré :" >&2; cat "$work/import.json" >&2; exit 1; }
    import_times+=("$t")
    import_peaks+=("$kb")
    echo "run $i: sqlite3 .import ${sqlite_times[-1]} s, encaisse import $t s, peak $((kb / 1024)) MB"
done

python3 - "$fec" "$work/import.json" "${sqlite_times[*]}" "${import_times[*]}" "${import_peaks[*]}" <<'PY'
import json, os, statistics, sys
fec, report = sys.argv[1], json.load(open(sys.argv[2]))
sq = [float(x) for x in sys.argv[3].split()]
im = [float(x) for x in sys.argv[4].split()]
peak = max(int(x) for x in sys.argv[5].split()) / 1024
s, i = statistics.median(sq), statistics.median(im)
ratio = i / s
print()
print("FEC               : %d data lines, %.1f MB" % (report["rows_read"], os.path.getsize(fec) / 1e6))
print("import result     : %d customers, %d open items created" % (report["customers_created"], report["invoices_created"]))
print("sqlite3 .import   : %.2f s (median of %d: %s)" % (s, len(sq), ", ".join("%.2f" % x for x in sq)))
print("encaisse import   : %.2f s (median of %d: %s)" % (i, len(im), ", ".join("%.2f" % x for x in im)))
print("ratio             : %.2f  (target <= 1.5: %s)" % (ratio, "met" if ratio <= 1.5 else "MISSED"))
print("peak memory       : %.0f MB (target < 200 MB: %s)" % (peak, "met" if peak < 200 else "MISSED"))
PY
