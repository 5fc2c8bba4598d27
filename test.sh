#!/usr/bin/env bash
# Runs every test of Tiers-Lieu Studio on a fresh machine: unit tests (JUnit, ArchUnit), the
# Arquillian suite on Payara Micro, and end-to-end tests (REST and headless Chromium) against the
# application started with ./run.sh. Installs Debian's chromium and chromium-driver when missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing chromium and chromium-driver for the browser tests…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Payara Micro unpacks its runtime into the temp directory and leaves it there.
clean_payara_temp() {
  find "${TMPDIR:-/tmp}" -maxdepth 1 -user "$(id -u)" \
    \( -name 'payaramicro-rt*' -o -name 'arquillian-payara-micro*' -o -name 'tierslieu-e2e-*' -o -name 'tierslieu-chrome-*' \) \
    -exec rm -rf {} + 2>/dev/null || true
}
clean_payara_temp
trap clean_payara_temp EXIT

mvn -B -ntp clean verify "$@"
