"""The chart of a run (``<name>.png``), with matplotlib when it is installed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .core import ok_result


def render_chart(doc: dict[str, Any], path: Path) -> str | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return "matplotlib is not installed (pip install -r benchmarks/requirements.txt)"
    r = doc["benchmarks"]
    fig, axes = plt.subplots(3, 4, figsize=(22, 15))
    title = (
        f"chatwriter benchmarks ({doc['mode']}) - {doc['machine'].get('cpu')}, "
        f"{doc['machine'].get('cores')} cores, Python {doc['machine'].get('python')}, "
        f"spaCy {doc['machine'].get('spacy')} - {doc['generated'][:10]}"
    )
    fig.suptitle(title, fontsize=12)

    ax = axes[0][0]
    bars = []
    for label, name, key in [
        ("spaCy tokenizer (floor)", "spacy_tokenizer", "msgs_per_s"),
        ("chatwriter en-US", "lint_many_en_us", "msgs_per_s"),
        ("chatwriter all locales", "lint_many_all_locales", "msgs_per_s"),
        ("chatwriter lint() 1 by 1", "lint_single", "msgs_per_s"),
        ("chatwriter CLI x1", "batch_cli", "1"),
        ("chatwriter CLI x2", "batch_cli", "2"),
        ("proselint API", "proselint_api", "msgs_per_s"),
        ("proselint CLI", "proselint_cli", "msgs_per_s"),
        ("write-good CLI", "write_good_cli", "msgs_per_s"),
        ("alex CLI", "alex_cli", "msgs_per_s"),
        ("LanguageTool", "languagetool", "msgs_per_s"),
    ]:
        entry = ok_result(r, name)
        if entry:
            value = entry[f"{key}_process"]["msgs_per_s"] if key in ("1", "2") else entry[key]
            bars.append((label, value, "chatwriter" in label))
    if bars:
        labels, values, mine = zip(*bars, strict=True)
        ax.barh(labels, values, color=["tab:blue" if x else "tab:gray" for x in mine])
        ax.set_xscale("log")
        ax.invert_yaxis()
        ax.axvline(10_000, color="tab:red", linestyle="--", linewidth=1, label="target 10,000")
        for i, v in enumerate(values):
            ax.text(v, i, f" {v:,.0f}", va="center", fontsize=8)
        ax.legend(fontsize=8, loc="lower right")
    ax.set_title("Throughput (messages/s, log scale)")

    ax = axes[0][1]
    single = ok_result(r, "lint_single")
    if single:
        keys = ["p50_ms", "p90_ms", "p99_ms", "p999_ms", "max_ms"]
        ax.bar(["p50", "p90", "p99", "p99.9", "max"], [single[k] for k in keys], color="tab:blue")
        ax.axhline(1.0, color="tab:red", linestyle="--", linewidth=1, label="p99 target 1 ms")
        ax.set_yscale("log")
        ax.legend(fontsize=8)
        for i, k in enumerate(keys):
            ax.text(i, single[k], f"{single[k]:.2f}", ha="center", va="bottom", fontsize=8)
    ax.set_title("Linter.lint latency per message (ms, log)")

    ax = axes[0][2]
    cold = ok_result(r, "cold_start")
    if cold:
        values = [cold["chatwriter_lint_s"] * 1000, cold["spacy_blank_s"] * 1000]
        ax.bar(["chatwriter lint\n(one message)", "spacy.blank('en')"], values,
               color=["tab:blue", "tab:gray"])  # fmt: skip
        ax.axhline(cold["spacy_blank_s"] * 1500, color="tab:red", linestyle="--", linewidth=1,
                   label="target: 1.5x spaCy")  # fmt: skip
        for i, v in enumerate(values):
            ax.text(i, v, f"{v:.0f} ms", ha="center", va="bottom", fontsize=8)
        ax.set_ylim(0, max(*values, cold["spacy_blank_s"] * 1500) * 1.15)
        ax.set_ylabel("ms (wall, median)")
        ax.legend(fontsize=8, loc="lower right")
    ax.set_title("Cold start")

    ax = axes[0][3]
    rss = ok_result(r, "peak_rss")
    if rss:
        values = [rss["spacy_blank_mb"], rss["one_locale_mb"], rss["all_locales_mb"]]
        ax.bar(["spacy.blank", "chatwriter\nen-US", f"chatwriter\n{len(rss['locales'])} locales"],
               values, color=["tab:gray", "tab:blue", "tab:blue"])  # fmt: skip
        ax.axhline(400, color="tab:red", linestyle="--", linewidth=1, label="target 400 MB")
        for i, v in enumerate(values):
            ax.text(i, v, f"{v:.0f} MB", ha="center", va="bottom", fontsize=8)
        ax.set_ylabel("MB")
        ax.legend(fontsize=8, loc="upper left")
    ax.set_title("Peak RSS")

    ax = axes[1][0]
    length = ok_result(r, "growth_message_length")
    if length:
        words = [row["words"] for row in length["rows"]]
        ms = [row["per_message_ms"] for row in length["rows"]]
        ax.loglog(words, ms, "o-", color="tab:blue", label="Linter.lint (with safe-fix rewrite)")
        if all("check_only_per_word_us" in row for row in length["rows"]):
            check = [row["check_only_per_word_us"] * row["words"] / 1000 for row in length["rows"]]
            ax.loglog(words, check, "s--", color="tab:green", label="parse + rules only")
        ref = [ms[1] * w / words[1] for w in words] if len(ms) > 1 else ms
        ax.loglog(words, ref, ":", color="tab:gray", label="linear from 100 words")
        ax.set_xlabel("words per message")
        ax.set_ylabel("CPU ms per message")
        ax.legend(fontsize=8)
    ax.set_title("Cost vs message length")

    ax = axes[1][1]
    guide = ok_result(r, "growth_guide_size")
    if guide:
        entries = [row["entries"] for row in guide["rows"]]
        ax.semilogx(
            entries,
            [row["per_message_us"] for row in guide["rows"]],
            "o-",
            color="tab:blue",
            label="per message (us)",
        )
        ax.axhline(
            guide["baseline_per_message_us"],
            color="tab:gray",
            linestyle=":",
            label="built-in guides only",
        )
        ax.set_ylim(bottom=0)
        ax.set_xlabel("substitution entries")
        ax.set_ylabel("us per message")
        ax2 = ax.twinx()
        ax2.loglog(
            entries,
            [row["guide_load_s"] for row in guide["rows"]],
            "s--",
            color="tab:orange",
            label="load YAML+schema (s)",
        )
        ax2.loglog(
            entries,
            [max(row["compile_s"], 1e-3) for row in guide["rows"]],
            "^--",
            color="tab:green",
            label="compile (s)",
        )
        ax2.set_ylabel("seconds (log)")
        h1, l1 = ax.get_legend_handles_labels()
        h2, l2 = ax2.get_legend_handles_labels()
        ax.legend(h1 + h2, l1 + l2, fontsize=8, loc="upper left")
    ax.set_title("Cost vs substitution guide size")

    ax = axes[1][2]
    brk = ok_result(r, "breakdown")
    prof = ok_result(r, "profile")
    if brk:
        rows = [row for row in brk["stages"][1:] if not row["stage"].startswith("rules, all")]
        rows = sorted(rows, key=lambda row: row["us_per_msg"])
        ax.barh([_wrap(row["stage"]) for row in rows], [row["us_per_msg"] for row in rows],
                color="tab:purple")  # fmt: skip
        ax.axvline(brk["stages"][0]["us_per_msg"], color="tab:blue", linestyle="--",
                   label=f"lint_many total {brk['stages'][0]['us_per_msg']:.0f} us")  # fmt: skip
        ax.axvline(100, color="tab:red", linestyle=":", label="10,000 msgs/s budget (100 us)")
        ax.tick_params(axis="y", labelsize=7)
        ax.set_xlabel("CPU us per message")
        ax.legend(fontsize=8, loc="lower right")
        ax.set_title("Where lint_many's time goes (en-US)")
    elif prof:
        top = prof["top_own"][:10][::-1]
        ax.barh([_wrap(row["function"]) for row in top], [row["own_pct"] for row in top],
                color="tab:purple")  # fmt: skip
        ax.tick_params(axis="y", labelsize=7)
        ax.set_xlabel("% of profiled time (own)")
        ax.set_title("lint_many hot spots (cProfile, own time)")

    ax = axes[1][3]
    every = ok_result(r, "lint_many_all_locales")
    if every and every.get("per_locale_alone"):
        per = every["per_locale_alone"]
        tags = sorted(per, key=lambda t: per[t]["msgs_per_cpu_s"])
        ax.barh(tags, [per[t]["msgs_per_cpu_s"] for t in tags],
                color=["tab:blue" if t.startswith("en") else "tab:gray" for t in tags])  # fmt: skip
        ax.axvline(10_000, color="tab:red", linestyle="--", linewidth=1, label="10,000")
        ax.tick_params(axis="y", labelsize=7)
        ax.set_xlabel("msgs per CPU-second (English corpus)")
        ax.legend(fontsize=8, loc="lower right")
    ax.set_title("Each locale alone (blue: English)")

    _capabilities(axes[2], r)

    fig.tight_layout(rect=(0, 0, 1, 0.97))
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return None


def _bars(ax, bars: list[tuple[str, float, str]], title: str, xlabel: str) -> None:
    """Horizontal bars (label, value, colour), values written at their ends."""
    ax.set_title(title)
    if not bars:
        ax.text(0.5, 0.5, "not measured in this run", ha="center", transform=ax.transAxes)
        return
    labels, values, colours = zip(*bars, strict=True)
    ax.barh(labels, values, color=colours)
    ax.invert_yaxis()
    for i, v in enumerate(values):
        ax.text(v, i, f" {v:,.0f}" if v >= 10 else f" {v:.2f}", va="center", fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.set_xlabel(xlabel)


def _capabilities(row, r: dict[str, Any]) -> None:
    """The third row: the hook's latency, the switches on and off, report and Spark."""
    ax = row[0]
    bars = []
    stdio, http, cli = (ok_result(r, n) for n in ("hook_stdio", "hook_http", "hook_cli"))
    points = [("stdio worker", stdio)]
    points += [(f"HTTP, concurrency {c}", http[f"c{c}"]) for c in (http or {}).get("levels", ())]
    points.append(("`chatwriter hook`", cli))
    for label, d in points:
        if d:
            bars += [
                (f"{label} p50", d["p50_ms"], "tab:blue"),
                (f"{label} p99", d["p99_ms"], "tab:cyan"),
            ]
    _bars(ax, bars, "Pre-send hook latency (ms, log)", "ms (p50 dark, p99 light)")
    if bars:
        ax.set_xscale("log")
        ax.axvline(5, color="tab:red", linestyle=":", linewidth=1, label="stdio p99 target 5 ms")
        ax.axvline(
            10, color="tab:red", linestyle="--", linewidth=1, label="HTTP c8 p99 target 10 ms"
        )
        ax.legend(fontsize=8, loc="upper right")

    bars = []
    reg = ok_result(r, "lint_many_register") or {}
    for key, label in (("all_locales", "all locales"), ("de_DE", "de-DE")):
        if key in reg:
            bars += [(f"register {label}: on", reg[key]["on"]["msgs_per_s"], "tab:blue"),
                     (f"register {label}: off", reg[key]["off"]["msgs_per_s"], "tab:gray")]  # fmt: skip
    for name, label, colour in (("lint_many_grammar_on", "on", "tab:blue"),
                                ("lint_many_grammar_off", "off", "tab:gray")):  # fmt: skip
        entry = ok_result(r, name)
        if entry:
            bars.append((f"grammar en-US: {label}", entry["msgs_per_s"], colour))
    _bars(row[1], bars, "lint_many with a switch on and off", "messages/s (wall, median)")

    bars = []
    for bench, what, colour in (
        ("qa_report", "report", "tab:blue"),
        ("spark", "Spark", "tab:green"),
    ):
        for name, f in (ok_result(r, bench) or {}).get("passes", {}).items():
            floor = name == "lint_many"
            label = (
                f"lint_many ({what}'s messages)"
                if floor
                else name
                if bench == "qa_report"
                else f"Spark {name}"
            )
            bars.append((label, f["msgs_per_s"], "tab:gray" if floor else colour))
    _bars(row[2], bars, "`chatwriter report` and Spark (grey: lint_many)", "messages/s")
    row[3].axis("off")


def _wrap(name: str, width: int = 45) -> str:
    return name if len(name) <= width else "..." + name[-width:]
