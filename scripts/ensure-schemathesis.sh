#!/usr/bin/env bash
# Makes the pinned Schemathesis (the OpenAPI fuzzer of the openapi-fuzz component tests) available in a virtualenv
# of the repository's own, and prints the path of its `st` command as the last line of its output.
#
#   scripts/ensure-schemathesis.sh
#
# - the virtualenv ${OKR_LOCAL_DIR:-<repo root>/.local}/venv/schemathesis-$SCHEMATHESIS_VERSION already has it: nothing
#   to install (a second or so);
# - otherwise: creates the virtualenv with `python3 -m venv` (installing Debian's python3-venv first when the venv
#   module is missing and we are root) and installs schemathesis==$SCHEMATHESIS_VERSION from PyPI into it.
# The install log is <state dir>/run/schemathesis-install.log. The version is pinned so that a fixed seed generates
# the same requests on every machine.
set -euo pipefail

SCHEMATHESIS_VERSION=4.32.5

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR=${OKR_LOCAL_DIR:-$REPO_ROOT/.local}
if [[ $STATE_DIR != /* ]]; then
  STATE_DIR=$PWD/$STATE_DIR
fi
VENV_DIR=$STATE_DIR/venv/schemathesis-$SCHEMATHESIS_VERSION
ST_BIN=$VENV_DIR/bin/st
LOG=$STATE_DIR/run/schemathesis-install.log

say() { printf 'schemathesis: %s\n' "$*" >&2; }
fail() {
  printf 'schemathesis: ERROR: %s\n' "$*" >&2
  if [[ -s $LOG ]]; then tail -n 20 "$LOG" >&2; fi
  exit 1
}

if [[ -x $ST_BIN ]] && "$ST_BIN" --version 2>/dev/null | grep -q "version $SCHEMATHESIS_VERSION\$"; then
  echo "$ST_BIN"
  exit 0
fi

mkdir -p "$STATE_DIR/run" "$STATE_DIR/venv"
: >"$LOG"
command -v python3 >/dev/null || fail "python3 not found: install Python 3.9 or newer (Debian: apt-get install python3 python3-venv)"

# Debian splits the venv module (and its ensurepip) into python3-venv.
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    fail "python3 has no venv module: sudo apt-get install python3-venv"
  fi
  say "python3 has no venv module; installing Debian's python3-venv with apt-get…"
  if ! apt-get update -qq >>"$LOG" 2>&1 ||
    ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >>"$LOG" 2>&1; then
    fail "apt-get install python3-venv failed (log: $LOG)"
  fi
fi

say "installing schemathesis $SCHEMATHESIS_VERSION into $VENV_DIR…"
rm -rf "$VENV_DIR"
python3 -m venv "$VENV_DIR" >>"$LOG" 2>&1 || fail "python3 -m venv failed (log: $LOG)"
"$VENV_DIR/bin/python" -m pip install --quiet "schemathesis==$SCHEMATHESIS_VERSION" >>"$LOG" 2>&1 ||
  fail "pip install schemathesis==$SCHEMATHESIS_VERSION failed (log: $LOG)"
"$ST_BIN" --version >>"$LOG" 2>&1 || fail "the installed st does not run (log: $LOG)"
say "installed $("$ST_BIN" --version)"
echo "$ST_BIN"
