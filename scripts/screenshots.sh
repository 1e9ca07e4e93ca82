#!/usr/bin/env bash
# Writes the demo database as of a fixed day and saves a picture of each view, in French, at 1366×768 under Xvfb,
# into docs/screenshots/*.png (the README shows them). Run it again after a visible change to refresh them.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]      (builds with scripts/build.sh; ENCAISSE_BUILD_DIR is honoured)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
DAY="${ENCAISSE_SCREENSHOT_DAY:-2026-11-25}"
BIN="${ENCAISSE_BUILD_DIR:-build}/app/encaisse"

command -v xvfb-run >/dev/null || { echo "xvfb-run is needed (apt-get install xvfb)" >&2; exit 1; }
[ "${ENCAISSE_SKIP_BUILD:-0}" = 1 ] || scripts/build.sh

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A fresh home: default window layout, no settings of the person running the script.
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/runtime"
unset XDG_CONFIG_HOME XDG_DATA_HOME
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"

DB="$WORK/demo.sqlite"
"$BIN" demo --db "$DB" --today "$DAY" >/dev/null 2>&1
"$BIN" classify --db "$DB" --today "$DAY" >/dev/null

# A FEC as her accounting program would export it, for the import dialog's preview.
FEC="$WORK/123456789FEC20261231.txt"
"$BIN" --db "$WORK/fec.sqlite" gen-fec --lines 20000 -o "$FEC" >/dev/null

mkdir -p "$OUT"
xvfb-run -a -s "-screen 0 1366x768x24" \
    "$BIN" --db "$DB" --today "$DAY" --lang fr --screenshot-dir "$OUT" --screenshot-import "$FEC"
