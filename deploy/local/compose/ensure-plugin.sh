#!/usr/bin/env bash
# Makes `docker compose` available so that deploy/test/compose.spec.ts can check
# docker-compose.yml, on machines with the Docker client but without the compose
# plugin (no Docker engine is needed: `docker compose config` only reads the file).
#
#   deploy/local/compose/ensure-plugin.sh
#
# - no docker client: says so; there is nothing to check with.
# - `docker compose` already works: shows its version.
# - otherwise: uses, or builds with Go, Docker Compose $COMPOSE_VERSION in
#   ${OKR_LOCAL_DIR:-<repo root>/.local}/cache/docker/cli-plugins/docker-compose
#   and prints, as the last line of its output,
#     DOCKER_CONFIG=<that cache>/docker
#   for the caller to export (scripts/test.sh does). That folder holds only the
#   plugin; `docker compose config` needs no registry credentials.
#
# Why not `go install github.com/docker/compose/v2/cmd@…`: the module's go.mod has
# exclude directives, which go install refuses. Instead: download the exact
# version with `go mod download` (from a scratch module), copy it, and go build.
# The build log is run/compose-build.log.
#
# Exit status: 0 unless a download or build was attempted and failed.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=../lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

COMPOSE_VERSION=v2.40.3
COMPOSE_MODULE=github.com/docker/compose/v2
COMPOSE_MIN_GO_MINOR=22 # Go 1.22; an older Go than the module's go line fetches a newer toolchain itself.

COMPOSE_DOCKER_CONFIG=$CACHE_DIR/docker
COMPOSE_BIN=$COMPOSE_DOCKER_CONFIG/cli-plugins/docker-compose
COMPOSE_SRC=$CACHE_DIR/compose-src-$COMPOSE_VERSION
COMPOSE_LOG=$RUN_DIR/compose-build.log

# True when the cached plugin runs and reports the wanted version.
compose_cached_plugin_is_current() {
  [[ -x $COMPOSE_BIN ]] || return 1
  local output
  output=$(DOCKER_CONFIG=$COMPOSE_DOCKER_CONFIG docker compose version 2>/dev/null) || return 1
  [[ $output == *"$COMPOSE_VERSION"* ]]
}

# Returns 1 (after saying why) when there is no usable Go.
compose_check_go() {
  if ! command -v go >/dev/null; then
    say compose "Go not found: cannot build the Docker Compose plugin; install Go ≥ 1.$COMPOSE_MIN_GO_MINOR or the compose plugin, or the compose file check will fail"
    return 1
  fi
  # "go1.26.8" -> major 1, minor 26
  local version major minor
  version=$(go env GOVERSION)
  version=${version#go}
  major=${version%%.*}
  minor=${version#*.}
  minor=${minor%%[!0-9]*}
  if ((major == 1 && minor < COMPOSE_MIN_GO_MINOR)); then
    say compose "Go $version is too old to build the Docker Compose plugin; install Go ≥ 1.$COMPOSE_MIN_GO_MINOR or the compose plugin, or the compose file check will fail"
    return 1
  fi
  say compose "using Go $version"
}

# Puts a writable copy of the module source into COMPOSE_SRC.
compose_fetch_source() {
  copy_go_module_source compose "$COMPOSE_MODULE" "$COMPOSE_VERSION" "$COMPOSE_SRC" "$COMPOSE_LOG"
}

compose_build() {
  # Built next to cli-plugins/, not in it, so that docker never sees a half-written plugin.
  local partial=$COMPOSE_DOCKER_CONFIG/docker-compose.partial.$$
  mkdir -p "$(dirname "$COMPOSE_BIN")"
  say compose "building the Docker Compose plugin with go build (minutes while Go's build cache is empty, seconds after)…"
  local start
  start=$(now_ms)
  # -buildvcs=false: the copy may sit inside this repository's checkout, whose git
  # state must not end up in the binary. The -X flag sets what `docker compose version`
  # reports (otherwise "dev"), which is how a cached plugin is recognised as current.
  if ! (cd "$COMPOSE_SRC" && GOWORK=off go build -buildvcs=false \
    -ldflags "-s -w -X $COMPOSE_MODULE/internal.Version=$COMPOSE_VERSION" \
    -o "$partial" ./cmd) >>"$COMPOSE_LOG" 2>&1; then
    rm -f "$partial"
    fail_with_log compose "$COMPOSE_LOG" "go build of the Docker Compose plugin failed (log: $COMPOSE_LOG)"
  fi
  mv "$partial" "$COMPOSE_BIN"
  if ! compose_cached_plugin_is_current; then
    DOCKER_CONFIG=$COMPOSE_DOCKER_CONFIG docker compose version >>"$COMPOSE_LOG" 2>&1 || true
    fail_with_log compose "$COMPOSE_LOG" "the built $COMPOSE_BIN does not work as 'docker compose' $COMPOSE_VERSION (log: $COMPOSE_LOG)"
  fi
  say compose "built $COMPOSE_BIN in $(format_ms "$(since_ms "$start")")"
}

main() {
  if ! command -v docker >/dev/null; then
    say compose "docker client not found; the compose file check will not run"
    return 0
  fi

  local version
  if version=$(docker compose version 2>/dev/null); then
    say compose "$version"
    return 0
  fi

  ensure_state_dirs
  if compose_cached_plugin_is_current; then
    say compose "docker has no compose plugin; using the cached $COMPOSE_BIN"
  else
    say compose "docker has no compose plugin; building Docker Compose $COMPOSE_VERSION from source"
    compose_check_go || return 0
    local start
    start=$(now_ms)
    : >"$COMPOSE_LOG"
    compose_fetch_source
    compose_build
    say compose "Docker Compose $COMPOSE_VERSION ready in $(format_ms "$(since_ms "$start")")"
  fi
  echo "DOCKER_CONFIG=$COMPOSE_DOCKER_CONFIG"
}

main "$@"
