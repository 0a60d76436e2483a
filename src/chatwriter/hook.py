"""The pre-send hook: one draft in, a decision out (``allow``, ``warn`` or ``block``).

Every transport speaks the same versioned request and response (``chatwriter hook`` on
stdin/stdout, the JSON-RPC worker's ``hook`` method, ``POST /v1/hook``). The JSON
Schemas below are the single source: ``tools/gen_rule_docs.py`` writes them to
``docs/schema/hook-*.schema.json``, and requests are validated with them.

What decides is the ``policy`` of the company config (``docs/hook.md``): which
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

import difflib
import json
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from chatwriter import safejson
from chatwriter.model import Finding, Message, Severity
from chatwriter.privacy import Masker, mask

if TYPE_CHECKING:
    from chatwriter.linter import Linter

#: Version of the request and response shapes; bumped only on incompatible changes.
HOOK_VERSION = 1
DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: The policy when the config says nothing (also the defaults in the config schema).
DEFAULT_BLOCK: dict[str, Any] = {"categories": ["pii"], "severity": "error"}
DEFAULT_WARN: dict[str, Any] = {"severity": "warning"}
DECISIONS = ("allow", "warn", "block")
_DECISION_RANK = {"allow": 0, "warn": 1, "block": 2}
_REASON_MAX = 240
#: Longest draft the hook checks in full (policy.max_chars); chat tools cap far lower.
DEFAULT_MAX_CHARS = 5000


# -- schemas (the one source for docs, validation and OpenAPI) ------------------------------
def finding_schema() -> dict[str, Any]:
    from chatwriter.guide.schema import CATEGORIES, SEVERITIES  # loads the rule kinds

    return {
        "type": "object",
        "additionalProperties": False,
        "required": [
            "rule",
            "category",
            "severity",
            "message",
            "start",
            "end",
            "line",
            "column",
            "match",
            "suggestions",
            "action",
        ],
        "properties": {
            "rule": {"type": "string", "description": "rule id, e.g. en.tone.blame"},
            "category": {"enum": list(CATEGORIES)},
            "severity": {"enum": list(SEVERITIES)},
            "message": {"type": "string"},
            "start": {
                "type": "integer",
                "minimum": 0,
                "description": "offset into the response's text (code points, or UTF-16 "
                "code units when the request asked for offsets: utf16)",
            },
            "end": {"type": "integer", "minimum": 0},
            "line": {"type": "integer", "minimum": 1},
            "column": {"type": "integer", "minimum": 1},
            "match": {
                "type": "string",
                "description": "the flagged text; characters that are personal data "
                "(what a pii finding covers) are masked with '*'",
            },
            "suggestions": {
                "type": "array",
                "items": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["text", "applicability"],
                    "properties": {
                        "text": {"type": "string"},
                        "applicability": {"enum": ["safe", "unsafe", "display"]},
                    },
                },
            },
            "action": {
                "enum": list(DECISIONS),
                "description": "what the policy makes of this finding",
            },
        },
    }


def request_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"urn:chatwriter:hook-request:v{HOOK_VERSION}",
        "title": f"chatwriter pre-send hook request, version {HOOK_VERSION}",
        "description": "One draft reply to check before it is sent (docs/hook.md).",
        "type": "object",
        "required": ["text", "locale"],
        "additionalProperties": False,
        "properties": {
            "v": {"const": HOOK_VERSION, "description": "schema version; optional"},
            "text": {"type": "string", "description": "the draft as the agent wrote it"},
            "locale": {
                "type": "string",
                "minLength": 1,
                "description": "BCP-47 tag of the reply, e.g. en-GB",
            },
            "id": {
                "type": ["string", "integer"],
                "description": "caller's message id, echoed back",
            },
            "author": {"type": "string", "description": "who wrote the draft (never logged)"},
            "conversation": {
                "type": "array",
                "description": "earlier turns, oldest first",
                "items": {
                    "type": "object",
                    "required": ["role", "text"],
                    "additionalProperties": False,
                    "properties": {
                        "role": {
                            "type": "string",
                            "description": "agent, customer, ... (agent turns count for "
                            "consistency rules)",
                        },
                        "text": {"type": "string"},
                    },
                },
            },
            "fix": {
                "type": "boolean",
                "default": False,
                "description": "apply safe rewrites and answer the rewritten text",
            },
            "offsets": {
                "enum": ["str", "utf16"],
                "default": "str",
                "description": "offsets in findings: code points, or UTF-16 code units "
                "for JavaScript callers",
            },
        },
    }


def response_schema() -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": f"urn:chatwriter:hook-response:v{HOOK_VERSION}",
        "title": f"chatwriter pre-send hook response, version {HOOK_VERSION}",
        "description": "The decision on one draft (docs/hook.md).",
        "type": "object",
        "required": [
            "v",
            "decision",
            "text",
            "changed",
            "reason",
            "findings",
            "incomplete",
            "status",
            "elapsed_ms",
        ],
        "additionalProperties": False,
        "properties": {
            "v": {"const": HOOK_VERSION},
            "decision": {
                "enum": list(DECISIONS),
                "description": "allow: send; warn: send, show the reason; block: do not send",
            },
            "text": {
                "type": "string",
                "description": "the text to send: rewritten when fixes were applied; on "
                "block, the draft with its personal data masked",
            },
            "changed": {"type": "boolean", "description": "text differs from the request's"},
            "reason": {
                "type": "string",
                "description": "one line for the agent; never contains personal data",
            },
            "findings": {
                "type": "array",
                "items": {"$ref": "#/$defs/finding"},
                "description": "findings in the returned text, sorted by position",
            },
            "incomplete": {
                "type": "boolean",
                "description": "the check did not run in full (status is not complete); "
                "personal data found so far still blocks, otherwise policy.on_failure decides",
            },
            "status": {
                "enum": list(STATUSES),
                "description": "complete; partial: some rules could not run (LanguageTool "
                "down or slow); too_long: over policy.max_chars, only personal data was "
                "checked; timed_out: the time limit came first; failed: the check failed",
            },
            "elapsed_ms": {"type": "number", "minimum": 0},
            "id": {"type": ["string", "integer", "null"], "description": "the request's id"},
            "locale": {"type": "string", "description": "the locale that was checked"},
        },
        "$defs": {"finding": finding_schema()},
    }


SCHEMAS = {"hook-request": request_schema, "hook-response": response_schema}


# -- policy -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PolicyLevel:
    """Findings selected by category, by severity (that level or above) or by rule id/glob."""

    categories: frozenset[str] = frozenset()
    severity: Severity | None = None
    rules: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> PolicyLevel:
        severity = data.get("severity")
        return cls(
            categories=frozenset(data.get("categories", ())),
            severity=Severity(severity) if severity else None,
            rules=tuple(data.get("rules", ())),
        )

    def selects(self, finding: Finding) -> bool:
        import fnmatch

        if finding.category in self.categories:
            return True
        if self.severity is not None and finding.severity.rank >= self.severity.rank:
            return True
        return any(fnmatch.fnmatchcase(finding.rule, r) for r in self.rules)


@dataclass(frozen=True, slots=True)
class Policy:
    block: PolicyLevel
    warn: PolicyLevel
    autofix: bool = False
    on_failure: str = "allow"
    max_chars: int = DEFAULT_MAX_CHARS

    @classmethod
    def default(cls) -> Policy:
        return cls.from_mapping({})

    @classmethod
    def from_mapping(cls, data: dict[str, Any] | None) -> Policy:
        """From the config's ``policy`` mapping (already schema-checked by the loader)."""
        data = data or {}
        return cls(
            block=PolicyLevel.from_mapping(data.get("block", DEFAULT_BLOCK)),
            warn=PolicyLevel.from_mapping(data.get("warn", DEFAULT_WARN)),
            autofix=bool(data.get("autofix", False)),
            on_failure=str(data.get("on_failure", "allow")),
            max_chars=int(data.get("max_chars", DEFAULT_MAX_CHARS)),
        )

    def action(self, finding: Finding) -> str:
        if self.block.selects(finding):
            return "block"
        if self.warn.selects(finding):
            return "warn"
        return "allow"


