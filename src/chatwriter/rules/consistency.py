"""consistency: groups of forms that must not mix in a message or a conversation.

Typical use is the register of address (du/Sie, tu/vous, tú/usted). The expected
group is, in order: the one the agent used in the latest earlier turn that used any,
the locale's preferred register (``prefer_setting``), or the first one in the message.
Every form of another group is a finding. With ``parallel: true`` the groups are
spellings of the same words, position by position (French traditional and 1990
spellings), so a finding also carries the expected group's form as a fix. Ambiguous
forms (German ``Sie`` at the start of a sentence) can be ignored with
``skip_sentence_start`` — precision first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher

from chatwriter.model import AGENT_ROLES, Applicability, Finding
from chatwriter.rules.base import (
    APPLICABILITY,
    CASE_SENSITIVE,
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
    fold,
    suggestions_from,
)
from chatwriter.rules.hub import MatchHub, longest_first
from chatwriter.rules.options import Options, option


@dataclass(frozen=True)
class ConsistencyOptions(Options):
    groups: dict[str, list[str]] = option(
        {
            "type": "object",
            "minProperties": 2,
            "additionalProperties": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "minItems": 1,
            },
        },
        "group name -> forms of that group",
    )
    case_sensitive: bool = option(CASE_SENSITIVE, default=True)
    skip_sentence_start: bool | list[str] = option(
        {"type": ["boolean", "array"], "items": {"type": "string", "minLength": 1}},
        "ignore forms that start a sentence (where capitals are ambiguous): "
        "true for every form, or the list of ambiguous forms",
        default=False,
    )
    scope: str = option(
        {"enum": ["message", "conversation"]},
        "message: only the reply decides the expected group; conversation: the group the "
        "agent used in its latest earlier turn comes first",
        default="conversation",
    )
    prefer: str | None = option(
        {"type": "string"}, "group expected when nothing else decides", default=None
    )
    prefer_setting: str | None = option(
        {"type": "string"},
        "locale setting naming the preferred group (e.g. formality)",
        default=None,
    )
    parallel: bool = option(
        {"type": "boolean"},
        "the groups list the same words in the same order (spelling variants): "
        "a finding suggests the expected group's form",
        default=False,
    )
    applicability: str = option(APPLICABILITY, default="safe")


class ConsistencyKind(Kind):
    name = "consistency"
    options_class = ConsistencyOptions
    options: ConsistencyOptions
    message_fields = frozenset({"group", "expected", "replacement"})

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.case_sensitive = o.case_sensitive
        skip = o.skip_sentence_start
        # Which forms are ambiguous at the start of a sentence: all (true) or those listed.
        self.skip_sentence_start = bool(skip)
        self._ambiguous: frozenset[str] | None = None if isinstance(skip, bool) else frozenset(skip)
        self.scope = o.scope
        self.groups: dict[str, list[str]] = o.groups
        self.parallel = o.parallel
        self.applicability = Applicability(o.applicability)
        if self.parallel:
            self._check_parallel()
        elif "{replacement}" in spec.message:
            raise RuleError("message", "{replacement} needs 'parallel: true'")
        #: Each form's group and its position there (parallel groups: the word it spells).
        self.forms: dict[str, tuple[str, int]] = {}
        for group, forms in self.groups.items():
            for i, form in enumerate(forms):
                key = self._key(form)
                if key in self.forms:
                    other = self.forms[key][0]
                    raise RuleError(
                        ("groups", group, i),
                        f"'{form}' is already in group '{other}'; a form belongs to one group",
                    )
                self.forms[key] = (group, i)
        prefer = o.prefer
        setting = o.prefer_setting
        if setting is not None and env.settings.get(setting) is not None:
            # A setting shared by many locales (formality: neutral) may name no group here:
            # then nothing is preferred, rather than every locale failing to compile.
            value = str(env.settings[setting])
            prefer = value if value in self.groups else None
        if prefer is not None and prefer not in self.groups:
            names = ", ".join(self.groups)
            raise RuleError("prefer", f"'{prefer}' is not a group of this rule (groups: {names})")
        self.prefer = prefer
        # The matcher for earlier turns is built when a message first brings turns:
        # tokenizing every form up front cost most of the compile time of big lists
        # (60 ms for the 1,800 French spelling forms), paid even by one-shot lints.
        self._nlp = env.nlp
        self._context_matcher: PhraseMatcher | None = None

    def _check_parallel(self) -> None:
        sizes = {group: len(forms) for group, forms in self.groups.items()}
        first, size = next(iter(sizes.items()))
        for group, n in sizes.items():
            if n != size:
                raise RuleError(
                    ("groups", group),
                    f"parallel groups need the same length: '{group}' has {n} forms, "
                    f"'{first}' has {size}",
                )

    def needs(self) -> frozenset[str]:
        return frozenset({"sentences"}) if self.skip_sentence_start else frozenset()

    def register(self, hub: MatchHub) -> None:
        hub.add_phrases(self.id, list(self.forms), self.case_sensitive)

    def _is_ambiguous(self, doc, start: int, end: int) -> bool:
        return self._ambiguous is None or doc[start:end].text in self._ambiguous

    def _key(self, text: str) -> str:
        text = fold(text)
        return text if self.case_sensitive else text.lower()

    def _hits(self, doc, spans, tokenized_only: bool = False) -> list[tuple[str, int, int, int]]:
        """(group, position in the group, start, end) of each form; ambiguous forms opening
        a sentence are skipped.

        Context turns are only tokenized (``tokenized_only``): there a form after . ! ? : or
        a line break, or at the very start, counts as opening a sentence.
        """
        out = []
        for start, end in longest_first(list(spans)):
            if self.skip_sentence_start and self._is_ambiguous(doc, start, end):
                if tokenized_only:
                    opens = start == 0 or doc[start - 1].text in {".", "!", "?", ":", "\n"}
                else:
                    opens = doc[start].is_sent_start
                if opens:
                    continue
            span = doc[start:end]
            found = self.forms.get(self._key(span.text))
            if found is not None:
                out.append((*found, span.start_char, span.end_char))
        return out

    def warm(self) -> None:
        if self.scope == "conversation":
            self._turn_matcher()

    def _turn_matcher(self) -> PhraseMatcher:
        if self._context_matcher is None:
            attr = "ORTH" if self.case_sensitive else "LOWER"
            matcher = PhraseMatcher(self._nlp.vocab, attr=attr)
            matcher.add(self.id, list(self._nlp.tokenizer.pipe(self.forms)))
            self._context_matcher = matcher  # built whole before it is shared
        return self._context_matcher

    def _from_conversation(self, ctx: CheckContext) -> str | None:
        if self.scope != "conversation" or not ctx.message.conversation:
            return None
        matcher = self._turn_matcher()
        for role, doc in reversed(ctx.turn_docs()):
            if role.lower() not in AGENT_ROLES:
                continue
            spans = [(s, e) for _id, s, e in matcher(doc)]
            hits = self._hits(doc, spans, tokenized_only=True)
            if hits:
                return hits[0][0]
        return None

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        if self.skip_sentence_start:
            ctx.ensure_sentences()
        hits = self._hits(ctx.doc, spans)
        if not hits:
            return
        expected = self._from_conversation(ctx) or self.prefer or hits[0][0]
        for group, index, start, end in hits:
            if group == expected:
                continue
            if not self.parallel:
                yield self.finding(ctx, start, end, group=group, expected=expected, replacement="")
                continue
            target = self.groups[expected][index]
            suggestions = suggestions_from([target], self.applicability, ctx.text[start:end])
            yield self.finding(
                ctx,
                start,
                end,
                suggestions,
                group=group,
                expected=expected,
                replacement=suggestions[0].text,
            )
