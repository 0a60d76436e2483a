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
NAME_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
#: Relative pronouns after a run: the run is what the clause is about, not the writer.
_RELATIVE = r"(?i:qui|que|qu['’]|who|which|that|der|die|das|welche[rs]?|che|dat)(?!\p{L})"


def phrase(text: str) -> str:
    """A cue phrase as a pattern: any run of spaces, either apostrophe."""
    words = (regex.escape(w).replace("'", "['’]") for w in text.split())
    return r"\s+".join(words)


def name_key(word: str) -> str:
    """Case- and accent-blind form: Zoë, ZOE and zoe share one key."""
    # lower(), not casefold(): "Strasse" and "Straße" are different spellings, not one name.
    decomposed = unicodedata.normalize("NFKD", fold(word).lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


WORDS_SCHEMA = {"type": "array", "items": {"type": "string", "minLength": 1}}


@dataclass(frozen=True)
class NamesOptions(Options):
    min_length: int = option(
        {"type": "integer", "minimum": 2}, "shortest word taken as a name", default=3
    )
    ignore: list[str] = option(
        WORDS_SCHEMA, "capitalised words that are not names (Monday, Thanks, ...)", default=()
    )
    introductions: list[str] = option(
        WORDS_SCHEMA,
        "phrases a customer puts before their own name, matched in any "
        "case ('this is', 'my name is', 'ich bin', 'me llamo', ...)",
        default=(),
    )
    opening_introductions: list[str] = option(
        WORDS_SCHEMA,
        "phrases that introduce a name only where a turn opens, after a greeting at "
        "most, matched in any case ('hier': 'Grüezi, hier Daniela Gerber')",
        default=(),
    )
    introductions_after: list[str] = option(
        WORDS_SCHEMA,
        "words a customer puts after their own name, matched in any case "
        "('here', 'hier', 'ici', 'aquí', ...)",
        default=(),
    )
    titles: list[str] = option(
        WORDS_SCHEMA,
        "titles written before a name, matched as written ('Mr', 'Frau', 'Mme', 'Sra.', ...)",
        default=(),
    )
    title_not_after: list[str] = option(
        WORDS_SCHEMA,
        "words after which a title is a noun, matched in any case ('meine': 'meine Frau "
        "Anna hat bestellt' names the customer's wife)",
        default=(),
    )
    sign_offs: list[str] = option(
        WORDS_SCHEMA,
        "closing words before the name that ends a turn, with or without a comma, matched "
        "in any case ('Gruß': '... fehlt. Gruß Thomas Weber'; 'MfG', 'Saludos', 'Groetjes')",
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
        self.ignore = frozenset(name_key(w) for w in o.ignore)
        intros = "|".join(phrase(p) for p in o.introductions)
        titles = "|".join(phrase(t) for t in o.titles)
        if titles and o.title_not_after:
            owners = "|".join(phrase(w) for w in o.title_not_after)
            titles = rf"(?<!(?<!\w)(?i:{owners})\s+)(?:{titles})"
        cues = [f"(?i:{intros})" if intros else "", titles]
        cue = "|".join(c for c in cues if c)
        self.cued = regex.compile(rf"(?<!\w)(?:{cue})(?!\w)\s+{_RUN}") if cue else None
        opening = "|".join(phrase(p) for p in o.opening_introductions)
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
        after = "|".join(phrase(p) for p in o.introductions_after)
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
        closing = "|".join(phrase(p) for p in o.sign_offs)
        self.signed = (  # "... fehlt. Gruß Thomas Weber", "Groetjes Tom": the run ends the turn
            regex.compile(rf"(?<!\w)(?i:{closing})[ \t]*[,.!:—–-]?\s*{_RUN}[ \t]*[.!]?\s*\Z")
            if closing
            else None
        )
        # Keyed by the Doc object: the engine's turn-doc cache hands the same Doc back for
        # the same earlier turn, so a conversation's turns are read for names once.
        self._turn_names = lru_cache(maxsize=1024)(self._names_in)

    def _runs(self, text: str) -> Iterable[str]:
        """Name runs the customer showed: after an introduction or title, or as a signature
        (after a closing word first: "MfG Thomas Weber" is signed by Thomas Weber)."""
        for cued in (self.cued, self.cued_opening, self.cued_after):
            if cued is not None:
                for m in cued.finditer(text):
                    yield from self._kept(m.group("run"))
        m = self.signed and self.signed.search(text)
        m = m or _SIGNATURE.search(text) or _SIGNED_AFTER_SENTENCE.search(text)
        if m:
            yield from self._kept(m.group("run"))

    def _kept(self, run: str) -> Iterable[str]:
        """The run unless it opens with an ignored word: "Kind Regards", "Ihre
        Kundennummer" and "Best Wishes" close or label a turn; they are not a name."""
        first = NAME_WORD.match(run)
        if first is None or name_key(first.group()) not in self.ignore:
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
        lowered = frozenset(name_key(tok.text) for tok in doc if tok.is_alpha and tok.is_lower)
        found = tuple(
            (name_key(word), word)
            for run in self._runs(doc.text)
            for word in NAME_WORD.findall(run)
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
            expected = names.get(name_key(tok.text))
            if expected is None or tok.text == expected:
                continue
            suggestion = Suggestion(expected, Applicability.SAFE)
            yield self.finding(ctx, tok.idx, tok.idx + len(tok), (suggestion,), expected=expected)


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
    k = name_key(word)
    if k in table:
        return table[k]
    first, *rest = k.split("-")
    gender = table.get(first) if rest else None
    if gender is None or any(table.get(p, gender) != gender for p in rest):
        return None
    return gender
