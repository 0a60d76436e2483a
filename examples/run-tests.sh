#!/usr/bin/env bash
# Runs the example integrations' tests with Go's and Node's own runners against one
# real `chatwriter serve --http` on 127.0.0.1, which this script starts and stops.
#
#   examples/run-tests.sh            # chatwriter on PATH (an activated venv)
#   CHATWRITER_BIN=/path/to/chatwriter examples/run-tests.sh
#
# Needs: go >= 1.22, node >= 20. Go modules come from the Go module proxy only
# (GOPROXY without its "direct" fallback; go.sum pins every module).
# Exits non-zero when a suite fails, or when it cannot run at all.
set -euo pipefail
cd "$(dirname "$0")"
EXAMPLES=$(pwd)

fail() {
  echo "examples: $*" >&2
  exit 1
}

BIN=${CHATWRITER_BIN:-chatwriter}
BIN=$(command -v "$BIN") || fail "chatwriter console script not found (set CHATWRITER_BIN or activate the venv)"
export CHATWRITER_BIN=$BIN
command -v go >/dev/null || fail "go is not installed"
command -v node >/dev/null || fail "node is not installed"
node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' ||
  fail "node >= 20 is needed, found $(node --version)"

WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do
      kill -0 "$SERVER_PID" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# one server for both suites (each suite starts its own when CHATWRITER_URL is unset)
PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$BIN" serve --http --host 127.0.0.1 --port "$PORT" --isolated --locales en-US,de,es-MX >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
export CHATWRITER_URL="http://127.0.0.1:$PORT"
if ! node -e '
  const url = process.argv[1] + "/healthz";
  const deadline = Date.now() + 120000;
  (async () => {
    for (;;) {
      try {
        const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (r.status === 200) process.exit(0);
      } catch {}
      if (Date.now() > deadline) process.exit(1);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();' "$CHATWRITER_URL" || ! kill -0 "$SERVER_PID" 2>/dev/null; then
  cat "$WORK/server.log" >&2
  fail "chatwriter server did not start on $CHATWRITER_URL"
fi
echo "== chatwriter server ready on $CHATWRITER_URL"

# Go: modules from the proxy only, go.sum must already be complete, no toolchain switch
export GOPROXY
GOPROXY=$(go env GOPROXY | sed -E 's/[,|]direct$//')
[ "$GOPROXY" != "direct" ] && [ "$GOPROXY" != "off" ] && [ -n "$GOPROXY" ] ||
  fail "GOPROXY must name the Go module proxy (it is '$GOPROXY')"
export GOFLAGS="${GOFLAGS:-} -mod=readonly"
export GOTOOLCHAIN=local

echo "== go test ./... (examples/mattermost-plugin)"
set +e
(cd "$EXAMPLES/mattermost-plugin" && go test -count=1 ./...) >"$WORK/go.log" 2>&1
go_rc=$?
set -e
cat "$WORK/go.log"

echo "== node --test (examples/zendesk-app)"
set +e
(cd "$EXAMPLES/zendesk-app" && node --test test/) >"$WORK/node.log" 2>&1
node_rc=$?
set -e
if [ "$node_rc" -ne 0 ]; then
  cat "$WORK/node.log"
else
  grep -E '^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) ' "$WORK/node.log" || cat "$WORK/node.log"
fi

if [ "$go_rc" -ne 0 ] || [ "$node_rc" -ne 0 ]; then
  echo "--- chatwriter server log" >&2
  tail -n 50 "$WORK/server.log" >&2
  fail "go test exited $go_rc, node --test exited $node_rc"
fi
echo "== examples: go test and node --test passed"
