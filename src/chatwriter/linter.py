"""The library entry point: compile guides once, lint many messages.

A Linter owns its catalog, pipelines and compiled locales; nothing is shared between
Linters and nothing is global. Compiled locales are immutable once built, so one
Linter may be used from several threads; compiling a new locale takes a lock.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, replace
from itertools import islice
from typing import TYPE_CHECKING, Any

from chatwriter.catalog import Catalog
from chatwriter.engine import CompiledLocale, compile_locale
from chatwriter.guide.loader import Config, GuideReader, load_config
from chatwriter.model import (
    PII,
    SURROGATE_NOTE,
    Finding,
    Fixed,
    Message,
    MessageLike,
    Report,
    has_safe_fix,
    turns_of,
)
from chatwriter.nlp import Pipelines
from chatwriter.privacy import masked_report
from chatwriter.rewrite import fixpoint
from chatwriter.rules import kind_registry
from chatwriter.rules.grammar import GrammarKind
from chatwriter.validators import load_validators

if TYPE_CHECKING:
    from chatwriter.languagetool import LanguageToolClient

DEFAULT_LOCALE = "en-US"
_BATCH = 512


@dataclass(frozen=True, slots=True)
class RuleInfo:
    id: str
    kind: str
    category: str
    severity: str
    message: str
    locale: str
    status: str  # "active" or "skipped: <reason>"


class Linter:
    """``Linter(locale="en-GB", config=".chatwriter.yaml")``: compile once, then lint."""

    def __init__(
        self,
        locale: str | None = None,
        config: str | os.PathLike[str] | Config | None = None,
        *,
        languagetool_url: str | None = None,
    ):
        """``languagetool_url`` overrides the config's ``languagetool.url`` ("" turns it off)."""
        if config is None:
            self.config = Config()
        elif isinstance(config, Config):
            self.config = config
        else:
            self.config = load_config(config)
        self._kinds = kind_registry()
        self._catalog = Catalog(GuideReader(self._kinds), trusted=True)
        self._pipelines = Pipelines(self.config.pipelines)
        self._validators = load_validators()
        self._services: dict[str, Any] = {}
        lt = self.config.languagetool
        url = lt.url if languagetool_url is None else languagetool_url
        if url:
            from chatwriter.languagetool import LanguageToolClient

            self._services["languagetool"] = LanguageToolClient(
                url,
                timeout_ms=lt.timeout_ms,
                disabled_rules=lt.disabled_rules,
                mask_personal_data=lt.mask_personal_data,
            )
        self._compiled: dict[str, CompiledLocale] = {}
        self._lock = threading.Lock()
        self.locale = self.compiled(locale or self.config.locale or DEFAULT_LOCALE).tag

    # -- compiling -----------------------------------------------------------
    def compiled(self, locale: str | None = None) -> CompiledLocale:
        """The compiled rules of a locale; raises UnknownLocaleError or ConfigError."""
        tag = locale or self.locale
        found = self._compiled.get(tag)
        if found is not None:
            return found
        with self._lock, _gc_paused():
            resolved = self._catalog.resolve(tag)
            found = self._compiled.get(resolved.tag)
            if found is None:
                found = compile_locale(
                    resolved,
                    self._catalog,
                    self.config,
                    self._pipelines.get(resolved.language),
                    self._kinds,
                    self._validators,
                    self._services,
                )
                self._compiled[resolved.tag] = found
            self._compiled[tag] = found
            return found

    def is_compiled(self, locale: str | None = None) -> bool:
        """Whether a locale is compiled already (so using it costs no compile)."""
        return (locale or self.locale) in self._compiled

    def known_locales(self) -> list[str]:
        return self._catalog.known()

    @property
    def catalog(self) -> Catalog:
        return self._catalog

    @property
    def pipelines(self) -> Pipelines:
        return self._pipelines

    @property
    def languagetool(self) -> LanguageToolClient | None:
        """The LanguageTool client of the grammar rules, or None when no server is configured."""
        return self._services.get("languagetool")

    # -- linting -------------------------------------------------------------
    def lint(
        self,
        text: str,
        locale: str | None = None,
        *,
        id: str | None = None,
        conversation: Iterable[Any] = (),
        fix: bool = True,
    ) -> Report:
        """One message, with its safe rewrite in ``fixed`` (``fix=False`` leaves it out
        when computing it would lint again)."""
        message = Message.from_dict(
            {"text": text, "locale": locale, "id": id, "conversation": turns_of(conversation)}
        )
        return self.lint_message(message, fix=fix)

    def lint_message(
        self,
        message: Message,
        *,
        deadline: float | None = None,
        private: list[Finding] | None = None,
        fix: bool = False,
    ) -> Report:
        """One message. ``deadline`` (``time.monotonic()``) bounds the wait for services
        such as LanguageTool; ``private`` is :meth:`scan_private`'s answer if already known;
        ``fix=True`` fills ``Report.fixed`` (:meth:`fix_report`)."""
        compiled = self.compiled(message.locale)
        readable = message.readable()
        doc = compiled.parse(readable.text)
        report = self._report(compiled, doc, readable, deadline=deadline, private=private)
        if readable is not message:
            report.skipped.append(SURROGATE_NOTE)
        message = readable
        if fix and report.fixed is None:
            report.fixed = self.fix_report(report, message=message, deadline=deadline).text
        return report

    def masked(self, report: Report) -> Report:
        """The report as outputs show it: personal data masked in findings and ``fixed``
        (``chatwriter.privacy``); the rewritten text is scanned again, since a fix may
        have touched the spacing inside a number. Nothing is linted."""
        if not any(f.category == PII for f in report.findings):
            return report
        fixed = report.fixed
        again = (
            self.scan_private(Message(fixed, report.locale))
            if fixed is not None and fixed != report.text
            else None
        )
        return masked_report(report, again)

    def scan_private(self, message: Message) -> list[Finding]:
        """The personal data in a message, found by the rules that need no parse.

        Linear in the length of the text and independent of spaCy and LanguageTool, so
        the pre-send hook runs it first and keeps its answer whatever else happens.
        """
        return self.compiled(message.locale).scan_private(message)[0]

    def lint_many(
        self,
        messages: Iterable[MessageLike],
        *,
        fix: bool = False,
        grammar_connections: int | None = None,
    ) -> Iterator[Report]:
        """Reports in input order, parsed in batches through ``nlp.pipe`` per locale.

        ``fixed`` is left None where a safe suggestion exists unless ``fix=True``. With a
        LanguageTool server, a batch's grammar requests go out first, ``grammar_connections``
        at a time (default: the client's, 4), and the rules read the answers; a message
        left without one has the grammar note in ``skipped`` (docs/grammar-batch.md)."""
        iterator = iter(messages)
        client = self.languagetool
        while True:
            given = [Message.coerce(m) for m in islice(iterator, _BATCH)]
            chunk = [m.readable() for m in given]
            if not chunk:
                return
            by_locale: dict[str, list[int]] = {}
            for i, message in enumerate(chunk):
                by_locale.setdefault(message.locale or self.locale, []).append(i)
            reports: list[Report | None] = [None] * len(chunk)
            for tag, indexes in by_locale.items():
                compiled = self.compiled(tag)
                requests, private = _grammar_requests(compiled, [chunk[i] for i in indexes], client)
                batch = (
                    client.batch(requests, connections=grammar_connections)
                    if client is not None and requests
                    else nullcontext()
                )
                with batch:
                    docs = compiled.parse_many(chunk[i].text for i in indexes)
                    for k, (i, doc) in enumerate(zip(indexes, docs, strict=True)):
                        report = self._report(compiled, doc, chunk[i], private=private.get(k))
                        if fix and report.fixed is None:
                            report.fixed = self.fix_report(report, message=chunk[i]).text
                        if chunk[i] is not given[i]:
                            report.skipped.append(SURROGATE_NOTE)
                        reports[i] = report
            yield from reports  # type: ignore[misc]

    # -- fixing --------------------------------------------------------------
    def fix_report(
        self,
        report: Report,
        *,
        message: Message | None = None,
        unsafe: bool = False,
        deadline: float | None = None,
        keep: Callable[[Finding], bool] | None = None,
    ) -> Fixed:
        """The fix step: the report's suggestions applied, linting again after each pass
        until nothing changes (``chatwriter.rewrite``).

        ``message``: the message the report was linted from, when it had conversation
        turns (the rules read them on every pass); by default the report's text and
        locale. ``keep``: only the findings it keeps are applied and remain (``--select``).
        The answer carries the findings of the rewritten text, so it need not be linted
        again; with nothing to apply, nothing is linted.
        """
        compiled = self.compiled(report.locale)
        if message is None or message.text != report.text:
            message = Message(report.text, compiled.tag, id=report.id)
        notes: list[str] = list(report.skipped)

        def relint(new_text: str) -> list[Finding]:
            again = replace(message, text=new_text)
            found, skipped = compiled.check(compiled.parse(new_text), again, deadline=deadline)
            notes[:] = skipped
            return found if keep is None else [f for f in found if keep(f)]

        findings = report.findings if keep is None else [f for f in report.findings if keep(f)]
        text, applied, remaining = fixpoint(report.text, findings, relint, unsafe=unsafe)
        return Fixed(text, tuple(applied), tuple(remaining), tuple(notes))

    def fix(self, text: str, locale: str | None = None, *, unsafe: bool = False) -> str:
        """The text with safe suggestions applied (and unsafe ones with ``unsafe=True``)."""
        return self.fix_message(Message(text=text, locale=locale), unsafe=unsafe)

    def fix_message(self, message: Message, *, unsafe: bool = False) -> str:
        """:meth:`fix_report` of the message's report, as text."""
        report = self.lint_message(message)
        return self.fix_report(report, message=message, unsafe=unsafe).text

    def _report(
        self,
        compiled: CompiledLocale,
        doc,
        message: Message,
        *,
        deadline: float | None = None,
        private: list[Finding] | None = None,
    ) -> Report:
        findings, notes = compiled.check(doc, message, deadline=deadline, private=private)
        return Report(
            text=message.text,
            locale=compiled.tag,
            findings=findings,
            id=message.id,
            skipped=notes,
            fixed=None if has_safe_fix(findings) else message.text,
        )

    # -- introspection -------------------------------------------------------
    def rules(self, locale: str | None = None) -> list[RuleInfo]:
        compiled = self.compiled(locale)
        out = [
            RuleInfo(
                r.id,
                r.spec.kind,
                r.category,
                r.severity.value,
                r.spec.message,
                compiled.tag,
                "active",
            )
            for r in compiled.rules
        ]
        out += [
            RuleInfo(
                s.spec.id,
                s.spec.kind,
                s.spec.category,
                s.spec.severity.value,
                s.spec.message,
                compiled.tag,
                f"skipped: {s.reason}",
            )
            for s in compiled.skipped
        ]
        return sorted(out, key=lambda r: r.id)


