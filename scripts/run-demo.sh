#!/usr/bin/env bash
# Installs what is needed, builds, writes a demo database (once) and opens Encaisse on it.
# Usage: scripts/run-demo.sh [--no-install] [--fresh] [extra encaisse arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
INSTALL=1; FRESH=0; EXTRA=()
for a in "$@"; do
  case "$a" in
    --no-install) INSTALL=0 ;;
    --fresh) FRESH=1 ;;
    *) EXTRA+=("$a") ;;
  esac
done
[ "$INSTALL" = 1 ] && scripts/install-deps.sh
scripts/build.sh
BIN="${ENCAISSE_BUILD_DIR:-build}/app/encaisse"
DB="${ENCAISSE_DEMO_DB:-$HOME/.local/share/encaisse/demo.sqlite}"
mkdir -p "$(dirname "$DB")"
if [ "$FRESH" = 1 ]; then rm -f "$DB" "$DB-wal" "$DB-shm"; fi
if [ ! -s "$DB" ]; then
  echo "Writing the demo database $DB"
  "$BIN" demo --db "$DB"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting Encaisse under xvfb-run (set DISPLAY to see the window)." >&2
  exec xvfb-run -a "$BIN" --db "$DB" "${EXTRA[@]}"
fi
exec "$BIN" --db "$DB" "${EXTRA[@]}"
