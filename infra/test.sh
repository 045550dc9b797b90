#!/usr/bin/env bash
# README command 2 (and .ci/run): install what is missing, then run every test —
# lint, types, unit and property tests, workflow tests on the Temporal dev server, API tests on
# Debian PostgreSQL, and the browser tests in Debian chromium against the whole product.
source "$(dirname "$0")/lib.sh"
started=$(date +%s)

ensure_deps
ensure_temporal
ensure_helm
ensure_postgres
ensure_chromium
ensure_schemathesis
build_all

log "Lint en opmaak (biome ci)"
(cd "$ROOT" && pnpm exec biome ci . --reporter=summary)
log "Typecheck"
(cd "$ROOT" && pnpm exec turbo run typecheck --output-logs=errors-only)

# Real parts of the test run, on ports and folders of its own, removed afterwards.
run_dir="$DATA_DIR/test-run"
rm -rf "$run_dir" && mkdir -p "$run_dir"
pids=()
cleanup() {
  local code=$?
  for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  PG_PORT="$TEST_PG_PORT" "$ROOT/infra/postgres.sh" stop test
  exit "$code"
}
trap cleanup EXIT INT TERM

TEST_PG_PORT="${TEST_PG_PORT:-55432}"
TEST_TEMPORAL_PORT="${TEST_TEMPORAL_PORT:-17233}"
E2E_DASHBOARD_PORT="${E2E_DASHBOARD_PORT:-13000}"
export TEST_DATABASE_URL
TEST_DATABASE_URL="$(PG_PORT="$TEST_PG_PORT" "$ROOT/infra/postgres.sh" start test)"

log "Temporal dev-server voor de tests op poort $TEST_TEMPORAL_PORT"
temporal server start-dev --db-filename "$run_dir/temporal.db" --ip 127.0.0.1 \
  --port "$TEST_TEMPORAL_PORT" --ui-port "$((TEST_TEMPORAL_PORT + 1000))" --headless --log-level error \
  >"$run_dir/temporal.log" 2>&1 &
pids+=($!)
wait_for_port 127.0.0.1 "$TEST_TEMPORAL_PORT" "Temporal"
export TEMPORAL_ADDRESS="127.0.0.1:$TEST_TEMPORAL_PORT"
# One payload key for the whole run: at the end every history the run produced is replayed with it.
export DEELWIJS_TEST_PAYLOAD_KEYS="run:$(head -c 32 /dev/urandom | base64)"

log "Unit-, property-, workflow- en API-tests (vitest)"
(cd "$ROOT" && pnpm exec turbo run test --concurrency=2 --continue --output-logs=full)

log "Browsertests: het hele product op ingebouwde standaarden (ingebouwde PostgreSQL), in Debian chromium"
DEELWIJS_DATA_DIR="$run_dir/product" DEELWIJS_STIL=1 DEELWIJS_LOG_MAP="$run_dir/product-logs" \
  DEELWIJS_PAYLOAD_KEYS="$DEELWIJS_TEST_PAYLOAD_KEYS" \
  TEMPORAL_TASK_QUEUE="e2e-$RANDOM" DASHBOARD_PORT="$E2E_DASHBOARD_PORT" API_PORT="$((E2E_DASHBOARD_PORT + 1))" \
  EMBEDDED_PG_PORT="$((E2E_DASHBOARD_PORT + 2))" \
  node "$ROOT/infra/launch.mjs" >"$run_dir/product.log" 2>&1 &
pids+=($!)
for _ in $(seq 240); do grep -q 'Deelwijs draait' "$run_dir/product.log" && break; sleep 0.5; done
grep -q 'Deelwijs draait' "$run_dir/product.log" || { cat "$run_dir/product.log"; die "Het product kwam niet op voor de browsertests."; }
# The product's outbox (launch.mjs: <data dir>/mail): browser and load tests read invitation links there.
export DEELWIJS_POSTBUS="$run_dir/product/mail"
(cd "$ROOT/tests" && DASHBOARD_URL="http://127.0.0.1:$E2E_DASHBOARD_PORT" pnpm exec playwright test)

log "Gelijktijdig gebruik (kort): 64 ingelogde gebruikers, hele levenscycli, elk antwoord gecontroleerd"
(cd "$ROOT/tests" && pnpm exec tsx load/gelijktijdig.ts --url "http://127.0.0.1:$E2E_DASHBOARD_PORT" \
  --vus 64 --seconden 40 --uit "$run_dir/gelijktijdig.json")

log "Storingen (kort): worker en API gedood, Temporal herstart, database even weg; niets verloren of dubbel"
(cd "$ROOT/tests" && pnpm exec tsx load/storingen.ts --levenscycli 30 --vus 8 --db-stop 10 --worker-kills 1 \
  --max-minuten 8 --uit "$run_dir/storingen.json")

log "Privacyscan: een kanarie door het product, dan elke workflow-history en elk productlog doorzocht op cliëntgegevens"
(cd "$ROOT/tests" && pnpm exec tsx load/privacyscan.ts --url "http://127.0.0.1:$E2E_DASHBOARD_PORT" \
  --histories "$run_dir/privacyscan-histories" --logs "$run_dir/product-logs" --uit "$run_dir/privacyscan.json")

log "Fuzzing (kort): schemathesis op het OpenAPI-document, per rol; geen 5xx, elke weigering problem+json in het Nederlands"
(cd "$ROOT/tests" && pnpm exec tsx fuzz/fuzz.ts --api "http://127.0.0.1:$((E2E_DASHBOARD_PORT + 1))" \
  --data-dir "$run_dir/product" --voorbeelden 2 --uit "$run_dir/fuzz.json")

log "Determinisme: elke workflow-history van deze testrun exporteren en herspelen"
(cd "$ROOT/apps/worker" && TESTRUN_HISTORIES="$run_dir/histories" pnpm exec vitest run --config vitest.testrun.config.mts)

log "Alle tests geslaagd in $(( $(date +%s) - started )) seconden."
