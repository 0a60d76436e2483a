"""The page benchmarks/langid/compare.py writes: docs/language-detection.md, from its results."""

from __future__ import annotations

import platform

from chatwriter import langid

BUCKETS = ((3, 5), (6, 10), (11, 20), (21, 30))
THRESHOLDS = (0.5, 0.8, 0.9, 0.95)
COMMAND = "python benchmarks/langid/compare.py"


def pct(ok: int, n: int) -> str:
    return f"{100 * ok / n:.1f}%" if n else "-"


def render(
    results: list[dict], sgd_count: int, default: str, rule: dict, speed: dict | None
) -> str:
    langs = langid.LANGUAGES
    lines = [
        "# Language detection: which detector the `language` rule uses",
        "",
        "Produced by (from the repository root):",
        "",
        "```",
        COMMAND,
        "```",
        "",
        f"Machine: {platform.machine()}, Python {platform.python_version()}; "
        f"{results[0]['n']} messages from `benchmarks/langid/messages.jsonl` (chat-support "
        "replies written for this benchmark, 3 to 30 words, 40 per language). Every detector "
        "is restricted to the seven languages and judges every message (`min_words=3`).",
        "",
        "## Accuracy per language",
        "",
        "| detector | " + " | ".join(langs) + " | overall |",
        "|---" * (len(langs) + 2) + "|",
    ]
    for r in results:
        cells = [pct(r["per_lang"][lg]["ok"], r["per_lang"][lg]["n"]) for lg in langs]
        total_ok = sum(r["per_lang"][lg]["ok"] for lg in langs)
        lines.append(f"| {r['name']} | " + " | ".join(cells) + f" | **{pct(total_ok, r['n'])}** |")
    names = [f"{lo}-{hi}" for lo, hi in BUCKETS]
    lines += [
        "",
        "## Accuracy per length (words)",
        "",
        "| detector | "
        + " | ".join(f"{b} ({results[0]['per_bucket'][b]['n']})" for b in names)
        + " |",
        "|---" * (len(names) + 1) + "|",
    ]
    for r in results:
        cells = [pct(r["per_bucket"][b]["ok"], r["per_bucket"][b]["n"]) for b in names]
        lines.append(f"| {r['name']} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "## Speed",
        "",
        "Messages per second once loaded (one core, repeated passes over the set), and the "
        "cold start: import, model load and the first message.",
        "",
        "| detector | msgs/s | cold start |",
        "|---|---|---|",
    ]
    for r in results:
        lines.append(f"| {r['name']} | {r['speed']:,.0f} | {r['cold'] * 1000:,.0f} ms |")
    lines += [
        "",
        "## Confidence of wrong answers",
        "",
        "Wrong answers (and right ones) at or above a confidence: a rule that flags only "
        "confident answers raises the wrong-answer column as false alarms.",
        "",
        "| detector | " + " | ".join(f"wrong ≥{t} / right ≥{t}" for t in THRESHOLDS) + " |",
        "|---" * (len(THRESHOLDS) + 1) + "|",
    ]
    for r in results:
        cells = [f"{r['confident_wrong'][t]} / {r['confident_right'][t]}" for t in THRESHOLDS]
        lines.append(f"| {r['name']} | " + " | ".join(cells) + " |")
    if sgd_count:
        lines += [
            "",
            "## Real English replies (SGD corpus)",
            "",
            f"{sgd_count:,} English agent replies from the Schema-Guided Dialogue corpus "
            "(CC BY-SA 4.0, read at run time, not stored here). 'non-English' is how many "
            "a detector alone would call another language; the rule puts a marker-word "
            "check and `min_confidence` in front, see below.",
            "",
            "| detector | judged (≥3 words) | non-English | "
            + " | ".join(f"non-English ≥{t}" for t in THRESHOLDS)
            + " | msgs/s |",
            "|---" * (len(THRESHOLDS) + 4) + "|",
        ]
        for r in results:
            c = r["sgd"]
            cells = [str(c[t]) for t in THRESHOLDS]
            lines.append(
                f"| {r['name']} | {c['judged']:,} | {c['non-en']} | "
                + " | ".join(cells)
                + f" | {r['sgd_speed']:,.0f} |"
            )
    wrong, right = rule["wrong"], rule["right"]
    lines += [
        "",
        "## The `language` rule on the benchmark set",
        "",
        "Each benchmark message of at least 4 words linted under each of the seven "
        "language locales with only the `<lang>.language.wrong-language` rule (default "
        "detector, `min_words: 4`, default `min_confidence`, function-word check first):",
        "",
        "| | messages | flagged |",
        "|---|---|---|",
        f"| in another language than the locale's | {wrong['n']:,} | {wrong['flagged']:,} "
        f"({pct(wrong['flagged'], wrong['n'])}) |",
        f"| in the locale's language (false alarms) | {right['n']:,} | {right['flagged']:,} |",
    ]
    for locale, text in rule["alarms"][:10]:
        lines.append(f"- false alarm under {locale}: “{text}”")
    if speed:
        (off, off_n), (on, on_n) = speed["without"], speed["with"]
        lines += [
            "",
            "## Cost on real English replies",
            "",
            f'`Linter(locale="en-US").lint_many` over the {sgd_count:,} SGD replies, the '
            "whole en-US guide set, best of three runs:",
            "",
            "| | msgs/s | `language` findings |",
            "|---|---|---|",
            f"| without `en.language` | {off:,.0f} | {off_n} |",
            f"| with `en.language` | {on:,.0f} | {on_n} |",
            "",
            f"The marker-word check settles {speed['plain'][0]:,} of the "
            f"{speed['plain'][1]:,} replies of at least 4 words "
            f"({pct(*speed['plain'])}) without a detector.",
        ]
    lines += ["", "## Errors on the benchmark set", ""]
    for r in results:
        lines.append(
            f"- **{r['name']}** ({len(r['errors'])}): "
            + (
                "; ".join(
                    f"{lang}→{got} ({conf:.2f}) “{text}”"
                    for lang, got, conf, text in r["errors"][:12]
                )
                or "none"
            )
            + (" …" if len(r["errors"]) > 12 else "")
        )
    lines += ["", "## Decision", "", *DECISION.format(default=default).splitlines()]
    lines += ["", *USAGE.splitlines(), ""]
    return "\n".join(lines)


