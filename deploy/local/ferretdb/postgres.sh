# shellcheck shell=bash
# PostgreSQL for FerretDB's postgresql backend: Debian's server, run as a plain process on 127.0.0.1.
# Sourced by ../lib.sh; started and stopped as part of the mongodb part.
#
# Why PostgreSQL and not SQLite: FerretDB 1.24 pushes equality filters down to PostgreSQL but evaluates every
# filter itself on SQLite, so a filtered query over 50,000 documents takes ~50 ms instead of ~9 s
# (docs/adr/0002-infrastructure-without-docker.md).

POSTGRES_PORT=${OKR_POSTGRES_PORT:-54329}
POSTGRES_DATA=$DATA_DIR/postgres
POSTGRES_READY_TIMEOUT=30
POSTGRES_USER_NAME=ferretdb
POSTGRES_DATABASE=ferretdb

# The newest installed server's bin folder, e.g. /usr/lib/postgresql/15/bin (empty when none is installed).
postgres_bin_dir() {
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  [[ -n $dir && -x $dir/postgres && -x $dir/initdb ]] && echo "$dir"
}

postgres_install_if_missing() {
  if [[ -n $(postgres_bin_dir) ]]; then
    return
  fi
  if ((EUID != 0)); then
    fail mongodb "PostgreSQL server not found (FerretDB's backend): sudo apt-get install postgresql, or set MONGODB_URI"
  fi
  if ! command -v apt-get >/dev/null; then
    fail mongodb "PostgreSQL server not found and apt-get is not available: install PostgreSQL, or set MONGODB_URI"
  fi
  say mongodb "PostgreSQL server not found; installing the postgresql package with apt-get…"
  local log=$RUN_DIR/postgres-install.log
  if ! apt-get update -qq >"$log" 2>&1 ||
    ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >>"$log" 2>&1; then
    fail_with_log mongodb "$log" "installing postgresql failed (log: $log): install it by hand, or set MONGODB_URI"
  fi
  [[ -n $(postgres_bin_dir) ]] || fail mongodb "the postgresql package installed no server under /usr/lib/postgresql"
}

# PostgreSQL refuses to run as root; as root we run it as the package's `postgres` user. setpriv execs the
# program, so the pid that up records is PostgreSQL's own.
as_postgres_user() {
  if ((EUID == 0)); then
    setpriv --reuid=postgres --regid=postgres --init-groups --reset-env -- "$@"
  else
    "$@"
  fi
}

postgres_runner() {
  POSTGRES_RUNNER=()
  if ((EUID == 0)); then
    POSTGRES_RUNNER=(setpriv --reuid=postgres --regid=postgres --init-groups --reset-env --)
  fi
}

postgres_prepare_data_dir() {
  local bin=$1 log=$RUN_DIR/postgres-initdb.log
  mkdir -p "$POSTGRES_DATA"
  if ((EUID == 0)); then
    chown postgres:postgres "$POSTGRES_DATA"
    chmod 700 "$POSTGRES_DATA"
    if ! as_postgres_user test -x "$POSTGRES_DATA"; then
      fail mongodb "the postgres user cannot reach $POSTGRES_DATA (a parent folder is closed to other users): set OKR_LOCAL_DIR to an open folder, or set MONGODB_URI"
    fi
  fi
  if [[ -f $POSTGRES_DATA/PG_VERSION ]]; then
    return
  fi
  say mongodb "initialising a PostgreSQL cluster in $POSTGRES_DATA…"
  if ! as_postgres_user "$bin/initdb" -D "$POSTGRES_DATA" -U "$POSTGRES_USER_NAME" -A trust --encoding=UTF8 --no-locale >"$log" 2>&1; then
    fail_with_log mongodb "$log" "initdb failed (log: $log)"
  fi
}

postgres_start() {
  postgres_install_if_missing
  local bin pid
  bin=$(postgres_bin_dir)
  if pid=$(managed_pid postgres); then
    say mongodb "PostgreSQL already running (started by up, pid $pid)"
  else
    if tcp_answers 127.0.0.1 "$POSTGRES_PORT"; then
      fail mongodb "port $POSTGRES_PORT is taken by another program: set OKR_POSTGRES_PORT to a free port, or set MONGODB_URI"
    fi
    postgres_prepare_data_dir "$bin"
    rotate_log postgres
    say mongodb "starting PostgreSQL ($(basename "$(dirname "$bin")")) on 127.0.0.1:$POSTGRES_PORT…"
    # No Unix socket: its path would depend on this folder's length and permissions; TCP on loopback suffices.
    # synchronous_commit=off: a crash of the machine may lose the last moments of development data, never corrupt it.
    postgres_runner
    start_detached postgres "${POSTGRES_RUNNER[@]}" "$bin/postgres" -D "$POSTGRES_DATA" -p "$POSTGRES_PORT" \
      -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c synchronous_commit=off -c max_connections=200
    wait_until_ready postgres "$STARTED_PID" "$POSTGRES_READY_TIMEOUT"
    say mongodb "PostgreSQL started (pid $STARTED_PID), ready in $(format_ms "$READY_MS")"
  fi
  postgres_create_database "$bin"
}

postgres_is_ready() {
  "$(postgres_bin_dir)/pg_isready" -q -h 127.0.0.1 -p "$POSTGRES_PORT" -U "$POSTGRES_USER_NAME"
}

postgres_create_database() {
  local bin=$1 exists
  exists=$("$bin/psql" -h 127.0.0.1 -p "$POSTGRES_PORT" -U "$POSTGRES_USER_NAME" -d postgres -Atc \
    "select 1 from pg_database where datname = '$POSTGRES_DATABASE'")
  if [[ $exists != 1 ]]; then
    say mongodb "creating database $POSTGRES_DATABASE"
    "$bin/createdb" -h 127.0.0.1 -p "$POSTGRES_PORT" -U "$POSTGRES_USER_NAME" "$POSTGRES_DATABASE"
  fi
}

postgres_url() {
  echo "postgres://$POSTGRES_USER_NAME@127.0.0.1:$POSTGRES_PORT/$POSTGRES_DATABASE"
}
