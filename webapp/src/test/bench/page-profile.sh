#!/usr/bin/env bash
# Where a page's CPU goes under load (docs/benchmarks.md, issue 21): starts the application with
# Java Flight Recorder, drives load.py for PROFILE_SECONDS (60) at PROFILE_USERS (20), dumps the
# recording and summarises its execution samples by component (startup-profile.py --pages).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
. "$(dirname "$0")/app.sh"
export TIERSLIEU_JAVA_OPTS="-Xmx1g -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:StartFlightRecording=name=pages,settings=profile -XX:FlightRecorderOptions=stackdepth=256"
start_app
users=${PROFILE_USERS:-20}
ids=""
for i in $(seq 1 "$users"); do
  id=$(curl -s -u manager:demo -H 'Content-Type: application/json' \
    -d "{\"name\":\"Profil $i\",\"kind\":\"COMPANY\"}" "$base/api/core/actors" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  ids="$ids${ids:+,}$id"
done
java_pid=$(pgrep -P "$pid" java || echo "$pid")
jcmd "$java_pid" JFR.stop name=pages >/dev/null
jcmd "$java_pid" JFR.start name=load settings=profile >/dev/null
python3 "$root/webapp/src/test/bench/load.py" --base "$base" --users "$users" --seconds "${PROFILE_SECONDS:-60}" --actors "$ids" || true
jcmd "$java_pid" JFR.dump name=load filename="$data/load.jfr" >/dev/null
echo
jfr print --events jdk.ExecutionSample --stack-depth 200 "$data/load.jfr" | python3 "$root/webapp/src/test/bench/startup-profile.py" --pages
