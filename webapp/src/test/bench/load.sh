#!/usr/bin/env bash
# JSF-aware load (see load.py and docs/benchmarks.md): starts the built application
# (mvn -DskipTests install first) with ./run.sh on a free loopback port and a fresh data folder,
# creates one actor per virtual user, then drives the mix of load.py for LOAD_SECONDS (300) at each
# number of users in LOAD_USERS ("20 50"), and stops the application by its process id.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
. "$(dirname "$0")/app.sh"
start_app
seconds=${LOAD_SECONDS:-300}
users=${LOAD_USERS:-"20 50"}
max=0; for n in $users; do [ "$n" -gt "$max" ] && max=$n; done
ids=""
for i in $(seq 1 "$max"); do
  id=$(curl -s -u manager:demo -H 'Content-Type: application/json' \
    -d "{\"name\":\"Charge $i\",\"kind\":\"COMPANY\",\"commune\":\"Névez\"}" "$base/api/core/actors" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  ids="$ids${ids:+,}$id"
done
echo "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); Java: $(java -version 2>&1 | head -1)"
for n in $users; do
  echo
  python3 "$root/webapp/src/test/bench/load.py" --base "$base" --users "$n" --seconds "$seconds" --actors "$ids" || true
  echo
  echo "resident memory after the load: $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/"$(pgrep -P $pid java || echo $pid)"/status 2>/dev/null || echo '?')"
done
