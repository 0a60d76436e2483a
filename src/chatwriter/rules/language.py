"""language: the reply's language against the locale's, the customer's and its own.

Three checks, each giving at most one kind of finding:

- **message**: the reply as a whole reads confidently as another language than the
  locale's (``settings.language``). Not a finding when that language is the one the
  customer wrote in, or the company's ``service_language`` setting.
- **conversation**: the customer's last turn (the most recent non-agent turn of at
  least ``min_words`` words) reads confidently as one language and the reply as
  another. Switched off by ``service_language`` when the reply is in that language.
- **sentences**: a sentence of at least ``min_words`` words that reads confidently as
  another language than the reply (or the locale), likewise a clause after a semicolon,
  a colon or a dash; and a stretch inside a sentence in another of the seven ("... el
  problema es que *your payment method expired* en la app"): a run of that language's
  marker words (``langid.foreign_spans``) that the detector, choosing between the two
  languages only, confirms. With ``english_words``, three of them in a reply of the
  locale's language ("el team de billing", code-switching) are a finding too.

Texts under ``min_words`` words are never judged. A function-word check
(``langid.plainly``) settles texts that plainly read as the expected language; only
the rest reaches the detector, whose answer counts only at or above
``min_confidence``. ``langid.outside`` names a language outside the seven. Quoted text
is not judged. Detector libraries are imported on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from chatwriter import langid
from chatwriter.model import AGENT_ROLES, Finding, Turn
from chatwriter.rules.base import (
    CheckContext,
    CompileEnv,
    Kind,
    RuleError,
    RuleSpec,
    check_template,
    render,
)
from chatwriter.rules.language_text import (
    CLAUSE_MARK,
    clauses,
    english_switch,
    introduced,
    trimmed,
    worth_a_look,
)
from chatwriter.rules.options import Options, option

DEFAULT_MIN_WORDS = 4
DEFAULT_SENTENCE_MESSAGE = "This sentence reads as {detected}, not {expected}."
DEFAULT_CONVERSATION_MESSAGE = (
    "The customer wrote in {expected}, but this reply reads as {detected}."
)
CHECKS = ("message", "sentences", "conversation")
#: Message for a stretch of another language inside a sentence (no guide field: the
#: guides' messages are about whole replies and sentences).
SPAN_MESSAGE = "'{match}' reads as {detected}; write the whole reply in {expected}."


@dataclass(frozen=True)
class LanguageOptions(Options):
    min_words: int = option(
        {"type": "integer", "minimum": 2},
        "texts with fewer words are not judged",
        default=DEFAULT_MIN_WORDS,
    )
    #: None: the detector's own level (``langid.DEFAULT_MIN_CONFIDENCE``).
    min_confidence: float | None = option(
        {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "detector confidence a finding needs (default per detector: "
        + ", ".join(f"{k} {v}" for k, v in sorted(langid.DEFAULT_MIN_CONFIDENCE.items()))
        + ")",
        default=None,
    )
    detector: str = option(
        {"enum": sorted(langid.DETECTORS)}, "language detector", default=langid.DEFAULT_DETECTOR
    )
    languages: list[str] = option(
        {
            "type": "array",
            "items": {"enum": list(langid.LANGUAGES)},
            "minItems": 2,
            "uniqueItems": True,
        },
        "languages the detector chooses among",
        default=langid.LANGUAGES,
    )
    checks: list[str] = option(
        {"type": "array", "items": {"enum": list(CHECKS)}, "minItems": 1, "uniqueItems": True},
        "which checks run: message, sentences, conversation",
        default=CHECKS,
    )
    sentence_message: str = option(
        {"type": "string", "minLength": 1},
        "message for a sentence in another language ({detected}, {expected})",
        default=DEFAULT_SENTENCE_MESSAGE,
    )
    conversation_message: str = option(
        {"type": "string", "minLength": 1},
        "message when the customer wrote in another language ({expected} is the customer's)",
        default=DEFAULT_CONVERSATION_MESSAGE,
    )
    english_words: list[str] = option(
        {"type": "array", "items": {"type": "string", "minLength": 1}, "uniqueItems": True},
        "English words that are no loan in this language; three in one reply are flagged",
        default=(),
    )
    english_message: str = option(
        {"type": "string", "minLength": 1},
        "message for English words ({words}, {expected})",
        default="English words in a reply in {expected}: {words}.",
    )


class LanguageKind(Kind):
    name = "language"
    options_class = LanguageOptions
    options: LanguageOptions
    message_fields = frozenset({"detected", "expected", "words"})
    always = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        allowed = frozenset({"match"}) | self.message_fields
        self.sentence_message = o.sentence_message
        self.conversation_message = o.conversation_message
        self.english = frozenset(w.lower() for w in o.english_words)
        for key, template in (
            ("sentence_message", self.sentence_message),
            ("conversation_message", self.conversation_message),
            ("english_message", o.english_message),
        ):
            try:
                check_template(template, allowed)
            except RuleError as exc:
                raise RuleError(key, exc.message) from None
        self.min_words = o.min_words
        name = o.detector
        self.detector = langid.make_detector(name, min_words=self.min_words)
        problem = langid.missing_package(self.detector)
        if problem is not None:
            raise RuleError("detector", problem)
        self.min_confidence = float(
            langid.DEFAULT_MIN_CONFIDENCE[name] if o.min_confidence is None else o.min_confidence
        )
        self.languages = tuple(o.languages)
        self.checks = frozenset(o.checks)
        self._message = "message" in self.checks
        self._sentences_check = "sentences" in self.checks
        self._conversation = "conversation" in self.checks
        settings = env.settings
        self.expected = str(settings.get("language") or env.nlp.lang)
        if self.expected not in self.languages:
            known = ", ".join(self.languages)
            raise RuleError(
                "languages",
                f"the locale's language '{self.expected}' is not among the languages "
                f"this rule detects ({known})",
            )
        service = settings.get("service_language")
        self.service = str(service) if service else None

    def needs(self) -> frozenset[str]:
        return frozenset({"sentences"}) if "sentences" in self.checks else frozenset()

    def warm(self) -> None:
        warm = getattr(self.detector, "warm", None)  # optional for third-party detectors
        if warm is not None:
            warm(self.languages)

    # -- judging one text ------------------------------------------------------
    def _judge(self, text: str, evidence: langid.Evidence, likely: str) -> str | None:
        """The language ``text`` confidently reads as, or None (too short or unclear).

        A language other than ``likely`` needs, besides the detector's confidence, a
        marker word of its own ("und", "vous", "usted") or a text of twice
        ``min_words`` words: a name such as "La Piñata in Pittsburg" is no reply in
        Spanish. It also needs at least as many marker words as ``likely`` has in the text.
        """
        if evidence.words < self.min_words:
            return None
        if evidence.plainly(likely):
            return likely
        if langid.catalan(text):
            return "ca"  # read by the detector of the seven as Spanish or French
        found = self.detector.detect(text, self.languages)
        if found is None or found[1] < self.min_confidence:
            # Not sure which of the seven: perhaps none of them (Vietnamese, Polish).
            return langid.outside(text, evidence, self.min_words)
        lang = found[0]
        if lang == likely:
            return lang
        own = evidence.strict.get(lang, 0)
        if not (own or evidence.words >= 2 * self.min_words):
            return None
        expected = evidence.strict.get(likely, 0)
        if expected > own:
            # More marker words of the expected language: an English reply around a
            # foreign name ("Sure, how about Cite de l'architecture et du patrimoine, a
            # museum?", found on the full SGD corpus), not a reply in French. A tie is
            # left to the detector: one marker each is common in real foreign replies
            # ("I Suoi famigliari..." starts with the Italian article "I").
            return None
        return lang

    def _customer(self, turns: Sequence[Turn], likely: str) -> tuple[str | None, str]:
        """The language of the customer's last turn long enough to judge, if confident,
        and that turn's text."""
        for turn in reversed(turns):
            if turn.role.lower() in AGENT_ROLES:
                continue
            evidence = langid.Evidence(turn.text)
            if evidence.words >= self.min_words:
                return self._judge(turn.text, evidence, likely), turn.text
        return None, ""

    # -- run -----------------------------------------------------------------
    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        # Quoted words (an error message, a button) are someone else's: blanked out.
        text = langid.unquoted(ctx.text)
        found = list(self._check(ctx, text))
        if not self.english or ctx.reply_language not in (None, self.expected):
            return found
        # English nouns and verbs in a reply of this language: "el team de billing"
        switch = english_switch(text, self.english)
        if switch is None or any(f.start < switch[1] and switch[0] < f.end for f in found):
            return found  # none, or inside an English stretch or reply flagged already
        names = {"words": ", ".join(switch[2]), "expected": langid.language_name(self.expected)}
        finding = self.finding(ctx, switch[0], switch[1], detected="English", **names)
        message = render(self.options.english_message, match=finding.match, **names)
        return [*found, replace(finding, message=message)]

    def _check(self, ctx: CheckContext, text: str) -> Iterable[Finding]:
        evidence = langid.Evidence(text)
        if evidence.words < self.min_words:
            return ()
        expected = self.expected
        turns = ctx.message.conversation if self._conversation else ()
        stretch: bool | None = None  # a sentence with next to no marker word of the seven
        if not turns and evidence.plainly(expected):
            stretch = self._sentences_check and worth_a_look(
                text, evidence, self.min_words, expected
            )
            if not stretch:
                return ()  # the common case: plainly the locale's language, no model needed
        reply = self._judge(text, evidence, expected)
        if reply is not None and reply != expected:
            # Written in another language, flagged or not: the locale's spelling,
            # typography and register rules model a language this reply is not in.
            ctx.reply_language = reply
        customer, said = self._customer(turns, reply or expected) if turns else (None, "")
        if (
            customer is not None
            and reply is not None
            and customer != reply
            and "script:" in customer + reply
            and langid.script_of(said) == langid.script_of(text) is not None
        ):
            # One side named only by its script ("a language in Han script"), the other
            # by the model ("Chinese"): written in the same script, they are one language.
            customer = reply
        if (
            customer is not None
            and customer not in self.languages
            and reply != customer
            and langid.outside(text, evidence, self.min_words) == customer
        ):
            # The customer wrote in a language outside the seven (Catalan, Polish): the
            # detector of the seven may read a reply in it as a neighbour (Catalan as
            # French). Asked over all languages, the reply is in the customer's.
            reply = ctx.reply_language = customer
        if customer is not None and reply is not None and customer != reply:
            if reply != self.service:
                return [self._whole(ctx, self.conversation_message, reply, customer)]
        elif (
            self._message
            and reply is not None
            and reply != expected
            and reply not in (customer, self.service)
        ):
            return [self._whole(ctx, self.spec.message, reply, expected)]
        reference = reply or expected
        if not self._sentences_check:
            return ()
        if evidence.plainly(reference):
            if stretch is None:
                stretch = worth_a_look(text, evidence, self.min_words, reference)
            if not stretch:
                # No marker word of another language anywhere, no sentence or clause
                # without markers of the seven, no letter the seven do not write: no
                # sentence to look at.
                return ()
        found = self._sentences(ctx, text, reference, customer)
        return found + self._spans(ctx, text, reference, found, customer)

    def _spans(
        self,
        ctx: CheckContext,
        text: str,
        reference: str,
        flagged: Sequence[Finding],
        customer: str | None = None,
    ) -> list[Finding]:
        """Stretches in another of the seven languages inside a sentence of ``reference``
        ("..., I'll be right back."): a run of its marker words, confirmed by the detector
        choosing between the two languages alone (texts under ``min_words`` words are not
        judged, so "Let me check" is not enough). Loan words are no marker words."""
        if reference not in self.languages:
            return []
        out = []
        for start, end, lang in langid.foreign_spans(text, reference):
            if lang not in self.languages or introduced(text, start):
                continue
            if any(f.start < end and start < f.end for f in flagged):
                continue  # inside a sentence already flagged as a whole
            found = self.detector.detect(
                text[start : langid.span_reach(text, end, reference)], (reference, lang)
            )
            if found is None or found[0] != lang or found[1] < self.min_confidence:
                continue
            out.append(self._finding(ctx, start, end, SPAN_MESSAGE, lang, reference))
        if customer is None or customer in self.languages:
            # a stretch in another script; a customer who wrote in another language may be
            # answered in it, so then it is not judged here
            for start, end, script in langid.script_spans(text):
                if introduced(text, start) or any(f.start < end and start < f.end for f in flagged):
                    continue
                lang = langid.stretch_language(text[start:end], script)
                out.append(self._finding(ctx, start, end, SPAN_MESSAGE, lang, reference))
        return out

    def _whole(self, ctx: CheckContext, template: str, detected: str, expected: str) -> Finding:
        start, end = trimmed(ctx.text, 0, len(ctx.text))
        return self._finding(ctx, start, end, template, detected, expected)

    def _sentences(
        self, ctx: CheckContext, text: str, reference: str, customer: str | None = None
    ) -> list[Finding]:
        """Sentences in another language than ``reference`` (``text`` is the reply with
        quotations blanked out, offsets unchanged). A sentence in the customer's own
        language is an answer in their language, not a slip: a Catalan reply to a
        customer who wrote in Catalan, under es-ES, is not flagged sentence by sentence."""
        sents = ctx.sentences()
        if reference not in self.languages:
            # a reply in a language outside the seven: the detector cannot read its
            # sentences as that language, only as a neighbour
            return []
        if len(sents) < 2 and not any(
            CLAUSE_MARK.search(text, s.start_char, s.end_char) for s in sents
        ):
            return []  # one sentence, one clause: the reply itself, judged already
        out = []
        judged = []
        for sent in sents:
            sent_text = text[sent.start_char : sent.end_char]
            evidence = langid.Evidence(sent_text)
            found = self._judge(sent_text, evidence, reference)
            if found is not None:
                judged.append(found)
            if found is not None and found not in (reference, customer):
                start, end = trimmed(ctx.text, sent.start_char, sent.end_char)
                out.append(self._finding(ctx, start, end, self.sentence_message, found, reference))
                continue
            # a clause after a semicolon, a colon or a dash, or a sentence's head up to its
            # first comma, in another language ("O pedido foi cancelado; le remboursement
            # sera effectué ..."): judged on its own, unless introduced as a quotation
            for first, stops in clauses(text, sent.start_char, sent.end_char):
                if introduced(text, first):
                    continue
                for stop in stops:
                    clause = text[first:stop]
                    found = self._judge(clause, langid.Evidence(clause), reference)
                    if found is not None and found not in (reference, customer):
                        start, end = trimmed(ctx.text, first, stop)
                        out.append(
                            self._finding(ctx, start, end, self.sentence_message, found, reference)
                        )
                        break
        if customer is not None and customer != reference and judged and set(judged) == {customer}:
            # every sentence that could be judged is in the customer's language: the
            # locale's spelling and typography rules do not apply to it
            ctx.reply_language = customer
        return out

    def _finding(
        self, ctx: CheckContext, start: int, end: int, template: str, detected: str, expected: str
    ) -> Finding:
        names = {
            "detected": langid.language_name(detected),
            "expected": langid.language_name(expected),
        }
        finding = self.finding(ctx, start, end, **names)
        if template is self.spec.message:
            return finding
        return replace(finding, message=render(template, match=finding.match, **names))
