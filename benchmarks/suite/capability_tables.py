"""The tables of a run for what lies beside the library: the register analyser and grammar
on and off, the hook over its transports, ``chatwriter report`` and Spark."""

from __future__ import annotations

from typing import Any

from .core import ok_result


def _status(results: dict[str, Any], name: str) -> str:
    entry = results.get(name) or {}
    return f"{entry.get('status', 'not run')}: {entry.get('reason', '')}".rstrip(": ")


def _ms(value: float | None) -> str:
    return "" if value is None else f"{value:.2f} ms"


def report_table(passes: dict[str, dict[str, Any]]) -> list[str]:
    """The passes of suite/qa.py's report_passes (benchmarks/report.py and ``qa_report``)."""
    out = [
        "| pass | messages | seconds | msgs/s | of lint_many | peak RSS MiB | store MiB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, f in passes.items():
        out.append(
            f"| {name} | {f['messages']:,} | {f['seconds']:.1f} | {f['msgs_per_s']:,.0f} | "
            f"{f['of_lint_many']:.2f} | {f['peak_rss_mib']:.0f} | {f.get('store_mib', '')} |"
        )
    return out


def spark_table(passes: dict[str, dict[str, Any]]) -> list[str]:
    """The passes of suite/qa.py's spark_passes (benchmarks/spark.py and ``spark``)."""
    out = [
        "| pass | messages | seconds | msgs/s | speed-up | per core vs one process "
        "| session start s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, f in passes.items():
        start = f.get("session_start_s")
        out.append(
            f"| {name} | {f['messages']:,} | {f['seconds']:.1f} | {f['msgs_per_s']:,.0f} | "
            f"{f['speedup']:.2f} | {f['efficiency_per_core']:.2f} | "
            f"{'' if start is None else f'{start:.1f}'} |"
        )
    return out


def switches(r: dict[str, Any]) -> list[str]:
    out = [
        "",
        "## The register analyser and grammar, on and off",
        "",
        "Each pair lints the same messages with `lint_many`. Cost: CPU time per message of "
        "the switch (on minus off).",
        "",
        "| switch | messages | on, msgs/s | off, msgs/s | on / off, msgs per CPU-s "
        "| cost, CPU us/message | findings on / off |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    reg = ok_result(r, "lint_many_register")
    for key, label in (("all_locales", "all locales, SGD corpus"), ("de_DE", "de-DE replies")):
        row = (reg or {}).get(key)
        if not row:
            out.append(f"| register analyser, {label} | | {_status(r, 'lint_many_register')} "
                       "| | | | |")  # fmt: skip
            continue
        on, off = row["on"], row["off"]
        out.append(
            f"| register analyser, {label} | {row['messages']:,} | {on['msgs_per_s']:,.0f} | "
            f"{off['msgs_per_s']:,.0f} | {row['on_vs_off']:.2f}x | "
            f"{row['analyser_cpu_us']:.1f} | {on['findings']:,} / {off['findings']:,} |"
        )
    on, off = ok_result(r, "lint_many_grammar_on"), ok_result(r, "lint_many_grammar_off")
    if on or off:
        ratio = cost = ""
        if on and off:
            ratio = f"{on['msgs_per_s'] / off['msgs_per_s']:.2f}x (wall)"
            cost = f"{(on['seconds'] - off['seconds']) / on['messages'] * 1e6:,.0f} (wall)"
        messages = (on or off)["messages"]
        rate_on = f"{on['msgs_per_s']:,.0f}" if on else _status(r, "lint_many_grammar_on")
        rate_off = f"{off['msgs_per_s']:,.0f}" if off else _status(r, "lint_many_grammar_off")
        found = f"{on['findings'] if on else 'n/a'} / {off['findings'] if off else 'n/a'}"
        out.append(
            f"| grammar (LanguageTool), en-US | {messages:,} | {rate_on} | {rate_off} | "
            f"{ratio} | {cost} | {found} |"
        )
    if on and on.get("unchecked"):
        out.append(f"\nWith grammar on, {on['unchecked']} messages were left unchecked.")
    return out


def hook(r: dict[str, Any]) -> list[str]:
    out = ["", "## The pre-send hook", ""]
    targets = [
        t for name in ("hook_stdio", "hook_http") for t in (r.get(name) or {}).get("targets", ())
    ]
    if targets:
        out += ["| target (issue 5) | goal | measured | status | margin |",
                "| --- | --- | --- | --- | --- |"]  # fmt: skip
        out += [
            f"| {t['target']} | {t['goal']} | {t['measured']} | **{t['status']}** | {t['margin']} |"
            for t in targets
        ]
        out.append("")
    out += [
        "| transport | p50 | p99 | max | req/s | requests | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    stdio, http, cli = (ok_result(r, n) for n in ("hook_stdio", "hook_http", "hook_cli"))
    rows: list[tuple[str, dict[str, Any] | None, str]] = [
        ("stdio worker (`serve --stdio`), one call at a time", stdio, "hook_stdio")
    ]
    for level in (http or {}).get("levels", ()):
        label = f"HTTP `/v1/hook`, 1 worker, all locales, concurrency {level}"
        rows.append((label, http[f"c{level}"], "hook_http"))
    if http and "saturation" in http:
        rows.append(("HTTP `/v1/hook`, 2 workers, concurrency 32", http["saturation"], ""))
    if not http:
        rows.append(("HTTP `/v1/hook`", None, "hook_http"))
    rows.append(("`chatwriter hook`, whole process", cli, "hook_cli"))
    for label, d, name in rows:
        if d is None:
            out.append(f"| {label} | {_status(r, name)} | | | | | |")
            continue
        rps = f"{d['rps']:,.0f}" if "rps" in d else ""
        out.append(
            f"| {label} | {_ms(d['p50_ms'])} | {_ms(d['p99_ms'])} | {_ms(d['max_ms'])} | "
            f"{rps} | {d['n']:,} | {d['errors']} |"
        )
    if http:
        rss = http["rss"]
        out.append(
            f"\nHTTP server with all {rss['locales']} locales loaded: {rss['rss_mb']:.0f} MB RSS; "
            f"with its {rss['tree_processes']} processes, {rss['tree_pss_mb']:.0f} MB "
            "proportional set size. Latency includes the Python client, on the same cores; "
            "loopback only."
        )
    return out


def qa(r: dict[str, Any]) -> list[str]:
    out = ["", "## `chatwriter report` and Spark", ""]
    report = ok_result(r, "qa_report")
    if report:
        out += [
            f"{report['messages']:,} agent turns (SGD dialogues with seeded variations, "
            f"{report['transcript_mib']} MiB of JSONL); each pass in its own process; report "
            f"passes timed {report['how']}.",
            "",
            *report_table(report["passes"]),
        ]
    else:
        out.append(f"`chatwriter report`: {_status(r, 'qa_report')}")
    spark = ok_result(r, "spark")
    out.append("")
    if spark:
        out += [
            f"Spark: {spark['messages']:,} messages in Parquet files of {spark['file_rows']:,}; "
            "Spark passes timed from job start to end (findings to the `noop` sink).",
            "",
            *spark_table(spark["passes"]),
        ]
    else:
        out.append(f"Spark: {_status(r, 'spark')}")
    return out


def render_capabilities(results: dict[str, Any]) -> list[str]:
    """The three sections, each saying why a benchmark of it did not run."""
    return [*switches(results), *hook(results), *qa(results)]
