# shellcheck shell=bash
# A throwaway PostgreSQL server for the tests, from Debian's binaries in /usr/lib/postgresql/<version>/bin.
#   motus_pg_start   initdb + start on 127.0.0.1 (a free port from 55432 up), create role motus/motus with
#                    CREATEDB, export MOTUS_TEST_POSTGRES.
#   motus_pg_stop    stop the server and delete its folder; safe to call twice or when nothing was started.
# Only Debian's binaries are used on purpose: a PATH lookup may find other builds (this dev machine has some).

MOTUS_PG_DIR=""
MOTUS_PG_BIN=""
MOTUS_PG_FIRST_PORT="${MOTUS_PG_FIRST_PORT:-55432}"

# Prints the newest /usr/lib/postgresql/<version>/bin that has the server and client binaries we use.
motus_pg_bindir() {
  local dir
  dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  [[ -x "$dir/initdb" && -x "$dir/pg_ctl" && -x "$dir/pg_isready" && -x "$dir/psql" ]] || return 1
  printf '%s\n' "$dir"
}

# Runs a command as the OS user that owns the cluster: `postgres` when we are root (initdb refuses root).
motus_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then
    (cd "$MOTUS_PG_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$MOTUS_PG_DIR" && "$@")
  fi
}

motus_pg_port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

motus_pg_start() {
  MOTUS_PG_BIN="$(motus_pg_bindir)" || {
    motus_warn "no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (apt-get install postgresql)"
    return 1
  }

  # Under /tmp, not $TMPDIR: the postgres user must be able to reach it when we run as root.
  MOTUS_PG_DIR="$(mktemp -d /tmp/motus-pg.XXXXXX)"
  if [[ $EUID -eq 0 ]]; then
    chown postgres:postgres "$MOTUS_PG_DIR"
  fi

  if ! motus_pg_as_owner "$MOTUS_PG_BIN/initdb" -D "$MOTUS_PG_DIR/data" -U postgres -A trust \
    -E UTF8 --no-locale --no-sync >"$MOTUS_PG_DIR/initdb.log" 2>&1; then
    cat "$MOTUS_PG_DIR/initdb.log" >&2
    motus_warn "initdb failed"
    return 1
  fi

  # Another checkout's test run may take a port between our check and the bind: try the next one.
  local port="$MOTUS_PG_FIRST_PORT" tries=0 started=""
  while ((tries < 20)); do
    if ! motus_pg_port_in_use "$port"; then
      tries=$((tries + 1))
      # The server writes its log itself, as the cluster owner: remove, never pre-create, the file.
      rm -f "$MOTUS_PG_DIR/server.log"
      # Durability off (a throwaway server); autovacuum off because its workers attach to the tests' fresh databases
      # and the test role's DROP DATABASE ... WITH (FORCE) may not terminate them (42501): a flaky teardown.
      if motus_pg_as_owner "$MOTUS_PG_BIN/pg_ctl" -D "$MOTUS_PG_DIR/data" -l "$MOTUS_PG_DIR/server.log" \
        -w -t 60 -s start -o "-p $port -c listen_addresses=127.0.0.1 \
-c unix_socket_directories=$MOTUS_PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c autovacuum=off" \
        >"$MOTUS_PG_DIR/pg_ctl.log" 2>&1; then
        started=1
        break
      fi
      if ! grep -qsiE 'could not (bind|create listen)|address already in use' "$MOTUS_PG_DIR/server.log"; then
        cat "$MOTUS_PG_DIR/pg_ctl.log" "$MOTUS_PG_DIR/server.log" >&2 2>/dev/null || true
        motus_warn "PostgreSQL did not start on port $port"
        return 1
      fi
    fi
    port=$((port + 1))
  done
  if [[ -z "$started" ]]; then
    motus_warn "no free port for PostgreSQL from $MOTUS_PG_FIRST_PORT up"
    return 1
  fi

  local waited=0
  until "$MOTUS_PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$port" -d postgres; do
    if ((waited >= 30)); then
      cat "$MOTUS_PG_DIR/server.log" >&2
      motus_warn "PostgreSQL on port $port not ready after 30 s"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done

  "$MOTUS_PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
    -c "CREATE ROLE motus LOGIN PASSWORD 'motus' CREATEDB;" >/dev/null

  export MOTUS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=motus;Password=motus;Database=postgres"
  motus_log "PostgreSQL $("$MOTUS_PG_BIN/postgres" -V | awk '{print $3}') on 127.0.0.1:$port (data in $MOTUS_PG_DIR)"
}

motus_pg_stop() {
  if [[ -z "$MOTUS_PG_DIR" || ! -d "$MOTUS_PG_DIR" ]]; then
    return 0
  fi
  if [[ -f "$MOTUS_PG_DIR/data/postmaster.pid" ]]; then
    motus_pg_as_owner "$MOTUS_PG_BIN/pg_ctl" -D "$MOTUS_PG_DIR/data" -m fast -w -t 20 -s stop >/dev/null 2>&1 \
      || motus_pg_as_owner "$MOTUS_PG_BIN/pg_ctl" -D "$MOTUS_PG_DIR/data" -m immediate -w -t 20 -s stop \
        >/dev/null 2>&1 \
      || true
  fi
  rm -rf "$MOTUS_PG_DIR"
  MOTUS_PG_DIR=""
}
