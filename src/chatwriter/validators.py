"""Named validators for regex rules: a match counts only if its validator says yes.

They keep false alarms down: an order number that happens to have 16 digits is not
a card number unless its issuer prefix and Luhn check digit are right. Check-digit
logic comes from python-stdnum where it has the scheme, phone numbers from
phonenumbers (Google's libphonenumber metadata); guides name validators by the keys
of :func:`builtin_validators`. Other packages add validators through the
``chatwriter.validators`` entry-point group (a callable ``str -> bool``).

A validator sees only the matched text, never its surroundings. Schemes whose check
is weak (a 9-digit BSN passes its 11-test about one time in eleven; an SSN has no
check digit at all) must get their context from the rule's pattern: a cue word
before the number, reported through ``group``. See docs/pii.md.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

Validator = Callable[[str], bool]

# name -> python-stdnum module providing is_valid()
_STDNUM = {
    "luhn": "stdnum.luhn",
    "iban": "stdnum.iban",
    "es-dni": "stdnum.es.dni",
    "es-nie": "stdnum.es.nie",
    "br-cpf": "stdnum.br.cpf",
    "br-cnpj": "stdnum.br.cnpj",
    "it-codicefiscale": "stdnum.it.codicefiscale",
    "nl-bsn": "stdnum.nl.bsn",
    "de-idnr": "stdnum.de.idnr",
    "fr-nir": "stdnum.fr.nir",
    "pt-nif": "stdnum.pt.nif",
    "ca-sin": "stdnum.ca.sin",
    "mx-curp": "stdnum.mx.curp",
    "ch-ssn": "stdnum.ch.ssn",
    "at-vnr": "stdnum.at.vnr",
    "au-tfn": "stdnum.au.tfn",
    "gb-nhs": "stdnum.gb.nhs",
}


def _digits(text: str) -> str:
    """ASCII digits only: ``str.isdigit`` also accepts "²" and other digits ``int`` refuses."""
    return "".join(ch for ch in text if "0" <= ch <= "9")


# -- payment cards -----------------------------------------------------------------

# Issuer identification number (IIN) ranges and lengths of the card schemes in wide
# use (facts from the public "Payment card number" tables, e.g. Wikipedia). A number
# outside every range is not a card number, however its Luhn digit falls.
_ALL = tuple(range(12, 20))
_CARD_RANGES: tuple[tuple[int, int, tuple[int, ...]], ...] = (
    (4, 4, (13, 16, 19)),  # Visa
    (51, 55, (16,)),  # Mastercard
    (2221, 2720, (16,)),  # Mastercard 2-series
    (2200, 2204, (16, 17, 18, 19)),  # Mir
    (34, 34, (15,)),  # American Express
    (37, 37, (15,)),
    (300, 305, (14, 15, 16, 17, 18, 19)),  # Diners Club
    (36, 36, (14, 15, 16, 17, 18, 19)),
    (38, 39, (16, 17, 18, 19)),
    (3528, 3589, (16, 17, 18, 19)),  # JCB
    (6011, 6011, (16, 17, 18, 19)),  # Discover
    (644, 649, (16, 17, 18, 19)),
    (65, 65, (16, 17, 18, 19)),
    (62, 62, (16, 17, 18, 19)),  # UnionPay
    (50, 50, _ALL),  # Maestro
    (56, 69, _ALL),
)


def _card_issuer_ok(digits: str) -> bool:
    for low, high, lengths in _CARD_RANGES:
        width = len(str(low))
        if low <= int(digits[:width]) <= high and len(digits) in lengths:
            return True
    return False


def _card(text: str) -> bool:
    """13-19 digits with a known issuer prefix and length, passing Luhn, not one repeated digit."""
    digits = _digits(text)
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    if not _card_issuer_ok(digits):
        return False
    from stdnum import luhn

    return luhn.is_valid(digits)


# -- national IDs without a check digit in stdnum's sense ----------------------------

# HMRC's allocation rules for National Insurance numbers (there is no check digit):
# first letter not D, F, I, Q, U, V; second not D, F, I, O, Q, U, V; some prefixes
# never issued; suffix A-D.
_NINO_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def _gb_nino(text: str) -> bool:
    value = "".join(text.split()).upper()
    if len(value) != 9 or not value[2:8].isdigit() or value[8] not in "ABCD":
        return False
    first, second = value[0], value[1]
    if not (first.isalpha() and second.isalpha()):
        return False
    if first in "DFIQUV" or second in "DFIOQUV":
        return False
    return value[:2] not in _NINO_BAD_PREFIXES


_SSN_SHAPE = re.compile(r"\d{3}([- ]?)\d{2}\1\d{4}")


def _us_ssn(text: str) -> bool:
    """AAA-GG-SSSS (dashes, spaces or none, used consistently) that the SSA could have issued.

    No check digit: stdnum rejects area 000, 666 and 900-999, group 00, serial 0000
    and the numbers known from advertising. The rule must require a cue word.
    """
    value = text.strip()
    if not _SSN_SHAPE.fullmatch(value):
        return False
    from stdnum.us import ssn

    return bool(ssn.is_valid(_digits(value)))


def _mx_clabe(text: str) -> bool:
    """A Mexican CLABE (18 digits): the last is the check digit over the first 17, weighted
    3, 7, 1 in turn, each product taken mod 10 (Banco de México's CLABE standard)."""
    digits = _digits(text)
    if len(digits) != 18 or len(digits) != sum(ch.isdigit() for ch in text):
        return False
    total = sum((int(d) * (3, 7, 1)[i % 3]) % 10 for i, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == int(digits[17])


def _mx_rfc(text: str) -> bool:
    """A personal RFC (13 characters) whose date and final check digit are right."""
    from stdnum.mx import rfc

    value = "".join(ch for ch in text if ch.isalnum()).upper()
    if len(value) != 13:
        return False
    try:
        return bool(rfc.is_valid(value, validate_check_digits=True))
    except Exception:
        return False


# -- phone numbers --------------------------------------------------------------------

#: Regions of the built-in locales (the United States, the United Kingdom, Australia,
#: Canada, Germany, Austria, Switzerland, France, Spain, Mexico, Brazil, Portugal, the
#: Netherlands and Italy).
PHONE_REGIONS = ("US", "GB", "AU", "CA", "DE", "AT", "CH", "FR", "ES", "MX", "BR", "PT", "NL", "IT")

# Shapes that phone metadata can accept (Austria and Germany allow almost any length)
# but that a reader takes for a date or a time.
_NOT_PHONE = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-](?:\d{2}|\d{4})"  # 12.03.2024, 3/12/24
    r"|\d{4}[./-]\d{1,2}[./-]\d{1,2}"  # 2024-03-12
    r"|\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}"  # 9.00-17.30
)


