#!/usr/bin/env bash
# Nothing acknowledged is lost on kill -9 (see reliability.py): 20 rounds of create / kill -9 within
# 50 ms of the 201 / restart, then a burst of 50 concurrent creates killed at the 25th 201.
#   reliability.sh          on H2 (the embedded default)
#   reliability.sh postgres on a private PostgreSQL cluster started and stopped here
# Build first (mvn -DskipTests install). Takes about 6 minutes per database.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
if [ "${1:-h2}" = "postgres" ]; then
  pg=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-pg-XXXXXX")
  trap 'webapp/src/test/scripts/postgres.sh stop "$pg"' EXIT
  eval "$(webapp/src/test/scripts/postgres.sh start "$pg")"
  export TIERSLIEU_TEST_PG_URL TIERSLIEU_TEST_PG_USER TIERSLIEU_TEST_PG_PASSWORD
fi
python3 "$(dirname "$0")/reliability.py" "${1:-h2}"
