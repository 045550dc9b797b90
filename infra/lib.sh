# Shared helpers for the infra scripts: where things live and how missing tools get installed.
# Sourced, not run. Every step is idempotent, so a warm machine skips what it already has.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS_DIR="${DEELWIJS_TOOLS_DIR:-$ROOT/.tools}"
DATA_DIR="${DEELWIJS_DATA_DIR:-$ROOT/.data}"
PNPM_VERSION="10.34.8"
TEMPORAL_CLI_VERSION="v1.5.1"
HELM_VERSION="v4.3.2"
export PATH="$TOOLS_DIR/bin:$TOOLS_DIR/pnpm/node_modules/.bin:$PATH"

log() { printf '\033[1;34m[deelwijs %s]\033[0m %s\n' "$(date +%T)" "$*" >&2; }
die() { printf '\033[1;31m[deelwijs] %s\033[0m\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "Voor '$*' zijn root-rechten nodig (sudo ontbreekt)."
  fi
}

APT_UPDATED=""
apt_install() {
  command -v apt-get >/dev/null || die "apt-get ontbreekt: installeer handmatig: $*"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_node() {
  command -v node >/dev/null || die "Node.js ontbreekt: installeer Node 20 (20.19 of nieuwer)."
  local major; major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$major" -ge 20 ] || die "Node $(node -v) is te oud: Deelwijs vraagt Node 20.19 of nieuwer."
}

# pnpm lives in the git-ignored tools folder, so nothing global changes.
ensure_pnpm() {
  ensure_node
  if [ ! -x "$TOOLS_DIR/pnpm/node_modules/.bin/pnpm" ]; then
    log "pnpm $PNPM_VERSION installeren in $TOOLS_DIR/pnpm"
    npm install --silent --no-audit --no-fund --prefix "$TOOLS_DIR/pnpm" "pnpm@$PNPM_VERSION" >/dev/null
  fi
}

ensure_deps() {
  ensure_pnpm
  log "Node-pakketten installeren (pnpm install --frozen-lockfile)"
  (cd "$ROOT" && pnpm install --frozen-lockfile --reporter=silent)
}

# The Temporal CLI (dev server + web UI), built from its Go module once and then reused.
ensure_temporal() {
  if [ -x "$TOOLS_DIR/bin/temporal" ]; then return; fi
  command -v go >/dev/null || die "Go ontbreekt: installeer Go 1.23 of nieuwer (bijv. 'apt-get install golang-go' of https://go.dev/dl) om de Temporal CLI te bouwen."
  log "Temporal CLI $TEMPORAL_CLI_VERSION bouwen met go install (eenmalig, enkele minuten)"
  mkdir -p "$TOOLS_DIR/bin"
  GOBIN="$TOOLS_DIR/bin" GOFLAGS="${GOFLAGS:-} -buildvcs=false" go install "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION"
}

# helm, for the chart test (helm lint + helm template of infra/helm/deelwijs); built like the Temporal CLI.
ensure_helm() {
  command -v go >/dev/null || die "Go ontbreekt: installeer Go 1.23 of nieuwer om helm te bouwen."
  # A go-install build reports only "v4.3" itself; the module version is in the binary's build info.
  if go version -m "$TOOLS_DIR/bin/helm" 2>/dev/null | grep -q "mod[[:space:]]*helm.sh/helm/v4[[:space:]]*$HELM_VERSION[[:space:]]"; then
    return
  fi
  log "helm $HELM_VERSION bouwen met go install (eenmalig, enkele minuten)"
  mkdir -p "$TOOLS_DIR/bin"
  GOBIN="$TOOLS_DIR/bin" GOFLAGS="${GOFLAGS:-} -buildvcs=false" go install "helm.sh/helm/v4/cmd/helm@$HELM_VERSION"
}

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_postgres() {
  if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/initdb" ]; then apt_install postgresql; fi
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ]; then apt_install chromium; fi
}

# schemathesis (PyPI) fuzzes the API from its OpenAPI document; a venv of its own, pinned.
SCHEMATHESIS_VERSION=4.32.5
ensure_schemathesis() {
  local venv="$TOOLS_DIR/schemathesis"
  if [ "$("$venv/bin/st" --version 2>/dev/null)" != "st, version $SCHEMATHESIS_VERSION" ]; then
    log "schemathesis $SCHEMATHESIS_VERSION installeren in $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
  fi
}

build_all() {
  log "Bouwen (turbo run build)"
  (cd "$ROOT" && pnpm exec turbo run build --output-logs=errors-only)
}

# Waits until a TCP port accepts connections.
wait_for_port() {
  local host="$1" port="$2" name="$3" tries="${4:-120}"
  for _ in $(seq "$tries"); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  die "$name reageert niet op $host:$port"
}
