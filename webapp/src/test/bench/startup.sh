#!/usr/bin/env bash
# Start-up beside an empty WAR (docs/benchmarks.md, issue 21): the same payara-micro.jar, the same
# JVM flags and the same preboot commands (HTTP on 127.0.0.1 only), no class-data-sharing archive,
# a fresh data folder each time (so the application's start includes its migrations and demo
# data). STARTUP_RUNS (3) starts of each, alternately: seconds from launch to the first good
# answer (the empty WAR's index.html, the application's /health/ready) and resident memory then.
# Then one more start of the application under Java Flight Recorder, summarised by component
# (startup-profile.py) beside Payara's own log lines. Every server is stopped by its process id.
# Run from anywhere after `mvn -B -DskipTests install`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
micro=webapp/target/payara-micro.jar
war=webapp/target/ROOT.war
[ -f "$micro" ] && [ -f "$war" ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }
runs=${STARTUP_RUNS:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-startup-XXXXXX")
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

mkdir -p "$work/empty/WEB-INF"
echo '<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>' > "$work/empty/WEB-INF/web.xml"
echo ok > "$work/empty/index.html"
(cd "$work/empty" && jar cf ../empty.war .)
cp webapp/src/main/payara/preboot.asadmin "$work/preboot.asadmin"
flags=(-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -Dhazelcast.phone.home.enabled=false)

# start LABEL WAR PATH [java options…]: writes "seconds rss_mb" to $work/result, leaves $server running
start() {
  local label=$1 file=$2 path=$3; shift 3
  local port dir t0 t1
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  dir=$(mktemp -d "$work/$label-XXXX")
  t0=$(date +%s.%N)
  TIERSLIEU_DB_URL="jdbc:h2:file:$dir/db/tierslieu;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE" TIERSLIEU_DB_USER=sa TIERSLIEU_DB_PASSWORD= \
  java "${flags[@]}" "$@" -Dtierslieu.exitOnStartupFailure=true -Dtierslieu.data.dir="$dir" -Dtierslieu.port="$port" -Dtierslieu.demo=true \
    -jar "$micro" --deploy "$file" --contextroot / --port "$port" --prebootcommandfile "$work/preboot.asadmin" \
    --disablephonehome --clustermode tcpip:127.0.0.1:6900 --interfaces 127.0.0.1 --clustername "bench-$port" \
    --nohostaware > "$dir/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1800); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port$path"; then break; fi
    kill -0 "$server" 2>/dev/null || { echo "$label did not start, see $dir/server.log" >&2; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s.%N)
  last_dir=$dir
  echo "$(python3 -c "print(f'{$t1 - $t0:.1f}')") $(awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$server/status)" > "$work/result"
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }

declare -a empty_s empty_m app_s app_m
for i in $(seq 1 "$runs"); do
  start empty "$work/empty.war" /index.html; stop; read -r s m < "$work/result"; empty_s+=("$s"); empty_m+=("$m")
  start app "$war" /health/ready; stop; read -r s m < "$work/result"; app_s+=("$s"); app_m+=("$m")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
es=$(median "${empty_s[@]}"); em=$(median "${empty_m[@]}"); as=$(median "${app_s[@]}"); am=$(median "${app_m[@]}")
echo "$(nproc) cores, $(date -u +%Y-%m-%d), $runs starts each, no class-data-sharing archive"
echo
echo "| WAR | start to first answer, median (all) | resident memory, median (all) |"
echo "|---|---|---|"
echo "| empty | ${es} s (${empty_s[*]}) | ${em} MB (${empty_m[*]}) |"
echo "| Tiers-Lieu Studio, demo data | ${as} s (${app_s[*]}) | ${am} MB (${app_m[*]}) |"
echo "| ratio | $(python3 -c "print(f'{$as / $es:.2f}')")× | $(python3 -c "print(f'{$am / $em:.2f}')")× |"

# One profiled start of the application: JFR's execution samples, dumped once it is ready.
start app "$war" /health/ready -XX:StartFlightRecording=name=startup,settings=profile
read -r s m < "$work/result"
jcmd "$server" JFR.dump name=startup filename="$work/startup.jfr" >/dev/null
stop
echo
echo "Profiled start: ${s} s (JFR on). Where the CPU samples of Java threads went, until ready:"
echo
jfr print --events jdk.ExecutionSample --stack-depth 200 "$work/startup.jfr" \
  | python3 "$root/webapp/src/test/bench/startup-profile.py"
echo
echo "Milestones of that start in the server's log (seconds after its first line):"
echo
cp "$last_dir/server.log" "$root/webapp/target/startup-server.log" 2>/dev/null || true
python3 - "$last_dir/server.log" <<'PY'
import datetime, re, sys
records, current = [], None
for line in open(sys.argv[1], errors='replace'):
    m = re.match(r'\[(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)', line)
    if m:
        current = [datetime.datetime.strptime(m.group(1)[:23], '%Y-%m-%dT%H:%M:%S.%f'), line.rsplit('] ', 1)[-1].strip()]
        records.append(current)
    elif current is not None and len(current[1]) < 160:
        current[1] += ' ' + line.strip()
keys = ('startup time', 'Grizzly', 'Security Service', 'loaded default web module', 'WELD-000900', 'Portable JNDI names for EJB Bootstrap',
        'HealthCheck', 'successfully deployed', 'Modules:', 'Successfully applied', 'schema now at', 'demo', 'Demo', 'ready in')
first = records[0][0] if records else None
print('| s | message |')
print('|---|---|')
for t, msg in records:
    msg = re.sub(r'\x1b\[[0-9;]*m', '', msg).replace('[[', '').replace(']]', '').replace('|', '/').strip()
    if any(k in msg for k in keys):
        print(f'| {(t - first).total_seconds():.1f} | {msg[:120]} |')
PY
