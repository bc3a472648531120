#!/usr/bin/env bash
# Installs Debian's chromium for the console's end-to-end tests (apps/console/e2e) when it is missing, and prints
# its path. Playwright's own browser downloads are not used: they need network access a CI machine may not have.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
  echo "$CHROMIUM"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: $CHROMIUM is missing and this is no Debian/Ubuntu machine: install Chromium there yourself" >&2
  exit 1
fi
# env rather than an exported variable: sudo does not pass the environment on. No prompt may wait for an answer.
if [ "$(id -u)" -eq 0 ]; then
  as_root=(env DEBIAN_FRONTEND=noninteractive)
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n env DEBIAN_FRONTEND=noninteractive)
else
  echo "error: $CHROMIUM is missing; install it as root: apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi
echo "installing chromium (apt-get)" >&2
# A fresh machine may have no package lists yet: update them once when the first attempt fails.
if ! "${as_root[@]}" apt-get install -y --no-install-recommends chromium >&2; then
  "${as_root[@]}" apt-get update >&2
  "${as_root[@]}" apt-get install -y --no-install-recommends chromium >&2
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "error: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "$CHROMIUM"
