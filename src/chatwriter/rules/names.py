"""names: the customer's name written as the customer wrote it.

The customer's earlier turns are the source of truth, but only where they show a name
as a name: Title-Case words right after an introduction ("this is Seán McKenna",
"ich bin Jörg", "me llamo Íñigo"), after a title ("Mr Ó Briain", "Frau Weiß") or
closing the turn as a signature ("Thanks, Zoë"). Any other capitalised word is left
alone: a place typed in a hurry ("my booking in Cancun") is not the customer's name,
and "fixing" the agent's correct "Cancún" to it would break a good reply. German nouns,
brands and places therefore never count, however they are capitalised.

A word in the reply that is the same name folded (case and accents set aside) but
written differently ("Zoe", "Sean", "Mckenna") is a finding, fixed safely to the
customer's spelling. Only spelling the customer showed is enforced, so nothing is
guessed; without earlier customer turns the rule has nothing to say.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import regex

from chatwriter.model import AGENT_ROLES, Applicability, Finding, Suggestion
from chatwriter.rules.base import CheckContext, CompileEnv, Kind, RuleSpec, fold
from chatwriter.rules.options import Options, option

if TYPE_CHECKING:
    from spacy.tokens import Doc

# One to three Title-Case words: "Zoë", "Seán Ó Briain", "Anne-Marie McKenna".
_RUN = r"(?P<run>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})"
# A signature: the run alone at the end of a turn, after a comma, dash or line break.
_SIGNATURE = regex.compile(r"(?:^|[,\n—–]|\s-)[ \t]*" + _RUN + r"[ \t]*[.!]?\s*\Z")
# A full name (two or three words, no mark after it) closing a turn after a sentence's
# end: "... my billing address. Nathalie Gagnon". One word there is as often a place or
# a product ("... it broke. Samsung"), so it takes first and last name.
_SIGNED_AFTER_SENTENCE = regex.compile(
    r"[.!?][ \t]+(?P<run>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2})[ \t]*\Z"
)
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: Relative pronouns after a run: the run is what the clause is about, not the writer.
_RELATIVE = r"(?i:qui|que|qu['’]|who|which|that|der|die|das|welche[rs]?|che|dat)(?!\p{L})"


def _phrase(text: str) -> str:
    """A cue phrase as a pattern: any run of spaces, either apostrophe."""
    words = (regex.escape(w).replace("'", "['’]") for w in text.split())
    return r"\s+".join(words)


def _key(word: str) -> str:
    """Case- and accent-blind form: Zoë, ZOE and zoe share one key."""
    # lower(), not casefold(): "Strasse" and "Straße" are different spellings, not one name.
    decomposed = unicodedata.normalize("NFKD", fold(word).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_WORDS = {"type": "array", "items": {"type": "string", "minLength": 1}}


@dataclass(frozen=True)
class NamesOptions(Options):
    min_length: int = option(
        {"type": "integer", "minimum": 2}, "shortest word taken as a name", default=3
    )
    ignore: list[str] = option(
        _WORDS, "capitalised words that are not names (Monday, Thanks, ...)", default=()
    )
    introductions: list[str] = option(
        _WORDS,
        "phrases a customer puts before their own name, matched in any "
        "case ('this is', 'my name is', 'ich bin', 'me llamo', ...)",
        default=(),
    )
    opening_introductions: list[str] = option(
        _WORDS,
        "phrases that introduce a name only where a turn opens, after a greeting at "
        "most, matched in any case ('hier': 'Grüezi, hier Daniela Gerber')",
        default=(),
    )
    introductions_after: list[str] = option(
        _WORDS,
        "words a customer puts after their own name, matched in any case "
        "('here', 'hier', 'ici', 'aquí', ...)",
        default=(),
    )
    titles: list[str] = option(
        _WORDS,
        "titles written before a name, matched as written ('Mr', 'Frau', 'Mme', 'Sra.', ...)",
        default=(),
    )


class NamesKind(Kind):
    name = "names"
    options_class = NamesOptions
    options: NamesOptions
    message_fields = frozenset({"expected"})
    always = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        self.min_length = o.min_length
        self.ignore = frozenset(_key(w) for w in o.ignore)
        intros = "|".join(_phrase(p) for p in o.introductions)
        titles = "|".join(_phrase(t) for t in o.titles)
        cues = [f"(?i:{intros})" if intros else "", titles]
        cue = "|".join(c for c in cues if c)
        self.cued = regex.compile(rf"(?<!\w)(?:{cue})(?!\w)\s+{_RUN}") if cue else None
        opening = "|".join(_phrase(p) for p in o.opening_introductions)
        # The turn's first words, or its first words after a greeting word and a comma; not
        # a run a relative clause follows ("Bonjour, c'est Colissimo qui livre").
        self.cued_opening = (
            regex.compile(
                rf"\A\W*(?:\p{{L}}+(?:[ \t]+\p{{L}}+)?[ \t]*[,!][ \t]*)?(?i:{opening})[ \t]+{_RUN}"
                rf"(?![\p{{L}}'’-])(?![ \t]+{_RELATIVE})"
            )
            if opening
            else None
        )
        after = "|".join(_phrase(p) for p in o.introductions_after)
        self.cued_after = (
            # "Anna here, ...", "Marco qui." ends there: in "Colissimo qui devait livrer"
            # the French relative pronoun goes on
            regex.compile(
                rf"(?:^|(?<=[\s,.!?:;]))[ \t]*{_RUN}[ \t]+(?i:{after})(?!\w)(?=[ \t]*(?:[,.!:;—–-]|$))",
                regex.MULTILINE,
            )
            if after
            else None
        )
        # Keyed by the Doc object: the engine's turn-doc cache hands the same Doc back for
        # the same earlier turn, so a conversation's turns are read for names once.
        self._turn_names = lru_cache(maxsize=1024)(self._names_in)

    def _runs(self, text: str) -> Iterable[str]:
        """Name runs the customer showed: after an introduction or title, or as a signature."""
        for cued in (self.cued, self.cued_opening, self.cued_after):
            if cued is not None:
                for m in cued.finditer(text):
                    yield from self._kept(m.group("run"))
        m = _SIGNATURE.search(text) or _SIGNED_AFTER_SENTENCE.search(text)
        if m:
            yield from self._kept(m.group("run"))

    def _kept(self, run: str) -> Iterable[str]:
        """The run unless it opens with an ignored word: "Kind Regards", "Ihre
        Kundennummer" and "Best Wishes" close or label a turn; they are not a name."""
        first = _WORD.match(run)
        if first is None or _key(first.group()) not in self.ignore:
            yield run

    @staticmethod
    def _customer_docs(ctx: CheckContext) -> Iterable[Doc]:
        """The customer's earlier turns: agents' turns are never a source of names."""
        return (doc for role, doc in ctx.turn_docs() if role.lower() not in AGENT_ROLES)

    def _customer_names(self, ctx: CheckContext) -> dict[str, str]:
        names: dict[str, str] = {}
        lowered: set[str] = set()
        for doc in self._customer_docs(ctx):
            turn_names, turn_lowered = self._turn_names(doc)
            lowered |= turn_lowered
            for key, word in turn_names:
                names.setdefault(key, word)
        # A word the customer also writes in lower case is an ordinary word, not safely a name.
        return {k: v for k, v in names.items() if k not in lowered and k not in self.ignore}

    def _names_in(self, doc: Doc) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
        """One turn's (key, name) pairs and its lower-case words. Cached per turn in
        ``__init__``: every later message of the conversation asks again."""
        lowered = frozenset(_key(tok.text) for tok in doc if tok.is_alpha and tok.is_lower)
        found = tuple(
            (_key(word), word)
            for run in self._runs(doc.text)
            for word in _WORD.findall(run)
            if len(word) >= self.min_length and not word.isupper()
        )
        return found, lowered

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        if not ctx.message.conversation:
            return
        names = self._customer_names(ctx)
        if not names:
            return
        for tok in ctx.doc:
            if not tok.is_alpha or len(tok) < self.min_length:
                continue
            # Only words the agent wrote as a name: capitalised, not shouted.
            if not tok.text[0].isupper() or (tok.is_upper and len(tok) > 1):
                continue
            expected = names.get(_key(tok.text))
            if expected is None or tok.text == expected:
                continue
            suggestion = Suggestion(expected, Applicability.SAFE)
            yield self.finding(ctx, tok.idx, tok.idx + len(tok), (suggestion,), expected=expected)


