"""Compare language detectors on short chat replies and write docs/language-detection.md.

    python benchmarks/langid/compare.py [--sgd PATH]

Every detector behind ``chatwriter.langid`` classifies the messages of
``benchmarks/langid/messages.jsonl`` (chat-support replies of 3 to 30 words in the
seven languages, written for this benchmark), restricted to those seven languages and
with ``min_words=3`` so that every message is judged. Reported: accuracy per language,
per length bucket and overall; how often a wrong answer still came with high
confidence; speed in messages per second once loaded; and the cold start (import plus
model load plus first message). With the SGD corpus (``--sgd``, else
$CHATWRITER_SGD_CORPUS, else shared/corpora/sgd_system_10k.txt beside the checkout, when
present), the share of real English agent replies
(the SGD corpus, read at run time) that each detector calls non-English: the false
alarms a ``language`` rule would raise under an English locale without the cheap
function-word check in front of it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from chatwriter import langid  # noqa: E402

MESSAGES = Path(__file__).with_name("messages.jsonl")
OUT = ROOT / "docs" / "language-detection.md"
DEFAULT_SGD = ROOT.parent / "shared" / "corpora" / "sgd_system_10k.txt"
DETECTORS = ("py3langid", "langdetect", "lingua", "lingua-low")
BUCKETS = ((3, 5), (6, 10), (11, 20), (21, 30))
THRESHOLDS = (0.5, 0.8, 0.9, 0.95)
COMMAND = "python benchmarks/langid/compare.py"


def bucket(words: int) -> str:
    for lo, hi in BUCKETS:
        if lo <= words <= hi:
            return f"{lo}-{hi}"
    return "other"


def load_messages() -> list[tuple[str, str]]:
    out = []
    with MESSAGES.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                item = json.loads(line)
                out.append((item["lang"], item["text"]))
    return out


def run(name: str, messages: list[tuple[str, str]], sgd: list[str], passes: int) -> dict:
    detector = langid.make_detector(name, min_words=3)
    candidates = langid.LANGUAGES
    cold = cold_start(name, messages[0][1])
    detector.detect(messages[0][1], candidates)
    results = [detector.detect(text, candidates) for _, text in messages]
    t0 = time.perf_counter()
    for _ in range(passes):
        for _, text in messages:
            detector.detect(text, candidates)
    speed = passes * len(messages) / (time.perf_counter() - t0)
    per_lang: dict[str, Counter] = defaultdict(Counter)
    per_bucket: dict[str, Counter] = defaultdict(Counter)
    confident_wrong = Counter()
    confident_right = Counter()
    errors = []
    for (lang, text), result in zip(messages, results, strict=True):
        got, conf = result if result is not None else ("-", 0.0)
        ok = got == lang
        b = bucket(langid.word_count(langid.clean(text)))
        for table in (per_lang[lang], per_bucket[b]):
            table["n"] += 1
            table["ok"] += ok
        for t in THRESHOLDS:
            if conf >= t:
                (confident_right if ok else confident_wrong)[t] += 1
        if not ok:
            errors.append((lang, got, conf, text))
    out = {
        "name": name,
        "cold": cold,
        "speed": speed,
        "per_lang": per_lang,
        "per_bucket": per_bucket,
        "confident_wrong": confident_wrong,
        "confident_right": confident_right,
        "errors": errors,
        "n": len(messages),
    }
    if sgd:
        calls = Counter()
        t0 = time.perf_counter()
        for text in sgd:
            r = detector.detect(text, candidates)
            if r is None:
                calls["skipped"] += 1
            else:
                calls["judged"] += 1
                if r[0] != "en":
                    calls["non-en"] += 1
                    for t in THRESHOLDS:
                        if r[1] >= t:
                            calls[t] += 1
        out["sgd"] = calls
        out["sgd_speed"] = len(sgd) / (time.perf_counter() - t0)
    return out


COLD = """
import sys, time
t0 = time.perf_counter()
from chatwriter import langid
langid.make_detector(sys.argv[1], min_words=3).detect(sys.argv[2], langid.LANGUAGES)
print(time.perf_counter() - t0)
"""


def cold_start(name: str, text: str) -> float:
    """Import, model load and first message, in a fresh interpreter."""
    env_path = str(ROOT / "src")
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {env_path!r})\n" + COLD,
            name,
            text,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return float(out.stdout.strip())


def rule_check(messages: list[tuple[str, str]]) -> dict:
    """The `language` rule itself, every benchmark message under every language's locale."""
    from chatwriter import Linter

    linter = Linter(locale="en")
    out: dict = {"wrong": Counter(), "right": Counter(), "alarms": []}
    for locale in langid.LANGUAGES:
        compiled = linter.compiled(locale)
        only = frozenset(r.id for r in compiled.rules if r.spec.kind == "language")
        for lang, text in messages:
            if langid.Evidence(text).words < 4:
                continue
            found, _ = compiled.check(compiled.parse(text), _message(text, locale), only=only)
            key = "right" if lang == locale else "wrong"
            out[key]["n"] += 1
            out[key]["flagged"] += bool(found)
            if found and lang == locale:
                out["alarms"].append((locale, text))
    return out


