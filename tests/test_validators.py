"""Validators behind the pii rules, and the pii guide's precision on tricky drafts.

ID numbers are the published test numbers of each scheme (python-stdnum's doctests,
the card networks' test cards), never real people's. Phone numbers come from ranges
reserved for fiction: NANP 555-01xx, Ofcom 020 7946 0xxx, ACMA 0491 570 xxx.
"""

from __future__ import annotations

import pytest

from chatwriter import Linter
from chatwriter.validators import PHONE_REGIONS, builtin_validators, load_validators

VALIDATORS = builtin_validators()

# name -> (valid, invalid)
CASES: dict[str, tuple[list[str], list[str]]] = {
    "luhn": (["78949", "4111111111111111"], ["7894", "4111111111111112"]),
    "card": (
        [
            "4111 1111 1111 1111",  # Visa test card
            "5500-0000-0000-0004",  # Mastercard
            "378282246310005",  # American Express
            "6011111111111117",  # Discover
            "3530111333300000",  # JCB
            "30569309025904",  # Diners Club
        ],
        [
            "4111 1111 1111 1112",  # Luhn fails
            "1234 5678 9012 3452",  # Luhn passes, no issuer starts with 1
            "7000 0000 0000 0009",  # Luhn passes, no issuer starts with 7
            "4444 4444 4444 4444 4",  # one digit repeated
            "378282246310005 1",  # Amex prefix with the wrong length
            "411111111111",  # too short
        ],
    ),
    "iban": (
        ["GR16 0110 1050 0000 1054 7023 795", "BE31435411161155", "DE89 3704 0044 0532 0130 00"],
        ["GR16 0110 1050 0000 1054 7023 796", "BE31435411161156", "DE00 1234"],
    ),
    "us-ssn": (
        ["536-90-4399", "536 90 4399", "536904399"],
        [
            "666-00-0000",  # area 666 is never issued
            "078-05-1120",  # the wallet-card number, blacklisted
            "987-65-4320",  # advertising range
            "536-904399",  # dashes in the wrong place
            "536-90 4399",  # mixed separators
        ],
    ),
    "gb-nino": (
        ["AB123456C", "AB 12 34 56 C", "ab123456d"],
        [
            "QQ123456C",  # HMRC's own example: Q is never a prefix letter
            "AB123456E",  # suffix must be A-D
            "GB123456A",  # prefix never issued
            "AO123456A",  # O is never the second letter
            "AB12345C",  # too short
        ],
    ),
    "es-dni": (["54362315-K", "54362315K"], ["54362315Z", "54362315"]),
    "es-nie": (["x-2482300w", "X2482300W"], ["x-2482300a", "X2482300"]),
    "br-cpf": (["390.533.447-05", "39053344705"], ["231.002.999-00", "390.533.447=0"]),
    "br-cnpj": (["16.727.230/0001-97"], ["16.727.230.0001-98", "16.727.230/0001=97"]),
    "it-codicefiscale": (["RCCMNL83S18D969H", "00743110157"], ["RCCMNL83S18D969", "00743110158"]),
    "nl-bsn": (["1112.22.333", "111222333"], ["1112.52.333", "1112223334"]),
    "de-idnr": (["36 574 261 809", "36574261809"], ["36574261890", "36554266806"]),
    "fr-nir": (
        ["2 95 10 99 126 111 93", "253072B07300470", "253072A07300443"],
        ["295109912611199", "253072C07300443", "6546546546546703"],
    ),
    "pt-nif": (["PT 501 964 843", "123456789"], ["PT 501 964 842", "123456788"]),
    "ca-sin": (["123-456-782", "123456782"], ["999-999-999", "12345678Z", "823456785"]),
    "mx-curp": (["BOXW310820HNERXN09"], ["BOXW310820HNERXN08", "BOXW311320HNERXN09"]),
    "mx-rfc": (
        ["GODE 561231 GR8", "GODE561231GR8"],
        [
            "VACE-460910-SX6",  # stdnum's example of a number in use with a bad check digit
            "MAB-930714-8T4",  # a company RFC (12 characters), not a person's
            "GODE561331GR8",  # month 13
        ],
    ),
    "ch-ssn": (["7569217076985", "756.9217.0769.85"], ["756.9217.0769.84", "123.4567.8910.19"]),
    "at-vnr": (["1237 010180", "1237010180"], ["2237 010180", "1237 010181"]),
    "au-tfn": (["123 456 782", "123456782"], ["999 999 999", "123 456 781"]),
    "gb-nhs": (["943-476-5870", "943 476 5870"], ["9434765871", "943 476 587"]),
    "mx-clabe": (["032180000118359719", "032 180 00011835971 9"], ["032180000118359710", "12345"]),
    "mobile": (
        ["0491 570 156", "06 12 34 56 78", "0151 23456789", "06-12345678", "+61 491 570 006"],
        # a London landline; US numbers (the plan cannot tell mobiles); a date
        ["020 7946 0018", "201-555-0123", "12.03.2024", "+254 709 716000"],
    ),
    "phone": (
        [
            "201-555-0123",  # US, NANP fiction range
            "(201) 555-0123",
            "+1 201-555-0123",
            "020 7946 0018",  # UK, Ofcom drama range
            "+44 20 7946 0018",
            "0044 20 7946 0018",
            "0491 570 006",  # Australia, ACMA fiction range
            "+61 491 570 006",
        ],
        [
            "650-123-4567",  # no US exchange starts with 1
            "12.03.2024",  # a date
            "2024-03-12",
            "3/12/24",
            "12345678",  # an order number Austria's plan would accept unformatted
            "94103",  # a zip code
            "1,234.56",  # a price
            "4111 1111 1111 1111",  # a card number
            "201-555-01234",  # one digit too many
            "555-0123",  # no area code
            "0800 FLOWERS",
        ],
    ),
}


