#!/usr/bin/env bash
# Brings what the browser tests and the model lint need: Debian's chromium and its headless shell (installed with
# apt when missing), playwright-core and bpmnlint from npm. Run by Maven before the tests; fails loudly rather than
# letting a test be skipped. The tests run in the headless shell; the load-time benchmark times the full browser.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromium-headless-shell ]; then
  echo "chromium is missing: installing Debian's chromium and its headless shell"
  if [ "$(id -u)" -ne 0 ]; then
    echo "cannot install chromium without root: run 'sudo apt-get install -y chromium chromium-headless-shell' once" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-headless-shell
fi
if [ ! -d node_modules/playwright-core ] || [ ! -x node_modules/.bin/bpmnlint ]; then
  npm ci --no-audit --no-fund
fi
