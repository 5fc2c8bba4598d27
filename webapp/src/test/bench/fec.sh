#!/usr/bin/env bash
# Times a FEC import of 5,000 and 100,000 lines into the demo's economic model over HTTP (see
# fec.py; target: 100,000 lines in under 5 s). Starts the built application with ./run.sh on a free
# loopback port and a fresh data folder, stops it by its process id. Build first:
# mvn -DskipTests install. Takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
data=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-bench-XXXXXX")
TIERSLIEU_PORT=$port TIERSLIEU_DATA_DIR=$data TIERSLIEU_SKIP_BUILD=true TIERSLIEU_CDS=false ./run.sh > "$data/run.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -s "http://127.0.0.1:$port/health/ready" | grep -q '"UP"' && break
  sleep 1
done
python3 "$(dirname "$0")/fec.py" "http://127.0.0.1:$port" "$pid"
