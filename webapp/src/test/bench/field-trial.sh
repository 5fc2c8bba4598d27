#!/usr/bin/env bash
# Re-measures the field trial's abuse cases on this machine: the server CPU spent on hostile REST
# bodies and the password hashes an anonymous client can force (see field-trial.py). Starts the
# built application with ./run.sh on a free loopback port and a fresh data folder, stops it by its
# process id. Build first: mvn -DskipTests install. Takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
. "$(dirname "$0")/app.sh"
start_app
python3 "$(dirname "$0")/field-trial.py" "$base" "$pid"
