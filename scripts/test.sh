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
for config in libs/*/tsconfig.spec.json services/*/tsconfig.spec.json apps/*/tsconfig.spec.json deploy/tsconfig.json; do
  [ -f "$config" ] || continue
  npx tsc -p "$config" || status=1
done

say "Schemathesis (the OpenAPI fuzzer of the openapi-fuzz component tests), pinned, in .local/venv"
bash "$REPO_ROOT/scripts/ensure-schemathesis.sh" >/dev/null || status=1

say "Chromium (Debian's, for the console's end-to-end tests), installed when missing"
bash "$REPO_ROOT/scripts/ensure-chromium.sh" >/dev/null || status=1

mkdir -p reports
say "console component tests (Vitest, jsdom)"
# .ci/run adds its counts (reports/vitest-results.json) to Jest's.
rm -f reports/vitest-results.json
(cd apps/console && npx vitest run --reporter=default --reporter=json \
  --outputFile.json="$REPO_ROOT/reports/vitest-results.json") || status=1

say "tests (Jest, every project, against the real infrastructure)"
# A hung test file would otherwise hold the run until CI's own limit, with nothing to say why. After
# TEST_RUN_TIMEOUT_SECONDS Jest gets SIGUSR2, on which Node writes a diagnostic report (JavaScript stack and every open
# handle: sockets, timers, child processes) into reports/, then it is killed; the report's summary is printed here.
# kafkajs's negative timeouts (kafkajs issue 1751) are harmless and not worth a warning per test file.
timeout_seconds="${TEST_RUN_TIMEOUT_SECONDS:-1800}"
rm -f reports/report.*.json reports/jest-running.txt
jest_status=0
NODE_OPTIONS="${NODE_OPTIONS:-} --disable-warning=TimeoutNegativeWarning --report-on-signal --report-signal=SIGUSR2 --report-directory=$REPO_ROOT/reports" \
  timeout --signal=USR2 --kill-after=20 "$timeout_seconds" \
  node node_modules/jest/bin/jest.js --ci --json --outputFile=reports/jest-results.json "$@" || jest_status=$?
if [ "$jest_status" -ne 0 ]; then status=1; fi
if [ "$jest_status" -eq 124 ] || [ "$jest_status" -eq 137 ]; then
  echo "Jest did not finish within ${timeout_seconds} s (TEST_RUN_TIMEOUT_SECONDS) and was stopped" >&2
  echo "test files still running: $(tr '\n' ' ' < reports/jest-running.txt 2>/dev/null)" >&2
  node scripts/summarize-node-report.js reports/report.*.json >&2 || true
  rm -f reports/jest-results.json
fi

exit "$status"
