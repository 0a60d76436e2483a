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
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

from page import BUCKETS, THRESHOLDS, pct, render  # noqa: E402

from chatwriter import langid  # noqa: E402

MESSAGES = Path(__file__).with_name("messages.jsonl")
OUT = ROOT / "docs" / "language-detection.md"
DEFAULT_SGD = ROOT.parent / "shared" / "corpora" / "sgd_system_10k.txt"
DETECTORS = ("py3langid", "langdetect", "lingua", "lingua-low")


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
