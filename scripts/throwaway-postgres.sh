#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1, data in a temporary folder, run as a non-root user.
#   eval "$(bash scripts/throwaway-postgres.sh start)"   exports DATABASE_URL and ATRAMA_PG_DIR
#   eval "$(bash scripts/throwaway-postgres.sh replica "$DATABASE_URL" "$ATRAMA_PG_DIR")"
#       a streaming replica of it (pg_basebackup -R) on another port: exports DATABASE_READ_URL and
#       ATRAMA_PG_REPLICA_DIR; the primary's stop stops it too (it lives in the primary's folder)
#   bash scripts/throwaway-postgres.sh stop "$ATRAMA_PG_DIR"
set -euo pipefail

find_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$initdb" ] || initdb=$(command -v initdb || true)
  if [ -z "$initdb" ]; then
    echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
    exit 1
  fi
  dirname "$(readlink -f "$initdb")"
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

case "${1:-}" in
  start)
    bin=$(find_bin)
    dir=$(mktemp -d /tmp/atrama-pg.XXXXXX)
    [ "$(id -u)" = "0" ] && chown postgres "$dir"
    port=$(free_port)
    as_owner "$bin/initdb" -D "$dir/data" -U atrama --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "export DATABASE_URL=postgres://atrama@127.0.0.1:$port/postgres ATRAMA_PG_DIR=$dir"
    ;;
  replica)
    url="${2:?primary DATABASE_URL}"
    dir="${3:?primary folder}"
    bin=$(find_bin)
    port=$(free_port)
    # hot_standby_feedback: long statistics queries on the replica are not cancelled by the primary's
    # vacuum; replication is allowed to the local user by initdb's default pg_hba.conf.
    as_owner "$bin/pg_basebackup" -d "$url" -D "$dir/replica" -R -X stream -c fast >"$dir/basebackup.log" 2>&1 \
      || { cat "$dir/basebackup.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/replica" -l "$dir/replica.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=200 -c hot_standby_feedback=on" start >/dev/null \
      || { cat "$dir/replica.log" >&2; exit 1; }
    echo "export DATABASE_READ_URL=${url%%@*}@127.0.0.1:$port/${url##*/} ATRAMA_PG_REPLICA_DIR=$dir/replica"
    ;;
  stop)
    dir="${2:?folder}"
    bin=$(find_bin)
    [ -d "$dir/replica" ] && { as_owner "$bin/pg_ctl" -D "$dir/replica" -m fast -w stop >/dev/null 2>&1 || true; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start | replica URL DIR | stop DIR" >&2
    exit 2
    ;;
esac
