#!/usr/bin/env bash
# "Online for a real team" benchmark, one run on this machine, loopback only (see docs/benchmarks.md):
# REST with a personal access token and with HTTP Basic (wrk -t2 -c20), bytes of
# three pages with and without gzip, and two pages (20 signed-in sessions) beside the static floor.
# Starts the built application (mvn -DskipTests install first) with ./run.sh on a free port and
# a fresh data folder, and stops it by its process id. Needs wrk (apt-get install wrk).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
cd "$root"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
. "$(dirname "$0")/app.sh"
start_app
duration=${BENCH_SECONDS:-15}

# signed-in sessions of the login form (pages: one per simulated person), and a token (REST)
login() {
  local jar="$data/cookies-$1" vs
  vs=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=manager" \
    --data-urlencode "loginForm:password=demo" --data-urlencode "loginForm:submit=" --data-urlencode "jakarta.faces.ViewState=$vs" \
    "$base/login.xhtml"
  awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1
}
sessions=""
for i in $(seq 1 20); do sessions="$sessions${sessions:+,}$(login "$i")"; done
session=${sessions%%,*}
token=$(curl -s -u manager:demo -H 'Content-Type: application/json' -d '{"name":"benchmark","days":1}' "$base/api/core/tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["secret"])')
model=$(curl -s -H "Authorization: Bearer $token" "$base/api/economy/models" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
lua="$root/webapp/src/test/bench/wrk-report.lua"

measure() { # label, connections, then wrk arguments (SESSIONS in the environment spreads over sessions)
  local label=$1 connections=$2; shift 2
  local out
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$lua" "$@")
  printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$connections" "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$out" | awk '$1 == "50%" {print $2}')" "$(echo "$out" | awk '$1 == "P95" {print $2}')" \
    "$(echo "$out" | awk '$1 == "99%" {print $2}')" "$(echo "$out" | awk '$1 == "NON2XX" {print $2}')"
}

echo "wrk -t2 -d${duration}s on loopback, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo
echo "| what | connections | requests/s | p50 | p95 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|---|"
measure "static resource (floor): /resources/css/app.css" 20 "$base/resources/css/app.css"
measure "GET /api/core/actors?size=20, token (Bearer)" 20 -H "Authorization: Bearer $token" "$base/api/core/actors?size=20"
# Basic: the first call checks the password (PBKDF2), the next ones within 5 minutes reuse that check
measure "GET /api/core/actors?size=20, HTTP Basic" 20 -H "Authorization: Basic $(printf 'manager:demo' | base64)" "$base/api/core/actors?size=20"
SESSIONS=$sessions measure "actor list page (20 sessions)" 20 "$base/core/actors/list.xhtml"
SESSIONS=$sessions measure "dashboard (20 sessions)" 20 "$base/index.xhtml"
SESSIONS=$sessions measure "economic model page (20 sessions)" 20 "$base/economy/model.xhtml?id=$model"
echo
echo "| page | bytes | with gzip |"
echo "|---|---|---|"
for page in /index.xhtml /core/actors/list.xhtml "/economy/model.xhtml?id=$model"; do
  plain=$(curl -s -o /dev/null -w '%{size_download}' -H "Cookie: JSESSIONID=$session" "$base$page")
  gz=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip' -H "Cookie: JSESSIONID=$session" "$base$page")
  printf '| %s | %s | %s |\n' "$page" "$plain" "$gz"
done
