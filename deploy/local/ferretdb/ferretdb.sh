# shellcheck shell=bash
# MongoDB part: FerretDB v1 on its PostgreSQL backend (see postgres.sh), built from source with Go.
# Sourced by ../lib.sh.
#
# Why not `go install …/cmd/ferretdb@v1.24.2`: go install asks the module proxy
# for the module's version list (to report deprecation), which the proxy refuses
# here, and the module zip lacks build/version/version.txt (a generated file), so
# a binary built from the zip as-is panics at start. Instead: download the exact
# version with `go mod download`, copy it, write version.txt, and go build.
#
# patches/ holds changes to FerretDB applied before the build; each explains itself in its header.

FERRETDB_VERSION=v1.24.2
FERRETDB_MODULE=github.com/FerretDB/FerretDB
FERRETDB_MIN_GO_MINOR=22 # Go 1.22
FERRETDB_PORT=27017
FERRETDB_READY_TIMEOUT=60

FERRETDB_PATCH_DIR=$LOCAL_SCRIPT_DIR/ferretdb/patches
# The binary's name changes with the patches, so that a changed patch is never served by an old build.
FERRETDB_PATCH_ID=$(cat "$FERRETDB_PATCH_DIR"/*.patch | sha256sum | cut -c1-12)
FERRETDB_SRC=$CACHE_DIR/ferretdb-src-$FERRETDB_VERSION
FERRETDB_BIN=$CACHE_DIR/bin/ferretdb-$FERRETDB_VERSION-$FERRETDB_PATCH_ID
FERRETDB_DATA=$DATA_DIR/ferretdb

mongodb_start() {
  ferretdb_build_if_needed
  postgres_start
  mkdir -p "$FERRETDB_DATA"
  rotate_log mongodb

  say mongodb "starting FerretDB $FERRETDB_VERSION on 127.0.0.1:$FERRETDB_PORT (PostgreSQL backend on port $POSTGRES_PORT)…"
  # --debug-addr=- turns off its HTTP metrics listener, which would take port 8088.
  start_detached mongodb "$FERRETDB_BIN" \
    --handler=postgresql \
    --postgresql-url="$(postgres_url)" \
    --state-dir="$FERRETDB_DATA" \
    --listen-addr="127.0.0.1:$FERRETDB_PORT" \
    --telemetry=disable \
    --debug-addr=- \
    --log-level=warn
  wait_until_ready mongodb "$STARTED_PID" "$FERRETDB_READY_TIMEOUT"
  say mongodb "started (pid $STARTED_PID), ready in $(format_ms "$READY_MS")"
}

# Ready when it accepts connections; wait_until_ready also checks that it is still alive.
mongodb_is_ready() {
  tcp_answers 127.0.0.1 "$FERRETDB_PORT"
}

ferretdb_binary_is_current() {
  [[ -x $FERRETDB_BIN ]] || return 1
  local output
  output=$("$FERRETDB_BIN" --version 2>/dev/null) || return 1
  grep -qx "version: $FERRETDB_VERSION" <<<"$output"
}

ferretdb_build_if_needed() {
  if ferretdb_binary_is_current; then
    say mongodb "using cached FerretDB binary $FERRETDB_BIN"
    return
  fi
  ferretdb_check_go
  ferretdb_fetch_source
  ferretdb_build
}

ferretdb_check_go() {
  if ! command -v go >/dev/null; then
    fail mongodb "Go not found: install Go ≥ 1.$FERRETDB_MIN_GO_MINOR or set MONGODB_URI"
  fi
  # "go1.26.8" -> major 1, minor 26
  local version major minor
  version=$(go env GOVERSION)
  version=${version#go}
  major=${version%%.*}
  minor=${version#*.}
  minor=${minor%%[!0-9]*}
  if ((major == 1 && minor < FERRETDB_MIN_GO_MINOR)); then
    fail mongodb "Go $version is too old: install Go ≥ 1.$FERRETDB_MIN_GO_MINOR or set MONGODB_URI"
  fi
  say mongodb "using Go $version"
}

# Puts a writable copy of the module source into FERRETDB_SRC, with the generated version.txt the zip lacks.
ferretdb_fetch_source() {
  local log=$RUN_DIR/ferretdb-build.log
  : >"$log"
  copy_go_module_source mongodb "$FERRETDB_MODULE" "$FERRETDB_VERSION" "$FERRETDB_SRC" "$log" ", or set MONGODB_URI"
  mkdir -p "$FERRETDB_SRC/build/version"
  echo "$FERRETDB_VERSION" >"$FERRETDB_SRC/build/version/version.txt"
  local patch_file
  for patch_file in "$FERRETDB_PATCH_DIR"/*.patch; do
    say mongodb "applying $(basename "$patch_file")"
    # git apply works outside a repository too, and git is there wherever this checkout is.
    if ! (cd "$FERRETDB_SRC" && git apply -p1 "$patch_file") >>"$log" 2>&1; then
      fail_with_log mongodb "$log" "patch $(basename "$patch_file") does not apply to FerretDB $FERRETDB_VERSION (log: $log)"
    fi
  done
}

ferretdb_build() {
  local log=$RUN_DIR/ferretdb-build.log
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  say mongodb "building FerretDB with go build (the first build compiles all dependencies)…"
  local start
  start=$(now_ms)
  # -buildvcs=false: the copy may sit inside this repository's checkout, whose
  # git state must not end up in FerretDB's version information.
  if ! (cd "$FERRETDB_SRC" && GOWORK=off go build -buildvcs=false -o "$FERRETDB_BIN.partial" ./cmd/ferretdb) >>"$log" 2>&1; then
    fail_with_log mongodb "$log" "go build of FerretDB failed (log: $log)"
  fi
  mv "$FERRETDB_BIN.partial" "$FERRETDB_BIN"
  if ! ferretdb_binary_is_current; then
    "$FERRETDB_BIN" --version >>"$log" 2>&1 || true
    fail_with_log mongodb "$log" "the built $FERRETDB_BIN does not report version $FERRETDB_VERSION (log: $log)"
  fi
  say mongodb "built $FERRETDB_BIN in $(format_ms "$(since_ms "$start")")"
}