# -- requests -----------------------------------------------------------------------------
class HookRequestError(ValueError):
    """A request that does not follow the schema; the message says what to send instead."""

    def __init__(self, message: str, kind: str = "invalid"):
        super().__init__(message)
        self.message = message
        self.kind = kind  # "parse" (not JSON / not UTF-8) or "invalid" (wrong shape)


@dataclass(frozen=True, slots=True)
class HookRequest:
    message: Message
    fix: bool = False
    utf16: bool = False
    raw_id: str | int | None = None


_validator = None


def _request_validator():
    global _validator
    if _validator is None:
        from jsonschema import Draft202012Validator

        _validator = Draft202012Validator(request_schema())
    return _validator


def _describe(error) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    where = f"'{path.lstrip('.')}'" if path else "the request"
    v = error.validator
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"{where} is missing '{missing}'"
    if v == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        key = extra[0] if extra else "?"
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'? " if close else ""
        return f"unknown field '{key}' in {where}; {hint}allowed: {', '.join(allowed)}"
    if v == "type":
        wanted = error.validator_value
        words = " or ".join(wanted) if isinstance(wanted, list) else wanted
        words = words.replace("object", "a JSON object").replace("array", "a list")
        return f"{where} must be {words}, not {_json_type(error.instance)}"
    if v in ("enum", "const"):
        options = error.validator_value if v == "enum" else [error.validator_value]
        return f"{where} must be one of {', '.join(json.dumps(o) for o in options)}"
    if v == "minLength":
        return f"{where} must not be empty"
    return f"{where}: {error.message}"


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "a JSON object"


