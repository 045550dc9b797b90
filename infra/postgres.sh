#!/usr/bin/env bash
# Debian PostgreSQL in its own data dir and port, so it never collides with a system cluster.
# Usage: infra/postgres.sh start|stop|drop|url [NAME]   env: PG_PORT (55432)
source "$(dirname "$0")/lib.sh"
cmd="${1:?start|stop|drop|url}"
name="${2:-test}"
port="${PG_PORT:-55432}"
# PostgreSQL refuses to run as root; as root we hand the cluster to the 'postgres' user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# As root, the 'postgres' user must be able to reach the data folder. A checkout under a private
# folder (mktemp -d is mode 700) does not allow that; then the cluster lives in /var/tmp instead.
cluster_dir() {
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$(dirname "$DATA_DIR")" 2>/dev/null; then
    echo "/var/tmp/deelwijs-postgres/$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)-$name-$port"
  else
    echo "$DATA_DIR/postgres-$name-$port"
  fi
}
url="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"

case "$cmd" in
  start)
    ensure_postgres
    bin="$(pg_bindir)"
    dir="$(cluster_dir)"
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      log "PostgreSQL-cluster aanmaken in $dir"
      mkdir -p "$dir/data" "$dir/socket"
      [ "$(id -u)" = 0 ] && chown -R postgres:postgres "$dir"
      [ "$(id -u)" = 0 ] && chmod 700 "$dir"
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
    dir="$(cluster_dir)"
    [ -f "$dir/data/PG_VERSION" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  drop)
    # Stop and remove the cluster: for throwaway clusters such as the outage test's.
    bin="$(pg_bindir)"
    dir="$(cluster_dir)"
    [ -f "$dir/data/PG_VERSION" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  url) echo "$url" ;;
  *) die "onbekend commando: $cmd" ;;
esac
