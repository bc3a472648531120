#!/usr/bin/env bash
# `npm start`: install what is missing, start the infrastructure, build, and run every service under services/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$REPO_ROOT"

ensure_node
ensure_node_modules
load_env
start_infrastructure

say "building"
npx tsc -b tsconfig.json
say "building the console (apps/console, served on CONSOLE_PORT)"
npm run build --workspace @okr/console --silent -- --logLevel warn

exec node scripts/run-services.js
