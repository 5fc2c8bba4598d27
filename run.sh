#!/usr/bin/env bash
# Starts Tiers-Lieu Studio on http://localhost:${TIERSLIEU_PORT:-8080}/ (Payara Micro, H2 file
# database). Builds the application first if it is missing or older than the sources.
# Configuration: environment variables, see docs/operations.md ("Configuration").
#   ./run.sh --restore FILE [--force]   restores a backup (page "Sauvegardes") into the data
#                                        folder, then starts; --force replaces existing data
#                                        (kept aside in db.before-restore-<date>)
set -euo pipefail
cd "$(dirname "$0")"

RESTORE=""
FORCE=false
while [ $# -gt 0 ]; do
  case "$1" in
    --restore) RESTORE="${2:?--restore needs a backup file}"; shift 2 ;;
    --force) FORCE=true; shift ;;
    *) echo "Unknown option $1 (run.sh [--restore FILE [--force]])" >&2; exit 2 ;;
  esac
done
if [ -n "$RESTORE" ]; then
  [ -f "$RESTORE" ] || { echo "Tiers-Lieu Studio cannot restore: no file $RESTORE" >&2; exit 1; }
  RESTORE="$(cd "$(dirname "$RESTORE")" && pwd)/$(basename "$RESTORE")"
fi

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
  ./mvnw -B -q -ntp -DskipTests package
fi

# Pre-flight checks: one clear line instead of a stack trace (or a server that answers but loses data).
fail() { echo "Tiers-Lieu Studio cannot start: $*" >&2; exit 1; }
probe="$DATA_DIR/.write-test-$$"
( : > "$probe" ) 2>/dev/null || fail "the data folder $DATA_DIR is read-only (or not writable by $(id -un)); give write access or set TIERSLIEU_DATA_DIR"
rm -f "$probe"
free_kb=$(df -Pk "$DATA_DIR" | awk 'NR == 2 {print $4}')
if [ -n "$free_kb" ] && [ "$free_kb" -lt 51200 ]; then
  fail "only $((free_kb / 1024)) MB free on the disk of $DATA_DIR; 50 MB at least are needed (free some space first: nothing has been changed)"
fi

