#!/usr/bin/env bash
# Statistics engine vs R (issue 3, "Speed and memory"); results and how to read them: docs/benchmarks.md.
#
# For each N: generate patients.csv + alsfrs.csv (Motus.Bench generate-stats), then, back to back,
#   1. R in process:     /usr/bin/time -v Rscript bench/r/stats-bench.R DIR REPEATS   (fit times, max RSS, estimates)
#   2. Motus in engine:  /usr/bin/time -v dotnet Motus.Bench.dll stats-engine ...     (the same fits, same files)
#   3. whole processes:  Rscript bench/r/stats-fit.R FIT vs dotnet motus.dll stats FIT, alternating, WHOLE_REPEATS times
# and finally `Motus.Bench stats-report` writes the markdown tables to $RESULTS/report.md (and stdout).
#
# Usage: bench/stats-bench.sh            (from the repository root)
# Environment (defaults): SIZES="1000 10000 50000 200000" SEED=42 REPEATS=3 REPEATS_LARGE=1 (N > 50,000)
#   WHOLE_REPEATS=2 WHOLE_REPEATS_LARGE=1 (N > 50,000) WORK=/tmp/motus-stats-bench RESULTS=$WORK/results MAX_LOAD=1.2 WAIT_MAX=600 NO_BUILD=
# Before each N it waits (up to WAIT_MAX seconds) for the 1-minute load average to drop below MAX_LOAD, and records
# the load average before and after in $RESULTS/N/load.txt either way.
set -euo pipefail

SIZES=${SIZES:-"1000 10000 50000 200000"}
SEED=${SEED:-42}
REPEATS=${REPEATS:-3}
REPEATS_LARGE=${REPEATS_LARGE:-1}
WHOLE_REPEATS=${WHOLE_REPEATS:-2}
WHOLE_REPEATS_LARGE=${WHOLE_REPEATS_LARGE:-1}
WORK=${WORK:-/tmp/motus-stats-bench}
RESULTS=${RESULTS:-$WORK/results}
MAX_LOAD=${MAX_LOAD:-1.2}
WAIT_MAX=${WAIT_MAX:-600}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

cd "$(dirname "$0")/.."
BENCH=bench/Motus.Bench/bin/Release/net10.0/Motus.Bench.dll
CLI=src/Motus.Cli/bin/Release/net10.0/motus.dll
if [[ -z "${NO_BUILD:-}" ]]; then
  dotnet build bench/Motus.Bench -c Release -nologo -v q -clp:NoSummary
  dotnet build src/Motus.Cli -c Release -nologo -v q -clp:NoSummary
fi

load1() { cut -d' ' -f1 /proc/loadavg; }

wait_quiet() {
  local waited=0
  while awk -v l="$(load1)" -v m="$MAX_LOAD" 'BEGIN { exit !(l >= m) }' && ((waited < WAIT_MAX)); do
    sleep 30
    waited=$((waited + 30))
  done
}

# whole ENGINE FIT OUTDIR DATADIR: one whole-process run, appended to OUTDIR/whole.tsv as fit, engine, seconds, max RSS kB.
whole() {
  local engine=$1 fit=$2 out=$3 dir=$4 cmd
  case "$engine:$fit" in
    R:km | R:cox | R:cox-robust) cmd=(Rscript bench/r/stats-fit.R "$fit" "$dir/patients.csv") ;;
    R:lmm) cmd=(Rscript bench/r/stats-fit.R lmm "$dir/alsfrs.csv") ;;
    Motus:km) cmd=(dotnet "$CLI" stats km --csv "$dir/patients.csv" --time time --event event --group arm) ;;
    Motus:cox) cmd=(dotnet "$CLI" stats cox --csv "$dir/patients.csv" --time time --event event --covariates arm,age,onset_bulbar,delta_fs) ;;
    Motus:cox-robust) cmd=(dotnet "$CLI" stats cox --csv "$dir/patients.csv" --time time --event event --covariates arm,age,onset_bulbar,delta_fs --robust) ;;
    Motus:lmm) cmd=(dotnet "$CLI" stats lmm --csv "$dir/alsfrs.csv" --response total --time months --group id --covariates arm --interaction) ;;
  esac
  /usr/bin/time -f "%e %M" -o "$out/whole.time" "${cmd[@]}" >"$out/whole-$engine-$fit.out" 2>&1
  read -r seconds rss <"$out/whole.time"
  printf '%s\t%s\t%s\t%s\n' "$fit" "$engine" "$seconds" "$rss" >>"$out/whole.tsv"
}

for n in $SIZES; do
  dir=$WORK/data/$n
  out=$RESULTS/$n
  mkdir -p "$out"
  [[ -f $dir/alsfrs.csv ]] || dotnet "$BENCH" generate-stats --patients "$n" --seed "$SEED" --out "$dir"
  repeats=$REPEATS
  whole_repeats=$WHOLE_REPEATS
  if ((n > 50000)); then
    repeats=$REPEATS_LARGE
    whole_repeats=$WHOLE_REPEATS_LARGE
  fi
  wait_quiet
  echo "before: $(cut -d' ' -f1-3 /proc/loadavg)" >"$out/load.txt"
  echo "== N = $n (repeats $repeats; load $(load1))"
  /usr/bin/time -v Rscript bench/r/stats-bench.R "$dir" "$repeats" "$out/r-engine.json" 2>"$out/r-engine.time"
  /usr/bin/time -v dotnet "$BENCH" stats-engine --dir "$dir" --repeats "$repeats" --out "$out/motus-engine.json" 2>"$out/motus-engine.time"
  rm -f "$out/whole.tsv"
  for fit in km cox cox-robust lmm; do
    for ((i = 0; i < whole_repeats; i++)); do
      whole R "$fit" "$out" "$dir"
      whole Motus "$fit" "$out" "$dir"
    done
  done
  echo "after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/load.txt"
done

{
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(uname -sr); $(dotnet --version) SDK;" \
    "$(Rscript -e 'cat(R.version.string)' 2>/dev/null); run $(date -u +%Y-%m-%dT%H:%MZ); seed $SEED"
  echo
  dotnet "$BENCH" stats-report --dir "$RESULTS"
} | tee "$RESULTS/report.md"
