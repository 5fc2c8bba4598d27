#!/usr/bin/env bash
# Actor create and list times on H2 (durable and not) and PostgreSQL, 5,000 actors, in one run
# (see databases.py). Starts a private PostgreSQL cluster for it and stops it by its process id.
# Build first (mvn -DskipTests install). Takes about 10 minutes.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
pg=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-pg-XXXXXX")
trap 'webapp/src/test/scripts/postgres.sh stop "$pg"' EXIT
eval "$(webapp/src/test/scripts/postgres.sh start "$pg")"
export TIERSLIEU_TEST_PG_URL TIERSLIEU_TEST_PG_USER TIERSLIEU_TEST_PG_PASSWORD
python3 "$(dirname "$0")/databases.py"