def _check_surrogates(data: dict[str, Any]) -> None:
    texts = [("text", data.get("text"))]
    texts += [
        (f"conversation[{i}].text", t.get("text"))
        for i, t in enumerate(data.get("conversation", []))
    ]
    for where, text in texts:
        if isinstance(text, str):
            try:
                text.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise HookRequestError(
                    f"'{where}' contains an unpaired UTF-16 surrogate at index {exc.start}; "
                    "send valid Unicode text"
                ) from None


def parse_request(data: Any, *, utf16: bool = False) -> HookRequest:
    """Validate a decoded JSON value against the request schema."""
    if not isinstance(data, dict):
        raise HookRequestError(
            f"the request must be a JSON object with 'text' and 'locale', not {_json_type(data)}"
        )
    errors = sorted(_request_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        raise HookRequestError("; ".join(_describe(e) for e in errors[:5]))
    _check_surrogates(data)
    message = Message.from_dict(data)
    offsets = data.get("offsets")
    return HookRequest(
        message=message,
        fix=bool(data.get("fix", False)),
        utf16=(offsets == "utf16") if offsets else utf16,
        raw_id=data.get("id"),
    )


def partial_request(data: Any) -> HookRequest | None:
    """Best effort, without validation: enough of a request to answer a timeout."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    locale = data.get("locale")
    ident = data.get("id")
    return HookRequest(
        message=Message(text=data["text"], locale=locale if isinstance(locale, str) else None),
        raw_id=ident if isinstance(ident, (str, int)) and not isinstance(ident, bool) else None,
    )


def decode_json(raw: bytes, what: str = "the body") -> Any:
    """Bytes to JSON value, with a clear error for non-UTF-8 and malformed JSON."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HookRequestError(
            f"{what} is not valid UTF-8 (bad byte at offset {exc.start}); send UTF-8 JSON",
            "parse",
        ) from None
    if not text.strip():
        raise HookRequestError(f"{what} is empty; send one JSON object", "parse")
    try:
        return safejson.loads(text)
    except safejson.TooDeep as exc:
        raise HookRequestError(
            f"{what} is refused: {exc}; send a flatter request", "parse"
        ) from None
    except json.JSONDecodeError as exc:
        raise HookRequestError(
            f"{what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
            "parse",
        ) from None


