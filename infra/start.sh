#!/usr/bin/env bash
# README command 1: install what is missing, build, and start the whole product with demo data.
source "$(dirname "$0")/lib.sh"
ensure_deps
ensure_temporal
build_all
exec node "$ROOT/infra/launch.mjs"