def _phone_number(text: str) -> Any | None:
    """The parsed number when ``text`` is a phone number valid in one of PHONE_REGIONS, or
    in international format (+ or 00); else None.

    Uses phonenumbers' matcher with strict grouping: the digits must be grouped the way
    the region writes them, which rejects dates, prices and most order numbers that
    the lenient metadata of a few regions would accept.
    """
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher

    value = text.strip()
    digits = _digits(value)
    if not 7 <= len(digits) <= 15 or any(ch.isalpha() for ch in value):
        return None
    if _NOT_PHONE.fullmatch(value):
        return None
    if value.startswith("00"):
        value = "+" + value[2:]
    regions: tuple[str | None, ...] = (None,) if value.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            for match in PhoneNumberMatcher(value, region, leniency=Leniency.STRICT_GROUPING):
                if match.start == 0 and match.end == len(value):
                    return match.number
        except phonenumbers.NumberParseException:  # pragma: no cover - matcher swallows these
            continue
    return None


def _phone(text: str) -> bool:
    return _phone_number(text) is not None


#: Regions whose numbering plan a locale's customers read a number in, by language, for
#: locales without a region (``pt``: Portugal or Brazil).
_LANGUAGE_REGIONS = {
    "en": ("US", "GB", "AU", "CA"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "CA"),
    "es": ("ES", "MX"),
    "pt": ("PT", "BR"),
    "nl": ("NL",),
    "it": ("IT",),
}


