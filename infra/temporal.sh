#!/usr/bin/env bash
# Starts the Temporal dev server (SQLite file, web UI on) in the foreground.
# Usage: infra/temporal.sh [DB_FILE]   env: TEMPORAL_PORT (7233), TEMPORAL_UI_PORT (8233)
source "$(dirname "$0")/lib.sh"
ensure_temporal
db_file="${1:-$DATA_DIR/temporal/temporal.db}"
mkdir -p "$(dirname "$db_file")"
exec temporal server start-dev \
  --db-filename "$db_file" \
  --sqlite-pragma journal_mode=wal \
  --ip 127.0.0.1 \
  --port "${TEMPORAL_PORT:-7233}" \
  --ui-port "${TEMPORAL_UI_PORT:-8233}" \
  --namespace default \
  --log-level "${TEMPORAL_LOG_LEVEL:-error}"
