"""Batch grammar throughput with a real LanguageTool server (issue 14, item 4).

``python benchmarks/run.py --only grammar_batch --languagetool-url http://127.0.0.1:8081``

The same messages are linted four ways in one run, each with a fresh Linter (an empty
answer cache): one request at a time as the rules send them (``lint_message`` per
message, what ``lint_many`` did before the pool), then ``lint_many`` with a pool of 1, 2
and 4 connections. Two sets: 1,000 SGD agent replies (English, read at run time from
the corpus) and German replies built here from parts written for this benchmark. The
rules' own cost (no server) is measured too, so the LanguageTool share can be read off.
Results also go to benchmarks/results/grammar-batch.{json,md}.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import time
from typing import Any

from .core import BENCH, Context, Unavailable, benchmark, log, read_corpus

SGD_MESSAGES = 1000
POOLS = (1, 2, 4)
#: Parts of German replies (written for this benchmark); their product gives distinct texts.
DE_OPEN = [
    "Vielen Dank für Ihre Nachricht.",
    "Guten Tag, danke für Ihre Geduld.",
    "Entschuldigen Sie bitte die Verzögerung.",
    "Danke, dass Sie sich bei uns melden.",
    "Schön, dass Sie uns schreiben.",
]
DE_BODY = [
    "Ihre Bestellung wurde heute verschickt und kommt am Freitag an.",
    "Ich habe die Erstattung veranlasst, sie ist in drei Tagen auf Ihrem Konto.",
    "Der Techniker kommt am Donnerstag zwischen acht und zwölf Uhr.",
    "Wir hat den doppelten Betrag bereits storniert.",
    "Bitte starten Sie den Router neu und prüfen Sie die Lampe.",
    "Die Rechnung finden Sie in Ihrem Kundenkonto unter Dokumente.",
    "Das Paket ist leider beim Versand beschädigt worden.",
    "Ihr Gutschein ist bis Ende nächsten Monats gültig.",
    "Die Lieferung verzögert sich um zwei Tage, weil das Lager geschlossen war.",
    "Ich habe Ihr Passwort zurückgesetzt, Sie bekommen gleich eine E-Mail.",
    "Die Rücksendung ist bei uns angekommen und wird geprüft.",
    "Sie können den Termin in der App selbst ändern.",
]
DE_CLOSE = [
    "Kann ich sonst noch etwas für Sie tun?",
    "Melden Sie sich gern, wenn Sie Fragen haben.",
    "Einen schönen Tag noch!",
    "Ich wünsche Ihnen ein schönes Wochenende.",
    "Viele Grüße aus dem Kundenservice.",
]


def german_messages() -> list[str]:
    return [" ".join(p) for p in itertools.product(DE_OPEN, DE_BODY, DE_CLOSE)]


def grammar_linter(url: str | None, locale: str):
    """A fresh Linter (an empty answer cache) with grammar on ``url`` (None: off), warmed."""
    from chatwriter import Linter
    from chatwriter.guide.loader import Config, LanguageToolConfig

    lt = LanguageToolConfig(url=url or None, timeout_ms=30_000)
    linter = Linter(locale=locale, config=Config(languagetool=lt))
    linter.compiled(locale).warm()
    return linter


def _run(url: str | None, locale: str, texts: list[str], mode: str) -> dict[str, Any]:
    from chatwriter.model import Message

    linter = grammar_linter(url, locale)
    messages = [Message(t, locale) for t in texts]
    start = time.perf_counter()
    if mode == "sequential" or url is None:
        reports = [linter.lint_message(m) for m in messages]
    else:
        reports = list(linter.lint_many(messages, grammar_connections=int(mode.split("-")[1])))
    elapsed = time.perf_counter() - start
    return {
        "s": round(elapsed, 3),
        "msgs_per_s": round(len(texts) / elapsed, 1),
        "unchecked": sum(bool(r.skipped) for r in reports),
        "findings": sum(len(r.findings) for r in reports),
    }


def languagetool_url(ctx: Context) -> str:
    """The ``--languagetool-url`` of the run, once its server answers; else Unavailable."""
    url = ctx.args.languagetool_url
    if not url:
        raise Unavailable("no LanguageTool server given (--languagetool-url http://host:port)")
    from chatwriter.languagetool import LanguageToolClient, LanguageToolUnavailable

    try:
        LanguageToolClient(url).info()
    except LanguageToolUnavailable as exc:
        raise Unavailable(str(exc)) from None
    return url


@benchmark("grammar_batch")
def bench_grammar_batch(ctx: Context) -> dict[str, Any]:
    url = languagetool_url(ctx)
    sets = {
        "en-US": read_corpus(ctx.corpus_path)[:SGD_MESSAGES],
        "de-DE": german_messages(),
    }
    modes = ["sequential", *(f"pool-{n}" for n in POOLS)]
    out: dict[str, Any] = {}
    for locale, texts in sets.items():
        # Warm the server (language, JIT, pipelines for 4 connections) on other texts.
        _run(url, locale, [t + " Danke." for t in texts[:40]], "pool-4")
        rules_only = _run(None, locale, texts, "sequential")
        rows = {"rules only (no server)": rules_only}
        for mode in modes:
            rows[mode] = _run(url, locale, texts, mode)
            log(f"  {locale} {mode}: {rows[mode]['msgs_per_s']} msgs/s")
        base = rows["sequential"]["s"]
        for mode in modes:
            rows[mode]["speedup"] = round(base / rows[mode]["s"], 2)
            # The time spent waiting for LanguageTool, the rules' own time taken off.
            grammar_s = max(rows[mode]["s"] - rules_only["s"], 1e-9)
            rows[mode]["grammar_s"] = round(grammar_s, 3)
        seq_grammar = rows["sequential"]["grammar_s"]
        for mode in modes:
            rows[mode]["grammar_speedup"] = round(seq_grammar / rows[mode]["grammar_s"], 2)
        out[locale] = {"messages": len(texts), "distinct": len(set(texts)), "rows": rows}
    result = {"sets": out, "cores": os.cpu_count(), "how": __doc__.split("\n\n")[1]}
    _write(result, url)
    return result


def _write(result: dict[str, Any], url: str) -> None:
    folder = BENCH / "results"
    doc = {"generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
    doc.update(result, languagetool_url=url)
    (folder / "grammar-batch.json").write_text(json.dumps(doc, indent=2) + "\n", "utf-8")
    lines = [
        "# Batch grammar with LanguageTool",
        "",
        f"Generated {doc['generated']} on {result['cores']} cores; "
        "`python benchmarks/run.py --only grammar_batch --languagetool-url URL`.",
        "",
        result["how"].replace("\n", " "),
        "",
    ]
    for locale, data in result["sets"].items():
        lines += [
            f"## {locale}: {data['messages']} messages ({data['distinct']} distinct)",
            "",
            "| mode | seconds | msgs/s | speedup | LanguageTool wait s | its speedup "
            "| unchecked | findings |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for mode, row in data["rows"].items():
            lines.append(
                f"| {mode} | {row['s']} | {row['msgs_per_s']} | {row.get('speedup', '')} | "
                f"{row.get('grammar_s', '')} | {row.get('grammar_speedup', '')} | "
                f"{row['unchecked']} | {row['findings']} |"
            )
        lines.append("")
    (folder / "grammar-batch.md").write_text("\n".join(lines), "utf-8")
