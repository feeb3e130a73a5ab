#!/usr/bin/env bash
# The main job for now: build Motus, create a fresh SQLite database, create the simulated demo study (motus demo:
# two randomised arms, intrathecal cell product or sham, adverse events), list it, show one patient, verify the audit
# trail and write the study report. Everything goes to artifacts/demo/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

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
