"""Compiling one locale's rules and running them over parsed messages.

The rule specs come layered from ``chatwriter.guide.layers`` (built-in guides of the
locale chain, the locale files' entries, the company config). Every rule is compiled
once; rules whose needs the pipeline cannot meet are kept aside as skipped, with
the reason, for ``chatwriter doctor``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import regex

from chatwriter.errors import ConfigError, Problem, RuleUnavailable
from chatwriter.guide.layers import collect_specs, terminology_rule  # noqa: F401 - was defined here
from chatwriter.guide.loader import Config
from chatwriter.model import PII, Finding, Message
from chatwriter.rules.base import (
    REGEX_TIMEOUTS,
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
)
from chatwriter.rules.gates import GateSet
from chatwriter.rules.hub import MatchHub

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from chatwriter.catalog import Catalog, ResolvedLocale
    from chatwriter.nlp import LanguagePipeline


TYPOGRAPHY = "typography"  # silenced inside personal data, links and e-mail addresses

#: Tokenized earlier turns kept per locale (a few conversations' worth).
TURN_DOC_CACHE = 512


@dataclass(slots=True)
class SkippedRule:
    spec: RuleSpec
    reason: str


@dataclass(slots=True)
class CompiledLocale:
    tag: str
    language: str
    settings: dict[str, Any]
    rules: list[Kind]
    skipped: list[SkippedRule]
    pipeline: LanguagePipeline
    hub: MatchHub
    _private: list[tuple[Any, list[Kind]]] = field(default_factory=list)
    _always: list[tuple[Any, list[Kind]]] = field(default_factory=list)
    _groups: list[tuple[Any, list[Kind]]] = field(default_factory=list)  # _private + _always
    _gates: Any = None  # the GateSet of _groups' gates, one scan a message
    _by_key: dict[str, Kind] = field(default_factory=dict)
    _deferring: frozenset[str] = frozenset()
    _turn_doc: Any = None

    def __post_init__(self) -> None:
        # Personal-data rules that read only the raw text run first, on their own
        # (``scan_private``): the hook keeps their findings whatever happens to the slower
        # rules, and the grammar rule knows what to mask before the text leaves.
        private = [r for r in self.rules if r.always and r.text_only and r.category == PII]
        rest = [r for r in self.rules if r.always and r not in private]
        self._private = _by_requirement(private)
        self._always = _by_requirement(rest)
        self._groups = self._private + self._always
        self._gates = GateSet([need for need, _ in self._groups])
        self._by_key = {r.id: r for r in self.rules if not r.always}
        self._deferring = frozenset(r.id for r in self.rules if r.defers)
        # Earlier turns come back with every new message of a conversation (a report
        # lints each agent turn with the turns before it; the hook sees the same context
        # draft after draft), so their tokenization is cached: without it a report paid
        # for its context twice over. Turn docs are only read, never annotated.
        self._turn_doc = lru_cache(maxsize=TURN_DOC_CACHE)(self.pipeline.nlp.make_doc)

    def prepare(self) -> None:
        """Finish every rule's deferred work now, as ConfigError with file and line."""
        problems = []
        for rule in self.rules:
            try:
                rule.prepare()
            except RuleError as exc:
                problems.append(_rule_problem(rule.spec, exc))
        if problems:
            raise ConfigError(problems)

    def warm(self) -> None:
        """Everything ``prepare`` does, plus the models the first message would load."""
        self.prepare()
        for rule in self.rules:
            rule.warm()

    # -- parsing -------------------------------------------------------------
    def parse(self, text: str) -> Doc:
        nlp = self.pipeline.nlp
        return nlp(text) if nlp.pipe_names else nlp.make_doc(text)

    def parse_many(self, texts: Iterable[str]) -> Iterable[Doc]:
        nlp = self.pipeline.nlp
        if nlp.pipe_names:
            return nlp.pipe(texts, batch_size=256)
        return (nlp.make_doc(t) for t in texts)

    # -- checking ------------------------------------------------------------
    def scan_private(
        self, message: Message, only: frozenset[str] | None = None
    ) -> tuple[list[Finding], list[str]]:
        """Findings of the personal-data rules that need no parse, and their notes.

        Linear-time patterns over the raw text (``tests/test_regex_safety.py``), no
        tokenizer: cheap and bounded whatever the message holds, so callers with a
        deadline run it first and keep its answer.
        """
        ctx = CheckContext(None, message, self.settings)
        found: list[Finding] = []
        notes: list[str] = []
        picks, decided = self._gates.candidates(ctx)
        picks = picks[: bisect_left(picks, len(self._private))]
        _run_groups(self._groups, picks, decided, self._gates.slow, ctx, only, found, notes)
        found.sort(key=lambda f: (f.start, f.end, f.rule))
        return found, notes

    def check(
        self,
        doc: Doc,
        message: Message,
        only: frozenset[str] | None = None,
        *,
        deadline: float | None = None,
        private: list[Finding] | None = None,
    ) -> tuple[list[Finding], list[str]]:
        """Findings sorted by position (deduplicated), and notes on rules that gave up.

        ``deadline`` (a ``time.monotonic()`` value) bounds the rules that wait on a
        service (LanguageTool); ``private`` is the answer of :meth:`scan_private` when the
        caller already has it.
        """
        pipe = self.pipeline
        ctx = CheckContext(
            doc, message, self.settings, self._turn_doc, pipe.sentencizer, deadline=deadline
        )
        found: list[Finding] = []
        notes: list[str] = []
        gates = self._gates
        picks, decided = gates.candidates(ctx)
        cut = bisect_left(picks, len(self._private))
        if private is None:
            _run_groups(self._groups, picks[:cut], decided, gates.slow, ctx, only, found, notes)
        else:
            found.extend(private)
        ctx.private = [(f.start, f.end) for f in found]
        _run_groups(self._groups, picks[cut:], decided, gates.slow, ctx, only, found, notes)
        for key, spans in self.hub.run(doc).items():
            rule = self._by_key.get(key)
            if rule is None or (only is not None and rule.id not in only):
                continue
            found.extend(rule.check(ctx, spans))
        if ctx.reply_language is not None and ctx.reply_language != self.language:
            found = _drop_locale_language(found, self.language)
        timed_out = doc.user_data.get(REGEX_TIMEOUTS)
        if timed_out:
            notes.extend(
                f"token pattern REGEX '{p}' timed out on this message; pattern rules "
                "using it were cut short"
                for p in sorted(timed_out)
            )
        found = _drop_typography_in_data(found, doc.text)
        if len(found) > 1:
            found = sorted(set(found), key=lambda f: (f.start, f.end, f.rule))
            if self._deferring:
                found = _drop_deferred(found, self._deferring)
            found = _drop_nested(found)
        return found, notes


