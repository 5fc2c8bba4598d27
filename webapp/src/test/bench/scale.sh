#!/usr/bin/env bash
# The network's scale test (issue 20; docs/benchmarks.md « Network »), not part of CI, about
# 15 minutes with the defaults. Run from anywhere after `./mvnw -B install -DskipTests`; needs
# Debian's postgresql, nginx and openssl.
#
#  1. a private PostgreSQL (webapp/src/test/scripts/postgres.sh) on loopback, in a temporary folder;
#  2. instance A (./run.sh as a cluster member, Payara's Data Grid on loopback) migrates the schema
#     and loads the demonstration; scale-seed.sql then writes the network: SCALE_WORKSPACES (1,000)
#     workspaces × SCALE_ACTORS (100) actors, SCALE_PROJECTS (20) projects and one economic model
#     each, and SCALE_USERS (100) accounts, each the manager of its own workspace; instance B joins;
#  3. deploy/nginx.conf (its values filled in as in the end-to-end tests: https on loopback, a
#     self-signed certificate) in front of A only, and load.py drives the 100 users for
#     SCALE_SECONDS (300), each signed in with its own session in its own workspace;
#  4. nginx reloaded with A and B, the users sign in again (their sessions now spread over both) for
#     SCALE_SECONDS, and B is killed (kill -9) halfway: figures before and after the kill;
#  5. every save the server acknowledged is read back from PostgreSQL.
# Everything listens on 127.0.0.1 and is stopped by its process id; the folder is removed.
set -euo pipefail
root="$(cd "$(dirname "$0")/../../../.." && pwd)"
bench="$root/webapp/src/test/bench"
cd "$root"
workspaces=${SCALE_WORKSPACES:-1000}; actors=${SCALE_ACTORS:-100}; projects=${SCALE_PROJECTS:-20}
users=${SCALE_USERS:-100}; seconds=${SCALE_SECONDS:-300}
[ $((workspaces % users)) -eq 0 ] || { echo "SCALE_WORKSPACES must be a multiple of SCALE_USERS" >&2; exit 1; }
[ -f webapp/target/ROOT.war ] || { echo "build first: ./mvnw -B install -DskipTests" >&2; exit 1; }
for tool in nginx openssl; do command -v $tool >/dev/null || { echo "$tool is not installed" >&2; exit 1; }; done

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
work=$(mktemp -d "${TMPDIR:-/tmp}/tierslieu-scale-XXXXXX")
chmod 755 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  "$root/webapp/src/test/scripts/postgres.sh" stop "$work/pg" || true
  [ -n "${SCALE_KEEP:-}" ] && { echo "logs kept in $work"; return; }
  rm -rf "$work"
}
trap cleanup EXIT

echo "$(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(free -g | awk '/Mem:/ {print $2}') GiB; Java: $(java -version 2>&1 | head -1)"
eval "$("$root/webapp/src/test/scripts/postgres.sh" start "$work/pg")"
echo "PostgreSQL $("$TIERSLIEU_TEST_PG_BIN/postgres" --version | awk '{print $3}') on $TIERSLIEU_TEST_PG_URL"
psql_() { PGPASSWORD=$TIERSLIEU_TEST_PG_PASSWORD "$TIERSLIEU_TEST_PG_BIN/psql" "postgresql://${TIERSLIEU_TEST_PG_URL#jdbc:postgresql://}" \
  -U "$TIERSLIEU_TEST_PG_USER" -q -v ON_ERROR_STOP=1 "$@"; }

cluster_ports=("$(free_port)" "$(free_port)")
start_instance() { # name index
  local port; port=$(free_port)
  mkdir -p "$work/$1"
  TIERSLIEU_PORT=$port TIERSLIEU_DATA_DIR="$work/$1" TIERSLIEU_SKIP_BUILD=true TIERSLIEU_CDS=false \
  TIERSLIEU_DB_URL=$TIERSLIEU_TEST_PG_URL TIERSLIEU_DB_USER=$TIERSLIEU_TEST_PG_USER \
  TIERSLIEU_DB_PASSWORD=$TIERSLIEU_TEST_PG_PASSWORD \
  TIERSLIEU_CLUSTER_NAME=tierslieu-scale-$$ TIERSLIEU_CLUSTER_MEMBERS="127.0.0.1:${cluster_ports[0]},127.0.0.1:${cluster_ports[1]}" \
  TIERSLIEU_CLUSTER_PORT=${cluster_ports[$2]} TIERSLIEU_INSTANCE_NAME=$1 \
    ./run.sh > "$work/$1.log" 2>&1 &
  local pid=$!
  pids+=("$pid")
  local t0=$SECONDS
  for _ in $(seq 1 300); do
    if curl -s "http://127.0.0.1:$port/health/ready" | grep -q '"UP"'; then
      echo "instance $1 ready on 127.0.0.1:$port in $((SECONDS - t0)) s (pid $pid)"
      eval "port_$1=$port pid_$1=$pid"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "instance $1 did not become ready; see $work/$1.log (SCALE_KEEP=1 keeps it)" >&2
  exit 1
}

start_instance A 0
t0=$SECONDS
psql_ -v workspaces="$workspaces" -v actors="$actors" -v projects="$projects" -v users="$users" \
  -f "$bench/scale-seed.sql" > "$work/seed.log"
