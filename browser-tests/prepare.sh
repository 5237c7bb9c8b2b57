#!/usr/bin/env bash
# Brings what the browser tests and the model lint need: Debian's chromium (installed with apt when missing),
# playwright-core and bpmnlint
# from npm. Run by Maven before the tests; fails loudly rather than letting a test be skipped.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ]; then
  echo "chromium is missing: installing Debian's chromium"
  if [ "$(id -u)" -ne 0 ]; then
    echo "cannot install chromium without root: run 'sudo apt-get install -y chromium' once" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
fi
if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/bpmnlint ]; then
  npm ci --no-audit --no-fund
fi