def _drop_nested(found: list[Finding]) -> list[Finding]:
    """Without findings that only repeat an enclosing finding of the same category.

    Two rules of one category often model overlapping constructions ("That's not my
    department" is a brush-off, and "not my department" inside it is negativity): the
    operator sees one problem twice, and a report counts it twice. A finding is dropped
    when another of its category covers its span, at the same or a higher severity,
    and it brings no suggestion of its own (a word in capitals inside a shouted
    message keeps its rewrite); on the same span the louder one stays, then the first
    rule id. Personal data is never dropped: every span of it is masked and counted.

    One sweep per category in (start, widest first) order, remembering the furthest end
    seen at each severity, so a message with thousands of findings costs n log n.
    """
    by_category: dict[str, list[int]] = {}
    for i, f in enumerate(found):
        if f.category != PII:
            by_category.setdefault(f.category, []).append(i)
    drop: set[int] = set()
    for indexes in by_category.values():
        if len(indexes) < 2:
            continue
        indexes.sort(
            key=lambda i: (found[i].start, -found[i].end, -found[i].severity.rank, found[i].rule)
        )
        furthest = [-1, -1, -1]  # furthest end so far, per severity rank (0-2)
        for i in indexes:
            f = found[i]
            rank = f.severity.rank
            if not f.suggestions and max(furthest[rank:]) >= f.end:
                drop.add(i)
            furthest[rank] = max(furthest[rank], f.end)
    return [f for i, f in enumerate(found) if i not in drop] if drop else found


#: A link (without the marks closing the sentence after it) or an e-mail address.
_LINK_OR_ADDRESS = regex.compile(
    r"(?:https?://|www\.)\S*[^\s.,;:!?)\]»\"'’”]|(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)++"
)


def _drop_typography_in_data(found: list[Finding], text: str) -> list[Finding]:
    """Without typography findings whose last character (the mark, or the end of the
    sentence reported) lies inside personal data, a link or an e-mail address: the "!" of
    a password "Lune2024!" is the data's own. A mark after it ("aide@exemple.fr!") stays."""
    if not any(f.category == TYPOGRAPHY for f in found):
        return found
    spans = [(f.start, f.end) for f in found if f.category == PII]
    if "@" in text or "://" in text or "www." in text:
        spans.extend(m.span() for m in _LINK_OR_ADDRESS.finditer(text))
    if not spans:
        return found
    return [
        f for f in found if f.category != TYPOGRAPHY or all(not s < f.end <= e for s, e in spans)
    ]


def _drop_locale_language(found: list[Finding], language: str) -> list[Finding]:
    """Findings without those of the locale language's own guides (``fr.typography``...).

    Used when the reply is written, on purpose, in another language: French spacing
    rules or LanguageTool's French checks on an English reply only make noise. Common
    guides (personal data, shouting, emoji) and company guides stay, and so do findings
    about language itself (a French sentence left in the English reply).
    """
    prefix = language + "."
    return [f for f in found if not f.rule.startswith(prefix) or f.category == "language"]