def test_every_builtin_validator_has_cases() -> None:
    assert set(CASES) == set(VALIDATORS)


@pytest.mark.parametrize(
    ("name", "value"), [(n, v) for n, (good, _) in CASES.items() for v in good]
)
def test_valid_numbers_pass(name: str, value: str) -> None:
    assert VALIDATORS[name](value) is True


@pytest.mark.parametrize(("name", "value"), [(n, v) for n, (_, bad) in CASES.items() for v in bad])
def test_invalid_numbers_fail(name: str, value: str) -> None:
    assert VALIDATORS[name](value) is False


@pytest.mark.parametrize("name", sorted(VALIDATORS))
@pytest.mark.parametrize(
    "junk", ["", " ", "abc", "\x00\x00", "٣٤٥٦٧٨٩٠١", "4111 1111 1111 11²1", "1" * 200, "+", "()"]
)
def test_validators_never_raise_on_junk(name: str, junk: str) -> None:
    assert VALIDATORS[name](junk) in (True, False)


def test_phone_regions_cover_the_builtin_locales() -> None:
    assert set(PHONE_REGIONS) >= {"US", "GB", "AU", "CA", "DE", "AT", "CH", "FR", "ES", "MX"}
    assert set(PHONE_REGIONS) >= {"BR", "PT", "NL", "IT"}


def test_load_validators_includes_builtins() -> None:
    assert set(load_validators()) >= set(VALIDATORS)


# -- the pii guide on drafts ---------------------------------------------------------


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(locale="en-US")


