"""regex: a regular expression over the raw text, with an optional validator.

Runs on the text rather than tokens, for things tokens cut apart: card numbers with
spaces, e-mail addresses, dates, spaces before punctuation. Uses the ``regex``
module for Unicode properties and, for guides that do not ship with chatwriter, a
per-message timeout, so a bad pattern cannot hang the engine: on timeout the rule is
reported as skipped for that message. Built-in patterns are checked against
adversarial inputs in tests/test_regex_safety.py instead, since the timeout triples
the cost of a search.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from time import perf_counter_ns

import regex

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules import prefilter
from chatwriter.rules.base import (
    APPLICABILITY,
    SUGGEST,
    CheckContext,
    CompileEnv,
    FoldedGate,
    Kind,
    RuleError,
    RuleSpec,
    WordGate,
    as_list,
    keep_case,
)
from chatwriter.rules.cited import REGIONAL, cited
from chatwriter.rules.options import Options, option

#: Seconds one rule may spend on one message.
TIMEOUT = 0.25

#: Compiled patterns, shared by every Linter of the process: a server that reloads its
#: config, a command run per file in one process, or a test suite builds the same
#: locales again and would compile the same patterns again. The ``regex`` module's own
#: cache holds 500 patterns, fewer than one locale's rules. Patterns are immutable and
#: safe to share between threads; a pattern that fails to compile is not kept.
_compile_pattern = lru_cache(maxsize=8192)(regex.compile)


@dataclass(frozen=True)
class RegexOptions(Options):
    pattern: str = option({"type": "string", "minLength": 1}, "regular expression")
    ignore_case: bool = option({"type": "boolean"}, "match regardless of case", default=False)
    requires: str | None = option(
        {"type": "string", "minLength": 1},
        "a cheap regex every match needs (e.g. '\\d' or '@'); messages without "
        "it skip the rule. Rules sharing one 'requires' search for it once per message.",
        default=None,
    )
    requires_words: list[str] | None = option(
        {
            "type": "array",
            "items": {"type": "string", "pattern": "^\\w+$"},
            "minItems": 1,
            "uniqueItems": True,
        },
        "words one of which every match holds (letters and digits only, "
        "any case, e.g. [said, told]); messages without any skip the rule. Cheaper than "
        "'requires' for rules anchored on words; use one or the other",
        default=None,
    )
    unless_conversation: str | None = option(
        {"type": "string", "minLength": 1},
        "a regular expression searched (with the rule's ignore_case) in the conversation's "
        "earlier turns, of any role; when one holds it, the rule reports nothing on this "
        "message (e.g. the customer said whose role it is: 'my wife is the account holder')",
        default=None,
    )
    validator: str | None = option(
        {"type": "string"}, "name of a validator, e.g. luhn, iban", default=None
    )
    cue: str | None = option(
        {"type": "string"},
        'name of a group holding a cue word ("SSN", "card"); a match in '
        "which it took part needs no validator, since a number named by its scheme is "
        "personal data even when a typo breaks its check digits",
        default=None,
    )
    group: str | int = option(
        {"oneOf": [{"type": "string"}, {"type": "integer", "minimum": 0}]},
        "report only this group of the match (0: the whole match)",
        default=0,
    )
    replace: str | None = option(
        {"type": "string"},
        "replacement template for the reported span (\\g<name> refers to groups)",
        default=None,
    )
    keep_case: bool = option(
        {"type": "boolean"},
        "the replacement takes the reported text's case (Gotta -> Have to, GOTTA -> HAVE TO)",
        default=False,
    )
    lower: bool = option(
        {"type": "boolean"},
        "write the replacement in lower case (a month capitalised the English way: "
        "Mars -> mars); with keep_case, the case is taken first and lowered after",
        default=False,
    )
    suggest: str | list[str] | None = option(SUGGEST, default=None)
    applicability: str = option(APPLICABILITY, default="unsafe")


class RegexKind(Kind):
    name = "regex"
    options_class = RegexOptions
    options: RegexOptions
    always = True
    text_only = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self._flags = regex.IGNORECASE if o.ignore_case else 0
        self.group = o.group
        self.replace = o.replace
        self.keep_case = o.keep_case
        self.lower = o.lower
        self.requires = None
        if o.requires is not None:
            try:
                requires = regex.compile(o.requires)
            except regex.error as exc:
                raise RuleError("requires", f"invalid regular expression: {exc}") from None
            # A gate from a guide we did not vet gets the same time bound as its pattern.
            if not spec.builtin:
                self.requires = TimedPattern(requires, TIMEOUT)
            elif FoldedGate.fits(o.requires):
                self.requires = FoldedGate(o.requires)
            else:
                self.requires = requires
        if o.requires_words is not None:
            if self.requires is not None:
                raise RuleError("requires_words", "use 'requires' or 'requires_words', not both")
            self.requires = WordGate(o.requires_words)
        name = o.validator
        self.validator = None
        if name is not None:
            if name not in env.validators:
                known = ", ".join(sorted(env.validators))
                raise RuleError("validator", f"unknown validator '{name}'; known: {known}")
            validator = env.validators[name]
            # a validator whose answer depends on the region reads the number as the
            # locale's customers would (912 345 678: a Madrid landline, a Portuguese mobile)
            for_locale = getattr(validator, "for_locale", None)
            self.validator = for_locale(env.locale) if for_locale else validator
        self.cue = o.cue
        if self.cue is not None and self.validator is None:
            raise RuleError("cue", "a cue only waives a validator; add 'validator' or drop 'cue'")
        self.unless: regex.Pattern | None = None
        if o.unless_conversation is not None:
            try:
                self.unless = regex.compile(o.unless_conversation, self._flags)
            except regex.error as exc:
                raise RuleError(
                    "unless_conversation", f"invalid regular expression: {exc}"
                ) from None
        self.suggest = as_list(o.suggest)
        self.applicability = Applicability(o.applicability)
        self._regex: regex.Pattern | None = None
        self._finditer = self._compile_and_finditer
        #: RE2's first look (:mod:`chatwriter.rules.prefilter`); a company guide's rule
        #: keeps its time-limited search alone.
        self.first_look = prefilter.FirstLook(lambda: self.regex) if spec.builtin else None
        # Built-in patterns are compiled on first use: a one-message `chatwriter lint` then
        # pays only for the rules its text reaches (most replies hold no digit), and the
        # test suite compiles every one through its examples. Other guides compile now, so
        # a bad pattern is reported at load time with its file and line.
        if not spec.builtin:
            self._compile()

    def prepare(self) -> None:
        if self._regex is None:
            self._compile()

    @property
    def regex(self) -> regex.Pattern:
        self.prepare()
        assert self._regex is not None
        return self._regex

    def _compile(self) -> None:
        try:
            compiled = _compile_pattern(self.options.pattern, self._flags)
        except regex.error as exc:
            raise RuleError("pattern", f"invalid regular expression: {exc}") from None
        group = self.group
        if isinstance(group, str) and group not in compiled.groupindex:
            names = ", ".join(compiled.groupindex) or "none"
            raise RuleError("group", f"no group named '{group}' (groups: {names})")
        if isinstance(group, int) and group > compiled.groups:
            raise RuleError("group", f"the pattern has only {compiled.groups} groups")
        if self.cue is not None and self.cue not in compiled.groupindex:
            names = ", ".join(compiled.groupindex) or "none"
            raise RuleError("cue", f"no group named '{self.cue}' (groups: {names})")
        if self.replace is not None:
            try:
                _probe_template(compiled, self.replace)
            except (regex.error, IndexError) as exc:
                raise RuleError("replace", f"bad replacement template: {exc}") from None
        self._regex = compiled
        # A timeout costs about three times the search itself; built-in patterns are checked
        # for runaway backtracking by the test suite, so only guides we did not vet pay for it.
        if self.spec.builtin:
            self._finditer = compiled.finditer
        else:
            self._finditer = partial(compiled.finditer, timeout=TIMEOUT)

    def _compile_and_finditer(self, text: str):
        self._compile()
        return self._finditer(text)

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        out: list[Finding] = []
        look = self.first_look
        if look is not None and look.skip(ctx):
            return out
        started = perf_counter_ns() if look is not None and look.timing() else 0
        regional = self.category in REGIONAL
        for m in self._finditer(ctx.text):
            start, end = m.span(self.group)
            if start < 0 or start == end:
                continue
            if regional and cited(ctx.text, start, end):
                continue  # a quotation or a name (rules/cited.py)
            if (
                self.validator is not None
                and (self.cue is None or m.start(self.cue) < 0)
                and not self.validator(m.group(self.group))
            ):
                continue
            suggestions: list[Suggestion] = []
            if self.replace is not None:
                text = m.expand(self.replace)
                if self.keep_case:
                    text = keep_case(m.group(self.group), text)
                if self.lower:
                    text = text.lower()
                suggestions.append(Suggestion(text, self.applicability))
            suggestions.extend(Suggestion(s, self.applicability) for s in self.suggest)
            out.append(self.finding(ctx, start, end, suggestions))
        if started:
            look.searched_in(perf_counter_ns() - started)  # type: ignore[union-attr]
        if out and self.unless is not None and self._said_before(ctx):
            return []
        return out

    def _said_before(self, ctx: CheckContext) -> bool:
        """Whether an earlier turn holds ``unless_conversation`` (a company guide's pattern
        gets the same time bound as its own)."""
        search = self.unless.search  # type: ignore[union-attr]
        if not self.spec.builtin:
            search = partial(search, timeout=TIMEOUT)
        return any(search(turn.text) for turn in ctx.message.conversation)


def _probe_template(compiled: regex.Pattern, template: str) -> None:
    """Fail at load time on a template that names a missing group."""
    for ref in regex.findall(r"\\g<(\w+)>|\\(\d+)", template):
        name = ref[0] or ref[1]
        if name.isdigit():
            if int(name) > compiled.groups:
                raise IndexError(f"group {name} does not exist")
        elif name not in compiled.groupindex:
            raise IndexError(f"group '{name}' does not exist")


class TimedPattern:
    """A compiled pattern whose ``search`` gives up after ``timeout`` seconds.

    Used for the ``requires`` gates of company guides; ``pattern`` is the source, as the
    engine groups rules by it. Raises ``TimeoutError``, which the engine notes.
    """

    __slots__ = ("_compiled", "pattern", "timeout")

    def __init__(self, compiled: regex.Pattern, timeout: float):
        self._compiled = compiled
        self.pattern = compiled.pattern
        self.timeout = timeout

    def search(self, text: str) -> regex.Match | None:
        return self._compiled.search(text, timeout=self.timeout)
