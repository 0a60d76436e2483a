"""The one small interface every rule kind implements, and what it is handed.

What a rule sees of one message (:class:`CheckContext`) and the cheap gates that spare
it most messages live in :mod:`.context`; both are importable from here.

A kind is a class with a ``name``, its options (``options_class``: a frozen dataclass
of :func:`chatwriter.rules.options.option` fields, from which its JSON-Schema
``properties`` and ``required`` come), and three methods: ``__init__`` compiles a
validated spec (raising ``RuleError`` for problems the schema cannot see), ``register``
adds terms or token patterns to the shared matchers, and ``check`` turns matches into
findings.
Sharing one PhraseMatcher and one Matcher across all rules of a locale is what keeps
thousands of terms as cheap as one (spaCy's advice).
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from chatwriter.errors import RuleUnavailable  # noqa: F401 - defined there, used by the kinds
from chatwriter.model import (  # noqa: F401 - PII is re-exported for the kinds
    APPLICABILITIES,
    PII,
    Applicability,
    Finding,
    Message,
    Severity,
    Suggestion,
    Turn,
)
from chatwriter.rules.context import (  # noqa: F401 - defined there, used by the kinds
    CheckContext,
    FoldedGate,
    WordGate,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from chatwriter.rules.hub import MatchHub


class RuleError(Exception):
    """A problem in one rule's fields; ``field`` names the key it is about."""

    def __init__(self, field: str | tuple[str | int, ...], message: str, key: bool = False):
        self.field = (field,) if isinstance(field, str) else tuple(field)
        self.message = message
        self.key = key  # the problem is the mapping key itself, not its value
        super().__init__(message)


@dataclass(frozen=True, slots=True)
class Examples:
    bad: tuple[str, ...] = ()
    good: tuple[str, ...] = ()
    fixed: tuple[str, ...] = ()
    #: Earlier turns every example is linted with (for conversation-aware rules).
    context: tuple[Turn, ...] = ()


@dataclass(slots=True)
class RuleSpec:
    """A rule as written in a guide, after schema validation and layering."""

    id: str
    kind: str
    category: str
    severity: Severity
    message: str
    fields: dict[str, Any]
    guide: str
    source: str = "<memory>"
    line: int = 1
    description: str = ""
    examples: Examples = field(default_factory=Examples)
    #: Where the rule was written (a guide.yamlpos.Located) and its index, for errors.
    located: Any = None
    index: int = 0
    #: Shipped with chatwriter (its examples are mandatory and run as tests).
    builtin: bool = False


@dataclass(slots=True)
class CompileEnv:
    """What a kind may use while compiling: the tokenizer's vocab, validators, settings."""

    nlp: Language
    validators: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    #: The locale being compiled (e.g. ``de-CH``).
    locale: str = ""
    #: Services the Linter was configured with, by ability name (``languagetool``: a client).
    services: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Pipeline:
    """What a rule may use of the parsed message: the nlp object and its abilities."""

    nlp: Language
    abilities: frozenset[str]


TEMPLATE_BASE = frozenset({"match"})
#: ``doc.user_data`` key: sources of company token REGEXes that ran out of time.
REGEX_TIMEOUTS = "chatwriter.regex_timeouts"


class Kind:
    """Base class for rule kinds. Subclasses set ``name`` and ``options_class``."""

    name: ClassVar[str] = ""
    #: The kind's options: a subclass of ``rules.options.Options`` (not imported here:
    #: options.py builds on this module). ``properties`` and ``required`` are derived from
    #: it, and ``self.options`` is built from a rule's fields. A kind from another package
    #: may set ``properties`` and ``required`` by hand instead.
    options_class: ClassVar[type | None] = None
    #: JSON-Schema properties of this kind's own fields (merged with the common ones).
    properties: ClassVar[dict[str, Any]] = {}
    required: ClassVar[tuple[str, ...]] = ()
    #: Extra names usable in ``message`` templates besides ``{match}``.
    message_fields: ClassVar[frozenset[str]] = frozenset()
    #: Run on every message even without a matcher hit (regex, metric, ...).
    always: ClassVar[bool] = False
    #: Reads only ``ctx.text`` (never ``ctx.doc``), so it can run before the parse.
    text_only: ClassVar[bool] = False
    #: A compiled regex the text must contain for this rule to find anything (or None).
    #: The engine searches it once per message for all rules that share it.
    requires: Any = None
    #: A general checker (LanguageTool): its findings give way to an overlapping finding
    #: of chatwriter's own rules, which are more specific and often have a safe fix.
    defers: ClassVar[bool] = False
    #: This rule's options (an instance of ``options_class``), set by ``__init__``.
    options: Any = None
    #: Fields a subclass added by hand to the ``properties`` of an inherited
    #: ``options_class``: left out of ``self.options``, read from ``spec.fields``.
    hand_fields: ClassVar[frozenset[str]] = frozenset()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        declared = cls.__dict__.get("options_class")
        if declared is None:
            # A kind from another package extending a built-in one the old way:
            # properties = {**PhraseKind.properties, "note": {...}}.
            if cls.options_class is not None and "properties" in cls.__dict__:
                known = cls.options_class.json_properties()
                cls.hand_fields = frozenset(k for k in cls.properties if k not in known)
            return
        if "properties" in cls.__dict__ or "required" in cls.__dict__:
            raise TypeError(f"{cls.__name__}: set options_class or properties, not both")
        cls.properties = declared.json_properties()
        cls.required = declared.json_required()

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        self.spec = spec
        self.id = spec.id
        self.category = spec.category
        self.severity = spec.severity
        check_template(spec.message, TEMPLATE_BASE | self.message_fields)
        if self.options_class is not None:
            fields = spec.fields
            if self.hand_fields:
                fields = {k: v for k, v in fields.items() if k not in self.hand_fields}
            self.options = self.options_class.from_fields(fields)

    # -- what the rule needs -------------------------------------------------
    def needs(self) -> frozenset[str]:
        """Pipeline abilities this rule needs: 'sentences', 'lemma', 'pos', 'morph', ..."""
        return frozenset()

    # -- compile -------------------------------------------------------------
    def register(self, hub: MatchHub) -> None:
        """Add terms or token patterns to the shared matchers (optional)."""

    def prepare(self) -> None:
        """Finish work put off until first use (built-in regex patterns); raise RuleError.

        ``validate`` calls it so every problem shows up front, not at lint time.
        """

    def warm(self) -> None:
        """Load what the first message would otherwise wait for (a detector's model).

        Long-running workers call it at start, after ``prepare`` (see
        ``CompiledLocale.warm``); one-shot commands skip it.
        """

    # -- run -----------------------------------------------------------------
    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        """Findings for one message; ``spans`` are this rule's matcher hits (token indices)."""
        raise NotImplementedError

    # -- helpers for subclasses ---------------------------------------------
    def finding(
        self,
        ctx: CheckContext,
        start: int,
        end: int,
        suggestions: Sequence[Suggestion] = (),
        **fields: Any,
    ) -> Finding:
        text = ctx.text
        match = text[start:end]
        line, column = ctx.position(start)
        return Finding(
            rule=self.id,
            category=self.category,
            severity=self.severity,
            message=render(self.spec.message, match=match, **fields),
            start=start,
            end=end,
            line=line,
            column=column,
            match=match,
            suggestions=tuple(suggestions),
        )


