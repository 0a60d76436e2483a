"""Named validators for regex rules: a match counts only if its validator says yes.

They keep false alarms down: an order number that happens to have 16 digits is not
a card number unless its Luhn check digit is right. Check-digit logic comes from
python-stdnum where it has the scheme; guides name validators by these keys.
Other packages add validators through the ``chatwriter.validators`` entry-point group
(a callable ``str -> bool``).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from importlib.metadata import entry_points

Validator = Callable[[str], bool]

# name -> python-stdnum module providing is_valid()
_STDNUM = {
    "luhn": "stdnum.luhn",
    "iban": "stdnum.iban",
    "us-ssn": "stdnum.us.ssn",
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
}


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _card(text: str) -> bool:
    """13-19 digits passing Luhn, not all the same digit."""
    digits = _digits(text)
    if not 13 <= len(digits) <= 19 or len(set(digits)) == 1:
        return False
    from stdnum import luhn

    return luhn.is_valid(digits)


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
    return table


def load_validators() -> dict[str, Validator]:
    """Built-ins plus those other packages register (entry-point group chatwriter.validators)."""
    table = builtin_validators()
    for ep in entry_points(group="chatwriter.validators"):
        table[ep.name] = ep.load()
    return table
