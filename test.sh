#!/usr/bin/env bash
# Runs every test of Tiers-Lieu Studio on a fresh machine: unit tests (JUnit, ArchUnit), the
# Arquillian suite on Payara Micro, and end-to-end tests (REST and headless Chromium) against the
# application started with ./run.sh — on H2, then the persistence tests, the Arquillian suite and
# the REST suite again on PostgreSQL (a private cluster started here on loopback, in a temporary
# folder, and stopped by its process id) — and through Debian's nginx terminating TLS on loopback.
# Installs what it needs when missing: Debian's chromium, chromium-driver, postgresql, nginx, openssl.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v nginx >/dev/null 2>&1 || missing+=(nginx)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} for the tests…"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  # the packages must not start their system services (nginx on port 80, a PostgreSQL cluster):
  # the tests start their own, on loopback, and stop them
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod +x "$policy"
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  [ -n "$policy" ] && $SUDO rm -f "$policy"
fi

# Payara Micro unpacks its runtime into the temp directory and leaves it there.
clean_payara_temp() {
  find "${TMPDIR:-/tmp}" -maxdepth 1 -user "$(id -u)" \
    \( -name 'payaramicro-rt*' -o -name 'arquillian-payara-micro*' -o -name 'tierslieu-e2e-*' -o -name 'tierslieu-chrome-*' \) \
    -exec rm -rf {} + 2>/dev/null || true
}

pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-pg-XXXXXX")
cleanup() {
  webapp/src/test/scripts/postgres.sh stop "$pg_dir" || true
  clean_payara_temp
}
clean_payara_temp
trap cleanup EXIT
eval "$(webapp/src/test/scripts/postgres.sh start "$pg_dir")"
export TIERSLIEU_TEST_PG_BIN

pg_args=(
  -Dtierslieu.test.pg.admin.url="$TIERSLIEU_TEST_PG_ADMIN_URL"
  -Dtierslieu.test.pg.url="$TIERSLIEU_TEST_PG_URL"
  -Dtierslieu.test.pg.user="$TIERSLIEU_TEST_PG_USER"
  -Dtierslieu.test.pg.password="$TIERSLIEU_TEST_PG_PASSWORD"
  -Dtierslieu.test.pg.cluster="$TIERSLIEU_TEST_PG_CLUSTER"
)
# Fast lane first: the unit tests and the ArchUnit rules of every module, on H2 and PostgreSQL,
# fail within minutes, before any Payara starts. Then the integration suites alone (Arquillian,
# browser, REST, nginx), without running the unit tests again. Maven comes from ./mvnw.
echo "== Format (palantir-java-format through Spotless; ./mvnw spotless:apply fixes it)"
./mvnw -B -ntp -q spotless:check
echo "== Unit tests and architecture rules"
# two builders: once the core is built, the three modules (each tested on H2 then PostgreSQL, a
# database per test) build side by side on the two cores
./mvnw -B -ntp -T 2 clean install -DskipITs "${pg_args[@]}" "$@"
echo "== Integration suites (Payara Micro, Chromium, PostgreSQL, nginx)"
./mvnw -B -ntp verify -Dtierslieu.skipUnitTests=true "${pg_args[@]}" "$@"
echo "== The WAR without its three modules starts and serves the core"
webapp/src/test/scripts/without-modules.sh
