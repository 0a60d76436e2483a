"""Register conversion, round 2: a reply already in the register asked for keeps its words.

Kinds (hand-written sentences, not from the pairs):

- a verb of going on (seguir, continuar, continuare) carrying a thing's verb (fallar,
  funcionar, falhar, bloccarsi), and a thing's verb alone (resultar): not the reader;
- quoted text (« », straight single or double quotes) is never converted;
- French *toi et X, vous* / *vous et X*: *vous* is plural there;
- Dutch: a reply whose every sure word is formal keeps its bare imperatives and its generic
  *je*, and names them (kind ``already-formal``).
"""

from __future__ import annotations

import pytest

from chatwriter import convert_register

UNCHANGED = [
    # a thing's verb after a verb of going on
    ("es-ES", "informal", "Si sigue fallando, escríbeme y lo miramos."),
    ("es-ES", "informal", "Si la app continúa fallando, avísame."),
    ("es-MX", "informal", "Si sigue sin funcionar, reinicia el módem."),
    ("es-ES", "informal", "Cuando sigue fallando así, suele ser la caché; bórrala."),
    ("pt-PT", "informal", "Se continuar a falhar, diz-me."),
    ("pt-PT", "informal", "Se a aplicação continua a falhar, envia-me uma captura."),
    ("pt-PT", "informal", "Se não resultar, liga-me."),
    ("it-IT", "informal", "Se continua a non funzionare, scrivimi."),
    ("it-IT", "informal", "Se continua a bloccarsi, riavvia il telefono."),
    # quoted text
    ("nl-NL", "formal", "U schreef: 'jullie hebben mij twee keer gefactureerd'. Dat klopt."),
    ("nl-NL", "formal", "Tikt u op de knop 'Wijzig je gegevens' in de app."),
    ("pt-PT", "formal", "Escreveu-nos «enviaste-me a fatura errada»: tem razão, vamos corrigir."),
    ("es-ES", "formal", "Nos escribió: 'me cobraste dos veces'. Tiene razón."),
    ("it-IT", "formal", "Ci ha scritto 'mi hai addebitato due volte': ha ragione."),
    ("fr-FR", "formal", "Vous nous avez écrit : 'tu m'as facturé deux fois'. Vous avez raison."),
    ("pt-PT", "formal", "Tem toda a razão, já corrigimos o valor."),
    # toi et X, vous
    ("fr-FR", "informal", "Toi et ton conjoint, vous pouvez partager le forfait."),
    ("fr-FR", "informal", "Ta sœur et toi, vous recevrez chacun un code."),
    ("fr-CA", "informal", "Ton chum et toi, vous aurez accès au même compte."),
    ("fr-FR", "informal", "Toi et tes enfants, vous êtes couverts par l'assurance."),
    ("fr-FR", "informal", "Toi et moi, on règle ça; ta mère et toi, vous n'avez rien à faire."),
    # Dutch: generic je and bare imperatives in a formal reply
    ("nl-NL", "formal", "Bij een pakketautomaat krijg je altijd een code. Heeft u die ontvangen?"),
    ("nl-NL", "formal", "Zo'n melding zie je vaker na een update. U hoeft niets te doen."),
    ("nl-NL", "formal", "Neem gerust contact op als u vragen heeft."),
    ("nl-BE", "formal", "Vergeet uw paspoort niet mee te nemen."),
    ("nl-NL", "formal", "Laat het ons weten als uw pakket er morgen niet is."),
]


@pytest.mark.parametrize(("locale", "to", "text"), UNCHANGED)
def test_left_alone(locale: str, to: str, text: str) -> None:
    assert convert_register(text, locale, to=to).text == text


CONVERTED = [
    # near misses: the reader goes on doing something
    ("es-ES", "informal", "Si sigue teniendo problemas, escríbame.",
     "Si sigues teniendo problemas, escríbeme."),
    ("es-ES", "informal", "Si sigue sin poder entrar, escríbame.",
     "Si sigues sin poder entrar, escríbeme."),
    ("it-IT", "informal", "Se continua a ricevere l'errore, mi scriva.",
     "Se continui a ricevere l'errore, scrivimi."),
    # a Dutch apostrophe is no quote
    ("nl-NL", "formal", "Bel je 's avonds even terug?", "Belt u 's avonds even terug?"),
    ("nl-NL", "formal", "Zo'n pakket kun je ophalen bij het servicepunt.",
     "Zo'n pakket kunt u ophalen bij het servicepunt."),
    # a pt imperative that is one: tem calma
    ("pt-PT", "formal", "Tem calma, já corrigimos.", "Tenha calma, já corrigimos."),
    # vous alone, or toi in another sentence: the reader
    ("fr-FR", "informal", "Merci pour ton message. Vous pouvez partager le forfait.",
     "Merci pour ton message. Tu peux partager le forfait."),
    ("fr-FR", "informal", "Et toi ? Vous pouvez partager le forfait.",
     "Et toi ? Tu peux partager le forfait."),
    # Dutch: an informal reply still converts its imperatives and its generic je
    ("nl-NL", "formal", "Neem gerust contact op als je vragen hebt.",
     "Neemt u gerust contact op als u vragen heeft."),
    ("nl-NL", "formal", "Bel ons gerust.", "Belt u ons gerust."),
    ("nl-NL", "formal", "Zo'n melding zie je vaker na een update. Je hoeft niets te doen.",
     "Zo'n melding ziet u vaker na een update. U hoeft niets te doen."),
]  # fmt: skip


@pytest.mark.parametrize(("locale", "to", "text", "expected"), CONVERTED)
def test_converted(locale: str, to: str, text: str, expected: str) -> None:
    assert convert_register(text, locale, to=to).text == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Bij een pakketautomaat krijg je altijd een code. Heeft u die ontvangen?",
            ["krijg", "je"],
        ),
        ("Neem gerust contact op als u vragen heeft.", ["Neem"]),
    ],
)
def test_dutch_formal_reply_names_what_it_kept(text: str, words: list[str]) -> None:
    conversion = convert_register(text, "nl-NL", to="formal")
    assert [r.text for r in conversion.left if r.kind == "already-formal"] == words


def test_toi_et_vous_is_reported_plural() -> None:
    conversion = convert_register("Toi et ton fils, vous pouvez venir.", "fr-FR", to="informal")
    assert ("vous", "plural") in [(r.text, r.kind) for r in conversion.left]


def test_thing_after_going_on_is_no_silent_change() -> None:
    conversion = convert_register("Se continua a bloccarsi, riavvia.", "it-IT", to="informal")
    assert conversion.text.startswith("Se continua") and conversion.left
