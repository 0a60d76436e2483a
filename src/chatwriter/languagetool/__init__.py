"""A small client for LanguageTool's HTTP API (``/v2/check``, ``/v2/languages``).

Every call has a **total** time limit, not a per-read one: ``check``, ``info`` and
``language_for`` return or raise by ``timeout_ms`` after they start, and ``check`` also by
the caller's ``deadline`` (an absolute ``time.monotonic()`` value) when that comes first.
The limit covers connecting, TLS, sending, the status line, the headers and the body, so
a server that drips one byte every 100 ms cannot stretch it (``urllib``'s timeout applied
to each read and could). It is done without a thread: ``http.client`` speaks HTTP/1.1 on
a socket we connect ourselves, and before every send and every receive the socket's
timeout is set to the time left (``net.DeadlineSocket``). Name resolution
(``getaddrinfo``) is the one step outside the limit: the system resolver has no timeout
we can set, and an IP address or ``localhost`` costs no lookup.

After a refused connection or a timeout of the configured ``timeout_ms`` the client does
not ask again for ``retry_after`` seconds, so a batch of thousands of messages is not slowed
down by a server that is down. A timeout caused by the caller's shorter deadline does
**not** start that back-off: it says the caller was in a hurry (the pre-send hook has 2
s), not that the server is broken, and marking the server down would skip grammar for
every other message of the next ``retry_after`` seconds, including those of callers
without a deadline. A dead server then costs each hurried caller its own deadline, which
it has budgeted anyway; a refused connection still starts the back-off whoever asked.

Answers are bounded: at most ``MAX_ANSWER_BYTES`` are read, and JSON nested deeper than
``MAX_JSON_DEPTH`` is refused (``chatwriter.safejson``: a ``[[[[…`` 100,000 deep would
raise ``RecursionError`` in ``json``). Every failure raises ``LanguageToolUnavailable`` whose
text is the note the report shows ("...; grammar was skipped"); the engine catches it and
the other rules still answer.

Proxies come from the environment as ``urllib`` reads them (``http_proxy``,
``https_proxy``, ``no_proxy``): an http URL is sent to the proxy whole, an https one goes
through a ``CONNECT`` tunnel; ``user:password@`` in the proxy URL becomes Basic proxy
authentication. A loopback server is never asked through a proxy.

LanguageTool is written in Java and counts offsets in UTF-16 code units; matches are
converted here to Python ``str`` indices, so an emoji before an error does not shift it.

Answers are cached per (language, text) in a small LRU cache, so a message checked by
the grammar rule and the spelling rule, or re-checked while fixing, costs one request.

In batch mode (``client.batch(requests)``, used by ``Linter.lint_many``) a chunk's texts
are asked for through a bounded pool of connections (``connections``, default 4), each
language warmed up first with a budget of ``warmup_ms``; a timeout is retried once and
starts no back-off, so one slow answer never turns grammar off for the rest of a run
(:mod:`.pool`, docs/grammar-batch.md).

The package only re-exports: the client in :mod:`.client`, its batch mode in
:mod:`.pool`, the API's shapes in :mod:`.api`, the sockets with a deadline and the proxy tunnel in :mod:`.net`.
"""

from __future__ import annotations

from chatwriter.languagetool.api import (
    MAX_CHARS,
    LanguageToolUnavailable,
    LTMatch,
    ServerInfo,
    normalize_url,
    str_offsets,
    transport_warning,
)
from chatwriter.languagetool.client import (
    DEFAULT_CACHE_SIZE,
    DEFAULT_RETRY_AFTER,
    DEFAULT_TIMEOUT_MS,
    MAX_ANSWER_BYTES,
    MAX_JSON_DEPTH,
    LanguageToolClient,
)
from chatwriter.languagetool.pool import (
    DEFAULT_CONNECTIONS,
    DEFAULT_WARMUP_MS,
    BatchStats,
)

__all__ = [
    "DEFAULT_CACHE_SIZE",
    "DEFAULT_CONNECTIONS",
    "DEFAULT_RETRY_AFTER",
    "DEFAULT_TIMEOUT_MS",
    "DEFAULT_WARMUP_MS",
    "MAX_ANSWER_BYTES",
    "MAX_CHARS",
    "MAX_JSON_DEPTH",
    "BatchStats",
    "LTMatch",
    "LanguageToolClient",
    "LanguageToolUnavailable",
    "ServerInfo",
    "normalize_url",
    "str_offsets",
    "transport_warning",
]
