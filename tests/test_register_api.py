"""Register conversion through the hook and rewrite (issue 12, item 3): the service in
this process, ``/v1/rewrite`` and ``/v1/hook`` on a real server on 127.0.0.1, the
one-shot ``chatwriter hook`` and the JSON-RPC worker on stdio."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator

import pytest
from jsonschema import Draft202012Validator

from chatwriter import Linter
from chatwriter.hook import HookRequestError, parse_request, response_schema
from chatwriter.hook.conversion import moved
from chatwriter.register.convert import Edit
from chatwriter.service import Service, parse_rewrite
from tests.helpers import Server, chatwriter_exe, run_cli, serving

RESPONSE = Draft202012Validator(response_schema())
BAD_VALUE = '\'register\' must be one of "formal", "informal"'

# Replies written for these tests.
DE_DU = "Kannst du mir deine Nummer schicken!!!"
DE_SIE = "Können Sie mir Ihre Nummer schicken!"
DE_MIXED = "Vielen Dank für Ihre Geduld. Ruf uns einfach morgen an."
FR_TU = "Peux-tu me renvoyer ton numéro de commande?"
FR_VOUS = "Pouvez-vous me renvoyer votre numéro de commande\u202f?"
# 'votre box': ton or ta? The conversion leaves it and says so.
FR_BOX = "Envoyez-moi votre numéro, votre box arrive demain."
FR_BOX_TU = "Envoie-moi ton numéro, votre box arrive demain."
EN = "Can you send me your order number?"


@pytest.fixture(scope="module")
def service() -> Iterator[Service]:
    svc = Service(Linter(locale="en-US"), processes=0)
    try:
        yield svc
    finally:
        svc.close()


def hook(service: Service, **request) -> dict:
    response = service.hook(request)
    RESPONSE.validate(response)
    return response


# -- the service (library level) -------------------------------------------------------------
def test_rewrite_converts_after_the_safe_fixes(service: Service) -> None:
    # '!!!' -> '!' is a safe fix; du -> Sie the conversion
    out = service.rewrite({"text": DE_DU, "locale": "de-DE", "register": "formal"})
    assert out == {
        "text": DE_SIE,
        "changed": True,
        "register": {"to": "formal", "text": DE_SIE, "changed": True, "remarks": []},
    }
    # French: the fix puts the narrow no-break space before '?', then tu -> vous
    out = service.rewrite({"text": FR_TU, "locale": "fr-FR", "register": "formal"})
    assert out["text"] == FR_VOUS and out["register"]["remarks"] == []
    # without register, rewrite answers as it always did
    assert service.rewrite({"text": DE_DU, "locale": "de-DE"}) == {
        "text": "Kannst du mir deine Nummer schicken!",
        "changed": True,
    }


def test_rewrite_remarks_point_into_the_answer(service: Service) -> None:
    out = service.rewrite({"text": FR_BOX, "locale": "fr-FR", "register": "informal"})
    assert out["text"] == FR_BOX_TU
    (remark,) = out["register"]["remarks"]
    # 'Envoyez' -> 'Envoie' and 'votre' -> 'ton' moved it 3 characters to the left
    assert remark == {
        "start": 23,
        "end": 28,
        "text": "votre",
        "kind": "gender",
        "reason": "the gender of 'box' is not known: ton or ta",
        "left": True,
    }
    assert out["text"][remark["start"] : remark["end"]] == "votre"


def test_english_comes_back_unchanged(service: Service) -> None:
    out = service.rewrite({"text": EN, "locale": "en-US", "register": "formal"})
    assert out == {
        "text": EN,
        "changed": False,
        "register": {"to": "formal", "text": EN, "changed": False, "remarks": []},
    }
    answer = hook(service, text=EN, locale="en-GB", fix=True, register="informal")
    assert answer["text"] == EN and not answer["changed"] and answer["decision"] == "allow"
    assert answer["register"]["changed"] is False


def test_a_bad_value_is_refused_with_the_allowed_ones(service: Service) -> None:
    for bad in ("formell", "Formal", None, 1):
        with pytest.raises(HookRequestError) as info:
            parse_rewrite({"text": "Hallo", "locale": "de-DE", "register": bad})
        assert info.value.message == BAD_VALUE
        with pytest.raises(HookRequestError) as info:
            parse_request({"text": "Hallo", "locale": "de-DE", "register": bad})
        assert info.value.message == BAD_VALUE
    with pytest.raises(HookRequestError, match="allowed: locale, register, text, unsafe"):
        parse_rewrite({"text": "Hallo", "locale": "de-DE", "registr": "formal"})
    with pytest.raises(HookRequestError, match="did you mean 'register'"):
        parse_request({"text": "Hallo", "locale": "de-DE", "registr": "formal"})


def test_hook_with_fix_answers_the_converted_text(service: Service) -> None:
    answer = hook(service, text=DE_DU, locale="de-DE", fix=True, register="formal")
    assert answer["decision"] == "allow" and answer["text"] == DE_SIE and answer["changed"]
    assert (
        answer["reason"]
        == "Rewritten with 1 safe fix and converted to formal address; nothing blocks."
    )
    assert answer["register"] == {"to": "formal", "text": DE_SIE, "changed": True, "remarks": []}
    answer = hook(service, text=FR_BOX, locale="fr-FR", fix=True, register="informal")
    assert answer["text"] == FR_BOX_TU
    assert (
        answer["reason"] == "Converted to informal address (1 word left to check); nothing blocks."
    )


def test_hook_decides_on_the_draft(service: Service) -> None:
    # The draft mixes Sie and du: that warns, although the answer's text is all Sie.
    answer = hook(service, text=DE_MIXED, locale="de-DE", fix=True, register="formal")
    assert answer["text"] == "Vielen Dank für Ihre Geduld. Rufen Sie uns einfach morgen an."
    assert answer["decision"] == "warn"
    (finding,) = answer["findings"]
    assert finding["rule"] == "de.formality.du-sie" and finding["message"].startswith("'Ruf' ")
    # offsets are into the answer's text: the finding covers what became of 'Ruf'
    assert (finding["start"], finding["end"], finding["match"]) == (29, 38, "Rufen Sie")


def test_hook_without_fix_suggests_the_conversion(service: Service) -> None:
    answer = hook(service, text=DE_MIXED, locale="de-DE", register="formal")
    assert answer["text"] == DE_MIXED and answer["changed"] is False
    assert answer["findings"][0]["match"] == "Ruf"
    suggestion = answer["register"]
    assert suggestion["text"] == "Vielen Dank für Ihre Geduld. Rufen Sie uns einfach morgen an."
    assert suggestion["changed"] is True


def test_personal_data_is_masked_in_the_conversion_of_a_blocked_draft(service: Service) -> None:
    draft = "Schick mir deine IBAN DE89 3704 0044 0532 0130 00 bitte."
    for fix in (False, True):
        answer = hook(service, text=draft, locale="de-DE", fix=fix, register="formal")
        assert answer["decision"] == "block"
        assert answer["register"]["text"] == (
            "Schicken Sie mir Ihre IBAN **** **** **** **** **** ** bitte."
        )
        assert "3704" not in json.dumps(answer)


def test_utf16_offsets_of_remarks(service: Service) -> None:
    text = "Merci 😀 ! Envoyez-moi votre numéro, votre box arrive demain."
    answer = hook(
        service, text=text, locale="fr-FR", fix=True, register="informal", offsets="utf16"
    )
    assert answer["text"] == "Merci 😀 ! Envoie-moi ton numéro, votre box arrive demain."
    (remark,) = answer["register"]["remarks"]
    wide = answer["text"].encode("utf-16-le")
    assert wide[remark["start"] * 2 : remark["end"] * 2].decode("utf-16-le") == "votre"


def test_check_refuses_register(service: Service) -> None:
    with pytest.raises(HookRequestError, match="not used by check"):
        service.check({"text": DE_DU, "locale": "de-DE", "register": "formal"})


def test_spans_move_with_the_edits() -> None:
    edits = [Edit(0, 6, "Kannst", "Können"), Edit(7, 9, "du", "Sie"), Edit(14, 19, "deine", "Ihre")]
    assert moved(edits, 20, 26) == (20, 26)  # 'Nummer': +1 -1
    assert moved(edits, 7, 9) == (7, 10)  # an edited word: its new word
    assert moved(edits, 8, 16) == (7, 19)  # ends inside edits grow to whole new words
    insert = [Edit(5, 5, "", "X "), Edit(10, 12, "ab", "abc")]
    assert moved(insert, 5, 7) == (7, 9)  # an insertion at the start comes before the span
    assert moved(insert, 0, 5) == (0, 5)  # ... and one at the end after it
    assert moved(insert, 12, 14) == (15, 17)


# -- HTTP: a real server ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from serving("--locales", "en-US,de-DE,fr-FR", "--preload-register")


def test_http_rewrite_and_hook(server: Server) -> None:
    status, out = server.post_json(
        "/v1/rewrite", {"text": DE_DU, "locale": "de-DE", "register": "formal"}
    )
    assert status == 200 and out["text"] == DE_SIE and out["register"]["to"] == "formal"
    status, out = server.post_json(
        "/v1/rewrite", {"text": FR_BOX, "locale": "fr-FR", "register": "informal"}
    )
    assert status == 200 and out["text"] == FR_BOX_TU
    assert [(r["text"], r["kind"]) for r in out["register"]["remarks"]] == [("votre", "gender")]
    status, out = server.post_json(
        "/v1/rewrite", {"text": EN, "locale": "en-US", "register": "informal"}
    )
    assert (status, out["text"], out["changed"]) == (200, EN, False)
    status, answer = server.post_json(
        "/v1/hook", {"text": FR_TU, "locale": "fr-FR", "fix": True, "register": "formal"}
    )
    assert status == 200 and answer["text"] == FR_VOUS
    RESPONSE.validate(answer)


def test_http_bad_value_is_a_422_naming_the_allowed_values(server: Server) -> None:
    for path in ("/v1/rewrite", "/v1/hook"):
        status, out = server.post_json(path, {"text": "Hi", "locale": "de-DE", "register": "du"})
        assert status == 422, (path, out)
        assert out["error"] == {"code": "invalid_request", "message": BAD_VALUE}
    status, out = server.post_json(
        "/v1/check", {"text": "Hi", "locale": "de-DE", "register": "formal"}
    )
    assert status == 422 and "not used by check" in out["error"]["message"]


def test_openapi_describes_register(server: Server) -> None:
    status, _, body = server.request("GET", "/openapi.json")
    assert status == 200
    schemas = json.loads(body)["components"]["schemas"]
    assert schemas["RewriteRequest"]["properties"]["register"]["enum"] == ["formal", "informal"]
    assert schemas["HookRequest"]["properties"]["register"]["enum"] == ["formal", "informal"]
    ref = schemas["RewriteResponse"]["properties"]["register"]["$ref"]
    assert ref == schemas["HookResponse"]["properties"]["register"]["$ref"]
    assert ref == "#/components/schemas/Conversion"
    Draft202012Validator.check_schema(schemas["Conversion"])


# -- stdio: the one-shot hook and the JSON-RPC worker -----------------------------------------
def test_one_shot_hook_converts() -> None:
    request = {"text": DE_DU, "locale": "de-DE", "fix": True, "register": "formal"}
    proc = run_cli("hook", "--isolated", stdin=json.dumps(request))
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    RESPONSE.validate(answer)
    assert answer["text"] == DE_SIE and answer["register"]["changed"] is True
    proc = run_cli("hook", "--isolated", stdin=json.dumps({**request, "register": "sie"}))
    assert proc.returncode == 2 and proc.stdout == ""
    assert BAD_VALUE in proc.stderr


def test_json_rpc_worker_converts() -> None:
    lines = [
        {"text": FR_TU, "locale": "fr-FR", "register": "formal"},
        {"text": FR_TU, "locale": "fr-FR", "register": "polite"},
    ]
    stdin = "".join(
        json.dumps({"jsonrpc": "2.0", "method": "rewrite", "params": p, "id": i}) + "\n"
        for i, p in enumerate(lines)
    )
    proc = subprocess.run(
        [chatwriter_exe(), "serve", "--stdio", "--isolated", "--locales", "fr-FR"],
        input=stdin.encode(),
        capture_output=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=120,
        check=False,
    )
    converted, refused = (json.loads(line) for line in proc.stdout.decode().splitlines())
    assert converted["result"]["text"] == FR_VOUS
    assert refused["error"]["code"] == -32602 and refused["error"]["data"] == BAD_VALUE