def check_template(template: str, allowed: frozenset[str]) -> None:
    """Reject ``{names}`` a message cannot fill, at load time rather than at lint time."""
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise RuleError("message", f"{exc}; write a literal brace as '{{{{' or '}}}}'") from None
    for _literal, name, _spec, _conv in parsed:
        if name is None:
            continue
        if name not in allowed:
            names = ", ".join("{" + n + "}" for n in sorted(allowed))
            raise RuleError(
                "message", f"unknown placeholder '{{{name}}}'; this kind offers {names}"
            )


def render(template: str, **fields: Any) -> str:
    return template.format_map(fields) if "{" in template else template


_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_SENTENCE_END = frozenset({".", "!", "?", "…", ":", ";"})


def fold(text: str) -> str:
    """Typographic apostrophes as typed on phones (’) compare equal to ASCII ones."""
    return text.translate(_APOSTROPHES)


def looks_like_name(doc: Doc, start: int, end: int) -> bool:
    """Title-Case words that do not open a sentence: probably a name ("Rogers Centre").

    Used by rules with ``skip_names: true`` so that venues, products and titles are not
    "corrected". A capitalised word at the start of a sentence or line still counts.
    """
    # Whitespace-separated words, so that a word spaCy splits ("Gonna" -> Gon|na) is one.
    words = [w for w in doc[start:end].text.split() if any(c.isalpha() for c in w)]
    if not words or not all(w.istitle() or (len(w) == 1 and w.isupper()) for w in words):
        return False
    i = start - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote or doc[i].is_bracket):
        if "\n" in doc[i].text:
            return False
        i -= 1
    return i >= 0 and doc[i].text not in _SENTENCE_END and "\n" not in doc[i].whitespace_


SKIP_NAMES = {
    "type": "boolean",
    "description": "skip Title-Case matches that do not start a sentence (names, titles)",
}


def keep_case(source: str, replacement: str) -> str:
    """Carry the casing of ``source`` over: colour->color, Colour->Color, COLOUR->COLOR.

    A replacement with its own inner capitals (``iPhone``) is kept as written unless
    the source is shouted.
    """
    if not source or not replacement:
        return replacement
    letters = [c for c in source if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if any(c.isupper() for c in replacement[1:]):
        return replacement
    if source[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def suggestions_from(
    values: Sequence[str], applicability: Applicability, source: str | None = None
) -> tuple[Suggestion, ...]:
    """Suggestions for a span; with several alternatives none is safe to pick blindly."""
    if len(values) > 1 and applicability is Applicability.SAFE:
        applicability = Applicability.UNSAFE
    out = []
    for value in values:
        text = keep_case(source, value) if source is not None else value
        out.append(Suggestion(text, applicability))
    return tuple(out)


def as_list(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value)


# Reusable JSON-Schema fragments for kind properties.
STRING_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
STRING_OR_LIST = {"oneOf": [{"type": "string"}, STRING_LIST]}
#: Replacement texts; "" is allowed and means "delete the span".
SUGGEST = {
    "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}],
    "description": 'replacement(s) offered for every match; "" deletes it',
}
APPLICABILITY = {
    "enum": list(APPLICABILITIES),
    "description": "safe: applied by fix; unsafe: only with --unsafe; display: shown, never applied",
}
CASE_SENSITIVE = {"type": "boolean", "description": "match exact case"}