def _grammar_requests(
    compiled: CompiledLocale, messages: list[Message], client: LanguageToolClient | None
) -> tuple[list[tuple[str, str]], dict[int, list[Finding]]]:
    """What the locale's grammar rules will send to LanguageTool for ``messages``, masked
    as they mask it, and the personal data found for that by message index, which the
    engine then reuses (a scan that left a note is redone, so the note is kept)."""
    rules = [r for r in compiled.rules if isinstance(r, GrammarKind) and r.client is client]
    if not rules:
        return [], {}
    requests: list[tuple[str, str]] = []
    found: dict[int, list[Finding]] = {}
    for k, message in enumerate(messages):
        private, notes = compiled.scan_private(message)
        if not notes:
            found[k] = private
        spans = [(f.start, f.end) for f in private]
        sent = (rule.request(message, spans, compiled.language) for rule in rules)
        requests.extend(request for request in sent if request is not None)
    return requests, found


def lint(
    text: str, locale: str | None = None, config: str | os.PathLike[str] | None = None
) -> Report:
    """One-line form: ``chatwriter.lint("Please check the colour.", locale="en-US")``,
    ``fixed`` included."""
    return Linter(locale=locale, config=config).lint(text)


def fix(
    text: str,
    locale: str | None = None,
    config: str | os.PathLike[str] | None = None,
    *,
    unsafe: bool = False,
) -> str:
    return Linter(locale=locale, config=config).fix(text, unsafe=unsafe)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Hold the cyclic garbage collector while guides load and compile.

    Loading builds tens of thousands of small acyclic objects; each allocation burst
    otherwise triggers full collections that rescan everything spaCy imported, which
    made up a third of a one-message `chatwriter lint`. Reference counting still frees
    what it can; the collector resumes (and runs as usual) afterwards.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