def parse_request_bytes(raw: bytes, *, utf16: bool = False) -> HookRequest:
    return parse_request(decode_json(raw), utf16=utf16)


# -- decisions ----------------------------------------------------------------------------
#: ``status`` of an answer: the check ran in full, or why it did not.
COMPLETE = "complete"
PARTIAL = "partial"  # some rules could not run (LanguageTool down, a company regex timed out)
TOO_LONG = "too_long"  # over policy.max_chars: only personal data was checked
TIMED_OUT = "timed_out"  # the time limit came first: personal data found so far decides
FAILED = "failed"  # the check failed (or the request could not be read)
STATUSES = (COMPLETE, PARTIAL, TOO_LONG, TIMED_OUT, FAILED)


def finding_json(finding: Finding, action: str, utf16_text: str | None) -> dict[str, Any]:
    """A finding as the response carries it (already masked by the caller's Masker)."""
    out = finding.to_dict(utf16_text)
    out["action"] = action
    return out


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _REASON_MAX else line[: _REASON_MAX - 1].rstrip() + "…"


def reason_for(
    decision: str, findings: list[Finding], actions: list[str], changed: bool, fixes: int
) -> str:
    """The one line for the agent; ``findings`` are already masked."""
    if decision in ("block", "warn"):
        chosen = [f for f, a in zip(findings, actions, strict=True) if a == decision]
        lead = "Blocked" if decision == "block" else "Check before sending"
        if chosen:
            first = chosen[0]
            more = f" (+{len(chosen) - 1} more)" if len(chosen) > 1 else ""
            return _one_line(f"{lead}: {first.message} [{first.rule}]{more}")
        return f"{lead}."
    if changed:
        return f"Rewritten with {fixes} safe fix{'es' if fixes != 1 else ''}; nothing blocks."
    if findings:
        n = len(findings)
        return f"{n} suggestion{'s' if n != 1 else ''}; nothing blocks."
    return "No problems found."


