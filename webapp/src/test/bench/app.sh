#!/usr/bin/env bash
# Sourced by the benchmark scripts: start_app starts the built application with ./run.sh on a free
# loopback port and a fresh data folder, waits until it is ready, and sets $port, $data, $pid and
# $base; the EXIT trap stops it by its process id and removes the folder. Run from the repository root.
start_app() {
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  data=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-bench-XXXXXX")
  TIERSLIEU_PORT=$port TIERSLIEU_DATA_DIR=$data TIERSLIEU_SKIP_BUILD=true TIERSLIEU_CDS=false ./run.sh > "$data/run.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 240); do
    curl -s "$base/health/ready" | grep -q '"UP"' && return 0
    sleep 1
  done
  echo "the application did not become ready; see $data/run.log" >&2
  return 1
}
