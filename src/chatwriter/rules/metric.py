"""metric: a measured value of the message or of each sentence against a limit.

Metrics: ``sentence-words`` (words per sentence), ``message-words``, ``emoji`` (emoji
per message), ``caps-ratio`` (share of capital letters among letters), and
``repeated-punctuation`` (runs of ``!`` / ``?`` longer than the limit, fixed by
collapsing the run).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import regex

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules.base import CheckContext, CompileEnv, Kind, RuleError, RuleSpec
from chatwriter.rules.options import Options, option

# An emoji with its modifiers, variation selector and ZWJ sequences, or a flag.
EMOJI = regex.compile(
    r"(?:\p{Regional_Indicator}{2}"
    r"|[#*0-9]\uFE0F\u20E3"
    r"|(?=\p{Extended_Pictographic})(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)"
    r"(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic}\uFE0F?)*)"
)
_WORD = regex.compile(r"\w+(?:['’-]\w+)*")
_LETTER = regex.compile(r"\p{L}")
_UPPER = regex.compile(r"\p{Lu}")

METRICS = ("sentence-words", "message-words", "emoji", "caps-ratio", "repeated-punctuation")


@dataclass(frozen=True)
class MetricOptions(Options):
    metric: str = option(
        {"enum": list(METRICS)},
        "what is measured: words per sentence or per message, emoji per message, the share "
        "of capitals among letters, or the length of a run of ! and ?",
    )
    max: float = option({"type": "number", "minimum": 0}, "largest allowed value")
    max_setting: str | None = option(
        {"type": "string"}, "take the limit from this locale setting when it is set", default=None
    )
    min_letters: int = option(
        {"type": "integer", "minimum": 1},
        "caps-ratio: ignore messages with fewer letters",
        default=12,
    )


class MetricKind(Kind):
    name = "metric"
    options_class = MetricOptions
    options: MetricOptions
    message_fields = frozenset({"value", "limit"})
    always = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.metric: str = o.metric
        limit = o.max
        setting = o.max_setting
        if setting is not None:
            value = env.settings.get(setting)
            if value is not None:
                if not isinstance(value, (int, float)) or isinstance(value, bool):
                    raise RuleError("max_setting", f"locale setting '{setting}' is not a number")
                limit = value
        self.limit = limit
        self.min_letters = o.min_letters
        if self.metric == "caps-ratio" and not 0 <= self.limit <= 1:
            raise RuleError("max", "caps-ratio is a share between 0 and 1, e.g. 0.6")
        self._check: Callable[[CheckContext], Iterable[Finding]] = getattr(
            self, "_" + self.metric.replace("-", "_")
        )
        if self.metric == "repeated-punctuation":
            self._run = regex.compile(rf"[!?]{{{int(self.limit) + 1},}}")

    def needs(self) -> frozenset[str]:
        return frozenset({"sentences"}) if self.metric == "sentence-words" else frozenset()

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        return self._check(ctx)

    def _sentence_words(self, ctx: CheckContext) -> Iterable[Finding]:
        if len(ctx.doc) <= self.limit:  # words never outnumber tokens
            return
        for sent in ctx.sentences():
            count = sum(1 for t in sent if t.is_alpha or t.like_num)
            if count > self.limit:
                text = sent.text.rstrip()
                yield self.finding(
                    ctx,
                    sent.start_char,
                    sent.start_char + len(text),
                    value=count,
                    limit=_fmt(self.limit),
                )

    def _message_words(self, ctx: CheckContext) -> Iterable[Finding]:
        words = list(_WORD.finditer(ctx.text))
        if len(words) > self.limit:
            yield self.finding(
                ctx, words[0].start(), words[-1].end(), value=len(words), limit=_fmt(self.limit)
            )

    def _emoji(self, ctx: CheckContext) -> Iterable[Finding]:
        found = list(EMOJI.finditer(ctx.text))
        if len(found) > self.limit:
            first_extra = found[int(self.limit)]
            yield self.finding(
                ctx, first_extra.start(), found[-1].end(), value=len(found), limit=_fmt(self.limit)
            )

    def _caps_ratio(self, ctx: CheckContext) -> Iterable[Finding]:
        text = ctx.text
        upper = sum(map(str.isupper, text))
        # letters >= min_letters is required, so fewer capitals than limit * min_letters can
        # never exceed the limit: most messages stop here without counting letters.
        if upper <= self.limit * self.min_letters:
            return
        letters = len(_LETTER.findall(text))
        if letters < self.min_letters:
            return
        ratio = len(_UPPER.findall(text)) / letters
        if ratio > self.limit:
            stripped = text.strip()
            start = text.find(stripped)
            yield self.finding(
                ctx, start, start + len(stripped), value=f"{ratio:.0%}", limit=f"{self.limit:.0%}"
            )

    def _repeated_punctuation(self, ctx: CheckContext) -> Iterable[Finding]:
        for m in self._run.finditer(ctx.text):
            run = m.group()
            keep = "?" if "?" in run else "!"
            # "!!!" -> "!" is safe; a mixed run is not: in "Shazam!?" the "!" is the title's.
            safe = len(set(run)) == 1
            suggestion = Suggestion(keep, Applicability.SAFE if safe else Applicability.UNSAFE)
            yield self.finding(
                ctx, m.start(), m.end(), (suggestion,), value=len(run), limit=_fmt(self.limit)
            )


def _fmt(limit: float) -> str:
    return str(int(limit)) if float(limit).is_integer() else str(limit)
