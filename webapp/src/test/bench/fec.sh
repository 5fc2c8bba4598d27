#!/usr/bin/env bash
# Times a FEC import of 5,000 and 100,000 lines into the demo's economic model over HTTP (see
# fec.py; target: 100,000 lines in under 5 s). Starts the built application with ./run.sh on a free
# loopback port and a fresh data folder, stops it by its process id. Build first:
# mvn -DskipTests install. Takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
. "$(dirname "$0")/app.sh"
start_app
python3 "$(dirname "$0")/fec.py" "$base" "$pid"
