# shellcheck shell=bash
# Redis part: the distribution's redis-server, without persistence. Sourced by ../lib.sh.

REDIS_PORT=6379
REDIS_READY_TIMEOUT=20
REDIS_DATA=$DATA_DIR/redis

redis_start() {
  redis_install_if_missing
  # Installing the package can start a system redis through its service scripts.
  if tcp_answers 127.0.0.1 "$REDIS_PORT"; then
    say redis "Redis already answers at 127.0.0.1:$REDIS_PORT (started by the package install); not starting it"
    return
  fi
  if ! command -v redis-cli >/dev/null; then
    fail redis "redis-cli not found (needed for the readiness check): sudo apt-get install redis-tools, or set REDIS_URL"
  fi
  mkdir -p "$REDIS_DATA"
  rotate_log redis

  say redis "starting redis-server on 127.0.0.1:$REDIS_PORT (no persistence)…"
  # --daemonize no: setsid/nohup keep it running; a self-daemonizing redis would change its pid.
  start_detached redis redis-server \
    --bind 127.0.0.1 \
    --port "$REDIS_PORT" \
    --dir "$REDIS_DATA" \
    --save "" \
    --appendonly no \
    --daemonize no
  wait_until_ready redis "$STARTED_PID" "$REDIS_READY_TIMEOUT"
  say redis "started (pid $STARTED_PID), ready in $(format_ms "$READY_MS")"
}

redis_is_ready() {
  local reply
  reply=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) || return 1
  [[ $reply == PONG ]]
}

redis_install_if_missing() {
  if command -v redis-server >/dev/null; then
    return
  fi
  if ((EUID != 0)); then
    fail redis "redis-server not found: sudo apt-get install redis-server, or set REDIS_URL"
  fi
  if ! command -v apt-get >/dev/null; then
    fail redis "redis-server not found and apt-get is not available: install Redis, or set REDIS_URL"
  fi
  say redis "redis-server not found; installing the redis-server package with apt-get…"
  local log=$RUN_DIR/redis-install.log
  if ! apt-get update -qq >"$log" 2>&1 ||
    ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >>"$log" 2>&1; then
    fail_with_log redis "$log" "installing redis-server failed (log: $log): install it by hand, or set REDIS_URL"
  fi
}
