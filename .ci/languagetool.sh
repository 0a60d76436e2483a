#!/usr/bin/env bash
# CI's LanguageTool server for tests/test_grammar_languagetool.py.
#
#   url=$(bash .ci/languagetool.sh start)   # fetch (Maven), start on a free loopback port,
#                                           # warm up the tested variants; prints the URL
#   bash .ci/languagetool.sh stop           # stop it (safe to call when not running)
#
# Progress goes to stderr; a failure to fetch or start exits non-zero, so CI fails loudly
# instead of skipping the grammar tests.
set -euo pipefail
cd "$(dirname "$0")/.."
RUN=tools/languagetool/run.sh

case "${1:-}" in
  start)
    t0=$SECONDS
    bash "$RUN" fetch >&2
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
    # Every variant the tests check, so the test command does not pay for loading them.
    LT_WARMUP=${LT_WARMUP:-en-US en-GB en-AU en-CA de-DE de-AT de-CH fr-FR fr-CA es-ES pt-BR pt-PT nl-NL it-IT} bash "$RUN" start "$port" >&2
    echo "languagetool: ready in $((SECONDS - t0)) s" >&2
    echo "http://127.0.0.1:$port"
    ;;
  stop)
    bash "$RUN" stop >&2
    ;;
  *)
    echo "usage: $0 start | stop" >&2
    exit 2
    ;;
esac
