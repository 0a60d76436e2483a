"""The tables of a run (``<name>.md``), and copying them into docs/performance.md."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .capability_tables import render_capabilities
from .core import REPO, ok_result
from .targets import cold_why, fmt

PERFORMANCE_DOC = REPO / "docs" / "performance.md"
DOC_START = "<!-- benchmark-results:start -->"
DOC_END = "<!-- benchmark-results:end -->"


def _status_line(results: dict[str, Any], name: str) -> str:
    entry = results.get(name) or {}
    return f"{entry.get('status', 'not run')}: {entry.get('reason', '')}".rstrip(": ")


def render_markdown(doc: dict[str, Any]) -> str:
    r = doc["benchmarks"]
    m = doc["machine"]
    out = [f"# chatwriter benchmarks ({doc['mode']} run)", ""]
    out.append(
        f"Generated {doc['generated']} by `{doc['command']}` on "
        f"{doc['corpus']['messages']:,} messages of `{doc['corpus']['name']}`."
    )
    out += ["", "## Machine", "", "| | |", "| --- | --- |"]
    for key in (
        "cpu",
        "cores",
        "cores_usable",
        "memory_gb",
        "os",
        "python",
        "spacy",
        "chatwriter",
        "git_commit",
        "node",
        "hyperfine",
        "load_average_at_start",
        "load_average_at_end",
    ):
        if key in m:
            out.append(f"| {key} | {m[key]} |")
    out += [
        "",
        "## Targets (issue 7)",
        "",
        "| target | goal | measured | status | margin | why / note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for t in doc["targets"]:
        extra = "; ".join(x for x in (t.get("why", ""), t.get("note", "")) if x)
        out.append(
            f"| {t['target']} | {t['op']} {fmt(t['goal'], t['unit'])} | "
            f"{fmt(t['measured'], t['unit'])} | **{t['status']}** | {t['margin']} | "
            f"{extra} |"
        )

    out += [
        "",
        "## Throughput, side by side",
        "",
        "| tool | how | messages | msgs/s | msgs per CPU-second | chatwriter en-US is |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    cw = (ok_result(r, "lint_many_en_us") or {}).get("msgs_per_s")
    cw_cpu = (ok_result(r, "lint_many_en_us") or {}).get("msgs_per_cpu_s")
    rows = [
        (
            "spaCy blank tokenizer",
            "spacy_tokenizer",
            "nlp.tokenizer.pipe (the floor)",
            "msgs_per_s",
        ),
        (
            "spaCy blank make_doc",
            "spacy_tokenizer",
            "nlp.make_doc per message",
            "make_doc_msgs_per_s",
        ),
        ("chatwriter en-US", "lint_many_en_us", "Linter.lint_many, median of 3", "msgs_per_s"),
        (
            "chatwriter all locales",
            "lint_many_all_locales",
            "lint_many, messages round-robin over locales",
            "msgs_per_s",
        ),
        ("chatwriter one at a time", "lint_single", "Linter.lint per message", "msgs_per_s"),
        ("chatwriter CLI, 1 process", "batch_cli", "lint --input lines, whole process", "1"),
        ("chatwriter CLI, 2 processes", "batch_cli", "lint --input lines, 2 at once", "2"),
        ("proselint", "proselint_api", "Python API per message", "msgs_per_s"),
        ("proselint CLI", "proselint_cli", "whole process, one file", "msgs_per_s"),
        ("write-good", "write_good_cli", "CLI --parse, whole process, one file", "msgs_per_s"),
        ("alex", "alex_cli", "CLI --text, whole process, one file", "msgs_per_s"),
        ("LanguageTool", "languagetool", "/v2/check per message", "msgs_per_s"),
    ]
    for label, name, how, key in rows:
        entry = ok_result(r, name)
        if entry is None:
            out.append(f"| {label} | {how} | | {_status_line(r, name)} | | |")
            continue
        value = entry[f"{key}_process"]["msgs_per_s"] if key in ("1", "2") else entry[key]
        per_cpu = entry.get("msgs_per_cpu_s") if key == "msgs_per_s" else None
        cmp = ""
        if name != "lint_many_en_us":
            # CPU against CPU where both sides have it (in-process rows), else wall clock.
            mine, theirs, basis = (
                (cw_cpu, per_cpu, " (CPU)") if cw_cpu and per_cpu else (cw, value, "")
            )
            if mine and theirs:
                cmp = (
                    f"{mine / theirs:.1f}x faster{basis}"
                    if mine >= theirs
                    else f"{theirs / mine:.1f}x slower{basis}"
                )
        cpu_text = f"{per_cpu:,.0f}" if per_cpu else ""
        out.append(
            f"| {label} | {how} | {entry.get('messages', ''):,} | {value:,.0f} | {cpu_text} | {cmp} |"
        )

    every = ok_result(r, "lint_many_all_locales")
    if every and every.get("per_locale_alone"):
        per = every["per_locale_alone"]
        out += [
            "",
            "### Each locale alone",
            "",
            f"The first {every.get('per_locale_sample', '')} messages linted under each locale "
            "by itself (CPU time). The "
            "corpus is en-US English: findings are meaningful for the English locales only; "
            "elsewhere they are mostly the wrong-language rule doing its job.",
            "",
            "| locale | rules | msgs per CPU-s | findings |",
            "| --- | --- | --- | --- |",
        ]
        for tag in sorted(per, key=lambda t: per[t]["msgs_per_cpu_s"]):
            out.append(
                f"| {tag} | {every['rules_active'].get(tag, '')} | "
                f"{per[tag]['msgs_per_cpu_s']:,.0f} | {per[tag]['findings']:,} |"
            )
    single = ok_result(r, "lint_single")
    if single:
        out += [
            "",
            "## Latency, one message at a time (`Linter.lint`)",
            "",
            "| p50 | p90 | p99 | p99.9 | max | mean | CPU p50 | CPU p99 |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
            "| "
            + " | ".join(
                f"{single[k]:.3f} ms"
                for k in (
                    "p50_ms",
                    "p90_ms",
                    "p99_ms",
                    "p999_ms",
                    "max_ms",
                    "mean_ms",
                    "cpu_p50_ms",
                    "cpu_p99_ms",
                )
            )
            + " |",
        ]
    cold = ok_result(r, "cold_start")
    out += ["", "## Cold start", ""]
    if cold:
        out += [
            f"Method: {cold['method']}.",
            "",
            "| command | median |",
            "| --- | --- |",
            f"| `{cold['chatwriter_command']}` | {cold['chatwriter_lint_s'] * 1000:.0f} ms |",
            f"| `{cold['spacy_command']}` | {cold['spacy_blank_s'] * 1000:.0f} ms |",
            f"| ratio | {cold['ratio']:.2f}x |",
            "",
            f"CPU time (user + system, mean): chatwriter {cold['chatwriter_cpu_s'] * 1000:.0f} ms, "
            f"spaCy {cold['spacy_blank_cpu_s'] * 1000:.0f} ms, ratio {cold['cpu_ratio']:.2f}x.",
            "",
            f"Phases, measured {cold_why(cold)}.",
        ]
    else:
        out.append(_status_line(r, "cold_start"))
    rss = ok_result(r, "peak_rss")
    out += ["", "## Peak RSS", ""]
    if rss:
        out += [
            "| process | peak RSS |",
            "| --- | --- |",
            f"| spacy.blank('en') + tokenizing | {rss['spacy_blank_mb']:.0f} MB |",
            f"| chatwriter, en-US | {rss['one_locale_mb']:.0f} MB |",
            f"| chatwriter, all {len(rss['locales'])} locales "
            f"({', '.join(rss['locales'])}) | {rss['all_locales_mb']:.0f} MB |",
        ]
    else:
        out.append(_status_line(r, "peak_rss"))
    length = ok_result(r, "growth_message_length")
    out += ["", "## How cost grows", "", "### Message length", ""]
    if length:
        out += [
            "| words | messages | per message (CPU) | per word | per word, check only "
            "| findings/message | with a safe fix |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in length["rows"]:
            out.append(
                f"| {row['words']:,} | {row['messages']} | {row['per_message_ms']:.3f} ms "
                f"| {row['per_word_us']:.2f} us | {row['check_only_per_word_us']:.2f} us "
                f"| {row['findings_per_message']:.1f} | {row['share_with_safe_fix']:.0%} |"
            )
    else:
        out.append(_status_line(r, "growth_message_length"))
    guide = ok_result(r, "growth_guide_size")
    out += ["", "### Substitution guide size", ""]
    if guide:
        out += [
            f"Built-in en-US only: build {guide['baseline_build_s']:.2f} s, "
            f"{guide['baseline_per_message_us']:.0f} us/message.",
            "",
            "| entries | load (YAML + schema) | Linter build | compile | per message (CPU) "
            "| msgs per CPU-s | probe found |",
            "| --- | --- | --- | --- | --- | --- | --- |",
        ]
        for row in guide["rows"]:
            out.append(
                f"| {row['entries']:,} | {row['guide_load_s']:.2f} s | "
                f"{row['linter_build_s']:.2f} s | {row['compile_s']:.2f} s | "
                f"{row['per_message_us']:.0f} us | {row['msgs_per_s']:,.0f} | "
                f"{'yes' if row['probe_found'] else 'NO'} |"
            )
    else:
        out.append(_status_line(r, "growth_guide_size"))
    batch = ok_result(r, "batch_cli")
    out += ["", "## Batch CLI", ""]
    if batch:
        out += [
            f"`{batch['command']}` over {batch['messages']:,} messages, output discarded.",
            "",
            "| processes | wall time | msgs/s | CPU time, all processes | results printed |",
            "| --- | --- | --- | --- | --- |",
        ]
        for procs in (1, 2):
            b = batch[f"{procs}_process"]
            out.append(
                f"| {procs} | {b['seconds']:.2f} s | {b['msgs_per_s']:,.0f} | "
                f"{b.get('cpu_s', float('nan')):.2f} s | {b['results_printed']:,} |"
            )
        out.append(f"\nSpeed-up with 2 processes: {batch['speedup_2_vs_1']:.2f}x.")
        as_json = batch.get("json_1_process")
        if as_json:
            out.append(
                f"\n`{batch['json_command']}`, 1 process: {as_json['seconds']:.2f} s, "
                f"{as_json['msgs_per_s']:,.0f} msgs/s, {as_json['cpu_s']:.2f} s CPU "
                f"({as_json['results_printed']:,} results)."
            )
    else:
        out.append(_status_line(r, "batch_cli"))
    brk = ok_result(r, "breakdown")
    if brk:
        out += [
            "",
            "## Where the time goes (en-US)",
            "",
            f"{brk['unit']}; {brk['rules_active']} active rules, {brk['rules_every_message']} "
            "of them run on every message (the rest only on matcher hits).",
            "",
            "| stage | us/message | share of lint_many |",
            "| --- | --- | --- |",
        ]
        for row in brk["stages"]:
            out.append(f"| {row['stage']} | {row['us_per_msg']:.1f} | {row['share']:.0%} |")
        out += ["", "Slowest rules that run on every message:", "",
                "| rule | kind | us/message |", "| --- | --- | --- |"]  # fmt: skip
        for row in brk["slowest_rules"]:
            out.append(f"| `{row['rule']}` | {row['kind']} | {row['us_per_msg']:.1f} |")
    prof = ok_result(r, "profile")
    if prof:
        out += [
            "",
            "## Profile of lint_many (en-US, cProfile)",
            "",
            f"{prof['messages']:,} messages, {prof['profiled_s']:.2f} s under the profiler. "
            "Top functions by own time:",
            "",
            "| function | calls | own | share |",
            "| --- | --- | --- | --- |",
        ]
        for row in prof["top_own"][:12]:
            out.append(
                f"| `{row['function']}` | {row['calls']:,} | {row['own_s']:.3f} s | "
                f"{row['own_pct']:.1f}% |"
            )
    out += render_capabilities(r)
    out += ["", "## Notes", ""]
    for note in doc["notes"]:
        out.append(f"- {note}")
    return "\n".join(out) + "\n"


def update_performance_doc(markdown: str, chart: Path) -> str | None:
    """Put the latest tables (headings demoted) and chart between the markers of
    docs/performance.md; the text around them is written by hand."""
    if not PERFORMANCE_DOC.is_file():
        return f"{PERFORMANCE_DOC} does not exist"
    text = PERFORMANCE_DOC.read_text(encoding="utf-8")
    if DOC_START not in text or DOC_END not in text:
        return f"{PERFORMANCE_DOC} has no {DOC_START} ... {DOC_END} markers"
    lines = markdown.strip().splitlines()
    body = [("##" + line) if line.startswith("#") else line for line in lines]
    rel = os.path.relpath(chart, PERFORMANCE_DOC.parent)
    block = "\n".join([DOC_START, "", f"![Latest benchmark chart]({rel})", "", *body, "", DOC_END])
    head, rest = text.split(DOC_START, 1)
    tail = rest.split(DOC_END, 1)[1]
    PERFORMANCE_DOC.write_text(head + block + tail, encoding="utf-8")
    return None