echo "network written in $((SECONDS - t0)) s: $(psql_ -tAc "SELECT count(*) FROM core_workspace") workspaces," \
  "$(psql_ -tAc "SELECT count(*) FROM core_actor") actors, $(psql_ -tAc "SELECT count(*) FROM core_project") projects," \
  "$(psql_ -tAc "SELECT count(*) FROM economy_model") economic models;" \
  "database $(psql_ -tAc "SELECT pg_size_pretty(pg_database_size(current_database()))")"
start_instance B 1

# one line per user: its account, its workspace, the first actor of its workspace (which it edits)
psql_ -tA -F ' ' -c "SELECT u.username, w.slug, (SELECT min(a.id) FROM core_actor a WHERE a.workspace_id = w.id)
  FROM core_app_user u JOIN core_workspace_member m ON m.user_id = u.id JOIN core_workspace w ON w.id = m.workspace_id
  WHERE u.username LIKE 'scale-%' ORDER BY u.id" > "$work/accounts"

mkdir -p "$work/nginx"/{body,proxy,fastcgi,uwsgi,scgi}
chmod -R 777 "$work/nginx"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$work/nginx/key.pem" -out "$work/nginx/cert.pem" 2>/dev/null
http_port=$(free_port); https_port=$(free_port)
site() { # the upstream's application ports
  local servers="" line
  line=$(grep 'server 127.0.0.1:@APP_PORT@' deploy/nginx.conf)
  for p in "$@"; do servers+="${line//@APP_PORT@/$p}"$'\n'; done
  python3 - "$servers" "$http_port" "$https_port" "$work/nginx" > "$work/nginx/site.conf" <<'PY'
import sys
servers, http, https, d = sys.argv[1:]
t = open('deploy/nginx.conf').read()
line = next(l for l in t.splitlines() if 'server 127.0.0.1:@APP_PORT@' in l)
t = t.replace(line, servers.rstrip('\n')).replace('@HOST@', '127.0.0.1').replace('@HTTP_PORT@', '127.0.0.1:' + http) \
    .replace('@HTTPS_PORT@', '127.0.0.1:' + https).replace('@HTTPS_PORT_SUFFIX@', ':' + https) \
    .replace('@CERTIFICATE@', d + '/cert.pem').replace('@CERTIFICATE_KEY@', d + '/key.pem')
import re
assert not re.search('@[A-Z_]+@', t), 'a value of deploy/nginx.conf is not filled in'
print(t)
PY
}
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    log_format upstream '\$request_method \$uri \$status \$upstream_addr \$upstream_status';
    access_log $work/nginx/access.log upstream;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    include $work/nginx/site.conf;
}
CONF
site "$port_A"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' > "$work/nginx/nginx.out" 2>&1 &
pids+=("$!")
nginx_pid=$!
for _ in $(seq 1 50); do curl -sk -o /dev/null "https://127.0.0.1:$https_port/health/ready" && break; sleep 0.2; done
base="https://127.0.0.1:$https_port"
status=0

echo
echo "## 1 instance behind nginx"
python3 "$bench/load.py" --base "$base" --users "$users" --seconds "$seconds" --accounts "$work/accounts" \
  --title "1 instance (A), " || status=1
echo "answered by: $(awk '{print $4}' "$work/nginx/access.log" | sort | uniq -c | xargs)"

echo
echo "## 2 instances behind nginx, B killed (kill -9) halfway"
site "$port_A" "$port_B"
: > "$work/nginx/access.log"
kill -HUP "$nginx_pid"
sleep 2
python3 "$bench/load.py" --base "$base" --users "$users" --seconds "$seconds" --accounts "$work/accounts" \
  --kill-after $((seconds / 2)) --kill-pid "$pid_B" --acknowledged "$work/acknowledged" \
  --title "2 instances (A and B), " || status=1
echo "answered by (instance, status): $(awk '{print $4, $3}' "$work/nginx/access.log" | sort | uniq -c | sort -rn | head -8 | xargs)"
echo "nginx answered 5xx to the client: $(awk '$3 ~ /^5/' "$work/nginx/access.log" | wc -l) times"

echo
lost=0; checked=0; unacknowledged=0
while IFS=$'\t' read -r actor phone since; do
  checked=$((checked + 1))
  saved=$(psql_ -tAc "SELECT phone FROM core_actor WHERE id = $actor")
  if [ "$saved" = "$phone" ]; then
    continue
  elif [[ ",$since," == *",$saved,"* ]]; then
    # a later save went through although its answer did not reach the client (an error page)
    unacknowledged=$((unacknowledged + 1))
    echo "actor $actor: a later save « $saved » went through without its acknowledgement reaching the client"
  else
    lost=$((lost + 1)); echo "actor $actor: acknowledged « $phone », the database holds « $saved »"
  fi
done < "$work/acknowledged"
echo "acknowledged saves read back: $checked actors, $lost lost ($unacknowledged saved later without an answer)"
[ "$lost" -eq 0 ] || status=1
echo "resident memory of A after the runs: $(awk '/VmRSS/ {printf "%d MB", $2/1024}' /proc/"$pid_A"/status 2>/dev/null || echo '?')"
exit $status
