"""How the amount kind reads the context of a number: counts, unit prices, decimals.

Helpers of :mod:`chatwriter.rules.amount`, kept apart so that module stays the grammar
and the judging: whether a lone comma or point before three digits may be read as a
group mark (money has two decimals, a count none, a unit price often three), and which
words after a number make it a count.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

#: Letters (and marks) a currency word or unit must not run into.
LETTER = r"[\p{L}\p{M}_]"
_DECIMAL_MARKS = ".,"


def lone_mark(whole: str, group: str | None, dec: str | None) -> bool:
    """1,250 or 1.250: one comma or point before three digits, nothing after; not 0,250,
    which no writer groups."""
    return (
        dec is None
        and group is not None
        and group in _DECIMAL_MARKS
        and whole.count(group) == 1
        and whole[0] != "0"
    )


def units_pattern(units: Sequence[str]) -> str:
    """The count words as one pattern, any case, never the start of a longer word."""
    if not units:
        return ""
    alts = []
    for unit in sorted(set(units), key=lambda u: (-len(u), u)):
        core = regex.escape(unit.strip("*"))
        head = r"\p{L}*" if unit.startswith("*") else ""
        tail = r"\p{L}*" if unit.endswith("*") and len(unit) > 1 else ""
        alts.append(head + core + tail)
    return f"(?i:{'|'.join(alts)})(?!{LETTER})"


#: After an amount: a unit price (€/l, € pro Liter, $ le litre) or a rate (= ...).
_MEASURE = (
    r"(?i:liters?|litres?|litros?|litri|kwh|kilowatt\w*|m³|m3|kg|kilos?|gramm?[eo]?s?|"
    r"aktien?|actions?|azioni|aandel\w*|acci[oó]n\w*|aç[aõ]o\w*|shares?)(?!\p{L})"
)
#: ... or an exchange rate given per unit of another currency (1,085 $ pro Euro).
_PER_CURRENCY = (
    r"[ \u00a0\u202f](?i:per|pro|je|par|por|para|for)[ \u00a0\u202f](?:(?i:eur\w*|dollar\w*|"
    r"d[oó]lar\w*|franc\w*|franken|pounds?|libras?|pesos?|real|reais|usd|chf|gbp)(?!\p{L})|[€$£])"
)
_PER_UNIT = regex.compile(
    r"[ \u00a0\u202f]?=|[ \u00a0\u202f]?/[ \u00a0\u202f]?(?:[lL](?!\p{L})|"
    + _MEASURE
    + r")|"
    + _PER_CURRENCY
    + r"|[^.;:!?\n]{0,24}?(?<!\p{L})"
    + _MEASURE
)
#: Before an amount: a rate, a fuel or energy price named first (Literpreis: 1,859 €).
_RATE_BEFORE = regex.compile(
    r"=[ \u00a0\u202f]?\S{0,4}$|(?i:liter|litre|litro|kwh|kurs|taux|tasso|cambio|câmbio|"
    r"koers|exchange)\p{L}*[^.;!?\n]{0,30}$"
)


def unit_price(text: str, start: int, end: int) -> bool:
    """Whether the amount at start..end is a unit price or a rate, where three decimals
    are usual (1,859 €/l): then a lone mark before three digits stays ambiguous."""
    return bool(
        _PER_UNIT.match(text, end, min(len(text), end + 30))
        or _RATE_BEFORE.search(text, max(0, start - 40), start)
    )


def decimal_elsewhere(text: str, mark: str | None, start: int, end: int) -> bool:
    """Whether another number in the text uses ``mark`` as a decimal mark (12,50; 3,7 %):
    then the writer may have meant a decimal by 1,500 € too, and the fix is left unsafe."""
    if mark is None:
        return False
    pattern = _DECIMALS[mark]
    return any(not (start <= m.start() < end) for m in pattern.finditer(text))


#: A number with one comma (or point) and then one, two or four and more digits.
_DECIMALS = {
    mark: regex.compile(
        rf"(?<![\d.,'’])\d+{regex.escape(mark)}(?:\d{{1,2}}|\d{{4,}})(?![\d'’]|[.,]\d)"
    )
    for mark in _DECIMAL_MARKS
}
