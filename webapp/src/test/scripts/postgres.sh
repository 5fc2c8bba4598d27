#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests, never the system's service: initdb in a temporary
# folder as an unprivileged user (the "postgres" account when run as root), listening on 127.0.0.1
# only, on a free port; stopped by its process id.
#   postgres.sh start <folder>   prints the variables to export (TIERSLIEU_TEST_PG_*)
#   postgres.sh stop  <folder>
set -euo pipefail
cmd=${1:?start or stop}
dir=${2:?folder}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
      || shuf -i 20000-60000 -n 1)
    echo "tierslieu-test" > "$dir/.pw"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/.pw"
    as_owner "$bin/initdb" -D "$dir/data" -U tierslieu --pwfile="$dir/.pw" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1
    # the settings live in the cluster's own file, so that a plain "pg_ctl start" (the outage test) restarts it alike
    printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\nfsync = on\n" "$port" "$dir" \
      | as_owner tee -a "$dir/data/postgresql.conf" >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null
    PGPASSWORD=tierslieu-test "$bin/psql" -h 127.0.0.1 -p "$port" -U tierslieu -d postgres -q \
      -c "CREATE DATABASE tierslieu" >/dev/null
    echo "export TIERSLIEU_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/tierslieu"
    echo "export TIERSLIEU_TEST_PG_ADMIN_URL=jdbc:postgresql://127.0.0.1:$port/postgres"
    echo "export TIERSLIEU_TEST_PG_USER=tierslieu"
    echo "export TIERSLIEU_TEST_PG_PASSWORD=tierslieu-test"
    echo "export TIERSLIEU_TEST_PG_BIN=$bin"
    echo "export TIERSLIEU_TEST_PG_CLUSTER=$dir"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      pid=$(head -n 1 "$dir/data/postmaster.pid")
      kill -INT "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
    rm -rf "$dir"
    ;;
esac
