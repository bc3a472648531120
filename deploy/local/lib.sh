# shellcheck shell=bash
# Shared functions for deploy/local/up, down and status. Sourced, not run.
#
# The three parts and the variables the services read to find them:
#   kafka    KAFKA_BROKERS  (default 127.0.0.1:9092)            Kafka 4.4 (KRaft)
#   mongodb  MONGODB_URI    (default mongodb://127.0.0.1:27017)  FerretDB on PostgreSQL
#   redis    REDIS_URL      (default redis://127.0.0.1:6379)     redis-server
#
# State lives in ${OKR_LOCAL_DIR:-<repo root>/.local}:
#   cache/  downloaded Kafka jars, FerretDB source and binary
#   data/   kafka/, ferretdb/, postgres/, redis/
#   run/    pid files and logs (kafka.log, ferretdb.log, redis.log)

LOCAL_SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$LOCAL_SCRIPT_DIR/../.." && pwd)

STATE_DIR=${OKR_LOCAL_DIR:-$REPO_ROOT/.local}
# A relative OKR_LOCAL_DIR would change meaning once a process runs in another directory.
if [[ $STATE_DIR != /* ]]; then
  STATE_DIR=$PWD/$STATE_DIR
fi
CACHE_DIR=$STATE_DIR/cache
DATA_DIR=$STATE_DIR/data
RUN_DIR=$STATE_DIR/run

ALL_PARTS=(kafka mongodb redis)

DEFAULT_KAFKA_BROKERS=127.0.0.1:9092
DEFAULT_MONGODB_URI=mongodb://127.0.0.1:27017
DEFAULT_REDIS_URL=redis://127.0.0.1:6379

# ---------------------------------------------------------------------------
# Messages

say() {
  local part=$1
  shift
  printf '%s: %s\n' "$part" "$*"
}

fail() {
  local part=$1
  shift
  printf '%s: ERROR: %s\n' "$part" "$*" >&2
  exit 1
}

# Shows the end of a log so that a failed start can be diagnosed without opening files.
show_log_tail() {
  local file=$1
  if [[ -s $file ]]; then
    printf -- '----- last 30 lines of %s -----\n' "$file" >&2
    tail -n 30 "$file" >&2
    printf -- '----- end of %s -----\n' "$file" >&2
  fi
}

fail_with_log() {
  local part=$1 file=$2
  shift 2
  show_log_tail "$file"
  fail "$part" "$*"
}

# ---------------------------------------------------------------------------
# Time, in milliseconds, for the elapsed-time report

now_ms() {
  local micros=${EPOCHREALTIME/[.,]/}
  echo $((micros / 1000))
}

# Prints e.g. "7.3s".
format_ms() {
  local ms=$1
  printf '%d.%ds' $((ms / 1000)) $((ms % 1000 / 100))
}

since_ms() {
  local start=$1
  echo $(($(now_ms) - start))
}

# ---------------------------------------------------------------------------
# Part names and files

part_title() {
  case $1 in
    kafka) echo "Kafka" ;;
    mongodb) echo "MongoDB" ;;
    postgres) echo "PostgreSQL" ;;
    redis) echo "Redis" ;;
  esac
}

# The MongoDB part runs FerretDB; its pid file and log are named after the program.
part_program() {
  case $1 in
    kafka) echo "kafka" ;;
    mongodb) echo "ferretdb" ;;
    postgres) echo "postgres" ;;
    redis) echo "redis" ;;
  esac
}

pid_file() {
  echo "$RUN_DIR/$(part_program "$1").pid"
}

log_file() {
  echo "$RUN_DIR/$(part_program "$1").log"
}

usage() {
  local script=${0##*/}
  cat <<EOF
Usage: deploy/local/$script [kafka|mongodb|redis]...
Without arguments: all three parts.
State folder: \${OKR_LOCAL_DIR:-<repo root>/.local}
EOF
}

