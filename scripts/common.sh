# Shared by scripts/start.sh and scripts/test.sh: install what is missing and read the configuration.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

say() { printf '==> %s\n' "$*"; }
fail() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# Two Node.js runtimes take part. The machine's Node (20.19 or newer, what npm 11 needs) only installs the
# dependencies; the project then runs on the Node 24 LTS that the `node` package of devDependencies puts into
# node_modules/.bin. npm scripts find that one first on PATH; this puts it first for a direct `bash scripts/…` too.
PROJECT_NODE_MAJOR=24
export PATH="$REPO_ROOT/node_modules/.bin:$PATH"

ensure_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js not found: install Node.js 20.19 or newer (it installs the project's own Node $PROJECT_NODE_MAJOR)"
  local version major minor
  version="$(node -p 'process.versions.node')"
  major="${version%%.*}"
  minor="$(echo "$version" | cut -d. -f2)"
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    fail "Node.js $version is too old to install the dependencies: install Node.js 20.19 or newer"
  fi
}

# `npm ci` when node_modules is missing or older than the lockfile; otherwise nothing. Afterwards `node` must be the
# project's Node $PROJECT_NODE_MAJOR from node_modules/.bin.
ensure_node_modules() {
  local marker="$REPO_ROOT/node_modules/.package-lock.json"
  if [ ! -f "$marker" ] || [ "$REPO_ROOT/package-lock.json" -nt "$marker" ]; then
    say "installing npm dependencies (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  # bash remembers where it found `node` before the install; look it up again.
  hash -r
  local version
  version="$(node -p 'process.versions.node')"
  if [ "${version%%.*}" != "$PROJECT_NODE_MAJOR" ]; then
    fail "the project runs on Node $PROJECT_NODE_MAJOR, but node is $version ($(command -v node)): npm ci installs it into node_modules/.bin (package 'node'); run npm ci again"
  fi
  say "Node $version (node_modules/.bin/node)"
}

# Exports every KEY=value of .env.example, then of .env, unless the environment already sets it.
# Empty values are skipped, so an unset key keeps its built-in default.
load_env() {
  local file line key value
  for file in "$REPO_ROOT/.env" "$REPO_ROOT/.env.example"; do
    [ -f "$file" ] || continue
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in '' | '#'*) continue ;; esac
      key="${line%%=*}"
      value="${line#*=}"
      [ -n "$value" ] || continue
      # .env is read first, so it wins over .env.example; the environment wins over both.
      if [ -z "${!key+x}" ]; then
        export "$key=$value"
      fi
    done <"$file"
  done
}

# Kafka, MongoDB and Redis: started locally unless their configured addresses already answer.
start_infrastructure() {
  bash "$REPO_ROOT/deploy/local/up"
}
