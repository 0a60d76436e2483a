"""grammar: LanguageTool's matches as findings, when a LanguageTool server is configured.

A grammar rule sends the whole message to LanguageTool (``/v2/check``, in the locale's
language and region) and turns its matches into findings, with LanguageTool's
replacements as ``unsafe`` suggestions: LanguageTool proposes, the writer decides.
``matches: grammar`` takes every match except misspellings; ``matches: spelling`` takes
only misspellings (issue type ``misspelling`` or category ``TYPOS``), so the two can have
their own category, severity and ``disable`` selector while sharing one request.

Without a server the rule is skipped at compile time (it needs the ``languagetool``
ability, which only a configured URL gives) and ``chatwriter doctor`` says so. When the
server is down or slow for a message, the rule raises ``RuleUnavailable``: the other rules
still answer and the report's ``skipped`` notes say that grammar was skipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from chatwriter.model import Applicability, Finding, Message, Suggestion
from chatwriter.rules.base import CheckContext, CompileEnv, Kind, RuleSpec
from chatwriter.rules.options import Options, option

if TYPE_CHECKING:
    from chatwriter.languagetool import LanguageToolClient, LTMatch

#: Languages that LanguageTool spell-checks only per region (en-US, de-CH; not plain en or de).
_SPELLING_BY_REGION = frozenset({"en", "de", "pt", "ca"})

_LT_IDS = {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True}


@dataclass(frozen=True)
class GrammarOptions(Options):
    matches: str = option(
        {"enum": ["grammar", "spelling"]},
        "grammar: every LanguageTool match but misspellings; "
        "spelling: only misspellings (issue type misspelling or category TYPOS)",
    )
    disabled_rules: list[str] = option(
        _LT_IDS,
        "LanguageTool rule ids to ignore (e.g. EN_QUOTES); an id ending in * is a prefix "
        "(MORFOLOGIK_RULE_*: the dictionary of every English region)",
        default=(),
    )
    only_rules: list[str] = option(
        _LT_IDS,
        "when given, the only LanguageTool rule ids this rule takes (an id ending in * is "
        "a prefix): splits one LanguageTool category between two rules",
        default=(),
    )
    ignore_categories: list[str] = option(
        _LT_IDS, "LanguageTool category ids to ignore (e.g. PUNCTUATION, STYLE)", default=()
    )
    ignore_issue_types: list[str] = option(
        _LT_IDS, "LanguageTool issue types to ignore (e.g. style, whitespace)", default=()
    )
    #: None: true for ``matches: spelling``, false for grammar.
    skip_capitalized: bool | None = option(
        {"type": "boolean"},
        "ignore matches on a capitalized word inside a sentence, which is "
        "most often a name LanguageTool does not know (default: true for spelling; set "
        "false for German, whose nouns are capitalized). A capitalized misspelling "
        "without any replacement is always ignored.",
        default=None,
    )
    accept: list[str] = option(
        _LT_IDS,
        "words that are right although LanguageTool flags them "
        "(regional or trade words: chequing); compared case-insensitively with the match",
        default=(),
    )
    max_suggestions: int = option(
        {"type": "integer", "minimum": 1, "maximum": 10},
        "how many of LanguageTool's replacements to offer",
        default=3,
    )


class GrammarKind(Kind):
    name = "grammar"
    always = True
    defers = True
    options_class = GrammarOptions
    options: GrammarOptions
    #: {reason}: LanguageTool's message; {lt_rule}: its rule id; {replacement}: first one.
    message_fields = frozenset({"reason", "lt_rule", "lt_category", "replacement"})

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.spelling = o.matches == "spelling"
        self.disabled_rules = _RuleIds(o.disabled_rules)
        self.only_rules = _RuleIds(o.only_rules) if o.only_rules else None
        self.ignore_categories = frozenset(o.ignore_categories)
        self.ignore_issue_types = frozenset(o.ignore_issue_types)
        self.skip_capitalized = self.spelling if o.skip_capitalized is None else o.skip_capitalized
        self.max_suggestions = o.max_suggestions
        self.accept = frozenset(w.casefold() for w in o.accept)
        self.locale = env.locale
        self.client: LanguageToolClient | None = env.services.get("languagetool")
        #: Personal data is masked before the text is sent (languagetool.mask_personal_data).
        self.mask = self.client is None or self.client.mask_personal_data

    def needs(self) -> frozenset[str]:
        if self.spelling and self.locale.split("-")[0] in _SPELLING_BY_REGION:
            return frozenset({"languagetool", "region"})
        return frozenset({"languagetool"})

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        text = ctx.text
        request = self.request(ctx.message, ctx.private, ctx.doc.lang_)
        if self.client is None or request is None:
            return []
        private = ctx.private if self.mask else []
        # Raises LanguageToolUnavailable (a RuleUnavailable): the engine notes it and goes on.
        matches = self.client.check(*request, deadline=ctx.deadline)
        out = []
        for m in matches:
            if not self._wanted(m, text):
                continue
            if private and any(s < m.end and m.start < e for s, e in private):
                continue  # about the mask, not the writer's text
            original = text[m.start : m.end]
            values = [r for r in m.replacements if r != original][: self.max_suggestions]
            suggestions = tuple(Suggestion(v, Applicability.UNSAFE) for v in values)
            out.append(
                self.finding(
                    ctx,
                    m.start,
                    m.end,
                    suggestions,
                    reason=m.message,
                    lt_rule=m.rule_id,
                    lt_category=m.category_id,
                    replacement=values[0] if values else "",
                )
            )
        return out

    def request(
        self, message: Message, private: Sequence[tuple[int, int]], language: str
    ) -> tuple[str, str] | None:
        """The ``(text, locale)`` this rule sends to LanguageTool for ``message``, or None
        when it sends nothing; ``private``: the spans of personal data, masked unless
        ``languagetool.mask_personal_data`` is false; ``language``: the pipeline's, the
        last resort for the locale. ``Linter.lint_many`` asks for a whole chunk's requests
        at once with it, so what a batch sends is what this rule would send."""
        text = message.text
        if not text.strip():
            return None
        sent = mask_spans(text, private) if self.mask and private else text
        return sent, self.locale or message.locale or language

    def _wanted(self, m: LTMatch, text: str) -> bool:
        if m.is_spelling != self.spelling:
            return False
        if m.rule_id in self.disabled_rules or m.category_id in self.ignore_categories:
            return False
        if self.only_rules is not None and m.rule_id not in self.only_rules:
            return False
        if m.issue_type in self.ignore_issue_types:
            return False
        if self.accept and text[m.start : m.end].casefold() in self.accept:
            return False
        if self.spelling and not m.replacements and text[m.start : m.start + 1].isupper():
            return False  # a capitalized word LanguageTool cannot correct: most often a name
        return not (self.skip_capitalized and _capitalized_inside_sentence(text, m.start))


class _RuleIds:
    """LanguageTool rule ids, each exact or, ending in ``*``, a prefix."""

    __slots__ = ("exact", "prefixes")

    def __init__(self, ids: Sequence[str]):
        self.exact = frozenset(i for i in ids if not i.endswith("*"))
        self.prefixes = tuple(i[:-1] for i in ids if i.endswith("*"))

    def __contains__(self, rule_id: str) -> bool:
        return rule_id in self.exact or rule_id.startswith(self.prefixes)


#: Abbreviations before a name whose period does not end the sentence (Dr. Zaki, M. Dupont).
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "st", "hr", "fr", "m", "mme", "mlle"})


def mask_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each character inside ``spans`` replaced, offsets unchanged.

    Digits become ``0`` and letters ``x``, one code point for one, so LanguageTool's
    offsets still point into the original text, and the shape it reads is neutral
    (``0000 0000 0000 0000``, ``xxxx.xxxx@xxxxxxx.xxx``).
    """
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            ch = chars[i]
            if ch.isdigit():
                chars[i] = "0"
            elif ch.isalpha():
                chars[i] = "x"
    return "".join(chars)


def _capitalized_inside_sentence(text: str, start: int) -> bool:
    """The match starts with a capital letter that does not begin a sentence or line."""
    if not text[start : start + 1].isupper():
        return False
    before = text[:start].rstrip(" \t")
    if not before:
        return False
    if before[-1] == ".":
        word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        # "Dr. Zaki", "Ali A. Zaki": a title or an initial, not the end of a sentence.
        return word.lower() in _TITLES or (len(word) == 1 and word.isupper())
    return before[-1] not in "!?\n\r:;\"'“”«»(¿¡-–—*•"
