"""The HTTP server's options (``chatwriter serve --http``'s flags), shared with its
worker processes through the environment."""

from __future__ import annotations

from dataclasses import dataclass, field

OPTIONS_ENV = "CHATWRITER_SERVER_OPTIONS"


@dataclass(slots=True)
class ServerOptions:
    token: str | None = None
    timeout_ms: int = 2000
    max_body: int = 1_000_000
    read_timeout_s: float = 10.0
    locales: list[str] | None = None
    #: Load the register conversion's tables at start (for the loaded locales' languages).
    preload_register: bool = False
    default_locale: str | None = None
    fail_closed: bool = False
    config: str | None = None
    isolated: bool = False
    allow_outside: bool = False  # the config's guides may lie outside its directory
    #: Lint processes (None: chatwriter.pool.default_size(); 0: threads, not stoppable).
    processes: int | None = None
    #: Origins allowed to call /v2 from a browser (CORS); /v1 is never open to pages.
    cors_origins: list[str] = field(default_factory=lambda: ["*"])
