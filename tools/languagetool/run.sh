#!/usr/bin/env bash
# A local LanguageTool HTTP server for chatwriter's grammar rules and their tests.
#
#   tools/languagetool/run.sh fetch        # Maven: server + language modules into lib/
#   tools/languagetool/run.sh start 8081   # background server on 127.0.0.1:8081, waits until it answers
#   tools/languagetool/run.sh status       # running or not, and where
#   tools/languagetool/run.sh stop         # stops the server that `start` started
#
# Environment (all optional):
#   LT_LIB            where the jars go (default: tools/languagetool/lib, gitignored)
#   LT_JAVA_OPTS      JVM options (default: -Xms256m -Xmx4g -XX:+UseSerialGC)
#   LT_START_TIMEOUT  seconds to wait for the server to answer (default 120)
#   LT_WARMUP         languages to check once after start, so the first real check is fast
#                     (default: "en-US de-DE fr"; empty to skip)
#
# The server binds to localhost only (LanguageTool's default without --public), with
# pipeline caching on (server.properties, written at start): without it the server builds
# a fresh rule pipeline for every request, which costs ~0.8 s per German or French check
# on a 2-core machine against ~0.02 s with the cache.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
LIB=${LT_LIB:-$HERE/lib}
PIDFILE=$LIB/server.pid
PORTFILE=$LIB/server.port
LOGFILE=$LIB/server.log
PROPS=$LIB/server.properties
STAMP=$LIB/.pom.sha256
JAVA_OPTS=${LT_JAVA_OPTS:--Xms256m -Xmx4g -XX:+UseSerialGC}
START_TIMEOUT=${LT_START_TIMEOUT:-120}
WARMUP=${LT_WARMUP-en-US de-DE fr}

say() { echo "languagetool: $*" >&2; }
die() {
  say "$*"
  exit 1
}

# GET or POST with a bounded time, without curl (python3 is always here for chatwriter).
http() { # http URL TIMEOUT [LANG]  -> prints the body, exit 1 on any failure
  python3 - "$@" <<'PY'
import sys, urllib.parse, urllib.request
url, timeout = sys.argv[1], float(sys.argv[2])
data = None
if len(sys.argv) > 3:
    data = urllib.parse.urlencode({"language": sys.argv[3], "text": "This is a warm-up."}).encode()
try:
    with urllib.request.urlopen(url, data=data, timeout=timeout) as r:
        sys.stdout.write(r.read().decode("utf-8", "replace"))
except Exception as exc:  # noqa: BLE001 - any failure means "not answering"
    sys.stderr.write(f"{exc}\n")
    sys.exit(1)
PY
}

running_pid() { # prints the pid of our server if it is alive and is our java process
  [ -f "$PIDFILE" ] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  grep -q 'org.languagetool.server.HTTPServer' "/proc/$pid/cmdline" 2>/dev/null || return 1
  echo "$pid"
}

cmd_fetch() {
  command -v mvn >/dev/null || die "mvn not found; install Maven (apt-get install maven)"
  command -v java >/dev/null || die "java not found; install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
  local sum
  sum=$(sha256sum "$HERE/pom.xml" | cut -d' ' -f1)
  if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$sum" ] && ls "$LIB"/languagetool-server-*.jar >/dev/null 2>&1; then
    say "lib up to date in $LIB"
    return 0
  fi
  mkdir -p "$LIB"
  rm -f "$LIB"/*.jar "$STAMP"
  local t0=$SECONDS
  # Maven's output goes to a log, shown only when it fails (its -q mode still prints escapes).
  if ! mvn -B -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
    -Dlt.lib="$LIB" >"$LIB/fetch.log" 2>&1; then
    tail -n 40 "$LIB/fetch.log" >&2
    die "mvn failed (full log in $LIB/fetch.log)"
  fi
  echo "$sum" >"$STAMP"
  say "fetched $(find "$LIB" -name '*.jar' | wc -l) jars ($(du -sh "$LIB" | cut -f1)) into $LIB in $((SECONDS - t0)) s"
}

cmd_start() {
  local port=${1:-}
  [[ "$port" =~ ^[0-9]+$ ]] || die "usage: run.sh start PORT"
  ls "$LIB"/languagetool-server-*.jar >/dev/null 2>&1 || die "no jars in $LIB; run: $0 fetch"
  local pid
  if pid=$(running_pid); then
    [ "$(cat "$PORTFILE" 2>/dev/null)" = "$port" ] || die "already running (pid $pid) on port $(cat "$PORTFILE"); stop it first"
    say "already running (pid $pid) on http://127.0.0.1:$port"
    return 0
  fi
  if http "http://127.0.0.1:$port/v2/languages" 2 >/dev/null 2>&1; then
    die "something else already answers on 127.0.0.1:$port; choose another port"
  fi
  local t0=$SECONDS
  printf '%s\n' pipelineCaching=true maxPipelinePoolSize=64 pipelineExpireTimeInSeconds=3600 >"$PROPS"
  # shellcheck disable=SC2086
  nohup java $JAVA_OPTS -cp "$LIB/*" org.languagetool.server.HTTPServer \
    --port "$port" --allow-origin '*' --config "$PROPS" >"$LOGFILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  echo "$port" >"$PORTFILE"
  local deadline=$((SECONDS + START_TIMEOUT))
  until http "http://127.0.0.1:$port/v2/languages" 2 >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$LOGFILE" >&2 || true
      rm -f "$PIDFILE" "$PORTFILE"
      die "the server exited during start (log above, full log in $LOGFILE)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      tail -n 30 "$LOGFILE" >&2 || true
      cmd_stop
      die "no answer from 127.0.0.1:$port after ${START_TIMEOUT} s (log above)"
    fi
    sleep 0.5
  done
  say "up (pid $pid) on http://127.0.0.1:$port after $((SECONDS - t0)) s"
  if [ -n "$WARMUP" ]; then
    # The first check of each language loads its rules and dictionaries (10-20 s each);
    # do it now, in parallel, so tests and users get answers in milliseconds.
    local t1=$SECONDS lang pids=()
    for lang in $WARMUP; do
      http "http://127.0.0.1:$port/v2/check" "$START_TIMEOUT" "$lang" >/dev/null &
      pids+=($!)
    done
    local failed=0 p
    for p in "${pids[@]}"; do wait "$p" || failed=1; done
    [ "$failed" -eq 0 ] || say "warning: a warm-up check failed (see $LOGFILE)"
    say "warmed up ($WARMUP) in $((SECONDS - t1)) s"
  fi
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PIDFILE" "$PORTFILE"
    say "not running"
    return 0
  fi
  kill "$pid" 2>/dev/null || true
  local i
  for i in $(seq 1 40); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE" "$PORTFILE"
  say "stopped (pid $pid)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    echo "running (pid $pid) on http://127.0.0.1:$(cat "$PORTFILE")"
  else
    echo "not running"
    return 1
  fi
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  *)
    echo "usage: $0 fetch | start PORT | stop | status" >&2
    exit 2
    ;;
esac