def _message(text: str, locale: str):
    from chatwriter.model import Message

    return Message(text, locale)


def sgd_speed(sgd: list[str]) -> dict:
    """lint_many over the corpus as en-US, with and without the language rule."""
    from chatwriter import Linter
    from chatwriter.guide.loader import Config

    long_enough = [t for t in sgd if langid.Evidence(t).words >= 4]
    plain = sum(langid.Evidence(t).plainly("en") for t in long_enough)
    out: dict = {"plain": (plain, len(long_enough))}
    for label, config in (
        ("without", Config(disable=["en.language.*"])),
        ("with", Config()),
    ):
        linter = Linter(locale="en-US", config=config)
        list(linter.lint_many(sgd[:300]))
        best, findings = 0.0, 0
        for _ in range(3):
            t0 = time.perf_counter()
            reports = list(linter.lint_many(sgd))
            best = max(best, len(sgd) / (time.perf_counter() - t0))
            findings = sum(f.category == "language" for r in reports for f in r.findings)
        out[label] = (best, findings)
    return out


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sgd", type=Path, default=None, help="English corpus, one reply a line")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--detectors", nargs="*", default=list(DETECTORS))
    args = parser.parse_args()
    messages = load_messages()
    sgd: list[str] = []
    if args.sgd is None:
        env = os.environ.get("CHATWRITER_SGD_CORPUS")
        candidate = Path(env) if env else DEFAULT_SGD
        args.sgd = candidate if candidate.is_file() else None
    if args.sgd is not None:
        sgd = [s for s in args.sgd.read_text(encoding="utf-8").splitlines() if s.strip()]
    results = []
    for name in args.detectors:
        print(f"running {name} ...", file=sys.stderr)
        results.append(run(name, messages, sgd, args.passes))
    print("running the language rule ...", file=sys.stderr)
    rule = rule_check(messages)
    speed = sgd_speed(sgd) if sgd else None
    text = render(results, len(sgd), langid.DEFAULT_DETECTOR, rule, speed)
    args.out.write_text(text, encoding="utf-8")
    for r in results:
        ok = sum(c["ok"] for c in r["per_lang"].values())
        print(
            f"{r['name']:12} {pct(ok, r['n']):>7} {r['speed']:>10,.0f} msgs/s  cold {r['cold']:.2f}s"
        )
    print(
        f"rule: {rule['wrong']['flagged']}/{rule['wrong']['n']} wrong-language flagged, "
        f"{rule['right']['flagged']} false alarms"
    )
    if speed:
        print(
            f"SGD en-US: without {speed['without']}, with {speed['with']}, plain {speed['plain']}"
        )
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