if [ -n "$RESTORE" ]; then
  case "$RESTORE" in
    *.sql.zip)
      [[ "$TIERSLIEU_DB_URL" == jdbc:h2:* ]] || { echo "Tiers-Lieu Studio cannot restore: $RESTORE is an H2 backup and" \
        "TIERSLIEU_DB_URL is not H2 (to move data between databases, export and import the workspace)" >&2; exit 1; }
      db_dir="${TIERSLIEU_DB_URL#jdbc:h2:file:}"; db_dir="$(dirname "${db_dir%%;*}")"
      if [ -n "$(ls -A "$db_dir" 2>/dev/null)" ]; then
        if [ "$FORCE" != "true" ]; then
          echo "Tiers-Lieu Studio will not restore over existing data in $db_dir: add --force to replace it" \
            "(the current data is then kept in $db_dir.before-restore-<date>)" >&2
          exit 1
        fi
        aside="$db_dir.before-restore-$(date +%Y%m%d-%H%M%S)"
        mv "$db_dir" "$aside"
        echo "Current data moved to $aside"
      fi
      mkdir -p "$db_dir"
      java -cp webapp/target/h2.jar org.h2.tools.RunScript -url "${TIERSLIEU_DB_URL%%;*}" \
        -user "$TIERSLIEU_DB_USER" -password "$TIERSLIEU_DB_PASSWORD" -script "$RESTORE" -options COMPRESSION ZIP \
        || { echo "Tiers-Lieu Studio cannot restore $RESTORE: the script failed (see above)" >&2; exit 1; }
      echo "Restored $RESTORE into $db_dir"
      ;;
    *.dump)
      [[ "$TIERSLIEU_DB_URL" == jdbc:postgresql:* ]] || { echo "Tiers-Lieu Studio cannot restore: $RESTORE is a" \
        "PostgreSQL backup and TIERSLIEU_DB_URL is not PostgreSQL" >&2; exit 1; }
      pg_url="${TIERSLIEU_DB_URL#jdbc:}"
      pg_bin=$(command -v pg_restore || ls -d /usr/lib/postgresql/*/bin/pg_restore 2>/dev/null | sort -V | tail -n 1)
      [ -n "$pg_bin" ] || { echo "Tiers-Lieu Studio cannot restore: pg_restore is not installed (postgresql-client)" >&2; exit 1; }
      tables=$(PGPASSWORD="$TIERSLIEU_DB_PASSWORD" "$(dirname "$pg_bin")/psql" "$pg_url" -U "$TIERSLIEU_DB_USER" -tAc \
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
      if [ "$tables" != "0" ] && [ "$FORCE" != "true" ]; then
        echo "Tiers-Lieu Studio will not restore over the $tables tables of the database: add --force to replace them" >&2
        exit 1
      fi
      PGPASSWORD="$TIERSLIEU_DB_PASSWORD" "$pg_bin" --clean --if-exists --no-owner --no-privileges \
        -U "$TIERSLIEU_DB_USER" -d "$pg_url" "$RESTORE" \
        || { echo "Tiers-Lieu Studio cannot restore $RESTORE: pg_restore failed (see above)" >&2; exit 1; }
      echo "Restored $RESTORE into the PostgreSQL database"
      ;;
    *) echo "Tiers-Lieu Studio cannot restore $RESTORE: a backup ends in .sql.zip (H2) or .dump (PostgreSQL)" >&2; exit 1 ;;
  esac
fi

# An H2 database that cannot be opened (damaged file, a file of another program) is reported before
# the server starts, with what to do.
if [[ "$TIERSLIEU_DB_URL" == jdbc:h2:file:* ]] && [ -f webapp/target/h2.jar ]; then
  h2_file="${TIERSLIEU_DB_URL#jdbc:h2:file:}"; h2_file="${h2_file%%;*}.mv.db"
  if [ -f "$h2_file" ]; then
    if ! check=$(java -cp webapp/target/h2.jar org.h2.tools.Shell -url "${TIERSLIEU_DB_URL%%;*};IFEXISTS=TRUE;ACCESS_MODE_DATA=r" \
        -user "$TIERSLIEU_DB_USER" -password "$TIERSLIEU_DB_PASSWORD" -sql "SELECT 1" 2>&1); then
      reason=$(echo "$check" | grep -m1 'Exception' | sed 's/^.*Exception: //; s/ \[[0-9-]*\]$//; s/Possible solution.*//' | head -c 200)
      fail "the database file $h2_file cannot be opened (${reason:-unreadable}); restore a backup with ./run.sh --restore FILE --force (backups are in $DATA_DIR/backups)"
    fi
  fi
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
# HTTP listens on TIERSLIEU_BIND (127.0.0.1 unless a server is reached without a local proxy).
PREBOOT="$DATA_DIR/preboot.asadmin"
METRICS=false
[ "${TIERSLIEU_METRICS:-false}" = "true" ] && METRICS=true
sed -e "s/microprofile-metrics-configuration.enabled=false/microprofile-metrics-configuration.enabled=$METRICS/" \
    -e "s/http-listener.address=127.0.0.1/http-listener.address=${TIERSLIEU_BIND:-127.0.0.1}/" \
    webapp/src/main/payara/preboot.asadmin > "$PREBOOT"

# Payara Micro must never talk to the network beyond loopback unless told (see docs/known-issues.md):
# no phone-home, HTTP bound to 127.0.0.1, Hazelcast on 127.0.0.1 in a cluster of its own (named
# after the port). Several instances of one installation (on one PostgreSQL, behind deploy/'s nginx
# upstream) form one cluster — web sessions replicated, scheduled jobs run once — with the same
# TIERSLIEU_CLUSTER_NAME, the members' Hazelcast addresses in TIERSLIEU_CLUSTER_MEMBERS
# (host:port,host:port), this member's port in TIERSLIEU_CLUSTER_PORT and the private interface
# in TIERSLIEU_CLUSTER_INTERFACE (docs/operations.md, « Plusieurs serveurs »).
CLUSTER_NAME="${TIERSLIEU_CLUSTER_NAME:-tierslieu-$PORT}"
CLUSTER_ARGS=(--clustermode "tcpip:${TIERSLIEU_CLUSTER_MEMBERS:-127.0.0.1:6900}"
  --interfaces "${TIERSLIEU_CLUSTER_INTERFACE:-127.0.0.1}" --clustername "$CLUSTER_NAME")
[ -n "${TIERSLIEU_CLUSTER_PORT:-}" ] && CLUSTER_ARGS+=(--startport "$TIERSLIEU_CLUSTER_PORT")
[ -n "${TIERSLIEU_INSTANCE_NAME:-}" ] && CLUSTER_ARGS+=(--name "$TIERSLIEU_INSTANCE_NAME")
# Alone, sessions stay in memory (no copy to the Data Grid on every request); in a cluster, each
# session is replicated to the other instances (web.xml's <distributable/>).
if [ -z "${TIERSLIEU_CLUSTER_NAME:-}" ]; then
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" >> "$PREBOOT"
fi
# TIERSLIEU_CHECK_SESSIONS=true (the end-to-end tests): after each request, every session attribute
# is serialized as a cluster would, and one that cannot be is logged with the path to the culprit.
CHECK_OPTS=()
[ "${TIERSLIEU_CHECK_SESSIONS:-false}" = "true" ] \
  && CHECK_OPTS=(-Dtierslieu.checkSessions=true -Dsun.io.serialization.extendedDebugInfo=true)
exec java ${TIERSLIEU_JAVA_OPTS:--Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1} \
  "${CDS_OPTS[@]}" "${CHECK_OPTS[@]}" -Xlog:cds=off \
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
  "${CLUSTER_ARGS[@]}" \
  --nohostaware