# Sets SELECTED_PARTS from the command line arguments.
select_parts() {
  SELECTED_PARTS=()
  if (($# == 0)); then
    SELECTED_PARTS=("${ALL_PARTS[@]}")
    return
  fi
  local arg
  for arg in "$@"; do
    case $arg in
      kafka | mongodb | redis) SELECTED_PARTS+=("$arg") ;;
      ferretdb) SELECTED_PARTS+=(mongodb) ;;
      -h | --help)
        usage
        exit 0
        ;;
      *)
        usage >&2
        echo "Unknown part '$arg': expected kafka, mongodb or redis." >&2
        exit 2
        ;;
    esac
  done
}

ensure_state_dirs() {
  mkdir -p "$CACHE_DIR" "$RUN_DIR" "$DATA_DIR/kafka" "$DATA_DIR/ferretdb" "$DATA_DIR/redis"
  # Keeps the folder out of git even where no .gitignore lists it (e.g. OKR_LOCAL_DIR inside another checkout).
  if [[ ! -f $STATE_DIR/.gitignore ]]; then
    echo '*' >"$STATE_DIR/.gitignore"
  fi
}

# ---------------------------------------------------------------------------
# Addresses
#
# load_address <part> sets:
#   ADDR_VAR       name of the environment variable (KAFKA_BROKERS, ...)
#   ADDR_VALUE     its value, or the default when unset or empty
#   ADDR_EXPLICIT  yes when the user set the variable
#   ADDR_HOST, ADDR_PORT
#   ADDR_DEFAULT_PORT  the port a local instance listens on

