"""A second LanguageTool client nobody here wrote, pointed at chatwriter's ``/v2`` API.

pylanguagetool (PyPI, MIT) is a library and a command-line tool for LanguageTool's JSON
API with an ``--api-url`` option. Here both its ``api`` module and its console script
talk to a real ``chatwriter serve --http`` on 127.0.0.1 and get chatwriter's findings
back. (language-tool-python, the first client, is tested in tests/test_server.py.)
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import Server, serving


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    yield from serving()


def test_pylanguagetool_api_gets_chatwriters_findings(server: Server) -> None:
    from pylanguagetool import api

    base = server.url + "/v2/"  # the client appends "check" and "languages"
    languages = api.get_languages(base)
    assert {"name": "English (United Kingdom)", "code": "en", "longCode": "en-GB"} in languages

    result = api.check("What color is it?", api_url=base, lang="en-GB")
    assert result["language"]["code"] == "en-GB"
    (match,) = result["matches"]
    assert match["rule"]["id"] == "en.spelling-gb.american-spelling"
    assert match["rule"]["category"]["id"] == "SPELLING_VARIANT"
    assert (match["offset"], match["length"]) == (5, 5)
    assert match["replacements"] == [{"value": "colour"}]

    # the client's own filters reach the server as LanguageTool's parameters
    result = api.check(
        "Pls check ur settings!!!",
        api_url=base,
        lang="en-US",
        disabled_rules="en.textspeak.shorthand",
    )
    assert [m["rule"]["id"] for m in result["matches"]] == ["common.shouting.repeated-punctuation"]
    result = api.check(
        "Pls check ur settings!!!",
        api_url=base,
        lang="en-US",
        enabled_only=True,
        enabled_categories="TEXTSPEAK",
    )
    assert [(m["offset"], m["length"]) for m in result["matches"]] == [(0, 3), (10, 2)]
    # its personal word list reads the match back out of LanguageTool's `context`
    assert (
        api.check("What color is it?", api_url=base, lang="en-GB", pwl=["color"])["matches"] == []
    )
    # and an error from the server is LanguageTool's plain-text 400, which it raises as is
    with pytest.raises(ValueError, match="not a language chatwriter knows"):
        api.check("Hi", api_url=base, lang="xx-QQ")


def test_pylanguagetool_cli_prints_chatwriters_findings(server: Server, tmp_path: Path) -> None:
    draft = tmp_path / "reply.txt"
    draft.write_text("What color is it? Pls check ur settings!!!\n", encoding="utf-8")
    exe = Path(sys.executable).with_name("pylanguagetool")
    assert exe.exists(), "pylanguagetool is in the `test` extra"
    # its options can also come from the environment (API_URL, TEXTLANG, ...): keep them out
    env = {k: v for k, v in os.environ.items() if k not in {"API_URL", "TEXTLANG", "VERBOSE"}}
    proc = subprocess.run(
        [
            str(exe),
            "--api-url",
            server.url + "/v2/",
            "--lang",
            "en-GB",
            "--rules",
            "--rule-categories",
            "--no-color",
            str(draft),
        ],
        capture_output=True,
        text=True,
        env={**env, "HOME": str(tmp_path)},  # no ~/.config/pyLanguagetool.conf of the user's
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr  # 1: the text has matches
    out = proc.stdout
    assert "'color' is US spelling; in British English write 'colour'." in out
    assert "What colour is it?" in out  # the replacement, shown in its context
    assert (
        "en.spelling-gb.american-spelling:" in out and "SPELLING_VARIANT: Regional spelling" in out
    )
    assert "Write 'Please' instead of 'Pls'." in out and "TEXTSPEAK:" in out
    assert f"Text checked by {server.url}/v2/ (chatwriter " in out