def _is_mobile(number: Any) -> bool:
    import phonenumbers

    return (
        phonenumbers.region_code_for_number(number) in PHONE_REGIONS
        and phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.MOBILE
    )


def _local_reading(text: str, regions: tuple[str, ...]) -> Any | None:
    """``text`` as the first of ``regions`` reads it: valid there and grouped the way that
    region writes its numbers (a French "06 12 34 56 78" is not a German number, though
    Germany's plan would take its digits); else None."""
    import phonenumbers
    from phonenumbers import Leniency, PhoneNumberMatcher

    value = text.strip()
    if value.startswith(("+", "00")):
        return None
    for region in regions:
        try:
            for match in PhoneNumberMatcher(value, region, leniency=Leniency.STRICT_GROUPING):
                whole = match.start == 0 and match.end == len(value)
                if whole and phonenumbers.is_valid_number_for_region(match.number, region):
                    return match.number
        except phonenumbers.NumberParseException:  # pragma: no cover - matcher swallows these
            continue
    return None


class _Mobile:
    """A phone number whose region's plan says mobile: a person's line, seldom a shop's.

    Regions whose plans cannot tell mobiles from landlines (the US, Canada, Mexico) give
    ``FIXED_LINE_OR_MOBILE`` and do not count; nor do other countries' plans, where
    businesses often publish mobiles (a hotel in Nairobi). A national number is read
    the way the locale's customers read it when their plan knows it (912 345 678 is a
    landline in Madrid and a mobile in Lisbon); a number their plan does not know is
    a mobile when any built-in region's plan says so.
    """

    def __init__(self, regions: tuple[str, ...] = ()) -> None:
        self.regions = regions

    def __call__(self, text: str) -> bool:
        import phonenumbers

        local = _local_reading(text, self.regions) if self.regions else None
        if local is not None:
            return _is_mobile(local)
        number = _phone_number(text)
        if number is None:
            return False
        if text.strip().startswith(("+", "00")):
            return _is_mobile(number)
        for region in PHONE_REGIONS:
            try:
                other = phonenumbers.parse(text.strip(), region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number_for_region(other, region) and _is_mobile(other):
                return True
        return False

    def for_locale(self, locale: str) -> _Mobile:
        language, _, region = locale.partition("-")
        if region.upper() in PHONE_REGIONS:
            return _Mobile((region.upper(),))
        return _Mobile(_LANGUAGE_REGIONS.get(language.lower(), ()))


_mobile = _Mobile()


# -- table -----------------------------------------------------------------------------


def _stdnum(module_name: str) -> Validator:
    def validate(text: str) -> bool:
        module = import_module(module_name)
        try:
            return bool(module.is_valid(text))
        except Exception:  # stdnum raises on odd input in a few modules
            return False

    validate.__name__ = module_name
    return validate


def builtin_validators() -> dict[str, Validator]:
    table: dict[str, Validator] = {name: _stdnum(mod) for name, mod in _STDNUM.items()}
    table["card"] = _card
    table["gb-nino"] = _gb_nino
    table["us-ssn"] = _us_ssn
    table["mx-rfc"] = _mx_rfc
    table["mx-clabe"] = _mx_clabe
    table["phone"] = _phone
    table["mobile"] = _mobile
    return table


def load_validators() -> dict[str, Validator]:
    """Built-ins plus those other packages register (entry-point group chatwriter.validators)."""
    table = builtin_validators()
    for ep in entry_points(group="chatwriter.validators"):
        table[ep.name] = ep.load()
    return table
