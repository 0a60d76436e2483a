"""common.pii.street-with-flat: a street, its number and a flat, without a postal code.

A flat number is where someone lives, so the three together are a home address even
when the postal code is left off (home-address needs it). Variants in other words,
inflections and orders, and near misses: a shop's or an office's unit, a pick-up point,
the word "apartamento" as a thing, and a full address with its postal code (reported by
home-address alone).
"""

from __future__ import annotations

import pytest

from chatwriter import Linter
from tests.helpers import rule_ids

RULE = "common.pii.street-with-flat"


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(languagetool_url="")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "Anotado: a visita é na Rua dos Ipês, 77, apto 1203, às 14h."),
        ("pt-BR", "O cartão vai para a Avenida Rio Branco, 310, apartamento 45, Centro."),
        ("pt-BR", "Confirmei: Alameda Santos, 2100, ap. 8, e o porteiro já foi avisado."),
        ("pt-PT", "A encomenda segue para a Travessa do Carmo, 5, apartamento 2."),
        ("es-MX", "El repartidor va a Calzada de Tlalpan 1500, depto 304, por la tarde."),
        ("es-MX", "Registramos su domicilio en Privada Los Pinos 12, departamento 3."),
        ("es-ES", "El técnico pasará por calle Alcalá 220, apartamento 6, el lunes."),
    ],
)
def test_street_number_and_flat_are_an_address(linter: Linter, locale: str, text: str) -> None:
    assert rule_ids(linter, text, locale, RULE) == [RULE]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("pt-BR", "A nossa loja fica na Rua Oscar Freire, 900, loja 3."),
        ("pt-BR", "Retire o pedido na filial da Av. Brasil, 50, ap. 1, no térreo."),
        ("pt-BR", "O apartamento 12 do prédio modelo está em obras."),
        ("es-MX", "Nuestra oficina está en Av. Reforma 222, piso 9."),
        ("es-ES", "Puede recoger el paquete en la tienda de calle Mayor 10, apartamento 1."),
        ("pt-BR", "Pode ligar no (11) 3456-7890 para falar com a portaria."),
    ],
)
def test_shops_offices_and_things_stay_quiet(linter: Linter, locale: str, text: str) -> None:
    assert rule_ids(linter, text, locale, RULE) == []


def test_with_the_postal_code_home_address_reports_it_alone(linter: Linter) -> None:
    text = "Atualizei o endereço: Rua das Flores, 21, apto 9, Moema, CEP 04001-000."
    assert rule_ids(linter, text, "pt-BR", "common.pii.") == ["common.pii.home-address"]
