#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite: started, used, removed. Installs nothing
# (scripts/install-system-deps.sh brings the `postgresql` package); only runs the server.
#
#   postgres-for-tests.sh run -- COMMAND...   start a cluster, run COMMAND with
#                                             SCORE_TEST_POSTGRES_URL set, stop it, remove it
#   postgres-for-tests.sh start DIR           start a cluster in DIR (prints the URL)
#   postgres-for-tests.sh stop DIR            stop it (the folder is left for the caller)
#   postgres-for-tests.sh restart DIR         start a stopped (or killed) cluster of DIR again
#
# initdb refuses to run as root, so as root the cluster runs as the system user `pgtest`
# (made on first use). It listens on a private socket folder and on 127.0.0.1 at
# $SCORE_TEST_POSTGRES_PORT (55432), with trust authentication (except for members of the
# role score_password_checked): for tests only.
set -euo pipefail

port="${SCORE_TEST_POSTGRES_PORT:-55432}"

bindir() {
  local found
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return 0  # explicit: a bare return in the EXIT trap would give the failed command's status
  fi
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    echo "PostgreSQL server not found: run scripts/install-system-deps.sh (package postgresql)" >&2
    exit 1
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u pgtest -- "$@"
  else
    "$@"
  fi
}

start() {
  local dir="$1" bin
  bin=$(bindir)
  if [ "$(id -u)" -eq 0 ]; then
    id pgtest >/dev/null 2>&1 || useradd --system --create-home pgtest
    chown pgtest "$dir"
  fi
  as_owner "$bin/initdb" --pgdata="$dir/data" --auth=trust --username=postgres \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  # Members of score_password_checked must give their password over TCP (the first line
  # that matches wins): the tests of a refused password need a server that refuses one.
  as_owner sed -i '1i host all +score_password_checked 127.0.0.1/32 scram-sha-256' \
    "$dir/data/pg_hba.conf"
  echo "$port" >"$dir/port"
  launch "$dir" "$bin"
  echo "postgresql://postgres@127.0.0.1:$port/postgres"
}

launch() {
  local dir="$1" bin="$2" port
  port=$(cat "$dir/port")
  # Throwaway data: no fsync; enough connections for the concurrency tests.
  as_owner "$bin/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" --wait \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
}

stop() {
  local dir="$1" bin
  bin=$(bindir)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" --pgdata="$dir/data" --mode=immediate --wait stop >/dev/null || true
  fi
}

case "${1:-}" in
  start) start "$2" ;;
  stop) stop "$2" ;;
  restart) launch "$2" "$(bindir)" ;;
  run)
    shift
    [ "${1:-}" = "--" ] && shift
    dir=$(mktemp -d /tmp/score-pg-XXXXXX)
    chmod 755 "$dir"
    trap 'stop "$dir"; rm -rf "$dir"' EXIT
    trap 'exit 130' INT TERM HUP
    # a port taken (another run's cluster, still up) is skipped, never shared
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
      port=$((port + 1))
    done
    url=$(start "$dir")
    echo "PostgreSQL for tests: $url"
    SCORE_TEST_POSTGRES_URL="$url" "$@"
    ;;
  *)
    echo "usage: $0 run -- COMMAND... | start DIR | stop DIR" >&2
    exit 2
    ;;
esac
