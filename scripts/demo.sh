#!/usr/bin/env bash
# The main job: build Motus, create a fresh SQLite database, create the simulated demo study (motus demo: two
# randomised arms, intrathecal cell product or sham, adverse events), list it, show one patient, verify the audit
# trail, write the study report, then serve the web app on http://127.0.0.1:5000 (it prints how to sign in: user
# admin and a generated password). Everything goes to artifacts/demo/.
#   bash scripts/demo.sh             ... and serve until Ctrl+C
#   bash scripts/demo.sh --no-serve  ... stop after the report (CI runs it this way)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

SERVE=1
for arg in "$@"; do
  case "$arg" in
    --no-serve) SERVE=0 ;;
    *) echo "usage: bash scripts/demo.sh [--no-serve]" >&2; exit 1 ;;
  esac
done

OUT="artifacts/demo"
DB="$OUT/motus.db"
rm -rf "$OUT" && mkdir -p "$OUT"

echo "==> building"
dotnet build src/Motus.Cli -c Release -v quiet -nologo -o "$OUT/bin" >/dev/null
motus() { "$OUT/bin/motus" --db "$DB" "$@"; }

echo "==> motus init"
motus init
echo "==> motus demo --patients 120 --seed 42"
motus demo --patients 120 --seed 42
echo "==> motus patients list --study DEMO"
motus patients list --study DEMO
echo "==> motus patients show D0001"
motus patients show D0001
echo "==> motus audit verify"
motus audit verify
echo "==> motus report study --study DEMO --out $OUT/study-report.html"
motus report study --study DEMO --out "$OUT/study-report.html"
echo
echo "Database: $DB  (try: $OUT/bin/motus --db $DB --help)"

if [ "$SERVE" = 1 ]; then
  echo
  echo "==> motus serve --urls http://127.0.0.1:5000   (Ctrl+C stops it)"
  exec "$OUT/bin/motus" --db "$DB" serve --urls http://127.0.0.1:5000
fi
