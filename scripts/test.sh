#!/usr/bin/env bash
# Runs every test of the solution; the one command for a fresh Debian 12 machine with the .NET SDK (as root)
# and for a developer's machine. Extra arguments go to `dotnet test` (e.g. --filter FullyQualifiedName~Domain).
#
#   1. installs the Debian packages the tests need, if missing (TEST_APT_PACKAGES);
#   2. starts a throwaway PostgreSQL on 127.0.0.1 and exports MOTUS_TEST_POSTGRES (outside CI, a
#      MOTUS_TEST_POSTGRES you already set is used instead);
#   3. restores and builds Motus.slnx once (Release), checks `dotnet format --verify-no-changes`, then runs
#      `dotnet test --no-build` with .trx results
#      in artifacts/test-results, every project even when one fails;
#   4. runs the README's main command without serving (`bash scripts/demo.sh --no-serve`), unless arguments were given;
#   5. prints a per-project summary and, as the last line, `N passed, N failed[, N skipped]`.
# Exits non-zero when the build failed, a test failed, a test run errored, no test ran, or the demo failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# shellcheck source=scripts/lib/log.sh
source scripts/lib/log.sh
# shellcheck source=scripts/lib/apt.sh
source scripts/lib/apt.sh
# shellcheck source=scripts/lib/postgres.sh
source scripts/lib/postgres.sh

# Debian packages the tests need: PostgreSQL for the persistence suite, Chromium for the Playwright browser tests
# (tests/Motus.Web.Tests/Browser drive /usr/bin/chromium; Playwright's own browser download is never used).
TEST_APT_PACKAGES=(postgresql chromium)

SOLUTION="Motus.slnx"
CONFIGURATION="Release"
RESULTS_DIR="artifacts/test-results"

export DOTNET_NOLOGO=1
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left running after the script: CI waits for every process it started.
export MSBUILDDISABLENODEREUSE=1

started_at=$SECONDS

cleanup() {
  local rc=$?
  motus_pg_stop
  if [[ -n "${CI:-}" ]]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

motus_ensure_apt_packages "${TEST_APT_PACKAGES[@]}"

if [[ -z "${CI:-}" && -n "${MOTUS_TEST_POSTGRES:-}" ]]; then
  motus_log "using your MOTUS_TEST_POSTGRES (unset it to get a throwaway server)"
else
  motus_pg_start
fi

# A test assembly left from an earlier build must not run when its project no longer builds: remove the
# test assemblies, and the build copies back those that build now.
rm -f tests/*/bin/"$CONFIGURATION"/*/*.Tests.dll

build_rc=0
motus_log "dotnet restore + build $SOLUTION ($CONFIGURATION)"
dotnet restore "$SOLUTION" -nologo -v quiet || build_rc=$?
if ((build_rc == 0)); then
  dotnet build "$SOLUTION" -c "$CONFIGURATION" --no-restore -nologo -v minimal -clp:NoSummary || build_rc=$?
fi
if ((build_rc != 0)); then
  motus_warn "build failed (exit $build_rc); running the tests of the projects that did build"
fi

# Code style is part of the build's contract (conventions: `dotnet format --verify-no-changes` passes).
format_rc=0
if ((build_rc == 0)); then
  motus_log "dotnet format --verify-no-changes"
  dotnet format "$SOLUTION" --verify-no-changes --no-restore -v quiet || format_rc=$?
fi

rm -rf "$RESULTS_DIR"
mkdir -p "$RESULTS_DIR"
test_rc=0
motus_log "dotnet test $SOLUTION --no-build"
dotnet test "$SOLUTION" -c "$CONFIGURATION" --no-build --logger trx --results-directory "$RESULTS_DIR" "$@" \
  || test_rc=$?

# The README's main command, up to serving (conventions: README commands are tested by CI); skipped when arguments
# narrow the test run (e.g. --filter).
demo_rc=0
if ((build_rc == 0 && $# == 0)); then
  motus_log "bash scripts/demo.sh --no-serve (the README's main command)"
  bash scripts/demo.sh --no-serve >"$RESULTS_DIR/demo.log" 2>&1 || demo_rc=$?
fi

summary_rc=0
python3 scripts/trx-summary.py "$RESULTS_DIR" --solution "$SOLUTION" >"$RESULTS_DIR/summary.txt" || summary_rc=$?

# Everything else first, so that the summary's `N passed, N failed` stays the very last line.
if ((build_rc != 0)); then
  motus_warn "the build failed: see the errors above"
elif ((format_rc != 0)); then
  motus_warn "dotnet format found code that is not formatted: run 'dotnet format Motus.slnx' and commit"
elif ((demo_rc != 0)); then
  motus_warn "scripts/demo.sh --no-serve failed (exit $demo_rc): see $RESULTS_DIR/demo.log"
elif ((test_rc != 0 && summary_rc == 0)); then
  motus_warn "dotnet test exited $test_rc although no test failed: see its output above"
fi
motus_log "took $((SECONDS - started_at)) s"
cat "$RESULTS_DIR/summary.txt"

if ((build_rc != 0 || format_rc != 0 || test_rc != 0 || demo_rc != 0 || summary_rc != 0)); then
  exit 1
fi
