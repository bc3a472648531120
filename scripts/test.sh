#!/usr/bin/env bash
# `npm test`: install what is missing, start the infrastructure, then lint, type-check and run every Jest test.
# Extra arguments go to Jest, e.g. `npm test -- libs/service-kit`.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"

ensure_node
ensure_node_modules
load_env
start_infrastructure

status=0
say "Docker Compose plugin (for the check of docker-compose.yml)"
# Built into .local/cache when the Docker client lacks it; a last line DOCKER_CONFIG=… points docker, and so Jest, at that copy.
compose_output="$(mktemp)"
bash "$REPO_ROOT/deploy/local/compose/ensure-plugin.sh" | tee "$compose_output" || status=1
compose_last_line="$(tail -n 1 "$compose_output")"
rm -f "$compose_output"
case "$compose_last_line" in
  DOCKER_CONFIG=?*) export DOCKER_CONFIG="${compose_last_line#DOCKER_CONFIG=}" ;;
esac

say "lint (ESLint with type information and Nx module boundaries)"
# The boundary rule reads Nx's project graph and silently skips when there is none: compute it first.
NX_DAEMON=false npx nx show projects >/dev/null
npx eslint --max-warnings=0 . || status=1
npx prettier --check --log-level=warn . || status=1

say "type-check (build every project, then check tests)"
npx tsc -b tsconfig.json || status=1
for config in libs/*/tsconfig.spec.json services/*/tsconfig.spec.json deploy/tsconfig.json; do
  [ -f "$config" ] || continue
  npx tsc -p "$config" || status=1
done

say "Schemathesis (the OpenAPI fuzzer of the openapi-fuzz component tests), pinned, in .local/venv"
bash "$REPO_ROOT/scripts/ensure-schemathesis.sh" >/dev/null || status=1

say "tests (Jest, every project, against the real infrastructure)"
mkdir -p reports
npx jest --ci --json --outputFile=reports/jest-results.json "$@" || status=1

exit "$status"