def _pii(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [
        (f.rule.removeprefix("common.pii."), f.match)
        for f in linter.lint(text).findings
        if f.category == "pii"
    ]


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        ("The code is 482913, it expires in 10 minutes.", "security-code", "482913"),
        ("Your password is Hunter2!", "password", "Hunter2"),
        ("PIN: 1234", "password", "1234"),
        ("Ihre TAN lautet 482913.", "security-code", "482913"),
        ("Your SSN is 536-90-4399.", "us-ssn", "536-90-4399"),
        ("Uw BSN is 111222333.", "nl-bsn", "111222333"),
        ("Tu número de teléfono es 201-555-0123.", "phone-number", "201-555-0123"),
        ("The number on file is 201-555-0123.", "phone-number", "201-555-0123"),
    ],
)
def test_personal_data_is_flagged(linter: Linter, text: str, rule: str, match: str) -> None:
    assert (rule, match) in _pii(linter, text)


@pytest.mark.parametrize(
    "text",
    [
        # order numbers that pass a check digit, without a cue word
        "Your order 111222333 has shipped.",  # passes the BSN 11-test
        "Your order 536-90-4399 has shipped.",  # SSN-shaped
        # business phone numbers, times, dates, prices
        "You can reach the restaurant at 201-555-0123.",
        "Their number is +44 20 7946 0018 and they open at 9.",
        "Your order number is 201-555-0123.",
        "Tu número de pedido es 5551234567.",
        "Your table for 2 is booked at 19:30 on 12.03.2024.",
        "The total is $1,234.56 for 3 nights.",
        # passwords and codes that are not secrets
        "Your password is incorrect; please try again.",
        "Your password is 8-20 characters long.",
        "Your password was changed on 12/03/2024.",
        "The code is valid for 10 minutes.",
        "Your zip code is 94103.",
        "The promo code is SAVE2024.",
        "Error code: 4012.",
        "Le code postal est 75001.",
        "Der Rabattcode lautet 2024.",
        # company role addresses
        "Write to support@example.com for a copy of the invoice.",
    ],
)
def test_lookalikes_are_not_flagged(linter: Linter, text: str) -> None:
    assert _pii(linter, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Your order number is 4012 3456 7890 1239.", "4012 3456 7890 1239"),
        ("Tracking number: 4012345678901239", "4012345678901239"),
    ],
)
def test_card_shaped_reference_warns_but_does_not_block(
    linter: Linter, text: str, number: str
) -> None:
    """A Luhn-valid number with a card's issuer prefix after "order" is not called a card
    (no error, the hook does not block), but it is not silence either: a card pasted
    after "order number" is likelier than an order number that passes both checks."""
    findings = [f for f in linter.lint(text).findings if f.category == "pii"]
    assert [(f.rule, f.match, f.severity) for f in findings] == [
        ("common.pii.card-shaped-reference", number, "warning")
    ]


def test_every_pii_rule_has_bad_and_good_examples(linter: Linter) -> None:
    rules = [r for r in linter.compiled("en-US").rules if r.spec.category == "pii"]
    assert len(rules) >= 20
    for rule in rules:
        assert rule.spec.examples.bad, rule.id
        assert rule.spec.examples.good, rule.id


@pytest.mark.parametrize(
    ("locale", "number", "mobile"),
    [
        # 912 345 678: a Madrid landline for a Spanish customer, a mobile in Portugal
        ("es-ES", "912 345 678", False),
        ("pt-PT", "912 345 678", True),
        ("pt", "912 345 678", True),
        # 06-12345678: a Dutch mobile, but a Rome landline for an Italian customer
        ("nl-NL", "06-12345678", True),
        ("it-IT", "06-12345678", False),
        # grouped the French way, a German customer does not read it as a German number
        ("de-DE", "06 12 34 56 78", True),
        # in international format the region is written down
        ("es-ES", "+351 912 345 678", True),
        ("it-IT", "+31 6 12345678", True),
        # the US plan cannot tell mobiles from landlines
        ("en-US", "(201) 555-0123", False),
    ],
)
def test_mobile_reads_a_national_number_as_the_locale_does(
    locale: str, number: str, mobile: bool
) -> None:
    validate = builtin_validators()["mobile"].for_locale(locale)
    assert validate(number) is mobile