_MAP = {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}}


@lru_cache(maxsize=1)
def first_name_genders() -> dict[str, str]:
    """First name key -> 'f' or 'm', from the table shipped in ``chatwriter/data``
    (built by tools/build_first_names.py; source and licence in first-names.NOTICE).
    Only names that settle the gender in every built-in language are in it."""
    text = resources.files("chatwriter").joinpath("data", "first-names.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, gender = line.partition("\t")
            table[name] = gender
    return table


def first_name_gender(word: str) -> str | None:
    """'f' or 'm' when the table settles it; a compound ("Anne-Sophie", "Karl-Heinz")
    goes by its first part, unless another part is of the other gender ("Marie-Pierre")."""
    table = first_name_genders()
    k = _key(word)
    if k in table:
        return table[k]
    first, *rest = k.split("-")
    gender = table.get(first) if rest else None
    if gender is None or any(table.get(p, gender) != gender for p in rest):
        return None
    return gender


@dataclass(frozen=True)
class GreetingNameOptions(NamesOptions):
    greetings: list[str] = option(
        _WORDS,
        "greeting words that open a reply, matched in any case ('hi', 'hallo', 'bonjour', ...)",
    )
    check: str = option(
        {"enum": ["name", "title"]},
        "what the greeting is compared with: 'name', the names the customer gave; 'title', "
        "whether the gendered title before the customer's surname fits the first name the "
        "customer gave (from the shipped first-name table)",
        default="name",
    )
    male_titles: list[str] = option(
        _WORDS, "titles, as written, that address a man (check: title)", default=()
    )
    female_titles: list[str] = option(
        _WORDS, "titles, as written, that address a woman (check: title)", default=()
    )
    other_title: dict[str, str] = option(
        _MAP,
        "a title -> the same title for the other gender, where one maps cleanly "
        "(Herr: Frau, Mr: Ms); the unsafe suggestion of check: title",
        default_factory=dict,
    )
    other_greeting: dict[str, str] = option(
        _MAP,
        "a gendered greeting, lower case -> its form for the other gender (liebe: lieber, "
        "chère: cher); the suggestion then covers greeting and title",
        default_factory=dict,
    )


class GreetingNameKind(NamesKind):
    """greeting-name: the reply greets the customer by a name they never gave.

    The customer's names come from the same evidence as ``names`` (an introduction, a
    title, a signature); the greeting is the reply's first words ("Hi Sarah,",
    "Bonjour Sandrine", "Hallo Frau Weber"). A greeted name the customer showed under
    another spelling is left to ``names``; without a name from the customer there is
    nothing to compare with, so nothing is said.
    """

    name = "greeting-name"
    options_class = GreetingNameOptions
    options: GreetingNameOptions
    message_fields = frozenset({"expected", "first_name", "title"})

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        o = self.options
        greetings = "|".join(_phrase(g) for g in o.greetings)
        titles = "|".join(_phrase(t) for t in o.titles)
        title = rf"(?P<title>(?:{titles})[ \t]+)?" if titles else ""
        self.greeting = regex.compile(
            rf"\A\W*(?P<greeting>(?i:{greetings}))(?!\w)[ \t,]+{title}"
            r"(?P<name>\p{Lu}[\p{L}'’-]+)"
        )
        self.title_gender = {t: "m" for t in o.male_titles} | {t: "f" for t in o.female_titles}
        # Per gender, its titles as one alternation (read once, not on every message).
        self.titles_of = {
            g: "|".join(_phrase(t) for t, tg in self.title_gender.items() if tg == g)
            for g in ("m", "f")
        }
        # A name run the customer opened with a title or a degree ("Frau Dr. Anna Weiß"):
        # the first name is the first word that is not one.
        self.title_keys = frozenset(_key(t).rstrip(".") for t in (*o.titles, "Dr", "Prof"))

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        if not ctx.message.conversation:
            return
        m = self.greeting.search(ctx.text)
        if m is None or len(m.group("name")) < self.min_length:
            return
        if self.options.check == "title":
            yield from self._check_title(ctx, m)
            return
        names = self._customer_names(ctx)
        greeted = _key(m.group("name"))
        if not names or greeted in names or greeted in self.ignore:
            return
        expected: str | None = next(iter(names.values()))
        if m.groupdict().get("title"):
            # "Dear Ms Smith" to a customer who signed "Jane": her surname is unknown.
            expected = self._surname(ctx)
            if expected is None or _key(expected) == greeted:
                return
        suggestion = Suggestion(expected, Applicability.UNSAFE)
        yield self.finding(ctx, m.start("name"), m.end("name"), (suggestion,), expected=expected)

    def _surname(self, ctx: CheckContext) -> str | None:
        """The last word of the first full name (two words or more) the customer gave."""
        for doc in self._customer_docs(ctx):
            for run in self._runs(doc.text):
                words = _WORD.findall(run)
                if len(words) >= 2:
                    return words[-1]
        return None

    def _check_title(self, ctx: CheckContext, m: regex.Match[str]) -> Iterable[Finding]:
        """'Hallo Herr Krüger' to the customer who wrote 'hier ist Sabine Krüger'.

        Only a gendered title before the surname of a full name the customer gave is
        checked, against that name's first word in the first-name table. Quiet when the
        customer gave no first name, when it is not in the table (unisex, or a name whose
        gender changes between languages), when another name the customer gave with the
        same surname fits the title, and when the customer wrote the title themselves
        ("hier ist Herr Kim Krüger")."""
        written = m.group("title")
        gender = self.title_gender.get(written.strip()) if written else None
        if gender is None:
            return
        title = written.strip()
        surname = _key(m.group("name"))
        first_names: dict[str, str | None] = {}
        for doc in self._customer_docs(ctx):
            if self._titled_by_customer(doc.text, m.group("name"), gender):
                return
            for run in self._runs(doc.text):
                words = _WORD.findall(run)
                while words and _key(words[0]).rstrip(".") in self.title_keys:
                    words = words[1:]
                if len(words) >= 2 and _key(words[-1]) == surname:
                    first_names[words[0]] = first_name_gender(words[0])
        genders = set(first_names.values())
        if not first_names or genders != {"m" if gender == "f" else "f"}:
            return
        first_name = next(iter(first_names))
        start, end = m.start("title"), m.start("title") + len(title)
        other = self.options.other_title.get(title)
        greeting = m.group("greeting")
        other_greeting = self.options.other_greeting.get(greeting.lower())
        suggestions: tuple[Suggestion, ...] = ()
        if other and other_greeting:
            # "Liebe Frau Krüger" -> "Lieber Herr Krüger": the greeting agrees with the title.
            if greeting[0].isupper():
                other_greeting = other_greeting[0].upper() + other_greeting[1:]
            between = ctx.text[m.end("greeting") : m.start("title")]
            start = m.start("greeting")
            suggestions = (Suggestion(other_greeting + between + other, Applicability.UNSAFE),)
        elif other:
            suggestions = (Suggestion(other, Applicability.UNSAFE),)
        yield self.finding(
            ctx,
            start,
            end,
            suggestions,
            expected=other or "",
            first_name=first_name,
            title=title,
        )

    def _titled_by_customer(self, text: str, surname: str, gender: str) -> bool:
        """The customer wrote a title of this gender before the surname ("Herr Krüger")."""
        titles = self.titles_of[gender]
        if not titles:
            return False
        found = regex.search(
            rf"(?<!\w)(?:{titles})[ \t]+(?:\p{{Lu}}[\p{{L}}'’-]*[ \t]+){{0,2}}"
            rf"{regex.escape(surname)}(?!\w)",
            text,
        )
        return found is not None
