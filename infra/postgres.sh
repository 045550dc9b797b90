#!/usr/bin/env bash
# Debian PostgreSQL in its own data dir and port, so it never collides with a system cluster.
# Usage: infra/postgres.sh start|stop|url [NAME]   env: PG_PORT (55432)
source "$(dirname "$0")/lib.sh"
cmd="${1:?start|stop|url}"
name="${2:-test}"
port="${PG_PORT:-55432}"
dir="$DATA_DIR/postgres-$name-$port"
url="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"

# PostgreSQL refuses to run as root; as root we hand the cluster to the 'postgres' user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
  start)
    ensure_postgres
    bin="$(pg_bindir)"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      log "PostgreSQL-cluster aanmaken in $dir"
      mkdir -p "$dir/data" "$dir/socket"
      [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
      as_pg "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    # Durability is pointless for throwaway test clusters, and fsync costs seconds per suite.
    extra=""; [ "$name" = test ] && extra="-c fsync=off -c synchronous_commit=off"
    if ! as_pg "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -o "-p $port -k $dir/socket -c listen_addresses=127.0.0.1 -c max_connections=200 $extra" start >/dev/null
    fi
    echo "$url"
    ;;
  stop)
    bin="$(pg_bindir)"
    [ -f "$dir/data/PG_VERSION" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  url) echo "$url" ;;
  *) die "onbekend commando: $cmd" ;;
esac
