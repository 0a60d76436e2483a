"""The decision on one draft: a Linter plus a Policy, and the response every transport
sends (the module docstring of :mod:`chatwriter.hook` says what decides).
"""

from __future__ import annotations

import json
import time
from typing import TYPE_CHECKING, Any

from chatwriter.hook.conversion import conversion_json, convert_register, shifted
from chatwriter.hook.request import HookRequest
from chatwriter.hook.schema import COMPLETE, FAILED, HOOK_VERSION, PARTIAL, TOO_LONG
from chatwriter.model import PII, Finding
from chatwriter.policy import DECISION_RANK, Policy
from chatwriter.privacy import Masker, mask
from chatwriter.register.convert import Conversion

if TYPE_CHECKING:
    from chatwriter.linter import Linter

_REASON_MAX = 240


def finding_json(finding: Finding, action: str, utf16_text: str | None) -> dict[str, Any]:
    """A finding as the response carries it (already masked by the caller's Masker)."""
    out = finding.to_dict(utf16_text)
    out["action"] = action
    return out


def _one_line(text: str) -> str:
    line = " ".join(text.split())
    return line if len(line) <= _REASON_MAX else line[: _REASON_MAX - 1].rstrip() + "…"


def reason_for(
    decision: str,
    findings: list[Finding],
    actions: list[str],
    changed: bool,
    fixes: int,
    converted: Conversion | None = None,
) -> str:
    """The one line for the agent; ``findings`` are already masked. ``converted``: the
    register conversion made to the answer's text, if any."""
    if decision in ("block", "warn"):
        chosen = [f for f, a in zip(findings, actions, strict=True) if a == decision]
        lead = "Blocked" if decision == "block" else "Check before sending"
        if chosen:
            first = chosen[0]
            more = f" (+{len(chosen) - 1} more)" if len(chosen) > 1 else ""
            return _one_line(f"{lead}: {first.message} [{first.rule}]{more}")
        return f"{lead}."
    if changed and converted is not None and converted.changed:
        what = f"converted to {converted.to} address"
        plural = "es" if fixes != 1 else ""
        what = f"Rewritten with {fixes} safe fix{plural} and {what}" if fixes else what.capitalize()
        left = len(converted.left)
        todo = f" ({left} word{'s' if left != 1 else ''} left to check)" if left else ""
        return f"{what}{todo}; nothing blocks."
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
        fixing = request.fix or self.policy.autofix
        if fixing and report.fixed != message.text:
            # The fix step lints each rewrite once and hands back its findings.
            fixed = self.linter.fix_report(report, message=message, deadline=deadline)
            if fixed.text != message.text:
                fixes = len(fixed.applied)
                text = fixed.text
                findings = list(fixed.remaining)
                skipped += [n for n in fixed.skipped if n not in skipped]
        status = PARTIAL if skipped else COMPLETE
        why = "some rules could not run" if skipped else ""
        conversion = None
        if request.register:
            # After the decision's findings, never before: the decision is made on the
            # draft (with its safe fixes); the conversion is the answer's last edit.
            tag = self.linter.compiled(message.locale).tag
            conversion = convert_register(text, tag, request.register)
            if fixing:
                findings = shifted(findings, conversion)
                text = conversion.text
        return self._respond(request, text, findings, t0, status, why, fixes, conversion)

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
        conversion: Conversion | None = None,
    ) -> dict[str, Any]:
        masker = Masker(text, findings)
        shown = [masker.finding(f) for f in findings]
        actions = [self.policy.action(f) for f in findings]
        decision = max(actions, key=DECISION_RANK.__getitem__, default="allow")
        changed = text != request.message.text
        converted = conversion if conversion is not None and conversion.text == text else None
        reason = reason_for(decision, shown, actions, changed, fixes, converted)
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
        out: dict[str, Any] = {
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
        if conversion is not None:
            if conversion.text == text:  # the answer's text: its findings, its masker
                suggested = masker
            else:  # a suggestion beside the draft: the draft's personal data, moved
                private = shifted([f for f in findings if f.category == PII], conversion)
                suggested = Masker(conversion.text, private, extra=masker.strings)
            out["register"] = conversion_json(
                conversion, utf16=request.utf16, masker=suggested, block=decision == "block"
            )
        return out


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
