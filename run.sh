#!/usr/bin/env bash
# Starts Tiers-Lieu Studio on http://localhost:${TIERSLIEU_PORT:-8080}/ (Payara Micro, H2 file
# database). Builds the application first if it is missing or older than the sources.
# Configuration: environment variables, see README.md ("Configuration").
set -euo pipefail
cd "$(dirname "$0")"

PORT="${TIERSLIEU_PORT:-8080}"
DATA_DIR="${TIERSLIEU_DATA_DIR:-./data}"
DEMO="${TIERSLIEU_DEMO:-true}"
mkdir -p "$DATA_DIR"
DATA_DIR="$(cd "$DATA_DIR" && pwd)"
export TIERSLIEU_DB_URL="${TIERSLIEU_DB_URL:-jdbc:h2:file:$DATA_DIR/db/tierslieu}"
export TIERSLIEU_DB_USER="${TIERSLIEU_DB_USER:-sa}"
export TIERSLIEU_DB_PASSWORD="${TIERSLIEU_DB_PASSWORD:-}"

WAR=webapp/target/ROOT.war
MICRO=webapp/target/payara-micro.jar
if [ "${TIERSLIEU_SKIP_BUILD:-false}" = "true" ]; then
  : # the caller (the test suite) has just built it
elif [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] \
   || [ -n "$(find pom.xml core webapp module-* -type f -newer "$WAR" -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
  echo "Building Tiers-Lieu Studio (first start or sources changed)…"
  mvn -B -q -DskipTests package
fi

# Payara Micro must never talk to the network beyond loopback (see README, "Known issues"):
# no phone-home, Hazelcast discovery on 127.0.0.1 only, HTTP bound to 127.0.0.1.
exec java ${TIERSLIEU_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
  -Dhazelcast.phone.home.enabled=false \
  -Dtierslieu.exitOnStartupFailure=true \
  -Dtierslieu.data.dir="$DATA_DIR" \
  -Dtierslieu.demo="$DEMO" \
  -jar "$MICRO" \
  --deploy "$WAR" --contextroot / \
  --port "$PORT" \
  --prebootcommandfile webapp/src/main/payara/preboot.asadmin \
  --disablephonehome \
  --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 \
  --nohostaware
