#!/usr/bin/env bash
# Times the experience library's CSV import of 3,500 places over HTTP (see experiences.py; target:
# under 5 s). Starts the built application with ./run.sh on a free loopback port and a fresh data
# folder, stops it by its process id. Build first: ./mvnw -DskipTests install. About a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
. "$(dirname "$0")/app.sh"
start_app
python3 "$(dirname "$0")/experiences.py" "$base" "$pid"