class Hook:
    """A Linter plus a Policy: ``Hook(linter).decide(request) -> response dict``.

    Personal data comes first: :meth:`scan` runs the personal-data rules (linear-time
    patterns, no parse, no LanguageTool) and :meth:`decide` keeps their findings whatever
    happens to the slower rules. A transport that gives up on the full check (time
    limit, failure) answers with :meth:`incomplete` and those findings, so a draft with
    a card number is never let through because the grammar server was slow.

    Thread-safe like the Linter it wraps, so servers share one Hook.
    """

    def __init__(self, linter: Linter, policy: Policy | None = None):
        self.linter = linter
        self.policy = policy or Policy.from_mapping(getattr(linter.config, "policy", None))

    def scan(self, request: HookRequest) -> list[Finding]:
        """The personal data in the draft (raises ChatwriterError on an unknown locale)."""
        return self.linter.scan_private(request.message)

    def decide(
        self,
        request: HookRequest,
        started: float | None = None,
        *,
        deadline: float | None = None,
        private: list[Finding] | None = None,
    ) -> dict[str, Any]:
        """The response for a valid request; raises ChatwriterError on an unknown locale.

        ``deadline`` (``time.monotonic()``) bounds LanguageTool; ``private`` is
        :meth:`scan`'s answer when the transport already ran it.
        """
        t0 = time.perf_counter() if started is None else started
        message = request.message
        if private is None:
            private = self.scan(request)
        limit = self.policy.max_chars
        if len(message.text) > limit:
            why = f"the draft is longer than {limit:,} characters; only personal data was checked"
            return self.incomplete(request, private, t0, TOO_LONG, why)
        report = self.linter.lint_message(message, deadline=deadline, private=private)
        findings = report.findings
        text = message.text
        skipped = list(report.skipped)
        fixes = 0
        if (request.fix or self.policy.autofix) and report.fixed != message.text:
            fixes = sum(
                1 for f in findings if any(s.applicability.value == "safe" for s in f.suggestions)
            )
            text = report.fixed
            final = self.linter.lint_message(replace(message, text=text), deadline=deadline)
            findings = final.findings
            skipped += [n for n in final.skipped if n not in skipped]
        status = PARTIAL if skipped else COMPLETE
        why = "some rules could not run" if skipped else ""
        return self._respond(request, text, findings, t0, status, why, fixes)

    def incomplete(
        self, request: HookRequest, private: list[Finding], started: float, status: str, why: str
    ) -> dict[str, Any]:
        """The answer when the full check did not run or finish: the personal data found so
        far decides, then ``policy.on_failure``."""
        return self._respond(request, request.message.text, private, started, status, why)

    def failure(
        self,
        request: HookRequest | None,
        why: str,
        started: float,
        *,
        fail_closed: bool | None = None,
    ) -> dict[str, Any]:
        """The answer when the check could not run at all: policy.on_failure decides."""
        return failure_response(
            request,
            why,
            started,
            fail_closed=self.policy.on_failure == "block" if fail_closed is None else fail_closed,
        )

    def _respond(
        self,
        request: HookRequest,
        text: str,
        findings: list[Finding],
        started: float,
        status: str,
        why: str,
        fixes: int = 0,
    ) -> dict[str, Any]:
        masker = Masker(text, findings)
        shown = [masker.finding(f) for f in findings]
        actions = [self.policy.action(f) for f in findings]
        decision = max(actions, key=_DECISION_RANK.__getitem__, default="allow")
        changed = text != request.message.text
        reason = reason_for(decision, shown, actions, changed, fixes)
        if status == PARTIAL:
            reason = _one_line(f"{reason} ({why})")
        elif status != COMPLETE and decision != "block":
            if self.policy.on_failure == "block":
                decision = "block"
                reason = _one_line(f"Blocked: {why}; policy says fail closed.")
            else:
                reason = _one_line(f"Not checked in full: {why}; sent as written.")
        elif status != COMPLETE:
            reason = _one_line(f"{reason} (not checked in full: {why})")
        utf16_text = text if request.utf16 else None
        return {
            "v": HOOK_VERSION,
            "decision": decision,
            # Never echo personal data of a draft that is not to be sent.
            "text": masker.masked_text() if decision == "block" else text,
            "changed": changed,
            "reason": reason,
            "findings": [
                finding_json(f, a, utf16_text) for f, a in zip(shown, actions, strict=True)
            ],
            "incomplete": status != COMPLETE,
            "status": status,
            "elapsed_ms": elapsed_ms(started),
            "id": request.raw_id,
            "locale": self.linter.compiled(request.message.locale).tag,
        }


def failure_response(
    request: HookRequest | None, why: str, started: float, *, fail_closed: bool
) -> dict[str, Any]:
    """An answer without any check (a malformed request, a crash before the scan).

    A blocked draft is echoed fully masked, since nothing says where its personal data is.
    """
    text = request.message.text if request else ""
    if fail_closed:
        reason = f"Blocked: {why}; policy says fail closed."
        text = mask(text)
    else:
        reason = f"Not checked: {why}; sent as written."
    out: dict[str, Any] = {
        "v": HOOK_VERSION,
        "decision": "block" if fail_closed else "allow",
        "text": text,
        "changed": False,
        "reason": _one_line(reason),
        "findings": [],
        "incomplete": True,
        "status": FAILED,
        "elapsed_ms": elapsed_ms(started),
    }
    if request is not None:
        out["id"] = request.raw_id
        if request.message.locale:
            out["locale"] = request.message.locale
    return out


def elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def dumps(obj: Any) -> str:
    """Compact JSON, UTF-8 text kept as is (one line, for stdout and JSON lines)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
