"""greeting-name: the reply greets the customer by a name they never gave, or by a title
that contradicts the first name they gave ("Hallo Frau Weber" to "hier schreibt Thomas
Weber"). The customer's names come from the same evidence as ``names``
(:mod:`chatwriter.rules.names`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules.base import CheckContext, CompileEnv, RuleSpec
from chatwriter.rules.names import (
    NAME_WORD,
    WORDS_SCHEMA,
    NamesKind,
    NamesOptions,
    first_name_gender,
    name_key,
    phrase,
)
from chatwriter.rules.options import option

_MAP = {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}}


@dataclass(frozen=True)
class GreetingNameOptions(NamesOptions):
    greetings: list[str] = option(
        WORDS_SCHEMA,
        "greeting words that open a reply, matched in any case ('hi', 'hallo', 'bonjour', ...)",
    )
    openers: list[str] = option(
        WORDS_SCHEMA,
        "words that open a reply before the customer's name as a vocative between commas "
        "('thanks', 'sure', 'danke', 'merci', 'gracias', ...): 'Thanks, Rachel, I'll ...'; "
        "the name must be followed by a comma or a closing mark",
        default=(),
    )
    check: str = option(
        {"enum": ["name", "title"]},
        "what the greeting is compared with: 'name', the names the customer gave; 'title', "
        "whether the gendered title before the customer's surname fits the first name the "
        "customer gave (from the shipped first-name table)",
        default="name",
    )
    male_titles: list[str] = option(
        WORDS_SCHEMA, "titles, as written, that address a man (check: title)", default=()
    )
    female_titles: list[str] = option(
        WORDS_SCHEMA, "titles, as written, that address a woman (check: title)", default=()
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
        greetings = "|".join(phrase(g) for g in o.greetings)
        titles = "|".join(phrase(t) for t in o.titles)
        title = rf"(?P<title>(?:{titles})[ \t]+)?" if titles else ""
        self.greeting = regex.compile(
            rf"\A\W*(?P<greeting>(?i:{greetings}))(?!\w)[ \t,]+{title}"
            r"(?P<name>\p{Lu}[\p{L}'’-]+)"
        )
        # "Thanks, Rachel, I'll ...", "Danke, Petra, ...", after a bare greeting or not: the
        # name is a vocative, closed by a comma or a mark, and not the first of a list of
        # capitalised words ("Sure, PayPal, Visa and Amex all work").
        openers = "|".join(phrase(w) for w in o.openers)
        self.opener = (
            regex.compile(
                rf"\A\W*(?:(?i:{greetings})[ \t]*[,!.][ \t]*)?"
                rf"(?P<greeting>(?i:{openers}))(?!\w)[ \t]*,?[ \t]*{title}"
                r"(?P<name>\p{Lu}[\p{L}'’-]+)(?=[ \t]*[,!.;:–—])"
                r"(?![ \t]*,[ \t]*\p{Lu}[\p{L}'’-]*(?:[ \t]*,[ \t]*\p{Lu}[\p{L}'’-]*){0,3}"
                r"[ \t]+(?i:and|or|und|oder|et|ou|y|o|e|ed|en|of)\b)"
            )
            if openers
            else None
        )
        self.title_gender = {t: "m" for t in o.male_titles} | {t: "f" for t in o.female_titles}
        # Per gender, its titles as one alternation (read once, not on every message).
        self.titles_of = {
            g: "|".join(phrase(t) for t, tg in self.title_gender.items() if tg == g)
            for g in ("m", "f")
        }
        # A name run the customer opened with a title or a degree ("Frau Dr. Anna Weiß"):
        # the first name is the first word that is not one.
        self.title_keys = frozenset(name_key(t).rstrip(".") for t in (*o.titles, "Dr", "Prof"))

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        if not ctx.message.conversation:
            return
        m = self.greeting.search(ctx.text)
        if m is None and self.opener is not None:
            m = self.opener.search(ctx.text)
        if m is None or len(m.group("name")) < self.min_length:
            return
        if name_key(m.group("name")).rstrip(".") in self.title_keys:
            return  # "Sí, Señora." : a title without a name
        if self.options.check == "title":
            yield from self._check_title(ctx, m)
            return
        names = self._customer_names(ctx)
        greeted = name_key(m.group("name"))
        if not names or greeted in names or greeted in self.ignore:
            return
        expected: str | None = next(iter(names.values()))
        if m.groupdict().get("title"):
            # "Dear Ms Smith" to a customer who signed "Jane": her surname is unknown.
            expected = self._surname(ctx)
            if expected is None or name_key(expected) == greeted:
                return
        suggestion = Suggestion(expected, Applicability.UNSAFE)
        yield self.finding(ctx, m.start("name"), m.end("name"), (suggestion,), expected=expected)

    def _surname(self, ctx: CheckContext) -> str | None:
        """The last word of the first full name (two words or more) the customer gave."""
        for doc in self._customer_docs(ctx):
            for run in self._runs(doc.text):
                words = NAME_WORD.findall(run)
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
        surname = name_key(m.group("name"))
        first_names: dict[str, str | None] = {}
        for doc in self._customer_docs(ctx):
            if self._titled_by_customer(doc.text, m.group("name"), gender):
                return
            for run in self._runs(doc.text):
                words = NAME_WORD.findall(run)
                while words and name_key(words[0]).rstrip(".") in self.title_keys:
                    words = words[1:]
                if len(words) >= 2 and name_key(words[-1]) == surname:
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
