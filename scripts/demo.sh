#!/usr/bin/env bash
# The main job for now: build Motus, create a fresh SQLite database, import the synthetic PRO-ACT demo folder,
# list what was imported, show one patient and verify the audit trail. Everything goes to artifacts/demo/.
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
echo "==> motus import proact samples/proact-demo --study DEMO --site DEMO"
motus import proact samples/proact-demo --study DEMO --site DEMO
echo "==> motus patients list --study DEMO"
motus patients list --study DEMO
echo "==> motus patients show S000001"
motus patients show S000001
echo "==> motus audit verify"
motus audit verify
echo
echo "Database: $DB  (try: $OUT/bin/motus --db $DB --help)"