DECISION = """\
The default detector (`chatwriter.langid.DEFAULT_DETECTOR`) is **{default}**: on these
replies it is as accurate as lingua and more accurate than langdetect, several times
faster than both once loaded, and the least often confidently wrong (tables above).
langdetect stays available
(`detector: langdetect` in a `language` rule, or `langid.make_detector("langdetect")`),
seeded per factory so its answers repeat without touching `DetectorFactory.seed`, and
so do `lingua` and `lingua-low` (install lingua-language-detector first; a rule that
names a detector whose package is missing is a guide error at load time).

How the `language` rule keeps the cost down and the false alarms out
(`src/chatwriter/rules/language.py`):

1. Texts under `min_words` words (default 4; links, addresses and numbers removed
   first) are never judged: "OK 👍", "Merci !", "Danke, bis bald!".
2. A marker-word check runs first (`langid.Evidence`): when a text has at least two
   words that belong only to the expected language ("the", "your", "und", "vous",
   "usted", ...) and none, written in lower case, that belong only to another of the
   seven, it is taken as the expected language: no detector runs and no sentence is
   split. It confirms, it never flags (share of SGD replies it settles: above).
3. Only the rest goes to the detector. Its answer becomes a finding only at or above
   `min_confidence` (default 0.9 for py3langid), and only when the text holds a
   marker word of the detected language or is at least twice `min_words` long, so a
   restaurant name ("la pinata in pittsburg") is not a reply in Italian; and never when
   the expected language has more marker words in the text than the detected one
   ("Sure, how about Cite de l'architecture et du patrimoine, a museum?").

Detectors load lazily: importing chatwriter imports none of them, and a locale whose
replies all pass the marker-word check never loads a model. Loaded models are shared,
read-only, by all Linters of a process."""


USAGE = """\
## The `language` rule kind

Each language's locale file lists a guide `<lang>.language` (`rules/<lang>/language.yaml`)
with one rule, `<lang>.language.wrong-language`. It checks three things:

- **message**: the reply reads as another language than the locale's (the engine
  puts the locale's language into the settings as `language`).
- **conversation**: the customer's last turn (the most recent turn whose role is not
  `agent`, `assistant`, `operator` or `system`, with at least `min_words` words)
  reads as one language and the reply as another: "The customer wrote in German, but
  this reply reads as English", under any locale. A reply in the customer's language
  is then not a wrong-language finding even when the locale's language differs.
- **sentences**: in a reply of several sentences, a sentence of at least `min_words`
  words in another language than the rest.

Fields of a `language` rule:

| field | default | meaning |
|---|---|---|
| `min_words` | 4 | texts (and sentences, and customer turns) with fewer words are not judged |
| `min_confidence` | per detector (py3langid 0.9) | the detector's confidence a finding needs |
| `detector` | `py3langid` | `py3langid`, `langdetect`, `lingua` or `lingua-low` |
| `languages` | all seven | the languages the detector chooses among; must include the locale's |
| `checks` | all three | any of `message`, `sentences`, `conversation` |
| `sentence_message` | "This sentence reads as {detected}, not {expected}." | message for a sentence |
| `conversation_message` | "The customer wrote in {expected}, but this reply reads as {detected}." | message when the customer wrote in another language (`{expected}` is the customer's language) |

`{detected}` and `{expected}` are English language names. Setting `service_language`
(in a locale file or the company config, e.g. `settings: {service_language: en}`) is
for teams that answer in one language on purpose: a reply in that language is never a
conversation finding nor a wrong-language finding, whatever the customer wrote.

When the reply reads confidently as another language than the locale's (accepted
because the customer wrote in it or it is the service language, or flagged as the wrong
language), the findings of the locale language's own guides are left out: French
spacing before `:` and `!`, French spelling, register or LanguageTool's French checks say
nothing useful about an English reply. Common guides (personal data, shouting, emoji)
and company guides still apply, and so do findings about language (a sentence in a
third language).
"""
