"""amount: money amounts written with another region's decimal and group marks.

An amount is a number right before or after a currency sign, code or word (``€``,
``CHF``, ``R$``, ``euros``; at most one space between them). The number is read with a
strict grammar: an integer part, either plain digits or ``1-3 digits`` followed by
groups of exactly three digits that all use the same mark (``.``, ``,``, ``'``, ``’`` or
a space), then optionally a decimal mark (``.`` or ``,``) and exactly two digits.

What the writer meant is certain only in these cases, and only these are judged:

- two different marks (``1.234,50``, ``1,234.50``, ``1 234,50``, ``1'234.50``): the last
  one is the decimal mark, the others group thousands;
- one mark followed by two digits (``12,50``): a group always has three, so it is the
  decimal mark;
- the same mark two or more times (``1.234.567``): a decimal mark appears once, so it
  groups thousands;
- one apostrophe or space before three digits (``1'250``): neither is ever a decimal mark.

``1,250`` and ``1.250`` alone may be a thousand or one and a quarter; they are left
alone unless the rule sets ``three_digit_groups`` (money has two decimals, a count none:
``1,500 €`` and ``1.500 Franken`` group thousands; a unit price or a rate, 1,859 €/l,
stays ambiguous), and so is everything the grammar does not read as one number: dates
(12.03.2024), times, versions (2.10.3), phone and order numbers, numbers glued to
letters, ``#``, ``/``, ``=`` or ``:`` (codes, URLs), and percentages.

The locale says what is right, from its settings (Unicode CLDR values, see
docs/formats.md): ``decimal`` (the decimal mark), ``thousands`` (the group mark the fix
writes) and ``thousands_also`` (other group marks the locale accepts, e.g. ``'`` beside
``’`` in Switzerland). A space of any width is accepted as a group mark everywhere (SI
and ISO 80000 write it in every language). An amount whose decimal mark or group mark
the locale does not use is flagged, and the safe fix writes the same digits with the
locale's marks; the currency stays where the writer put it (placement is the business
of other rules). A rule may add ``units``, words after a number that make it a count
(``Punkte``, ``crédits``): counts are read and judged like amounts. Zero cents written
as a dash (``50,–``, ``Fr. 1’200.–``) are a decimal part too.

The kind gives way to any other finding on the same characters (``defers``): the
narrow rules that were there first (es.format-mx.decimal-comma, de.amounts.english-
grouping, ...) keep their ids and messages, and this model adds what they do not cover.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import regex

from chatwriter.model import Applicability, Finding, Suggestion
from chatwriter.rules.amount_reading import (
    LETTER,
    decimal_elsewhere,
    lone_mark,
    unit_price,
    units_pattern,
)
from chatwriter.rules.base import CheckContext, CompileEnv, Kind, RuleError, RuleSpec
from chatwriter.rules.options import Options, option

#: Only an amount with a mark between digits can be written with another region's marks
#: ("$89,99", "1 249,00 $"); messages without such a pair skip the rule.
REQUIRES = regex.compile(r"\d[.,'’\s]\d|\d[.,][-–]")

#: Spaces that group thousands: ordinary, no-break (fr-CA, pt-PT), narrow no-break (fr-FR), thin.
SPACES = frozenset(" \u00a0\u202f\u2009")
_GROUP_MARKS = ".,'’" + "".join(sorted(SPACES))
_DECIMAL_MARKS = ".,"

#: Signs, ISO codes and words that make a number an amount, when no list is given.
DEFAULT_CURRENCIES: tuple[str, ...] = (
    # signs
    "€",
    "£",
    "$",
    "US$",
    "CA$",
    "C$",
    "A$",
    "AU$",
    "NZ$",
    "MX$",
    "R$",
    # ISO 4217 codes of the regions chatwriter serves
    "EUR",
    "USD",
    "CAD",
    "AUD",
    "NZD",
    "GBP",
    "CHF",
    "MXN",
    "BRL",
    # words (en, de, es, fr, it, nl, pt)
    "euro",
    "euros",
    "Euro",
    "Euros",
    "dollar",
    "dollars",
    "Dollar",
    "dollari",
    "dólar",
    "dólares",
    "pound",
    "pounds",
    "libra",
    "libras",
    "sterlina",
    "sterline",
    "franc",
    "francs",
    "franco",
    "francos",
    "franchi",
    "Franken",
    "reais",
    "peso",
    "pesos",
)

_SPACE_CLASS = "[ \u00a0\u202f]"
# The number. Groups: 1-3 digits, then groups of exactly three digits joined by one mark
# used throughout (the backreference); or plain digits. Then an optional decimal part of
# exactly two digits. Bounded: no nested quantifier can match the same text two ways.
_NUMBER = (
    r"(?P<int>\d{1,3}(?P<g>[.,'’ \u00a0\u202f\u2009])\d{3}(?:(?P=g)\d{3})*|\d+)"
    r"(?:(?P<d>[.,])(?P<frac>\d{2}|[-–]{1,2}(?![-–\d])))?"
)
# Not inside a longer token: no letter, digit or joiner right before (a code, a URL, a
# date's middle), no word-and-hyphen (ABC-12), and not right after a digit and a group
# mark (the tail of a number the grammar did not take whole).
_START = r"(?<![\w.,/#@:+=&?]|\w-|\d['’ \u00a0\u202f\u2009])"
# Not followed by more of a number (12.03.2024, 1,234.567) or by a percent sign.
_END = r"(?!\d|[.,'’]\d|\s?%)"


def _short_date(m: regex.Match, text: str, end: int) -> bool:
    """A day and month with a closing point (Fr. 14.03., Euro 12.03.), not cents."""
    if m.group("d") != "." or m.group("g") is not None or text[end : end + 1] != ".":
        return False
    if not m.group("frac").isdigit():
        return False
    day, month = int(m.group("int")), int(m.group("frac"))
    return 1 <= day <= 31 and 1 <= month <= 12


_LETTER = LETTER


def _currency_pattern(currencies: Sequence[str]) -> str:
    """The markers as one pattern: never inside a word (EURO2024, Europe), and a sign never
    the tail of a longer one ("$" in "R$"), but digits may touch them (12,50€, EUR12,50).

    Markers are grouped by whether they begin and end with a letter or digit, so each
    group shares one lookaround: a lookbehind per marker made the pattern twenty times
    slower.
    """
    groups: dict[tuple[bool, bool], list[str]] = {}
    for cur in set(currencies):
        groups.setdefault((cur[0].isalnum(), cur[-1].isalnum()), []).append(cur)

    def alternatives(begins: bool) -> str:
        out = []
        for ends in (True, False):
            items = groups.get((begins, ends))
            if items:
                # Longest first, so "US$" wins over "$" and "euros" over "euro".
                items.sort(key=lambda c: (-len(c), c))
                alt = "(?:" + "|".join(regex.escape(c) for c in items) + ")"
                out.append(alt + (f"(?!{_LETTER})" if ends else ""))
        return "|".join(out)

    parts = []
    if any(begins for begins, _ in groups):
        parts.append(f"(?<!{_LETTER})(?:{alternatives(True)})")
    if any(not begins for begins, _ in groups):
        parts.append(f"(?<![\\p{{L}}\\p{{M}}_$€£])(?:{alternatives(False)})")
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class AmountOptions(Options):
    currencies: list[str] = option(
        {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
        "signs, codes or words that make a number next to them an amount (exact case); "
        "the default has the signs, ISO codes and currency words of the regions served",
        default=DEFAULT_CURRENCIES,
    )
    units: list[str] = option(
        {"type": "array", "items": {"type": "string", "pattern": "^\\*?[^*\\s]+\\*?$"}},
        "words after a number that make it a count, judged like an amount (any case; "
        "a '*' at either end stands for more letters: '*punkte' is Bonuspunkte too)",
        default=(),
    )
    three_digit_groups: bool = option(
        {"type": "boolean"},
        "read a lone comma or point before three digits (1,500 €, 1.500 Franken, 2,500 "
        "points) as a group mark: money has two decimals and a count none. A unit price "
        "or rate (1,859 €/l, 1 € = 1,085 $) stays ambiguous, and the fix of an amount is "
        "unsafe when another number of the message uses that mark as a decimal mark",
        default=False,
    )
    space_groups: bool = option(
        {"type": "boolean"},
        "accept a space between groups (SI); false where a region never writes one",
        default=True,
    )
    applicability: str = option(
        {"enum": ["safe", "unsafe", "display"]},
        "of the fix that writes the number with the locale's marks",
        default="safe",
    )


class AmountKind(Kind):
    name = "amount"
    options_class = AmountOptions
    options: AmountOptions
    message_fields = frozenset({"expected"})
    always = True
    text_only = True
    requires = REQUIRES
    # A model of last resort: a narrower rule's finding on the same characters wins.
    defers = True

    def __init__(self, spec: RuleSpec, env: CompileEnv):
        super().__init__(spec, env)
        settings = env.settings
        decimal = settings.get("decimal")
        group = settings.get("thousands")
        if decimal not in tuple(_DECIMAL_MARKS):
            raise RuleError(
                "kind",
                f"the amount kind needs the locale setting 'decimal' ('.' or ','); got {decimal!r}",
            )
        if not isinstance(group, str) or group not in _GROUP_MARKS or group == decimal:
            raise RuleError(
                "kind",
                "the amount kind needs the locale setting 'thousands' (one of . , ' ’ or a "
                f"space, not the decimal mark); got {group!r}",
            )
        also = settings.get("thousands_also", "")
        if not isinstance(also, str) or any(c not in _GROUP_MARKS or c == decimal for c in also):
            raise RuleError(
                "kind",
                "the locale setting 'thousands_also' lists other group marks (. , ' ’ or "
                f"spaces) and not the decimal mark; got {also!r}",
            )
        self.decimal: str = decimal
        self.group: str = group
        spaces = SPACES if self.options.space_groups else frozenset()
        self.groups = frozenset(group) | frozenset(also) | spaces
        self.three_digit_groups = self.options.three_digit_groups
        self.applicability = Applicability(self.options.applicability)
        self._currency = _currency_pattern(self.options.currencies)
        self._units = units_pattern(self.options.units)
        self._patterns: tuple[regex.Pattern, ...] | None = None
        # Compiled on first use, like built-in regex rules (a reply without a digit never
        # needs them); a company guide's rule compiles now.
        if not spec.builtin:
            self.prepare()

    def prepare(self) -> None:
        if self._patterns is None:
            cur = self._currency
            patterns = [
                regex.compile(rf"{cur}{_SPACE_CLASS}?{_NUMBER}{_END}"),  # € 1.234,50
                regex.compile(rf"{_START}{_NUMBER}{_SPACE_CLASS}?{cur}"),  # 1.234,50 €
            ]
            if self._units:  # 12'000 Punkte: a count
                patterns.append(regex.compile(rf"{_START}{_NUMBER}{_SPACE_CLASS}?{self._units}"))
            self._patterns = tuple(patterns)

    @property
    def patterns(self) -> tuple[regex.Pattern, ...]:
        self.prepare()
        assert self._patterns is not None
        return self._patterns

    def check(self, ctx: CheckContext, spans: Sequence[tuple[int, int]]) -> Iterable[Finding]:
        seen: set[int] = set()
        out: list[Finding] = []
        text = ctx.text
        for n, pattern in enumerate(self.patterns):
            for m in pattern.finditer(text):
                start = m.start("int")
                if start in seen:
                    continue
                seen.add(start)
                end = m.end("frac") if m.group("d") else m.end("int")
                if _short_date(m, text, end):
                    continue
                whole, group, dec = m.group("int"), m.group("g"), m.group("d")
                lone = self.three_digit_groups and lone_mark(whole, group, dec)
                count = n == 2  # the units pattern
                if lone and not count and unit_price(text, start, m.end()):
                    lone = False
                expected = self.expected(whole, group, dec, m["frac"], lone=lone)
                if expected is None:
                    continue
                applicability = self.applicability
                if (
                    lone
                    and not count
                    and applicability is Applicability.SAFE
                    and decimal_elsewhere(text, group, start, end)
                ):
                    applicability = Applicability.UNSAFE
                suggestion = Suggestion(expected, applicability)
                out.append(self.finding(ctx, start, end, (suggestion,), expected=expected))
        out.sort(key=lambda f: f.start)
        return out

    def expected(
        self,
        whole: str,
        group: str | None,
        dec: str | None,
        frac: str | None,
        *,
        lone: bool = False,
    ) -> str | None:
        """The number in the locale's convention, or None when it is right or ambiguous.

        ``lone``: a lone comma or point before three digits is read as a group mark (the
        caller knows the number is money or a count, not a unit price)."""
        if group is not None and group == dec:
            return None  # 1.234.50: not a number this grammar reads
        if dec is None:
            if group is None:
                return None  # plain digits
            if not lone and group in _DECIMAL_MARKS and whole.count(group) == 1:
                return None  # 1,250 or 1.250: a thousand or a decimal, who knows
            if group in self.groups:
                return None
        elif dec == self.decimal and (group is None or group in self.groups):
            return None
        parts = whole.split(group) if group is not None else [whole]
        new_group = group if group in SPACES and self.group in SPACES else self.group
        number = new_group.join(parts)
        return number + self.decimal + frac if dec is not None else number