load_address() {
  local part=$1 default_value
  case $part in
    kafka)
      ADDR_VAR=KAFKA_BROKERS
      default_value=$DEFAULT_KAFKA_BROKERS
      ADDR_DEFAULT_PORT=9092
      ;;
    mongodb)
      ADDR_VAR=MONGODB_URI
      default_value=$DEFAULT_MONGODB_URI
      ADDR_DEFAULT_PORT=27017
      ;;
    redis)
      ADDR_VAR=REDIS_URL
      default_value=$DEFAULT_REDIS_URL
      ADDR_DEFAULT_PORT=6379
      ;;
  esac

  ADDR_VALUE=${!ADDR_VAR:-}
  # shellcheck disable=SC2034 # read by status
  ADDR_EXPLICIT=yes
  if [[ -z $ADDR_VALUE ]]; then
    ADDR_VALUE=$default_value
    # shellcheck disable=SC2034 # read by status
    ADDR_EXPLICIT=no
  fi

  local authority
  case $part in
    kafka) authority=$(kafka_brokers_authority "$ADDR_VALUE") ;;
    mongodb) authority=$(mongodb_uri_authority "$ADDR_VALUE") ;;
    redis) authority=$(redis_url_authority "$ADDR_VALUE") ;;
  esac
  if [[ $ADDR_VALUE == mongodb+srv://* ]]; then
    fail "$part" "$ADDR_VAR=$ADDR_VALUE is a DNS SRV address, which up cannot check: use mongodb://host:port, or unset $ADDR_VAR"
  fi
  split_host_port "$authority" "$ADDR_DEFAULT_PORT"
  if [[ -z $ADDR_HOST || ! $ADDR_PORT =~ ^[0-9]+$ ]]; then
    fail "$part" "cannot read host:port from $ADDR_VAR=$ADDR_VALUE"
  fi
}

# "b1:9092,b2:9092" -> "b1:9092". A scheme such as PLAINTEXT:// is dropped.
kafka_brokers_authority() {
  local first=${1%%,*}
  first=${first//[[:space:]]/}
  echo "${first#*://}"
}

# "mongodb://user:pass@h1:27017,h2:27017/db?x=y" -> "h1:27017"
mongodb_uri_authority() {
  local rest=${1#*://}
  local authority=${rest%%[/?]*}
  authority=${authority##*@}
  echo "${authority%%,*}"
}

# "redis://user:pass@host:6379/0" -> "host:6379" (also rediss://)
redis_url_authority() {
  local rest=${1#*://}
  local authority=${rest%%[/?]*}
  echo "${authority##*@}"
}

# Sets ADDR_HOST and ADDR_PORT from "host", "host:port" or "[v6]:port".
split_host_port() {
  local authority=$1 default_port=$2
  if [[ $authority == \[* ]]; then
    ADDR_HOST=${authority%%]*}
    ADDR_HOST=${ADDR_HOST#[}
    ADDR_PORT=${authority#*]}
    ADDR_PORT=${ADDR_PORT#:}
  elif [[ $authority == *:* ]]; then
    ADDR_HOST=${authority%:*}
    ADDR_PORT=${authority##*:}
  else
    ADDR_HOST=$authority
    ADDR_PORT=
  fi
  ADDR_PORT=${ADDR_PORT:-$default_port}
}

# True when the loaded address is where up would start the local instance anyway.
address_is_local_default() {
  [[ $ADDR_PORT == "$ADDR_DEFAULT_PORT" ]] || return 1
  case $ADDR_HOST in
    127.0.0.1 | localhost) return 0 ;;
    *) return 1 ;;
  esac
}

# A TCP connect through bash's /dev/tcp; the timeout covers hosts that drop packets.
tcp_answers() {
  local host=$1 port=$2
  # The inner bash expands $1 and $2 itself, so host and port are never parsed as code.
  # shellcheck disable=SC2016
  timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' tcp-check "$host" "$port" 2>/dev/null
}

# ---------------------------------------------------------------------------
# Processes started by up

# Alive and not a zombie (the container's init may not reap orphans promptly).
pid_alive() {
  local pid=$1 stat
  [[ -r /proc/$pid/stat ]] || return 1
  stat=$(<"/proc/$pid/stat") || return 1
  # The state is the first field after "(command name)".
  stat=${stat##*) }
  [[ ${stat%% *} != Z ]]
}

pid_command_line() {
  local pid=$1 cmdline
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || true
  echo "${cmdline% }"
}

# Checks that a pid from a pid file is still the process up started, not a reused pid.
pid_is_ours() {
  local part=$1 pid=$2 cmdline
  pid_alive "$pid" || return 1
  cmdline=$(pid_command_line "$pid")
  case $part in
    kafka) [[ $cmdline == *kafka.Kafka* && $cmdline == *"$KAFKA_PROPERTIES"* ]] ;;
    mongodb) [[ $cmdline == *"$FERRETDB_BIN"* ]] ;;
    postgres) [[ $cmdline == *postgres*"$POSTGRES_DATA"* ]] ;;
    # redis-server rewrites its command line to "redis-server 127.0.0.1:6379",
    # but it changes into its --dir, so the working directory identifies it.
    redis) [[ $cmdline == *redis-server* && $(readlink "/proc/$pid/cwd") == "$(readlink -f "$REDIS_DATA")" ]] ;;
  esac
}

# Prints the pid from the part's pid file when that process is ours and alive.
managed_pid() {
  local part=$1 file pid
  file=$(pid_file "$part")
  [[ -f $file ]] || return 1
  pid=$(<"$file")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  pid_is_ours "$part" "$pid" || return 1
  echo "$pid"
}

# Starts a command in its own session (setsid) and immune to hangups (nohup), so
# that it keeps running after this script ends or its terminal closes.
# Sets STARTED_PID and writes the pid file.
start_detached() {
  local part=$1
  shift
  local log
  log=$(log_file "$part")
  # 9>&- : the started process must not inherit (and keep holding) up's lock file.
  setsid nohup "$@" >>"$log" 2>&1 </dev/null 9>&- &
  STARTED_PID=$!
  echo "$STARTED_PID" >"$(pid_file "$part")"
}

# Keeps one previous log, so that the last 30 lines on failure belong to this start.
rotate_log() {
  local log
  log=$(log_file "$1")
  if [[ -f $log ]]; then
    mv "$log" "$log.previous"
  fi
  : >"$log"
}

# SIGTERM, up to <seconds> for a clean shutdown, then SIGKILL.
terminate_pid() {
  local part=$1 pid=$2 seconds=$3 waited=0
  kill -TERM "$pid" 2>/dev/null || true
  while pid_alive "$pid" && ((waited < seconds * 2)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if pid_alive "$pid"; then
    say "$part" "pid $pid did not stop within ${seconds}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    waited=0
    while pid_alive "$pid" && ((waited < 10)); do
      sleep 0.5
      waited=$((waited + 1))
    done
  fi
}

# Polls <part>_is_ready every half second until it succeeds. Fails, after stopping
# the process, when it exits or does not get ready within <timeout> seconds.
wait_until_ready() {
  local part=$1 pid=$2 timeout=$3 start log
  start=$(now_ms)
  log=$(log_file "$part")
  while true; do
    if ! pid_alive "$pid"; then
      rm -f "$(pid_file "$part")"
      fail_with_log "$part" "$log" "$(part_title "$part") exited during start-up (log: $log)"
    fi
    if "${part}_is_ready"; then
      READY_MS=$(since_ms "$start")
      return 0
    fi
    if (($(since_ms "$start") > timeout * 1000)); then
      say "$part" "not ready after ${timeout}s; stopping pid $pid"
      terminate_pid "$part" "$pid" 20
      rm -f "$(pid_file "$part")"
      fail_with_log "$part" "$log" "$(part_title "$part") did not get ready within ${timeout}s (log: $log)"
    fi
    sleep 0.5
  done
}

# ---------------------------------------------------------------------------
# Per-part functions: <part>_start, <part>_is_ready and their paths.

# Copies the source of one version of a Go module into <dest>, writable (the module cache is read-only).
# Used instead of `go install <module>/cmd/...@<version>`, which fails here (docs/adr/0002).
#   copy_go_module_source <part> <module> <version> <dest> <log> [hint for a failure]
copy_go_module_source() {
  local part=$1 module=$2 version=$3 dest=$4 log=$5 hint=${6:-}
  # go mod download needs a module to work in. A scratch module keeps it away
  # from any go.mod that happens to be above the state folder.
  local scratch=$CACHE_DIR/go-download
  mkdir -p "$scratch"
  printf 'module okr.local/go-download\n\ngo 1.22\n' >"$scratch/go.mod"

  say "$part" "downloading $module@$version with go mod download…"
  local json start module_dir
  start=$(now_ms)
  if ! json=$(cd "$scratch" && GOFLAGS=-mod=mod GOWORK=off go mod download -json "$module@$version" 2>>"$log"); then
    echo "$json" >>"$log"
    fail_with_log "$part" "$log" "go mod download failed (log: $log): check access to the Go module proxy (GOPROXY)$hint"
  fi
  module_dir=$(sed -n 's/.*"Dir": "\(.*\)",/\1/p' <<<"$json")
  if [[ ! -d $module_dir ]]; then
    echo "$json" >>"$log"
    fail_with_log "$part" "$log" "go mod download did not report a source folder (log: $log)"
  fi

  say "$part" "downloaded in $(format_ms "$(since_ms "$start")"); copying the source to $dest…"
  if [[ -d $dest ]]; then
    chmod -R u+w "$dest"
    rm -rf "$dest"
  fi
  cp -r "$module_dir" "$dest"
  chmod -R u+w "$dest"
}

# shellcheck source=kafka/kafka.sh
source "$LOCAL_SCRIPT_DIR/kafka/kafka.sh"
# shellcheck source=ferretdb/postgres.sh
source "$LOCAL_SCRIPT_DIR/ferretdb/postgres.sh"
# shellcheck source=ferretdb/ferretdb.sh
source "$LOCAL_SCRIPT_DIR/ferretdb/ferretdb.sh"
# shellcheck source=redis/redis.sh
source "$LOCAL_SCRIPT_DIR/redis/redis.sh"
