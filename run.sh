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
export TIERSLIEU_DB_URL="${TIERSLIEU_DB_URL:-jdbc:h2:file:$DATA_DIR/db/tierslieu;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE}"
export TIERSLIEU_DB_USER="${TIERSLIEU_DB_USER:-sa}"
export TIERSLIEU_DB_PASSWORD="${TIERSLIEU_DB_PASSWORD:-}"

WAR=webapp/target/ROOT.war
MICRO=webapp/target/payara-micro.jar
if [ "${TIERSLIEU_SKIP_BUILD:-false}" = "true" ]; then
  : # the caller (the test suite) has just built it
elif [ ! -f "$WAR" ] || [ ! -f "$MICRO" ] \
   || [ -n "$(find pom.xml core webapp module-* -type f -newer "$WAR" -not -path '*/target/*' 2>/dev/null | head -n 1)" ]; then
  echo "Building Tiers-Lieu Studio (first start or sources changed)…"
  mvn -B -q -ntp -DskipTests package
fi

# Payara Micro's runtime is unpacked once next to the build (instead of into a new temp folder at
# every start), so that the JVM can reuse a class-data-sharing archive of it: starts are about a
# third faster. One server at a time uses it; a second server started meanwhile (tests, another
# port) runs from Payara's usual temporary copy.
RUNTIME=webapp/target/payara-runtime
if [ ! -f "$RUNTIME/launch-micro.jar" ] || [ "$MICRO" -nt "$RUNTIME/launch-micro.jar" ]; then
  rm -rf "$RUNTIME"
  java -jar "$MICRO" --rootdir "$RUNTIME" --outputlauncher >/dev/null
  cp "$RUNTIME/config/domain.xml" "$RUNTIME/config/domain.xml.pristine"
fi
LAUNCH=(-jar "$MICRO")
CDS_OPTS=()
if [ -f "$RUNTIME/.in-use" ] && kill -0 "$(cat "$RUNTIME/.in-use")" 2>/dev/null; then
  echo "Another server uses $RUNTIME: this one runs from a temporary copy of Payara Micro."
else
  echo $$ > "$RUNTIME/.in-use" # exec below keeps this process id
  LAUNCH=(-jar "$RUNTIME/launch-micro.jar")
  # Only the runtime is kept between starts: the configuration and the deployed copy of the
  # application are reset, so a start never loads the previous build's application first.
  cp "$RUNTIME/config/domain.xml.pristine" "$RUNTIME/config/domain.xml"
  rm -rf "$RUNTIME/applications" "$RUNTIME/generated" "$RUNTIME/config/lockfile"
  ARCHIVE="$RUNTIME/payara-classes.jsa"
  CLASSLIST="$RUNTIME/payara-classes.lst"
  if [ "${TIERSLIEU_CDS:-true}" = "true" ]; then
    if [ -f "$ARCHIVE" ]; then
      CDS_OPTS=(-XX:SharedArchiveFile="$ARCHIVE" -Xshare:auto)
    else
      # First start of this runtime: record which classes it loads; once the server is up, a
      # low-priority background job turns that list into the archive the next starts use.
      CDS_OPTS=(-XX:DumpLoadedClassList="$CLASSLIST")
      (
        for _ in $(seq 1 300); do
          if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && [ -s "$CLASSLIST" ]; then break; fi
          sleep 1
        done
        sleep 20
        cp "$CLASSLIST" "$CLASSLIST.snapshot"
        nice -n 15 java -Xshare:dump -Xlog:cds=off -XX:SharedClassListFile="$CLASSLIST.snapshot" \
          -XX:SharedArchiveFile="$ARCHIVE.tmp" -jar "$RUNTIME/launch-micro.jar" >/dev/null 2>&1 \
          && mv "$ARCHIVE.tmp" "$ARCHIVE"
        rm -f "$CLASSLIST.snapshot" "$ARCHIVE.tmp"
      ) </dev/null >/dev/null 2>&1 &
    fi
  fi
fi

# If the application fails to deploy (database unreachable, broken WAR), Payara Micro would keep
# running empty: stop it with a clear message instead. Our own start-up failures (migrations)
# already stop the process (-Dtierslieu.exitOnStartupFailure=true). The server's output is also
# kept in $DATA_DIR/server.log, where the watchdog sees when Payara has finished booting.
SERVER_LOG="$DATA_DIR/server.log"
: > "$SERVER_LOG"
exec > >(tee -a "$SERVER_LOG") 2>&1
if command -v curl >/dev/null 2>&1; then
  SERVER_PID=$$ # exec below keeps this process id
  (
    for _ in $(seq 1 900); do
      sleep 2
      kill -0 "$SERVER_PID" 2>/dev/null || exit 0
      grep -q 'Payara Micro .* ready in' "$SERVER_LOG" || continue
      body="$(curl -s --max-time 5 "http://127.0.0.1:$PORT/health/ready" || true)"
      case "$body" in
        *'"status":"UP"'*) exit 0 ;;
        *'No Application deployed'*)
          echo "Tiers-Lieu Studio cannot start: the application could not be deployed (see the errors above;" \
               "is the database reachable? TIERSLIEU_DB_URL=$TIERSLIEU_DB_URL). Stopping the server." >&2
          kill -TERM "$SERVER_PID"
          exit 0 ;;
      esac
    done
  ) </dev/null &
fi

# MicroProfile Metrics answer at /metrics only when TIERSLIEU_METRICS=true (the preboot file turns
# them off); the reverse proxy of deploy/ never forwards /metrics, so only the server itself reads them.
PREBOOT=webapp/src/main/payara/preboot.asadmin
if [ "${TIERSLIEU_METRICS:-false}" = "true" ]; then
  PREBOOT="$DATA_DIR/preboot.asadmin"
  sed 's/microprofile-metrics-configuration.enabled=false/microprofile-metrics-configuration.enabled=true/' \
    webapp/src/main/payara/preboot.asadmin > "$PREBOOT"
fi

# Payara Micro must never talk to the network beyond loopback (see README, "Known issues"):
# no phone-home, Hazelcast discovery on 127.0.0.1 only (a cluster name of its own per port), HTTP
# bound to 127.0.0.1.
exec java ${TIERSLIEU_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
  "${CDS_OPTS[@]}" -Xlog:cds=off \
  -Dhazelcast.phone.home.enabled=false \
  -Dtierslieu.exitOnStartupFailure=true \
  -Dtierslieu.data.dir="$DATA_DIR" \
  -Dtierslieu.port="$PORT" \
  -Dtierslieu.demo="$DEMO" \
  "${LAUNCH[@]}" \
  --deploy "$WAR" --contextroot / \
  --port "$PORT" \
  --prebootcommandfile "$PREBOOT" \
  --disablephonehome \
  --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --clustername "tierslieu-$PORT" \
  --nohostaware