def _by_requirement(rules: list[Kind]) -> list[tuple[Any, list[Kind]]]:
    """Always-running rules grouped by what they require of the text (``requires``):
    a group whose requirement is absent costs no rule call at all (most replies hold no
    digit, so most PII rules are skipped). The requirements of all groups are decided
    together, in one scan of the message (:class:`GateSet`)."""
    groups: dict[str | None, tuple[Any, list[Kind]]] = {}
    for rule in rules:
        need = rule.requires
        key = None if need is None else need.pattern
        groups.setdefault(key, (need, []))[1].append(rule)
    return list(groups.values())


def _run_groups(
    groups: list[tuple[Any, list[Kind]]],
    picks: list[int],
    decided: bool,
    slow: dict[int, str],
    ctx: CheckContext,
    only: frozenset[str] | None,
    found: list[Finding],
    notes: list[str],
) -> None:
    """Run the groups ``picks`` names (in order): the GateSet's candidates, whose gates
    passed its scan if ``decided``; the others' gates are searched here, one by one."""
    for i in picks:
        need, group = groups[i]
        if need is not None and (not decided or i in slow):
            try:
                if not ctx.contains(need):
                    continue
            except TimeoutError:  # a company guide's 'requires' that backtracks away
                ids = ", ".join(r.id for r in group)
                notes.append(f"{ids}: 'requires' timed out on this message")
                continue
        for rule in group:
            if only is not None and rule.id not in only:
                continue
            try:
                found.extend(rule.check(ctx, ()))
            except TimeoutError:
                notes.append(f"{rule.id}: timed out on this message")
            except RuleUnavailable as exc:
                if str(exc) not in notes:
                    notes.append(str(exc))


#: Findings of these categories span whole sentences or messages; nothing defers to them.
_BROAD_CATEGORIES = frozenset({"language", "readability"})


def _drop_deferred(found: list[Finding], deferring: frozenset[str]) -> list[Finding]:
    """Drop findings of deferring rules (LanguageTool) that overlap another rule's finding."""
    own = [f for f in found if f.rule not in deferring and f.category not in _BROAD_CATEGORIES]
    if not own:
        return found
    return [
        f
        for f in found
        if f.rule not in deferring or not any(o.start < f.end and f.start < o.end for o in own)
    ]


def compile_locale(
    resolved: ResolvedLocale,
    catalog: Catalog,
    config: Config,
    pipeline: LanguagePipeline,
    kinds: dict[str, type[Kind]],
    validators: dict[str, Any],
    services: dict[str, Any] | None = None,
) -> CompiledLocale:
    """Compile a locale's rules; ``services`` (e.g. a LanguageTool client) count as abilities."""
    services = dict(services or {})
    specs, settings = collect_specs(resolved, catalog, config)
    env = CompileEnv(
        nlp=pipeline.nlp,
        validators=validators,
        settings=settings,
        locale=resolved.tag,
        services=services,
    )
    problems: list[Problem] = []
    compiled: list[Kind] = []
    for spec in specs:
        try:
            compiled.append(kinds[spec.kind](spec, env))
        except RuleError as exc:
            problems.append(_rule_problem(spec, exc))
    if problems:
        raise ConfigError(problems)
    possible = pipeline.possible() | set(services)
    if "-" in resolved.tag:
        possible.add("region")
    active: list[Kind] = []
    skipped: list[SkippedRule] = []
    for rule in compiled:
        missing = rule.needs() - possible
        if missing:
            skipped.append(SkippedRule(rule.spec, _missing_reason(missing, pipeline.source)))
        else:
            active.append(rule)
    pipeline.grow(set().union(*(r.needs() for r in active)) if active else set())
    hub = MatchHub(pipeline.nlp)
    for rule in active:
        rule.register(hub)
    hub.finalize()
    return CompiledLocale(
        tag=resolved.tag,
        language=resolved.language,
        settings=settings,
        rules=active,
        skipped=skipped,
        pipeline=pipeline,
        hub=hub,
    )


#: Abilities that come from a configured service or the locale, not from the spaCy pipeline.
SERVICE_HINTS = {
    "languagetool": "a LanguageTool server: set languagetool.url in the config, "
    "--languagetool-url or CHATWRITER_LANGUAGETOOL_URL",
    "region": "a locale with a region (e.g. en-US, not en)",
}


def _missing_reason(missing: set[str] | frozenset[str], source: str) -> str:
    parts = []
    lacking = sorted(m for m in missing if m not in SERVICE_HINTS)
    if lacking:
        parts.append(f"needs {', '.join(lacking)}, which the '{source}' pipeline lacks")
    parts += [f"needs {SERVICE_HINTS[m]}" for m in sorted(missing) if m in SERVICE_HINTS]
    return "; ".join(parts)


def _rule_problem(spec: RuleSpec, exc: RuleError) -> Problem:
    """Place a compile error at the rule's field, using the guide's recorded positions."""
    if spec.located is not None:
        return spec.located.problem(("rules", spec.index, *exc.field), exc.message, key=exc.key)
    field_name = ".".join(str(f) for f in exc.field)
    return Problem(spec.source, spec.line, 1, f"{field_name}: {exc.message}")
