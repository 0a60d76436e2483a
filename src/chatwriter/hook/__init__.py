"""The pre-send hook: one draft in, a decision out (``allow``, ``warn`` or ``block``).

Every transport speaks the same versioned request and response (``chatwriter hook`` on
stdin/stdout, the JSON-RPC worker's ``hook`` method, ``POST /v1/hook``). The JSON
Schemas in :mod:`.schema` are the single source: ``tools/gen_rule_docs.py`` writes them to
``docs/schema/hook-*.schema.json``, and requests are validated with them (:mod:`.request`).

What decides (:mod:`.decision`) is the ``policy`` of the company config
(:mod:`chatwriter.policy`, ``docs/hook.md``): which
findings block, which warn, whether safe rewrites are applied to every request, and
what to answer when the check fails or runs out of time (fail-open by default, as
chat platforms expect) — except that personal data, which is looked for first and
cheaply, blocks whatever happens to the rest of the check.

No personal data leaves in clear (``chatwriter.privacy``): in ``reason``, in every
finding's ``match``, message and suggestions, and in the echoed text of a blocked
draft, the characters a ``pii`` finding covers are masked (the caller has the offsets
and its own text).
"""

from __future__ import annotations

from chatwriter.hook.decision import (
    Hook,
    dumps,
    elapsed_ms,
    failure_response,
    finding_json,
    reason_for,
)
from chatwriter.hook.request import (
    HookRequest,
    HookRequestError,
    decode_json,
    parse_request,
    parse_request_bytes,
    partial_request,
)
from chatwriter.hook.schema import (
    COMPLETE,
    DRAFT,
    FAILED,
    HOOK_VERSION,
    PARTIAL,
    SCHEMAS,
    STATUSES,
    TIMED_OUT,
    TOO_LONG,
    finding_schema,
    request_schema,
    response_schema,
)
from chatwriter.policy import (
    DECISIONS,
    DEFAULT_BLOCK,
    DEFAULT_MAX_CHARS,
    DEFAULT_WARN,
    Policy,
    PolicyLevel,
)

__all__ = [
    "COMPLETE",
    "DECISIONS",
    "DEFAULT_BLOCK",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_WARN",
    "DRAFT",
    "FAILED",
    "HOOK_VERSION",
    "PARTIAL",
    "SCHEMAS",
    "STATUSES",
    "TIMED_OUT",
    "TOO_LONG",
    "Hook",
    "HookRequest",
    "HookRequestError",
    "Policy",
    "PolicyLevel",
    "decode_json",
    "dumps",
    "elapsed_ms",
    "failure_response",
    "finding_json",
    "finding_schema",
    "parse_request",
    "parse_request_bytes",
    "partial_request",
    "reason_for",
    "request_schema",
    "response_schema",
]
